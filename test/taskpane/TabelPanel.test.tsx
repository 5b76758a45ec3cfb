import { WorkbookFacts } from '../../src/facts/facts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { fireEvent, screen, within } from '@testing-library/react';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { planTabel, tabelSheet } from '../../src/tabel';
import { createExcelHost } from '../../src/taskpane/excel-host';
import type { PaneHost } from '../../src/taskpane/host';
import { detectTables } from '../../src/workbook/detect';
import { fromA1, rangeToA1 } from '../../src/workbook/model';
import { formulasContents, specContents, type Contents } from '../evaluasi/sheet-contents';
import { fakeSheetsOf } from '../hosts/office/excel-mock';
import { fakeHost, renderPane, workbook } from './fake-host';
import { installOffice, uninstallOffice } from './office-globals';

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

    expect(sections()).toHaveLength(9);
    // Tabel 3.1's realisasi against the PK target: 84,19 / 90 and 93,65 / 95,23.
    const preview = within(sections()[0]).getByRole('list', {
      name: 'Pratinjau Capaian Indikator Tujuan dan Sasaran Tahun 2023',
    });
    expect(preview.textContent).toContain('93,54');
    expect(preview.textContent).toContain('98,34');
    // 3.1, 3.3 (Renstra), 3.4 and 3.5 (to fill) from its tujuan/sasaran indicators; no program.
    expect(sections().map((_, i) => box(i).checked)).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(box(1).disabled).toBe(true);
    expect(sections()[1].textContent).toMatch(/Tidak disusun: .*indikator program/);
    expect(sections()[7].textContent).toMatch(/Tidak disusun: .*tahun-tahun sebelumnya/);

    for (const i of [2, 3, 4]) fireEvent.click(box(i));
    expect(box(2).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Tulis tabel ke workbook' }));
    await screen.findByText('Sheet baru "Tabel LKj 2023 (2)" ditambahkan.');
    const [spec] = calls.added;
    const titles = spec.cells.filter((c) => /^Tabel 3\./.test(String(c.value)));
    expect(titles.map((c) => c.value)).toEqual([
      'Tabel 3.1 Capaian Indikator Tujuan dan Sasaran Tahun 2023',
    ]);
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

  it('asks for the year of a workbook that states none, and plans for the year typed', async () => {
    const { host } = fakeHost('excel');
    // The same tables on sheets whose names state no year.
    host.readWorkbook = async () => {
      const model = workbook();
      return {
        sheets: model.sheets.map((sheet, i) => Object.assign(sheet, { name: `Data ${i + 1}` })),
      };
    };
    renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Tabel LKj' }));
    fireEvent.click(await screen.findByTestId('tabel'));
    expect(
      await screen.findByText(/Tahun laporan tidak diketahui: .*Pilih tahun laporan\./),
    ).toBeTruthy();
    expect(screen.queryByText(/kesalahan tak terduga/)).toBeNull();

    const field = screen.getByRole('textbox', { name: 'Tahun laporan' });
    fireEvent.change(field, { target: { value: '202' } });
    expect(await screen.findByText('Isi tahun dengan empat angka, misalnya 2025.')).toBeTruthy();
    fireEvent.change(field, { target: { value: '2023' } });
    await screen.findByRole('region', { name: 'Pratinjau tabel LKj' });
    expect(screen.queryByText(/Tahun laporan tidak diketahui/)).toBeNull();
    expect(
      within(sections()[0]).getByRole('list', {
        name: 'Pratinjau Capaian Indikator Tujuan dan Sasaran Tahun 2023',
      }),
    ).toBeTruthy();
  });

  it('keeps its preview when the user visits another tab and comes back', async () => {
    const { host } = fakeHost('excel');
    await openTabel(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Tabel LKj' }));
    expect(screen.getByRole('region', { name: 'Pratinjau tabel LKj' })).toBeTruthy();
  });
});

describe('Susun Tabel LKj inside Excel (office-addin-mock)', () => {
  afterEach(uninstallOffice);

  it('writes the sample’s tables into a new sheet of the open workbook, nothing else', async () => {
    // jsdom lacks TextDecoder, which every browser and Node have; the reader needs it.
    Object.assign(globalThis, { TextDecoder });
    const model = await readXlsx(
      readFileSync(path.resolve(__dirname, '../../samples/klakah-2023.xlsx')),
    );
    const names = model.sheets.map((sheet) => sheet.name);
    const { excel } = installOffice(fakeSheetsOf(model));
    await openTabel(createExcelHost());
    fireEvent.click(screen.getByRole('button', { name: 'Tulis tabel ke workbook' }));

    // The same sheet the CLI and the web page write.
    const expected = tabelSheet(planTabel(new WorkbookFacts(model, detectTables(model))), names);
    await screen.findByText(`Sheet baru "${expected.name}" ditambahkan; sheet lain tidak diubah.`);
    expect(excel.stats.added).toEqual(['Tabel LKj 2023']);
    expect(new Set(excel.stats.written.map((range) => range.sheet))).toEqual(
      new Set([expected.name]),
    );
    const written: Contents = {};
    // Ranges written with formulas (others carry formats only).
    for (const range of excel.stats.written) {
      if (range.mock.formulas === undefined) continue;
      const { row, col } = fromA1(range.address.split(':')[0]);
      Object.assign(written, formulasContents(range.mock.formulas as unknown[][], row, col));
    }
    expect(written).toEqual(specContents(expected));
    // A native chart beside three tables, over the sheet's own cells.
    expect(excel.stats.charts.map((chart) => [chart.type, chart.title, chart.sheet])).toEqual(
      (expected.charts ?? []).map((chart) => [expect.any(String), chart.title, expected.name]),
    );
    expect(excel.stats.charts.map((chart) => chart.source)).toEqual(
      (expected.charts ?? []).map((chart) => `${expected.name}!${rangeToA1(chart.source)}`),
    );
    expect(excel.stats.charts).toHaveLength(3);
  });
});
