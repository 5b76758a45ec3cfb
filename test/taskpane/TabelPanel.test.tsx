import { fireEvent, screen, within } from '@testing-library/react';
import type { PaneHost } from '../../src/taskpane/host';
import { fakeHost, renderPane } from './fake-host';

async function openTabel(host: PaneHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: 'Tabel LKj' }));
  fireEvent.click(await screen.findByTestId('tabel'));
  return screen.findByRole('region', { name: 'Pratinjau tabel LKj' });
}

const sections = () => screen.getAllByTestId('tabel-section');
const box = (i: number) => within(sections()[i]).getByRole('checkbox') as HTMLInputElement;

describe('Susun Tabel LKj', () => {
  it('previews each table, says why the others are left out, and writes the chosen ones', async () => {
    const { host, calls } = fakeHost('excel');
    await openTabel(host);

    expect(sections()).toHaveLength(5);
    // Tabel 3.1's realisasi against the PK target: 84,19 / 90 and 93,65 / 95,23.
    const preview = within(sections()[0]).getByRole('list', {
      name: 'Pratinjau Capaian Kinerja Tahun 2023',
    });
    expect(preview.textContent).toContain('93,54');
    expect(preview.textContent).toContain('98,34');
    expect([0, 1, 2, 3, 4].map((i) => box(i).checked)).toEqual([true, false, true, false, false]);
    expect(box(1).disabled).toBe(true);
    expect(sections()[1].textContent).toMatch(/Tidak disusun: .*tahun-tahun sebelumnya/);

    fireEvent.click(box(2));
    expect(box(2).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Tulis tabel ke workbook' }));
    await screen.findByText('Sheet baru "Tabel LKj 2023 (2)" ditambahkan.');
    const [spec] = calls.added;
    const titles = spec.cells.filter((c) => /^Tabel 3\./.test(String(c.value)));
    expect(titles.map((c) => c.value)).toEqual(['Tabel 3.1 Capaian Kinerja Tahun 2023']);
    expect(spec.charts).toHaveLength(1);
  });

  it('on the web page downloads the copy and says charts come in Excel', async () => {
    const { host } = fakeHost('web');
    renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Tabel LKj' }));
    expect(await screen.findByText(/Grafik hanya dibuat di Excel/)).toBeTruthy();
    // No file opened yet: nothing to read.
    expect((screen.getByTestId('tabel') as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps its preview when the user visits another tab and comes back', async () => {
    const { host } = fakeHost('excel');
    await openTabel(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Tabel LKj' }));
    expect(screen.getByRole('region', { name: 'Pratinjau tabel LKj' })).toBeTruthy();
  });
});
