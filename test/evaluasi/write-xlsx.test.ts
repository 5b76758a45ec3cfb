/** hosts/xlsx/write: one new sheet from a SheetSpec, everything else as it was. */
import { Workbook, type CellFormulaValue } from 'exceljs';
import fc from 'fast-check';
import { linked } from '../../src/sheetgen/expr';
import JSZip from 'jszip';
import { addSheetToXlsx, leftOutOfCopy, storedFormula } from '../../src/hosts/xlsx/write';
import { readXlsx, WorkbookReadError } from '../../src/hosts/xlsx/read';
import type { Sheet } from '../../src/workbook/model';
import { sheetReference, type SheetSpec } from '../../src/sheetgen/sheet-spec';
import { zipEntry } from './zip-entry';
import { chartSpec } from '../hosts/chart-spec';

async function original(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const pk = workbook.addWorksheet('PK 2023');
  pk.getCell('A1').value = 'Indikator';
  pk.getCell('B1').value = 'Target';
  pk.getCell('A2').value = 'Persentase fasilitasi';
  pk.getCell('B2').value = '95,23';
  pk.getCell('C2').value = { formula: 'B3*2', result: 1.9, date1904: false };
  pk.getCell('B3').value = 0.95;
  pk.getCell('B3').numFmt = '0.00%';
  pk.mergeCells('A5:C5');
  pk.getCell('A5').value = 'Catatan';
  workbook.addWorksheet('Lain').getCell('A1').value = '=bukan rumus';
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const SPEC: SheetSpec = {
  name: 'Evaluasi',
  cells: [
    { row: 1, col: 1, value: 'JUDUL', bold: true },
    { row: 2, col: 1, value: '=SUM(A1:A9)' },
    { row: 2, col: 2, value: 40 },
    { row: 2, col: 3, value: null, highlight: true },
    { row: 2, col: 4, formula: "'PK 2023'!B3*100", result: 95, numFmt: '#,##0.00' },
    { row: 2, col: 5, formula: 'IF(C2="","",B2/C2*100)', result: '' },
    { row: 2, col: 6, formula: 'B2/0', result: '#DIV/0!' },
    { row: 2, col: 7, value: 'panjang sekali', wrap: true },
    { row: 3, col: 1, value: 'ke PK', link: "'PK 2023'!B2" },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  columnWidths: { 1: 30, 7: 12 },
};

function contents(sheet: Sheet) {
  return [...sheet.entries()].sort((a, b) => a.row - b.row || a.col - b.col);
}

describe('addSheetToXlsx', () => {
  test('adds the sheet as written: formulas with cached results, text as text, formats, merges', async () => {
    const input = await original();
    const before = Uint8Array.from(input);
    const written = await addSheetToXlsx(input, SPEC);
    expect(input).toEqual(before);

    const workbook = new Workbook();
    await workbook.xlsx.load(written as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['PK 2023', 'Lain', 'Evaluasi']);
    // Excel and LibreOffice recalculate on open; the cached results serve the viewers that do not.
    expect(zipEntry(written, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const sheet = workbook.getWorksheet('Evaluasi')!;
    expect(sheet.getCell('A2').value).toBe('=SUM(A1:A9)');
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect(sheet.getCell('B2').value).toBe(40);
    expect(sheet.getCell('C2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    });
    expect(sheet.getCell('D2').value).toMatchObject({ formula: "'PK 2023'!B3*100", result: 95 });
    expect(sheet.getCell('D2').numFmt).toBe('#,##0.00');
    expect((sheet.getCell('E2').value as CellFormulaValue).formula).toBe('IF(C2="","",B2/C2*100)');
    expect((sheet.getCell('F2').value as CellFormulaValue).result).toEqual({ error: '#DIV/0!' });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('G2').alignment).toMatchObject({ wrapText: true });
    // A link to a cell as Excel writes it: a bare location and no relationship (ExcelJS itself
    // reads only relationship links, so the XML is checked).
    expect(sheet.getCell('A3').value).toBe('ke PK');
    expect(sheet.getCell('A3').font).toMatchObject({ underline: true });
    const xml = zipEntry(written, `xl/worksheets/sheet${sheet.id}.xml`);
    expect(xml).toContain(
      '<hyperlinks><hyperlink ref="A3" location="\'PK 2023\'!B2" display="ke PK"/></hyperlinks>',
    );
    expect(zipEntry(written, `xl/worksheets/_rels/sheet${sheet.id}.xml.rels`)).toBeUndefined();
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(sheet.getColumn(1).width).toBe(30);
  });

  test('the other sheets read exactly as before', async () => {
    const input = await original();
    const before = await readXlsx(input);
    const after = await readXlsx(await addSheetToXlsx(input, SPEC));
    for (const sheet of before.sheets) {
      const copy = after.sheets.find((candidate) => candidate.name === sheet.name)!;
      expect(contents(copy)).toEqual(contents(sheet));
      expect(copy.merges).toEqual(sheet.merges);
    }
    const evaluasi = after.sheets.find((sheet) => sheet.name === 'Evaluasi')!;
    expect(evaluasi.getCell(2, 4)).toMatchObject({ value: 95, formula: "'PK 2023'!B3*100" });
    expect(evaluasi.getCell(2, 6)).toMatchObject({ error: '#DIV/0!' });
  });

  test('never over an existing sheet: a taken name gets a number', async () => {
    const written = await addSheetToXlsx(await original(), { ...SPEC, name: 'pk 2023' });
    const model = await readXlsx(written);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(['PK 2023', 'Lain', 'pk 2023 (2)']);
  });

  test('a file that is not an .xlsx is refused with a message in Bahasa Indonesia', async () => {
    await expect(addSheetToXlsx(new TextEncoder().encode('bukan excel'), SPEC)).rejects.toThrow(
      WorkbookReadError,
    );
    await expect(addSheetToXlsx(new TextEncoder().encode('bukan excel'), SPEC)).rejects.toThrow(
      /bukan berkas Excel/,
    );
  });

  test.each([
    [`NUMBERVALUE('PK 2023'!E6,",",".")*100`, `_xlfn.NUMBERVALUE('PK 2023'!E6,",",".")*100`],
    [
      'IF(A1="NUMBERVALUE(x)",numbervalue(A1),"")',
      'IF(A1="NUMBERVALUE(x)",_xlfn.numbervalue(A1),"")',
    ],
    ['_xlfn.NUMBERVALUE(A1)', '_xlfn.NUMBERVALUE(A1)'],
    ['IF(OR(E6="",F6=""),"",E6/F6*100)', 'IF(OR(E6="",F6=""),"",E6/F6*100)'],
    [`'PK IFS(2023'!E6`, `'PK IFS(2023'!E6`],
    [`NUMBERVALUE('PK IFS(2023'!E6,",",".")`, `_xlfn.NUMBERVALUE('PK IFS(2023'!E6,",",".")`],
    [`'it''s IFS(x'!A1+IFS(1,2)`, `'it''s IFS(x'!A1+_xlfn.IFS(1,2)`],
    [`'a"IFS(b'!A1&"it's IFS(c"`, `'a"IFS(b'!A1&"it's IFS(c"`],
  ])('stores %s as %s (newer functions need _xlfn. in the file)', (formula, stored) => {
    expect(storedFormula(formula)).toBe(stored);
  });

  test('a function name inside any sheet name Excel allows is never prefixed', () => {
    // Excel: 1–31 characters, none of \\ / ? * [ ] :, not starting or ending with an apostrophe.
    const sheetName = fc
      .string({
        minLength: 1,
        maxLength: 31,
        unit: fc.constantFrom(...'PK IFS(2023\'" )_xlfn.&,'.split('')),
      })
      .filter((name) => !name.startsWith("'") && !name.endsWith("'"));
    fc.assert(
      fc.property(sheetName, (name) => {
        const reference = sheetReference(name, 'E6');
        const formula = linked({ sheet: name, row: 6, col: 5 }, 'text', null).formula();
        expect(storedFormula(formula)).toBe(`_xlfn.${formula}`);
        expect(storedFormula(`${reference}+IFS(1,2)`)).toBe(`${reference}+_xlfn.IFS(1,2)`);
      }),
    );
  });

  test('the file holds the sheet name as it is: PK IFS(2023', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('PK IFS(2023').getCell('E6').value = '95,23';
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    const formula = linked(
      { sheet: 'PK IFS(2023', row: 6, col: 5 },
      'text-percent',
      null,
    ).formula();
    const spec: SheetSpec = { name: 'T', cells: [{ row: 1, col: 1, formula }], merges: [] };
    const written = await addSheetToXlsx(input, spec);
    expect(zipEntry(written, 'xl/worksheets/sheet2.xml')).toContain(
      '<f>_xlfn.NUMBERVALUE(&apos;PK IFS(2023&apos;!E6,&quot;,&quot;,&quot;.&quot;)*100</f>',
    );
  });

  test('the file holds the prefixed formula', async () => {
    const spec: SheetSpec = {
      name: 'T',
      cells: [{ row: 1, col: 1, formula: `NUMBERVALUE("95,23",",",".")`, result: 95.23 }],
      merges: [],
    };
    const written = await addSheetToXlsx(await original(), spec);
    expect(zipEntry(written, 'xl/worksheets/sheet3.xml')).toContain(
      '<f>_xlfn.NUMBERVALUE(&quot;95,23&quot;,&quot;,&quot;,&quot;.&quot;)</f>',
    );
  });

  test('leaves the charts out of the copy and says that charts come in Excel only', async () => {
    const spec: SheetSpec = {
      ...SPEC,
      charts: [
        chartSpec('column', 'Target dan Realisasi', [2, 1, 2, 4], [1, 9]),
        chartSpec('line', 'Realisasi 2021–2023', [2, 1, 2, 2], [20, 9]),
      ],
    };

    const written = await addSheetToXlsx(await original(), spec);

    // The sheet is there in full, as without charts; the copy holds no chart or drawing part.
    const after = await readXlsx(written);
    const expected = await readXlsx(await addSheetToXlsx(await original(), SPEC));
    expect(contents(after.sheets[2])).toEqual(contents(expected.sheets[2]));
    const parts = Object.keys((await JSZip.loadAsync(written)).files);
    expect(parts.filter((part) => /chart|drawing/i.test(part))).toEqual([]);
    expect(leftOutOfCopy(spec)).toEqual([
      'Grafik hanya dibuat di Excel: 2 grafik ("Target dan Realisasi", ' +
        '"Realisasi 2021–2023") tidak ada di salinan .xlsx, karena salinan .xlsx yang ditulis ' +
        'di luar Excel tidak dapat memuat grafik. Tabel dan rumusnya lengkap; untuk grafiknya, ' +
        'buka workbook di Excel dan buat sheet ini dari panel add-in.',
    ]);
    expect(leftOutOfCopy(SPEC)).toEqual([]);
    expect(leftOutOfCopy({ ...SPEC, charts: [] })).toEqual([]);
  });
});
