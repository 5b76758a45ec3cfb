/**
 * The streaming reader against expectations written by hand: small packages built part by part,
 * each value stated as Excel shows it, and cached formula results of 0 on a real form.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readXlsx } from '../../src/hosts/xlsx/read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface HandBuilt {
  /** Inside `<workbook>`, before `<sheets>`. */
  workbookPr?: string;
  sheets: { name: string; state?: string; xml: string; rels?: string }[];
  styles?: string;
  sharedStrings?: string;
  parts?: Record<string, string>;
}

function handBuilt({ workbookPr = '', sheets, styles, sharedStrings, parts = {} }: HandBuilt) {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">${workbookPr}<sheets>` +
        sheets
          .map(
            (sheet, i) =>
              `<sheet name="${sheet.name}" sheetId="${i + 1}"` +
              `${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${RELS}">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    ),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}">${sheet.xml}</worksheet>`,
    );
    if (sheet.rels) {
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(
        `<Relationships xmlns="${RELS}">${sheet.rels}</Relationships>`,
      );
    }
  });
  if (styles)
    files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="${MAIN}">${styles}</styleSheet>`);
  if (sharedStrings) {
    files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${MAIN}">${sharedStrings}</sst>`);
  }
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\ &quot;%&quot;"/>' +
  '<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
  // A format in a differential style is no cell format.
  '<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="0.000"/></dxf></dxfs>' +
  '<cellXfs count="5"><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="164"/>' +
  '<xf numFmtId="165"/><xf numFmtId="0"/></cellXfs>';

test('values of every kind, as Excel shows them', async () => {
  const bytes = handBuilt({
    styles: STYLES,
    sharedStrings:
      '<si><t>Indikator</t></si>' +
      '<si><r><rPr><b/></rPr><t>Nilai </t></r><r><t>IKM</t></r></si>' +
      '<si><t>baris_x000A_baru</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>' +
      '<si></si><si><t/></si>',
    sheets: [
      {
        name: 'Data &amp;amp; Uji',
        xml:
          '<sheetData><row r="1">' +
          '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
          '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>99</v></c>' +
          '</row><row r="2">' +
          '<c r="A2"><v>84.19</v></c><c r="B2" s="1"><v>0.9523</v></c><c r="C2" s="2"><v>7</v></c>' +
          '<c r="D2" s="3"><v>45291</v></c><c r="E2" s="0"><v>45291</v></c>' +
          '<c r="F2" s="5"><v>12</v></c><c r="G2" s="4"/><c r="H2"/>' +
          '</row><row r="3">' +
          '<c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c>' +
          '<c r="D3" t="str"><v>a &amp;amp; b</v></c>' +
          '<c r="E3" t="inlineStr"><is><t>teks_x000A_</t></is></c>' +
          '<c r="F3" t="inlineStr"><is><r><t>ka</t></r><r><t>ya_x0041_</t></r></is></c>' +
          '<c r="G3" t="inlineStr"><is><t/></is></c>' +
          '</row><row r="4"><c><v>1</v></c><c><v>2</v></c><c r="E4"><v>5</v></c><c><v>6</v></c></row>' +
          '</sheetData>',
      },
    ],
  });
  const sheet = (await readXlsx(bytes)).sheets[0];
  expect(sheet.name).toBe('Data & Uji');
  expect(sheet.value(1, 1)).toBe('Indikator');
  expect(sheet.value(1, 2)).toBe('Nilai IKM');
  // Phonetic guides are no part of the text.
  expect(sheet.value(1, 3)).toBe('baris\nbaru');
  expect(sheet.getCell(1, 4)).toBeUndefined();
  expect(sheet.getCell(1, 5)).toEqual({ value: '' });
  expect(sheet.getCell(1, 6)).toBeUndefined();
  expect(sheet.getCell(2, 1)).toEqual({ value: 84.19 });
  expect(sheet.getCell(2, 2)).toEqual({ value: 0.9523, numFmt: '0.00%' });
  expect(sheet.getCell(2, 3)).toEqual({ value: 7, numFmt: '0.0 "%"' });
  expect(sheet.getCell(2, 4)).toEqual({ value: 45291, numFmt: 'dd/mm/yyyy' });
  // Style 0 gives no format, whatever its numFmtId.
  expect(sheet.getCell(2, 5)).toEqual({ value: 45291 });
  expect(sheet.getCell(2, 6)).toEqual({ value: 12 });
  expect(sheet.getCell(2, 7)).toBeUndefined();
  expect(sheet.getCell(2, 8)).toBeUndefined();
  expect(sheet.value(3, 1)).toBe(true);
  expect(sheet.value(3, 2)).toBe(false);
  expect(sheet.getCell(3, 3)).toEqual({ value: null, error: '#N/A' });
  expect(sheet.value(3, 4)).toBe('a & b');
  expect(sheet.value(3, 5)).toBe('teks_x000A_');
  expect(sheet.value(3, 6)).toBe('kayaA');
  expect(sheet.getCell(3, 7)).toBeUndefined();
  // Cells without an address follow the cell before them.
  expect([1, 2, 3, 4, 5, 6].map((col) => sheet.value(4, col))).toEqual([1, 2, null, null, 5, 6]);
  expect(sheet.rowCount).toBe(4);
  expect(sheet.columnCount).toBe(6);
});

test('formulas: cached results (0 and FALSE too), shared formulas, errors and text', async () => {
  const bytes = handBuilt({
    styles: STYLES,
    sheets: [
      {
        name: 'Rumus',
        xml:
          '<sheetData><row r="1">' +
          '<c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c>' +
          '<c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
          '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1"><f>SUM(A1:D1)</f></c>' +
          '<c r="F1" s="3"><f>TODAY()</f><v>45291.5</v></c>' +
          '</row><row r="2">' +
          '<c r="A2"><f t="shared" ref="A2:A4" si="0">B2*$C$2+SUM(B$1:C1)</f><v>3</v></c>' +
          '</row><row r="3"><c r="A3"><f t="shared" si="0"/><v>0</v></c>' +
          '<c r="B3"><f t="shared" si="7"/><v>9</v></c></row>' +
          '<row r="4"><c r="C4"><f t="shared" si="0"/><v>4</v></c></row>' +
          '</sheetData>',
      },
    ],
  });
  const sheet = (await readXlsx(bytes)).sheets[0];
  expect(sheet.getCell(1, 1)).toEqual({ value: 0, formula: 'B1-B1' });
  expect(sheet.getCell(1, 2)).toEqual({ value: false, formula: '1=2' });
  expect(sheet.getCell(1, 3)).toEqual({ value: 'ab', formula: '"a"&"b"' });
  expect(sheet.getCell(1, 4)).toEqual({ value: null, formula: '1/0', error: '#DIV/0!' });
  expect(sheet.getCell(1, 5)).toEqual({ value: null, formula: 'SUM(A1:D1)' });
  expect(sheet.getCell(1, 6)).toEqual({ value: 45291.5, formula: 'TODAY()', numFmt: 'dd/mm/yyyy' });
  expect(sheet.getCell(2, 1)).toEqual({ value: 3, formula: 'B2*$C$2+SUM(B$1:C1)' });
  expect(sheet.getCell(3, 1)).toEqual({ value: 0, formula: 'B3*$C$2+SUM(B$1:C2)' });
  expect(sheet.getCell(4, 3)).toEqual({ value: 4, formula: 'D4*$C$2+SUM(D$1:E3)' });
  // A copy of a master never seen has no formula to show.
  expect(sheet.getCell(3, 2)).toBeUndefined();
});

test('merges, hyperlinks, hidden sheets, the 1904 date system and Excel Tables', async () => {
  const bytes = handBuilt({
    workbookPr: '<workbookPr date1904="1"/>',
    styles: STYLES,
    sheets: [
      {
        name: 'Tampak',
        xml:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c>' +
          '<c r="B1"><v>5</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>situs</t></is></c><c r="B2"><v>7</v></c>' +
          '<c r="C2" s="3"><v>1</v></c></row></sheetData>' +
          '<mergeCells count="1"><mergeCell ref="B1:A1"/></mergeCells>' +
          '<hyperlinks><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="B2" r:id="rId1"/>' +
          '<hyperlink ref="C2" location="Tampak!A1"/></hyperlinks>' +
          '<tableParts count="1"><tablePart r:id="rId2"/></tableParts>',
        rels:
          `<Relationship Id="rId1" Type="${DOC_RELS}/hyperlink" Target="https://example.org" TargetMode="External"/>` +
          `<Relationship Id="rId2" Type="${DOC_RELS}/table" Target="../tables/table1.xml"/>`,
      },
      { name: 'Tersembunyi', state: 'hidden', xml: '<sheetData/>' },
      { name: 'Sangat', state: 'veryHidden', xml: '<sheetData/>' },
    ],
    parts: {
      'xl/tables/table1.xml': `<table xmlns="${MAIN}" id="1" name="T1" displayName="Capaian" ref="A1:C2" headerRowCount="1"/>`,
    },
  });
  const model = await readXlsx(bytes);
  const [sheet, hidden, veryHidden] = model.sheets;
  expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  expect(sheet.value(1, 1)).toBe('Judul');
  expect(sheet.getCell(1, 2)).toBeUndefined();
  expect(sheet.value(2, 1)).toBe('situs');
  // A link to another file keeps a cell's text only (as the reader before did).
  expect(sheet.getCell(2, 2)).toBeUndefined();
  // Day 1 in the 1904 system.
  expect(sheet.getCell(2, 3)).toEqual({ value: 1, numFmt: 'dd/mm/yyyy' });
  expect(sheet.excelTables).toEqual([
    { name: 'Capaian', range: { top: 1, left: 1, bottom: 2, right: 3 }, hasHeaderRow: true },
  ]);
  expect([sheet.hidden, hidden.hidden, veryHidden.hidden]).toEqual([false, true, true]);
  expect(model.sheets.map((s) => s.name)).toEqual(['Tampak', 'Tersembunyi', 'Sangat']);
});

test('a formula whose cached result is 0 reads as 0 on the Deli Serdang Renja form', async () => {
  const file = path.join(
    __dirname,
    '../../../shared/reference/real-workbooks/evaluasi-renja-tw4-2025.xlsx',
  );
  const model = await readXlsx(readFileSync(file));
  const sheet = model.sheets.find((s) => s.name === 'Realisasi TW IV');
  expect(sheet?.getCell(17, 16)).toEqual({ value: 0, formula: 'Q17*N17', numFmt: '0' });
  expect(sheet?.getCell(15, 25)).toEqual({ value: 0, formula: 'Z15*N15-P15-S15-V15', numFmt: '0' });
  let blankFormulas = 0;
  sheet?.forEachCell((_, __, cell) => {
    if (cell.formula !== undefined && cell.value === null && cell.error === undefined) {
      blankFormulas++;
    }
  });
  // Every formula of the form has a cached result in the file; none reads as blank.
  expect(blankFormulas).toBe(0);
});
