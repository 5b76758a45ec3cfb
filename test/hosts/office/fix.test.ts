/**
 * "Perbaiki" in Excel: the findings' fixes written cell by cell through Office.js, as one undo
 * step where Excel can (ExcelApi 1.20), touching nothing but the fixed cells' contents (and the
 * number format of a cell formatted as Text). The mock records every cell property written and
 * lets a later read see it, as Excel would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellFix } from '../../../src/checks/finding';
import { writeFixes } from '../../../src/hosts/office/fix';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { createExcelHost } from '../../../src/taskpane/excel-host';
import { fixedComparison } from '../../support/fixed-cells';
import { installOffice, uninstallOffice } from '../../taskpane/office-globals';
import { fakeSheetsOf, mockExcel } from './excel-mock';

const SAMPLE = path.resolve(__dirname, '../../../samples/klakah-2023.xlsx');

const SHEET = {
  name: 'BAB III',
  rows: 3,
  cols: 3,
  cell: (row: number, col: number) => ({
    value: `${row},${col}`,
    type: 'String' as const,
    numFmt: col === 1 ? '@' : 'General',
  }),
};

/** What SHEET's cell holds (0-based), as Excel's `formulas` gives it: empty below its rows. */
const heldIn = (row: number, col: number) => (row < SHEET.rows ? `${row},${col}` : '');

describe('writeFixes', () => {
  it.each<[string, CellFix, string[]]>([
    [
      'a number: only the value',
      { sheet: 'BAB III', cell: 'B2', was: '1,1', value: 95.23 },
      ['BAB III!B2 values = [[95.23]]'],
    ],
    [
      'a number into a cell formatted as Text: General first, or Excel keeps it as text',
      { sheet: 'BAB III', cell: 'A2', was: '1,0', value: 84.19, numFmt: 'General' },
      ['BAB III!A2 numberFormat = [["General"]]', 'BAB III!A2 values = [[84.19]]'],
    ],
    [
      'a formula: only the formula, with its =',
      { sheet: 'BAB III', cell: 'C3', was: '2,2', formula: 'IF(OR(B3="",B3=0),"",A3/B3)' },
      ['BAB III!C3 formulas = [["=IF(OR(B3=\\"\\",B3=0),\\"\\",A3/B3)"]]'],
    ],
  ])('%s', async (_name, fix, writes) => {
    const { context, stats } = mockExcel([SHEET]);
    await expect(writeFixes(context, [fix])).resolves.toBe(1);
    expect(stats.cellWrites).toEqual(writes);
    // One read of what the cell holds now, one write.
    expect(stats.syncs).toBe(2);
    // Nothing else: no sheet added, activated, renamed or merged, no format beyond the cell's.
    expect(stats.written.map((range) => range.address)).toEqual([fix.cell]);
    const { format } = stats.written[0].mock;
    expect([format.font.bold, format.fill.color, format.wrapText]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([stats.added, stats.activated, stats.renamed, stats.merged]).toEqual([[], [], [], []]);
  });

  it('writes many fixes in batches under the request limit, every one of them', async () => {
    const { context, stats } = mockExcel([SHEET]);
    const fixes: CellFix[] = Array.from({ length: 30 }, (_, i) => ({
      sheet: 'BAB III',
      cell: `B${i + 1}`,
      was: heldIn(i, 1),
      value: i,
    }));
    await writeFixes(context, fixes, 2_000);
    expect(stats.syncs).toBeGreaterThan(1);
    expect(stats.cellWrites).toEqual(fixes.map((_, i) => `BAB III!B${i + 1} values = [[${i}]]`));
    expect(Math.max(...stats.requests)).toBeLessThanOrEqual(2_000 + 600);
  });

  it.each<[string, number, string]>([
    ['one cell', 1, 'BAB III!B2 sudah berubah sejak validasi'],
    ['many cells, three named', 5, 'BAB III!B2, BAB III!B3, BAB III!B4 dan 2 sel lain sudah'],
  ])('writes nothing where a cell changed since validation (%s)', async (_name, changed, named) => {
    const { context, stats } = mockExcel([SHEET]);
    const fixes: CellFix[] = Array.from({ length: 8 }, (_, i) => ({
      sheet: 'BAB III',
      cell: `B${i + 1}`,
      // What validation saw in rows 2.., before the user typed over them.
      was: i >= 1 && i <= changed ? 'typed before' : heldIn(i, 1),
      value: i,
    }));
    await expect(writeFixes(context, fixes)).rejects.toThrow(named);
    await expect(writeFixes(context, fixes)).rejects.toThrow(
      /^Tidak ada sel yang diubah: .* Jalankan validasi lagi/,
    );
    expect(stats.cellWrites).toEqual([]);
  });
});

describe('the Excel host fixing findings', () => {
  afterEach(uninstallOffice);

  const FIX: CellFix = { sheet: 'BAB III', cell: 'B2', was: '1,1', value: 1 };

  it.each([
    ['1.20', true, [{ delayForCellEdit: true, mergeUndoGroup: true }]],
    ['1.19', false, [{ delayForCellEdit: true }]],
  ])(
    'with ExcelApi %s: one undo step %s, and the run options say so',
    async (excelApi, undoable, options) => {
      const installed = installOffice([SHEET], {}, { excelApi });
      const host = createExcelHost();
      expect(host.fixUndoable?.()).toBe(undoable);
      const { note } = (await host.fix?.([FIX])) ?? { note: '' };
      expect(installed.options).toEqual(options);
      expect(note).toBe(
        `1 sel diperbaiki; sel lain tidak diubah.${undoable ? ' Ctrl+Z membatalkan semuanya sekaligus.' : ''} Temuan diperiksa ulang dengan validasi.`,
      );
    },
  );

  it('never touches the undo-clearing document settings while fixing', async () => {
    const installed = installOffice([SHEET], { 'lkj.skala': 'LKJ' });
    await createExcelHost().fix?.([FIX]);
    expect([...installed.stored]).toEqual([['lkj.skala', 'LKJ']]);
  });
});

describe('fixing the sample workbook from the pane in Excel (issue 21, done when)', () => {
  afterEach(uninstallOffice);

  it('clears every angka-teks, and every other cell stays as it was', async () => {
    installOffice(fakeSheetsOf(await readXlsx(readFileSync(SAMPLE))));
    const host = createExcelHost();
    const signal = new AbortController().signal;
    const before = await host.validate({ toleransi: 0 }, () => undefined, signal);
    const angkaTeks = before.checked.findings.filter((f) => f.rule === 'angka-teks');
    expect(angkaTeks.length).toBeGreaterThan(20);
    const fixes = angkaTeks.flatMap((f) => f.fix ?? []);
    // Every text-stored number of the sample is typed, none the result of a formula.
    expect(fixes).toHaveLength(
      angkaTeks.reduce((sum, f) => sum + Number(/^(\d+) angka/.exec(f.message)?.[1] ?? 1), 0),
    );

    await host.fix?.(fixes);
    const after = await host.validate({ toleransi: 0 }, () => undefined, signal);

    expect(after.checked.findings.filter((f) => f.rule === 'angka-teks')).toEqual([]);
    const { expected, actual } = fixedComparison(before.model, after.model, fixes);
    expect(actual).toEqual(expected);
  });

  it('refuses the same fixes again, the cells having changed since that validation', async () => {
    const installed = installOffice(fakeSheetsOf(await readXlsx(readFileSync(SAMPLE))));
    const host = createExcelHost();
    const signal = new AbortController().signal;
    const { checked } = await host.validate({ toleransi: 0 }, () => undefined, signal);
    const fixes = checked.findings
      .filter((f) => f.rule === 'angka-teks')
      .flatMap((f) => f.fix ?? []);
    await host.fix?.(fixes);
    const written = installed.excel.stats.cellWrites.length;

    // A text "0" fixed to the number 0 reads back alike: writing it again would change nothing.
    await expect(host.fix?.(fixes)).rejects.toThrow(
      /^Tidak ada sel yang diubah: PK 2023!D6, .* sel lain sudah berubah sejak validasi/,
    );
    expect(installed.excel.stats.cellWrites).toHaveLength(written);
  });
});
