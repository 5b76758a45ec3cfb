import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluasiSheet, planEvaluasi } from '../../../src/evaluasi';
import { HIGHLIGHT_COLOR, addSheet, selectCell } from '../../../src/hosts/office/write';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { detectTables } from '../../../src/workbook/detect';
import type { SheetSpec } from '../../../src/workbook/sheet-spec';
import { mockExcel } from './excel-mock';

const spec: SheetSpec = {
  name: 'Hasil Validasi',
  cells: [
    { row: 1, col: 1, value: 'Hasil Validasi Workbook LKj', bold: true },
    { row: 3, col: 1, value: 1 },
    { row: 3, col: 2, value: "=SUM(A1:A9) dari 'Tabel'" },
    { row: 3, col: 3, value: 'G6', link: "'BAB III'!G6" },
    { row: 4, col: 2, value: '95,23', highlight: true, wrap: true },
    { row: 4, col: 3, formula: 'B3/100', result: 0.5, numFmt: '0.00%' },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  columnWidths: { 2: 20 },
};

function written(stats: ReturnType<typeof mockExcel>['stats'], address: string) {
  const range = stats.written.find((entry) => entry.address === address);
  if (!range) throw new Error(`Tidak ada tulisan ke ${address}`);
  return range.mock;
}

describe('addSheet', () => {
  it('writes a new sheet under a free name in one batch after reading the names', async () => {
    const { context, stats } = mockExcel([
      { name: 'BAB III', rows: 1, cols: 1 },
      { name: 'Hasil Validasi', rows: 1, cols: 1 },
    ]);

    const name = await addSheet(context, spec);

    expect(name).toBe('Hasil Validasi (2)');
    expect(stats.added).toEqual(['Hasil Validasi (2)']);
    // Sync 1 reads the names; every write is queued before sync 2, the only other sync.
    expect(stats.syncs).toBe(2);
    expect([...stats.writeSyncs]).toEqual([1]);
    expect(stats.activated).toEqual(['Hasil Validasi (2)']);
  });

  it('writes contents as one matrix, text with an apostrophe so it stays text', async () => {
    const { context, stats } = mockExcel([{ name: 'BAB III', rows: 1, cols: 1 }]);

    await addSheet(context, spec);

    const box = written(stats, 'A1:C4');
    expect(box.formulas).toEqual([
      ["'Hasil Validasi Workbook LKj", '', ''],
      ['', '', ''],
      [1, "'=SUM(A1:A9) dari 'Tabel'", "'G6"],
      ['', "'95,23", '=B3/100'],
    ]);
    expect(box.numberFormat[3][2]).toBe('0.00%');
    expect(box.numberFormat[0][0]).toBe('General');
  });

  it('writes formats, hyperlinks to cells, merges and column widths', async () => {
    const { context, stats } = mockExcel([{ name: 'BAB III', rows: 1, cols: 1 }]);

    await addSheet(context, spec);

    expect(written(stats, 'A1').format.font.bold).toBe(true);
    expect(written(stats, 'C3').hyperlink).toEqual({
      documentReference: "'BAB III'!G6",
      textToDisplay: 'G6',
      screenTip: "'BAB III'!G6",
    });
    expect(written(stats, 'B4').format.fill.color).toBe(HIGHLIGHT_COLOR);
    expect(written(stats, 'B4').format.wrapText).toBe(true);
    expect(stats.merged).toEqual(['Hasil Validasi!A1:C1']);
    expect(written(stats, 'B:B').format.columnWidth).toBeGreaterThan(100);
    // Nothing is written to the sheets that were there.
    expect(stats.written.every((range) => range.sheet === 'Hasil Validasi')).toBe(true);
  });
});

describe('selectCell', () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const { context, stats } = mockExcel([
      { name: 'PK 2023', rows: 1, cols: 1 },
      { name: 'BAB III', rows: 1, cols: 1 },
    ]);

    await selectCell(context, 'BAB III', 'G22');

    expect(stats.activated).toEqual(['BAB III']);
    expect(stats.selected).toEqual(['BAB III!G22']);
    expect(stats.syncs).toBe(1);
  });
});

describe('addSheet with the evaluasi sheet of the sample', () => {
  it('writes the whole generated sheet, formulas included, in one batch', async () => {
    const model = await readXlsx(
      readFileSync(path.resolve(__dirname, '../../../samples/klakah-2023.xlsx')),
    );
    const names = model.sheets.map((sheet) => sheet.name);
    const evaluasi = evaluasiSheet(planEvaluasi(model, detectTables(model)), names);
    const { context, stats } = mockExcel(names.map((name) => ({ name, rows: 1, cols: 1 })));

    const name = await addSheet(context, evaluasi);

    expect(name).toBe(evaluasi.name);
    expect(stats.syncs).toBe(2);
    expect([...stats.writeSyncs]).toEqual([1]);
    const [box] = stats.written;
    const top = Math.min(...evaluasi.cells.map((cell) => cell.row));
    const left = Math.min(...evaluasi.cells.map((cell) => cell.col));
    const formulas = evaluasi.cells.filter((cell) => cell.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    for (const cell of formulas) {
      expect(box.mock.formulas[cell.row - top][cell.col - left]).toBe(`=${cell.formula}`);
    }
    expect(stats.merged).toHaveLength(evaluasi.merges.length);
  });
});
