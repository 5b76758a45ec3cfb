import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renjaFormSheet as renjaSheet } from '../support/renja-form';
import { fakeHost, renderPane } from './fake-host';

// The first validation loads the engine through ts-jest, which takes seconds on a busy machine.
jest.setTimeout(60_000);

/** The Excel pane on the Renja form; `failSave` makes the document refuse to save settings. */
function renjaPane(failSave = false) {
  const { host, calls } = fakeHost('excel');
  host.readWorkbook = async () => ({ sheets: [renjaSheet()] });
  if (failSave) {
    host.saveSettings = async () => {
      throw new Error('Pengaturan tidak tersimpan: dokumen hanya-baca.');
    };
  }
  renderPane(host);
  return calls;
}

async function validate() {
  fireEvent.click(screen.getByTestId('validasi'));
  await screen.findByTestId('summary');
  return screen.findByTestId('jenis-indikator');
}

const akumulasiFindings = () =>
  screen
    .queryAllByTestId('finding')
    .filter((element) => element.dataset.rule === 'akumulasi-salah')
    .map((element) => element.dataset.cell);

const choice = (name: string) => screen.getByRole('combobox', { name });

describe('Jenis indikator in the pane', () => {
  it('lists the Renja indicators with the jenis the workbook gives and where from', async () => {
    renjaPane();
    const panel = await validate();

    expect(within(panel).getByText(/^Jenis indikator/).textContent).toBe(
      'Jenis indikator (3 indikator pada form Renja, 1 belum diketahui)',
    );
    const hints = within(panel)
      .getAllByText(/^Dari workbook:/)
      .map((hint) => hint.textContent);
    expect(hints).toEqual([
      'Dari workbook: nilai akhir, dari nama/satuan.',
      'Dari workbook: belum diketahui.',
      'Dari workbook: kumulatif, dari kolom Jenis (Renja TW II!D7).',
    ]);
    expect((choice('Cakupan layanan') as HTMLSelectElement).value).toBe('');
    expect(
      within(choice('Cakupan layanan'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Otomatis (belum diketahui)', 'Kumulatif', 'Nilai akhir', 'Rata-rata']);
    expect(within(choice('Jumlah dokumen')).getAllByRole('option')[0].textContent).toBe(
      'Otomatis (Kumulatif)',
    );
  });

  it('validates again with the jenis chosen, keeps it with the document, and undoes it', async () => {
    const calls = renjaPane();
    await validate();
    expect(akumulasiFindings()).toEqual([]);

    fireEvent.change(choice('Cakupan layanan'), { target: { value: 'nilai-akhir' } });

    await waitFor(() => expect(akumulasiFindings()).toEqual(['K6']));
    const finding = screen.getAllByTestId('finding')[0];
    expect(finding.textContent).toContain('Indikator nilai akhir (pilihan pengguna)');
    expect(calls.saved).toEqual([{ toleransi: 0, jenis: { 'Cakupan layanan': 'nilai-akhir' } }]);
    expect((choice('Cakupan layanan') as HTMLSelectElement).value).toBe('nilai-akhir');
    expect(screen.getByText(/^Jenis indikator/).textContent).toBe(
      'Jenis indikator (3 indikator pada form Renja)',
    );

    fireEvent.change(choice('Cakupan layanan'), { target: { value: '' } });

    await waitFor(() => expect(akumulasiFindings()).toEqual([]));
    expect(calls.saved[1]).toEqual({ toleransi: 0 });
  });

  it('keeps the jenis chosen when the other settings are saved', async () => {
    const calls = renjaPane();
    await validate();
    fireEvent.change(choice('Persentase desa ODF'), { target: { value: 'kumulatif' } });
    await waitFor(() => expect(calls.saved).toHaveLength(1));

    fireEvent.click(screen.getByRole('tab', { name: 'Pengaturan' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Skala predikat' }), {
      target: { value: 'P86' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));

    await screen.findByText(/disimpan bersama dokumen ini/);
    expect(calls.saved[1]).toEqual({
      skala: 'P86',
      toleransi: 0,
      jenis: { 'Persentase desa ODF': 'kumulatif' },
    });
  });

  it('says so when the choice cannot be kept, and leaves the findings as they were', async () => {
    renjaPane(true);
    await validate();

    fireEvent.change(choice('Cakupan layanan'), { target: { value: 'nilai-akhir' } });

    await screen.findByText('Pengaturan tidak tersimpan: dokumen hanya-baca.');
    expect(akumulasiFindings()).toEqual([]);
    expect((choice('Cakupan layanan') as HTMLSelectElement).value).toBe('');
  });

  it('is not shown for a workbook without a Renja form', async () => {
    renderPane(fakeHost('excel').host);
    fireEvent.click(screen.getByTestId('validasi'));
    await screen.findByTestId('summary');
    expect(screen.queryByTestId('jenis-indikator')).toBeNull();
  });
});
