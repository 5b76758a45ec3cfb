/**
 * "Unduh salinan yang diperbaiki": the fixes written into the .xlsx by changing only the fixed
 * cells' `<c>` elements; every other part keeps its bytes, every other cell its value, formula
 * and number format (read back through the real reader).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateWorkbook } from '../../src/checks';
import { fixCopy, patchCells } from '../../src/hosts/xlsx/patch-cells';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { CellFix } from '../../src/workbook/cell-fix';
import type { Cell } from '../../src/workbook/model';
import { fixedComparison } from '../support/fixed-cells';
import { sheetXml, xlsxPackage } from '../support/hostile-xlsx';
import { utils, write } from '@e965/xlsx';

const SAMPLE = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');

const STRINGS =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>95,23</t></si><si><t>Indikator</t></si></sst>';
const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';

/** One sheet "Data & Co" of the given row XML, with shared strings and two styles. */
const book = (rows: string) =>
  xlsxPackage({
    sheets: {
      'Data & Co': sheetXml(rows, '<mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>'),
    },
    parts: { 'xl/sharedStrings.xml': STRINGS, 'xl/styles.xml': STYLES },
  });

const ROW = (cell: string) =>
  `<row r="1"><c r="A1" t="s"><v>1</v></c>${cell}<c r="C1"><v>7</v></c></row>`;

const at = (cell: string, more: object): CellFix =>
  ({ sheet: 'Data & Co', cell, ...more }) as CellFix;

describe('patchCells', () => {
  it.each<[string, string, CellFix, string, Cell]>([
    [
      'a shared string becomes a number, its style kept',
      '<c r="B1" s="1" t="s"><v>0</v></c>',
      at('B1', { value: 95.23 }),
      '<c r="B1" s="1"><v>95.23</v></c>',
      { value: 95.23, numFmt: '0.00' },
    ],
    [
      'an inline string becomes a number',
      '<c r="B1" t="inlineStr"><is><t>1.554.001,45</t></is></c>',
      at('B1', { value: 1554001.45 }),
      '<c r="B1"><v>1554001.45</v></c>',
      { value: 1554001.45 },
    ],
    [
      'an error becomes the guarded formula, its empty result cached',
      '<c r="B1" t="e"><f>C1/D1</f><v>#DIV/0!</v></c>',
      at('B1', { formula: 'IF(OR(D1="",D1=0),"",C1/D1)' }),
      '<c r="B1" t="str"><f>IF(OR(D1="",D1=0),"",C1/D1)</f><v></v></c>',
      { value: null, formula: 'IF(OR(D1="",D1=0),"",C1/D1)' },
    ],
    [
      'a formula with < and & is escaped as XML',
      '<c r="B1" t="e"><f>C1/D1</f><v>#DIV/0!</v></c>',
      at('B1', { formula: 'IF(D1<>0,C1/D1,"-"&D1)' }),
      '<c r="B1" t="str"><f>IF(D1&lt;&gt;0,C1/D1,"-"&amp;D1)</f><v></v></c>',
      { value: null, formula: 'IF(D1<>0,C1/D1,"-"&D1)' },
    ],
  ])('%s', (_name, cell, fix, written, read) => {
    const before = book(ROW(cell));
    const { bytes, fixed, skipped } = patchCells(before, [fix]);
    expect([fixed, skipped]).toEqual([1, []]);
    const was = unzipSync(before);
    const now = unzipSync(bytes);
    expect(Object.keys(now)).toEqual(Object.keys(was));
    for (const name of Object.keys(was)) {
      if (name === 'xl/worksheets/sheet1.xml') continue;
      expect([name, now[name]]).toEqual([name, was[name]]);
    }
    // The sheet's XML is the same but for the fixed element.
    expect(strFromU8(now['xl/worksheets/sheet1.xml'])).toBe(
      strFromU8(was['xl/worksheets/sheet1.xml']).replace(cell, written),
    );
    return readXlsx(bytes).then((model) => {
      expect(model.sheets[0].getCell(1, 2)).toEqual(read);
      expect(model.sheets[0].getCell(1, 1)).toMatchObject({ value: 'Indikator' });
      expect(model.sheets[0].getCell(1, 3)).toEqual({ value: 7 });
    });
  });

  it.each<[string, string, CellFix, string]>([
    [
      'the first cell of a shared formula, which holds the others’ formula too',
      '<c r="B1" t="e"><f t="shared" ref="B1:B9" si="0">C1/D1</f><v>#DIV/0!</v></c>',
      at('B1', { formula: 'IF(D1=0,"",C1/D1)' }),
      'Data & Co!B1: rumusnya dipakai bersama sel lain',
    ],
    [
      'a cell the sheet does not hold',
      '',
      at('Z9', { value: 1 }),
      'Data & Co!Z9: sel tidak ditemukan',
    ],
    [
      'a sheet the workbook does not have',
      '',
      { sheet: 'Lain', cell: 'B1', was: '1', value: 1 },
      'Lain!B1: sheet tidak ditemukan',
    ],
  ])('leaves %s as it was, and says so', (_name, cell, fix, why) => {
    const before = book(ROW(cell));
    const { bytes, fixed, skipped } = patchCells(before, [fix]);
    expect([fixed, skipped]).toEqual([0, [why]]);
    expect(unzipSync(bytes)['xl/worksheets/sheet1.xml']).toEqual(
      unzipSync(before)['xl/worksheets/sheet1.xml'],
    );
  });

  it('copies an .xls as .xlsx and says what the conversion leaves out', async () => {
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, utils.aoa_to_sheet([['Indikator', '95,23']]), 'Sheet1');
    const xls = new Uint8Array(write(workbook, { bookType: 'xls', type: 'array' }) as ArrayBuffer);
    const copy = await fixCopy(xls, [{ sheet: 'Sheet1', cell: 'B1', was: '95,23', value: 95.23 }]);
    expect(copy.copyLosses).toMatch(/^Berkas masukan \.xls disalin sebagai \.xlsx/);
    expect([copy.fixed, copy.skipped]).toEqual([1, []]);
    expect((await readXlsx(copy.bytes)).sheets[0].getCell(1, 2)).toMatchObject({ value: 95.23 });
  });

  it('never changes the bytes it was given', () => {
    const before = book(ROW('<c r="B1" t="s"><v>0</v></c>'));
    const kept = before.slice();
    patchCells(before, [at('B1', { value: 95.23 })]);
    expect(before).toEqual(kept);
  });
});

describe('the corrected copy of the sample workbook (issue 21, done when)', () => {
  it('has no angka-teks left, and every other cell as it was', async () => {
    const bytes = readFileSync(SAMPLE);
    const before = await readXlsx(bytes);
    const angkaTeks = validateWorkbook(before).findings.filter((f) => f.rule === 'angka-teks');
    const fixes = angkaTeks.flatMap((f) => f.fix ?? []);
    expect(fixes.length).toBeGreaterThan(50);

    const copy = await fixCopy(new Uint8Array(bytes), fixes);
    expect([copy.fixed, copy.skipped]).toEqual([fixes.length, []]);
    const after = await readXlsx(copy.bytes);

    expect(validateWorkbook(after).findings.filter((f) => f.rule === 'angka-teks')).toEqual([]);
    const { expected, actual } = fixedComparison(before, after, fixes);
    expect(actual).toEqual(expected);
    // Merges, hidden sheets and the other findings stay as they were too.
    expect(after.sheets.map((s) => [s.name, s.hidden, s.merges])).toEqual(
      before.sheets.map((s) => [s.name, s.hidden, s.merges]),
    );
  });
});
