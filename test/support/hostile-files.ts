/**
 * The hostile files of issue 8, one maker each, with the refusal expected: the reader test, the
 * `lkj` test (in a process with a heap limit) and the browser test all use these.
 */
import { strToU8 } from 'fflate';
import { formatAngka } from '../../src/core/angka';
import { MAX_CELLS } from '../../src/hosts/xlsx/work-limits';
import {
  frameEntries,
  lieAboutCount,
  rawZip,
  repeatedDeflate,
  sheetXml,
  xlsxPackage,
} from './hostile-xlsx';

export interface HostileFile {
  bytes: Uint8Array;
  /** What the refusal must say. */
  expected: RegExp;
}

const SHEET = 'xl/worksheets/sheet1.xml';
const ROW = '<row r="1"><c r="A1"><v>1</v></c></row>';

/** A one-sheet package whose sheet inflates to `body` × `times` (about `times` MB here). */
function hugeSheet(times: number, claimedSize: (real: number) => number): Uint8Array {
  const body = ' '.repeat(1024 * 1024);
  const { data, size } = repeatedDeflate(sheetXml('').slice(0, -20), body, times, '</worksheet>');
  return rawZip([
    ...frameEntries(),
    { name: SHEET, data, method: 8, claimedSize: claimedSize(size) },
  ]);
}

/** Row XML of `cells` numeric cells without addresses, in one row per 100. */
function denseRows(cells: number): string {
  const row = `<row>${'<c><v>1</v></c>'.repeat(100)}</row>`;
  return row.repeat(Math.ceil(cells / 100));
}

export const files: Record<string, () => HostileFile> = {
  'a 2 KB sheet merging A3:XFD1048576': () => ({
    bytes: xlsxPackage({
      sheets: {
        Data: sheetXml(ROW, '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>'),
      },
    }),
    expected: /sel gabungan A3:XFD1048576 mencakup 17\.179.*batasnya 500\.000 sel/,
  }),
  'a zip whose headers claim 6 kB for an 8 GB sheet': () => ({
    bytes: hugeSheet(8 * 1024, () => 6_000),
    expected: /terlalu besar setelah dibuka \(lebih dari 200 MB, batasnya\)/,
  }),
  'headers claiming 6 kB for a 2.2 GB sheet': () => ({
    bytes: hugeSheet(2200, () => 6_000),
    expected: /terlalu besar setelah dibuka/,
  }),
  'an end record claiming 1 entry for a 2.2 GB sheet': () => ({
    bytes: lieAboutCount(
      hugeSheet(2200, (real) => real),
      1,
    ),
    expected: /terlalu besar setelah dibuka/,
  }),
  'an honest zip of 329 MB of numeric cells': () => {
    const row = (r: number) =>
      `<row r="${r}">${Array.from({ length: 26 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`).join('')}</row>`;
    const { data, size } = repeatedDeflate(
      sheetXml('').replace('</sheetData></worksheet>', ''),
      Array.from({ length: 1000 }, (_, i) => row(i + 1)).join(''),
      Math.ceil((329 * 1024 * 1024) / 700_000),
      '</sheetData></worksheet>',
    );
    return {
      bytes: rawZip([...frameEntries(), { name: SHEET, data, method: 8, claimedSize: size }]),
      expected: /terlalu besar setelah dibuka/,
    };
  },
  // The limit itself is read from the reader, so the file is always just over it.
  'a workbook of more than MAX_CELLS cells': () => {
    const limit = formatAngka(MAX_CELLS, 0).replace(/\./g, '\\.');
    return {
      bytes: xlsxPackage({ sheets: { Data: sheetXml(denseRows(MAX_CELLS + 100)) }, level: 1 }),
      expected: new RegExp(`lebih dari ${limit} sel; batasnya ${limit} sel per workbook`),
    };
  },
  'a 2 KB sheet with one cell at row 4.000.000.000': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml('<row r="4000000000"><c r="A4000000000"><v>1</v></c></row>') },
    }),
    expected: /baris 4000000000 melewati batas Excel 1\.048\.576 baris × 16\.384 kolom/,
  }),
  'a cell beyond column XFD': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>') },
    }),
    expected: /sel ZZZZ1 melewati batas Excel/,
  }),
  'cells without addresses running past column XFD': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml(`<row>${'<c><v>1</v></c>'.repeat(16_385)}</row>`) },
    }),
    expected: /kolom ke-16\.385 melewati batas Excel 1\.048\.576 baris × 16\.384 kolom/,
  }),
  'a cell in a row counted past row 1.048.576': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml(`${'<row/>'.repeat(1_048_576)}<row><c><v>1</v></c></row>`) },
    }),
    expected: /baris 1\.048\.577 melewati batas Excel/,
  }),
  'a row number hidden in character references': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml('<row r="&#52;000000000"><c><v>1</v></c></row>') },
    }),
    expected: /baris 4000000000 melewati batas Excel/,
  }),
  'a defined name over a whole sheet': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml(ROW) },
      workbookExtra:
        '<definedNames><definedName name="semua">Data!$A$1:$XFD$1048576</definedName></definedNames>',
    }),
    expected: /nama rentang \$A\$1:\$XFD\$1048576 mencakup .* batasnya 500\.000/,
  }),
  'an Excel Table reaching row 4.000.000.000': () => ({
    bytes: xlsxPackage({
      sheets: { Data: sheetXml(ROW) },
      parts: {
        'xl/tables/table1.xml':
          '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:B4000000000"><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/></tableColumns></table>',
      },
    }),
    expected: /baris 4000000000 melewati batas Excel/,
  }),
  '65.500 one-byte xl/media/ entries': () => {
    const media: Record<string, Uint8Array> = {};
    for (let i = 0; i < 65_500; i++) media[`xl/media/image${i}.png`] = strToU8('x');
    return {
      bytes: xlsxPackage({ sheets: { Data: sheetXml(ROW) }, parts: media, level: 0 }),
      expected: /terlalu banyak bagian \(lebih dari 2\.000, batasnya\)/,
    };
  },
  'a sheet of only empty rows, 2 million of them': () => ({
    bytes: xlsxPackage({ sheets: { Data: sheetXml('<row/>'.repeat(2_000_000)) }, level: 1 }),
    expected: /lebih dari 1\.500\.000 baris; batasnya 1\.500\.000 baris per workbook/,
  }),
};
