import { fireEvent, screen, within } from '@testing-library/react';
import { EVALUASI_COLUMNS, FIRST_DATA_ROW } from '../../src/evaluasi';
import { toA1 } from '../../src/workbook/model';
import type { PaneHost } from '../../src/taskpane/host';
import { fakeHost, renderPane } from './fake-host';

function openEvaluasi(host: PaneHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));
}

const rows = () =>
  screen.getAllByTestId('evaluasi-row').map((row) => [row.dataset.id, row.dataset.type]);

describe('Buat Sheet Evaluasi Penghitungan', () => {
  it('previews the planned rows, lets the user change a type, and writes the sheet', async () => {
    const { host, calls } = fakeHost('excel');
    openEvaluasi(host);

    fireEvent.click(screen.getByTestId('evaluasi'));
    await screen.findByRole('region', { name: 'Pratinjau baris evaluasi' });

    expect(rows()).toEqual([
      ['indekskepuasanmasyarakat', 'rata-rata'],
      ['persentasedesatertibadministrasi', 'persentase'],
    ]);
    const ikm = screen.getAllByTestId('evaluasi-row')[0];
    fireEvent.change(within(ikm).getByRole('combobox', { name: 'Jenis indikator' }), {
      target: { value: 'nilai' },
    });
    expect(rows()[0]).toEqual(['indekskepuasanmasyarakat', 'nilai']);

    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet ke workbook' }));
    await screen.findByText('Sheet baru "Evaluasi Penghitungan 2023 (2)" ditambahkan.');
    const [spec] = calls.added;
    expect(spec.name).toBe('Evaluasi Penghitungan 2023');
    const texts = spec.cells.map((cell) => cell.value);
    expect(texts).toContain('Indeks Kepuasan Masyarakat');
    expect(texts).toContain('Persentase desa tertib administrasi');
    // The changed type reaches the sheet: IKM's Hasil reads its one Nilai cell, not four quarters.
    const hasil = spec.cells.find(
      (cell) => cell.row === FIRST_DATA_ROW && cell.col === EVALUASI_COLUMNS.hasil,
    );
    expect(hasil?.formula).toContain(toA1(FIRST_DATA_ROW, EVALUASI_COLUMNS.nilai));
    expect(hasil?.formula).not.toContain(toA1(FIRST_DATA_ROW, EVALUASI_COLUMNS.tw1));
  });

  it('waits for a file on the web page', () => {
    openEvaluasi(fakeHost('web').host);
    expect((screen.getByTestId('evaluasi') as HTMLButtonElement).disabled).toBe(true);
  });
});
