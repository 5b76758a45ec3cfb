/**
 * The add-in's outputs in an .xlsx copy (DOMAIN §9): the writer marks a generator's sheet with a
 * hidden defined name, keeps the markers through later copies (ExcelJS alone would drop
 * `hidden`), replaces only the same generator's marked sheet, and the reader finds the markers.
 */
import { Workbook } from 'exceljs';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { writeSheetToXlsx } from '../../src/hosts/xlsx/write';
import { readMarker } from '../../src/sheetgen/output-marker';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';
import { zipEntry } from '../evaluasi/zip-entry';

const TABEL = 'Tabel LKj 2023';

async function staffWorkbook(sheets: string[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const name of sheets) workbook.addWorksheet(name).getCell('A1').value = `isi ${name}`;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const spec = (text: string, output: SheetSpec['output']): SheetSpec => ({
  name: TABEL,
  cells: [{ row: 1, col: 1, value: text }],
  merges: [],
  ...(output ? { output } : {}),
});

const sheetsOf = async (bytes: Uint8Array) =>
  (await readXlsx(bytes)).sheets.map((sheet) => [sheet.name, sheet.generatedBy, sheet.value(1, 1)]);

test('a generator sheet gets a hidden marker, and the reader finds it', async () => {
  const { bytes, name } = await writeSheetToXlsx(
    await staffWorkbook(['PK 2023']),
    spec('pertama', { generator: 'tabel' }),
  );

  expect(name).toBe(TABEL);
  expect(zipEntry(bytes, 'xl/workbook.xml')).toContain(
    `<definedName name="_lkj_output_tabel_1" hidden="1">'${TABEL}'!$A$1</definedName>`,
  );
  expect(await sheetsOf(bytes)).toEqual([
    ['PK 2023', undefined, 'isi PK 2023'],
    [TABEL, 'tabel', 'pertama'],
  ]);
});

test("writing again replaces the same generator's sheet in its place; other markers stay hidden", async () => {
  const first = await writeSheetToXlsx(
    await staffWorkbook(['PK 2023', 'SDM']),
    spec('pertama', { generator: 'tabel' }),
  );
  const renja = await writeSheetToXlsx(first.bytes, {
    ...spec('renja', { generator: 'renja' }),
    name: 'Evaluasi Renja',
  });
  const again = await writeSheetToXlsx(
    renja.bytes,
    spec('kedua', { generator: 'tabel', replaces: TABEL }),
  );

  expect(again).toMatchObject({ name: TABEL, replaced: TABEL });
  expect(await sheetsOf(again.bytes)).toEqual([
    ['PK 2023', undefined, 'isi PK 2023'],
    ['SDM', undefined, 'isi SDM'],
    [TABEL, 'tabel', 'kedua'],
    ['Evaluasi Renja', 'renja', 'renja'],
  ]);
  const names = zipEntry(again.bytes, 'xl/workbook.xml')?.match(/<definedName [^>]*>/g);
  expect(names?.sort()).toEqual([
    '<definedName name="_lkj_output_renja_1" hidden="1">',
    '<definedName name="_lkj_output_tabel_1" hidden="1">',
  ]);
});

const notReplaced: [string, Promise<Uint8Array>][] = [
  ['a staff sheet of that name', staffWorkbook(['PK 2023', TABEL])],
  [
    "another generator's sheet of that name",
    staffWorkbook(['PK 2023']).then(
      async (bytes) =>
        (await writeSheetToXlsx(bytes, spec('isi renja', { generator: 'renja' }))).bytes,
    ),
  ],
];
test.each(notReplaced)('never replaces %s: the new sheet goes beside it', async (_, input) => {
  const before = await sheetsOf(await input);

  const written = await writeSheetToXlsx(
    await input,
    spec('baru', { generator: 'tabel', replaces: TABEL }),
  );

  expect(written.replaced).toBeUndefined();
  expect(await sheetsOf(written.bytes)).toEqual([...before, [`${TABEL} (2)`, 'tabel', 'baru']]);
});

const markers: [string, string, ReturnType<typeof readMarker>][] = [
  [
    '_lkj_output_tabel_1',
    "'Tabel LKj'!$A$1",
    { name: '_lkj_output_tabel_1', generator: 'tabel', sheet: 'Tabel LKj' },
  ],
  [
    '_lkj_output_renja_2',
    "='Renja ''TW'' 1'!$A$1",
    { name: '_lkj_output_renja_2', generator: 'renja', sheet: "Renja 'TW' 1" },
  ],
  [
    '_lkj_output_evaluasi_1',
    '=Evaluasi!$A$1',
    { name: '_lkj_output_evaluasi_1', generator: 'evaluasi', sheet: 'Evaluasi' },
  ],
  ['_lkj_output_tabel_1', '=#REF!$A$1', undefined],
  ['_lkj_output_tabel_1', '=#REF!', undefined],
  ['Target', "'Tabel LKj'!$A$1", undefined],
  ['_lkj_output_tabel_1', "'Tabel LKj'!$B$2", undefined],
];
test.each(markers)('readMarker(%s, %s)', (name, formula, marker) => {
  expect(readMarker(name, formula)).toEqual(marker);
});
