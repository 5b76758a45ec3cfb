import { WorkbookFacts } from '../../src/facts/facts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EVALUASI_COLUMNS, FIRST_DATA_ROW, evaluasiSheet, planEvaluasi } from '../../src/evaluasi';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { createExcelHost } from '../../src/taskpane/excel-host';
import { detectTables } from '../../src/workbook/detect';
import { rangeToA1, toA1 } from '../../src/workbook/model';
import type { PaneHost } from '../../src/taskpane/host';
import { formulasContents, specContents } from '../evaluasi/sheet-contents';
import { fakeSheetsOf } from '../hosts/office/excel-mock';
import { fakeHost, renderPane, workbook } from './fake-host';
import { installOffice, uninstallOffice } from './office-globals';

/** The Evaluasi tab, its panel loaded (lazily, on first opening). */
async function openEvaluasi(host: PaneHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));
  await screen.findByTestId('evaluasi');
}

const rows = () =>
  screen.getAllByTestId('evaluasi-row').map((row) => [row.dataset.id, row.dataset.type]);

describe('Buat Sheet Evaluasi Penghitungan', () => {
  it('previews the planned rows, lets the user change a type, and writes the sheet', async () => {
    const { host, calls } = fakeHost('excel');
    await openEvaluasi(host);

    fireEvent.click(screen.getByTestId('evaluasi'));
    const preview = await screen.findByRole('region', { name: 'Pratinjau baris evaluasi' });

    // Act where you are: what was built and its write button come first, and take the focus.
    const write = screen.getByRole('button', { name: 'Tulis sheet ke workbook' });
    await waitFor(() => expect(document.activeElement).toBe(write));
    const built = screen.getByTestId('hasil-susun');
    expect(built.contains(write)).toBe(true);
    expect(within(built).getByRole('heading', { level: 2 }).textContent).toBe(
      'Sheet evaluasi siap: 2 indikator, tahun 2023, skala predikat LKj.',
    );
    const before = (a: Element, b: Element) =>
      (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(before(built, screen.getByTestId('evaluasi'))).toBe(true);
    expect(before(built, preview)).toBe(true);
    expect(rows()).toEqual([
      ['indekskepuasanmasyarakat', 'rata-rata'],
      ['persentasedesatertibadministrasi', 'persentase'],
    ]);
    const ikm = screen.getAllByTestId('evaluasi-row')[0];
    const jenis = within(ikm).getByRole('combobox', { name: 'Jenis indikator' });
    jenis.focus();
    fireEvent.change(jenis, { target: { value: 'nilai' } });
    // Planned again by the engine, off the event; the focus stays on the choice just made.
    await waitFor(() => expect(rows()[0]).toEqual(['indekskepuasanmasyarakat', 'nilai']));
    expect(document.activeElement).toBe(
      within(screen.getAllByTestId('evaluasi-row')[0]).getByRole('combobox', {
        name: 'Jenis indikator',
      }),
    );

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

  it('lets the user switch a row to arah turun: the preview and the written Capaian follow', async () => {
    const { host, calls } = fakeHost('excel');
    // Tabel 3.1 naming its year makes its realisasi that of the plan's year (2023, from the PK).
    const model = workbook();
    model.sheets[0].setCell(1, 4, { value: 'Realisasi 2023' });
    host.readWorkbook = async () => model;
    await openEvaluasi(host);
    fireEvent.click(screen.getByTestId('evaluasi'));
    await screen.findByRole('region', { name: 'Pratinjau baris evaluasi' });

    // As a nilai, the IKM takes Tabel 3.1's realisasi 84,19 against the PK target 90.
    const ikm = () => screen.getAllByTestId('evaluasi-row')[0];
    expect(ikm().dataset.id).toBe('indekskepuasanmasyarakat');
    fireEvent.change(within(ikm()).getByRole('combobox', { name: 'Jenis indikator' }), {
      target: { value: 'nilai' },
    });
    const arah = () => within(ikm()).getByRole('combobox', { name: 'Arah' }) as HTMLSelectElement;
    await waitFor(() => expect(ikm().dataset.type).toBe('nilai'));
    expect(arah().value).toBe('naik');
    expect(ikm().textContent).toContain('Capaian 93,54 · Berhasil'); // 84,19 / 90 × 100

    fireEvent.change(arah(), { target: { value: 'turun' } });
    await waitFor(() => expect(arah().value).toBe('turun'));
    expect(ikm().dataset.arah).toBe('turun');
    // (2 × 90 − 84,19) / 90 × 100
    expect(ikm().textContent).toContain('Capaian 106,46 · Sangat berhasil');
    // The other row keeps its arah.
    expect(screen.getAllByTestId('evaluasi-row')[1].dataset.arah).toBe('naik');

    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet ke workbook' }));
    await screen.findByText('Sheet baru "Evaluasi Penghitungan 2023 (2)" ditambahkan.');
    const [spec] = calls.added;
    const capaianOf = (row: number) => {
      const cell = spec.cells.find((c) => c.row === row && c.col === EVALUASI_COLUMNS.capaian);
      const hasil = toA1(row, EVALUASI_COLUMNS.hasil);
      const target = toA1(row, EVALUASI_COLUMNS.target);
      return { cell, hasil, target };
    };
    const turun = capaianOf(FIRST_DATA_ROW);
    expect(turun.cell?.formula).toContain(`(2*${turun.target}-${turun.hasil})/${turun.target}*100`);
    expect(turun.cell?.result).toBeCloseTo(((2 * 90 - 84.19) / 90) * 100, 9);
    const naik = capaianOf(FIRST_DATA_ROW + 1);
    expect(naik.cell?.formula).toContain(`${naik.hasil}/${naik.target}*100`);
    expect(naik.cell?.formula).not.toContain('2*');
  });

  it('follows a predikat scale saved after planning, keeping the rows the user changed', async () => {
    const { host } = fakeHost('excel');
    await openEvaluasi(host);
    fireEvent.click(screen.getByTestId('evaluasi'));
    await screen.findByRole('region', { name: 'Pratinjau baris evaluasi' });
    const built = screen.getByTestId('hasil-susun');
    expect(within(built).getByRole('heading', { level: 2 }).textContent).toMatch(
      /skala predikat LKj\.$/,
    );
    fireEvent.change(
      within(screen.getAllByTestId('evaluasi-row')[0]).getByRole('combobox', {
        name: 'Jenis indikator',
      }),
      { target: { value: 'nilai' } },
    );
    await waitFor(() => expect(rows()[0]).toEqual(['indekskepuasanmasyarakat', 'nilai']));

    fireEvent.click(screen.getByRole('tab', { name: 'Pengaturan' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Skala predikat' }), {
      target: { value: 'P86' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    await screen.findByText(/disimpan bersama dokumen ini/);
    fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));

    await waitFor(() =>
      expect(within(built).getByRole('heading', { level: 2 }).textContent).toMatch(
        /skala predikat Permendagri 86\/2017\.$/,
      ),
    );
    expect(rows()[0]).toEqual(['indekskepuasanmasyarakat', 'nilai']);
  });

  it('waits for a file on the web page', async () => {
    await openEvaluasi(fakeHost('web').host);
    expect((screen.getByTestId('evaluasi') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Buat Sheet Evaluasi Penghitungan inside Excel (office-addin-mock)', () => {
  afterEach(uninstallOffice);

  it('writes the sample’s sheet, with the type the user changed, into the open workbook', async () => {
    // jsdom lacks TextDecoder, which every browser and Node have; the reader needs it.
    Object.assign(globalThis, { TextDecoder });
    const model = await readXlsx(
      readFileSync(path.resolve(__dirname, '../../samples/klakah-2023.xlsx')),
    );
    const names = model.sheets.map((sheet) => sheet.name);
    const planned = planEvaluasi(new WorkbookFacts(model, detectTables(model))).rows;
    const { excel } = installOffice(fakeSheetsOf(model));
    await openEvaluasi(createExcelHost());

    fireEvent.click(screen.getByTestId('evaluasi'));
    await screen.findByRole('region', { name: 'Pratinjau baris evaluasi' });
    expect(rows().map(([id]) => id)).toEqual(planned.map((row) => row.id));
    const first = screen.getAllByTestId('evaluasi-row')[0];
    fireEvent.change(within(first).getByRole('combobox', { name: 'Jenis indikator' }), {
      target: { value: 'nilai' },
    });
    await waitFor(() => expect(rows()[0][1]).toBe('nilai'));
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet ke workbook' }));

    // The same sheet the web page downloads (test/browser/pane.test.ts) and the CLI writes.
    const expected = evaluasiSheet(
      planEvaluasi(
        new WorkbookFacts(model, detectTables(model), { rumus: { [planned[0].id]: 'nilai' } }),
      ),
      names,
    );
    await screen.findByText(`Sheet baru "${expected.name}" ditambahkan; sheet lain tidak diubah.`);
    expect(excel.stats.added).toEqual(['Evaluasi Penghitungan 2023']);
    // Only the new sheet is written to.
    expect(new Set(excel.stats.written.map((range) => range.sheet))).toEqual(
      new Set([expected.name]),
    );
    const bottom = Math.max(...expected.cells.map((cell) => cell.row));
    const box = excel.stats.written.find(
      (range) => range.address === `A1:${toA1(bottom, EVALUASI_COLUMNS.predikat)}`,
    );
    expect(formulasContents(box?.mock.formulas as unknown[][], 1, 1)).toEqual(
      specContents(expected),
    );
    expect(excel.stats.merged.sort()).toEqual(
      expected.merges.map((area) => `${expected.name}!${rangeToA1(area)}`).sort(),
    );
  });
});
