/**
 * The Renja form written through the Office.js adapter, with office-addin-mock enforcing Excel on
 * the web's request limit: the Deli Serdang TW IV form carried over whole, formulas, yellow inputs,
 * merges, frozen header and print titles; in bands when the limit is small.
 */
import { WorkbookFacts } from '../../../src/facts/facts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addSheet } from '../../../src/hosts/office/write';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { FIRST_DATA_ROW, planRenja, RENJA_COLUMNS as COL, renjaSheet } from '../../../src/renja';
import { detectTables } from '../../../src/workbook/detect';
import { toA1 } from '../../../src/workbook/model';
import { HIGHLIGHT_COLOR, type SheetSpec } from '../../../src/sheetgen/sheet-spec';
import { mockExcel } from './excel-mock';

let spec: SheetSpec;
let names: string[];

beforeAll(async () => {
  const model = await readXlsx(
    readFileSync(
      path.resolve(
        __dirname,
        '../../../../shared/reference/real-workbooks/evaluasi-renja-tw4-2025.xlsx',
      ),
    ),
  );
  names = model.sheets.map((sheet) => sheet.name);
  spec = renjaSheet(planRenja(new WorkbookFacts(model, detectTables(model))), names);
});

function top(s: SheetSpec) {
  return {
    row: Math.min(...s.cells.map((cell) => cell.row)),
    col: Math.min(...s.cells.map((cell) => cell.col)),
  };
}

describe('addSheet with the Renja form', () => {
  it('writes the whole form in one batch under the 5 MB limit: formulas, inputs, merges, settings', async () => {
    const { context, stats } = mockExcel(names.map((name) => ({ name, rows: 1, cols: 1 })));

    const { name, notices } = await addSheet(context, spec);

    expect(name).toBe('Evaluasi Renja TW 4 2025');
    expect(notices).toEqual([]);
    expect(stats.syncs).toBe(2);
    const [box] = stats.written;
    const origin = top(spec);
    const formulas = spec.cells.filter((cell) => cell.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(500);
    for (const cell of formulas)
      expect(box.mock.formulas[cell.row - origin.row][cell.col - origin.col]).toBe(
        `=${cell.formula}`,
      );
    // Text from the workbook stays text: written with the apostrophe Excel hides.
    const indicator = spec.cells.find(
      (cell) => cell.row === FIRST_DATA_ROW + 2 && cell.col === COL.indikator,
    )!;
    expect(box.mock.formulas[indicator.row - origin.row][indicator.col - origin.col]).toBe(
      `'${indicator.value}`,
    );
    // TW IV is the open quarter: its K cell is a yellow input.
    const open = toA1(FIRST_DATA_ROW + 4, COL.tw1 + 6);
    const fill = stats.written.find((range) => range.address === open)?.mock.format.fill.color;
    expect(fill).toBe(HIGHLIGHT_COLOR);
    expect(stats.merged).toHaveLength(spec.merges.length);
    expect(stats.frozen).toEqual([`${name}: 8`]);
    expect(stats.printTitles).toEqual([`${name}: $5:$8`]);
    expect(stats.written.every((range) => range.sheet === name)).toBe(true);
  });

  it('writes it in bands of whole rows when the request limit is small', async () => {
    const { context, stats } = mockExcel(
      names.map((name) => ({ name, rows: 1, cols: 1 })),
      {
        payloadLimit: 200_000,
      },
    );

    await addSheet(context, spec, { budgetBytes: 150_000 });

    expect(stats.writeSyncs.size).toBeGreaterThan(1);
    const formulas = spec.cells.filter((cell) => cell.formula !== undefined);
    const written = new Map<string, unknown>();
    for (const range of stats.written) {
      const [start] = range.address.split(':');
      const match = /^([A-Z]+)(\d+)$/.exec(start);
      if (!match || !Array.isArray(range.mock.formulas)) continue;
      const rows = range.mock.formulas as unknown[][];
      rows.forEach((line, r) =>
        line.forEach((value, c) => written.set(`${Number(match[2]) + r}:${c}`, value)),
      );
    }
    const origin = top(spec);
    for (const cell of formulas)
      expect(written.get(`${cell.row}:${cell.col - origin.col}`)).toBe(`=${cell.formula}`);
  });
});
