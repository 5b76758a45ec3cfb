import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FIRST_DATA_ROW, RENJA_COLUMNS as COL } from '../../src/renja';
import type { PaneHost } from '../../src/taskpane/host';
import { fakeHost, renderPane } from './fake-host';

async function openRenja(host: PaneHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi Renja' }));
  // The panel is a lazily loaded chunk.
  return screen.findByTestId('renja');
}

const jenisOfRows = () => screen.getAllByTestId('renja-row').map((row) => row.dataset.jenis);

describe('Evaluasi Renja tab', () => {
  it('previews the rows at the quarter chosen, lets the user set a jenis, and writes the form', async () => {
    const { host, calls } = fakeHost('excel');
    const button = await openRenja(host);
    fireEvent.change(screen.getByRole('combobox', { name: 'Triwulan' }), {
      target: { value: '2' },
    });

    fireEvent.click(button);
    await screen.findByRole('region', { name: 'Pratinjau formulir Renja' });
    expect(
      within(screen.getByTestId('hasil-susun')).getByRole('heading', { level: 2 }).textContent,
    ).toBe(
      'Formulir Renja siap: 2 baris, triwulan 2 tahun 2023, dari tabel PK, capaian dan anggaran.',
    );
    // Indeks and persentase are levels: nilai akhir, recognised from their names.
    expect(jenisOfRows()).toEqual(['nilai-akhir', 'nilai-akhir']);
    const first = screen.getAllByTestId('renja-row')[0];
    fireEvent.change(within(first).getByRole('combobox', { name: 'Jenis indikator' }), {
      target: { value: 'kumulatif' },
    });
    // Planned again by the engine, off the event.
    await waitFor(() => expect(jenisOfRows()).toEqual(['kumulatif', 'nilai-akhir']));

    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet ke workbook' }));
    await screen.findByText('Sheet baru "Evaluasi Renja TW 2 2023 (2)" ditambahkan.');
    const [spec] = calls.added;
    expect(spec.name).toBe('Evaluasi Renja TW 2 2023');
    const at = (row: number, col: number) =>
      spec.cells.find((cell) => cell.row === FIRST_DATA_ROW + row && cell.col === col);
    expect(at(0, COL.indikator)?.value).toBe('Indeks Kepuasan Masyarakat');
    expect(at(0, COL.jenis)?.value).toBe('Kumulatif');
    expect(at(0, COL.tahunIni)?.formula).toMatch(/SUM\(/);
    expect(at(1, COL.tahunIni)?.formula).toMatch(/ISNUMBER/);
    expect(at(0, COL.target)?.value).toBe(90);
    expect(at(0, COL.tw1 + 2)?.highlight).toBe(true);
  });

  it('keeps its preview when the user visits another tab and comes back', async () => {
    const { host } = fakeHost('excel');
    fireEvent.click(await openRenja(host));
    await screen.findByRole('region', { name: 'Pratinjau formulir Renja' });
    fireEvent.click(screen.getByRole('tab', { name: 'Validasi' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi Renja' }));
    expect(screen.getByRole('region', { name: 'Pratinjau formulir Renja' })).toBeTruthy();
    expect(screen.getAllByTestId('renja-row')).toHaveLength(2);
  });

  it('plans with the jenis chosen per indicator in the Validasi tab (the settings)', async () => {
    const { host } = fakeHost('excel');
    host.loadSettings = () => ({
      toleransi: 0,
      jenis: { 'Indeks Kepuasan Masyarakat': 'kumulatif' },
    });
    fireEvent.click(await openRenja(host));
    await screen.findByRole('region', { name: 'Pratinjau formulir Renja' });
    expect(jenisOfRows()).toEqual(['kumulatif', 'nilai-akhir']);
  });

  it('on the web page, waits for a file before it can read one', async () => {
    const { host } = fakeHost('web');
    const button = await openRenja(host);
    expect(button).toHaveProperty('disabled', true);
    const panel = screen.getByRole('tabpanel', { name: 'Evaluasi Renja' });
    expect(within(panel).getByText('Buka berkas Excel terlebih dahulu.')).toBeTruthy();
  });
});
