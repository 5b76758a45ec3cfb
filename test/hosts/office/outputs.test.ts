/**
 * The add-in's outputs in Excel (DOMAIN §9): the Office.js writer marks a generator's sheet with
 * a hidden workbook name and replaces the same generator's earlier output in its place, never a
 * staff sheet; the Office.js reader finds the markers. The mock checks names and sheet names by
 * Excel's rules and puts back what a refused batch queued.
 */
import { readWorkbook } from '../../../src/hosts/office/read';
import { addSheet } from '../../../src/hosts/office/write';
import type { SheetSpec } from '../../../src/sheetgen/sheet-spec';
import { mockExcel, validExcelName, validSheetName, type FakeName } from './excel-mock';

const TABEL = 'Tabel LKj 2023';

function tabelSpec(extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: TABEL,
    cells: [{ row: 1, col: 1, value: 'Tabel 3.1', bold: true }],
    merges: [],
    output: { generator: 'tabel', replaces: TABEL },
    ...extra,
  };
}

const workbook = (names: FakeName[]) =>
  mockExcel(
    ['PK 2023', TABEL, 'SDM'].map((name) => ({ name, rows: 1, cols: 1 })),
    { names },
  );

const TABEL_MARKER: FakeName = { name: '_lkj_output_tabel_1', sheet: TABEL, visible: false };

describe('addSheet with a generator output', () => {
  it('marks a new output with a hidden name referring to its A1', async () => {
    const { context, stats } = mockExcel([{ name: 'PK 2023', rows: 1, cols: 1 }], {
      names: [{ name: 'Target', sheet: 'PK 2023' }],
    });

    const written = await addSheet(context, tabelSpec({ output: { generator: 'tabel' } }));

    expect(written).toMatchObject({ name: TABEL });
    expect(written.replaced).toBeUndefined();
    expect(stats.names()).toEqual([
      "Target = ='PK 2023'!$A$1",
      `_lkj_output_tabel_1 = ='${TABEL}'!$A$1 (tersembunyi)`,
    ]);
  });

  it("replaces the same generator's earlier output in its place, under its name", async () => {
    const { context, stats } = workbook([TABEL_MARKER]);

    const written = await addSheet(context, tabelSpec());

    expect(written).toMatchObject({ name: TABEL, replaced: TABEL });
    // Written under a free name first: the old sheet goes only with the last batch.
    expect(stats.added).toEqual([`${TABEL} (2)`]);
    expect(stats.deleted).toEqual([TABEL]);
    expect(stats.renamed).toEqual([`${TABEL} (2) → ${TABEL}`]);
    expect(stats.sheetOrder()).toEqual(['PK 2023', TABEL, 'SDM']);
    expect(stats.names()).toEqual([`_lkj_output_tabel_1 = ='${TABEL}'!$A$1 (tersembunyi)`]);
    expect(stats.activated).toEqual([TABEL]);
  });

  it('replaces it too when laid out from a workbook read before the earlier output was written', async () => {
    const { context, stats } = workbook([TABEL_MARKER]);

    const written = await addSheet(context, tabelSpec({ output: { generator: 'tabel' } }));

    expect(written).toMatchObject({ name: TABEL, replaced: TABEL });
    expect(stats.sheetOrder()).toEqual(['PK 2023', TABEL, 'SDM']);
  });

  const notReplaced: [string, FakeName[]][] = [
    ['a staff sheet of that name (no marker)', []],
    ['a sheet marked by another generator', [{ ...TABEL_MARKER, name: '_lkj_output_renja_1' }]],
    ['a marker whose sheet was deleted', [{ ...TABEL_MARKER, sheet: 'Tabel lama' }]],
  ];
  it.each(notReplaced)('adds beside %s and deletes nothing', async (_, names) => {
    const { context, stats } = workbook(names);

    const written = await addSheet(context, tabelSpec());

    expect(written).toMatchObject({ name: `${TABEL} (2)` });
    expect(written.replaced).toBeUndefined();
    expect(stats.deleted).toEqual([]);
    expect(stats.sheetOrder()).toEqual(['PK 2023', TABEL, 'SDM', `${TABEL} (2)`]);
    expect(stats.names().filter((name) => name.includes(`${TABEL} (2)`))).toHaveLength(1);
  });

  it('leaves the earlier output and its marker as they were when the write fails', async () => {
    const { context, stats } = workbook([TABEL_MARKER]);
    // A merge off Excel's grid: the last batch is refused.
    const merges = [{ top: 1, left: 1, bottom: 1, right: 20_000 }];

    await expect(addSheet(context, tabelSpec({ merges }))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });

    expect(stats.sheetOrder()).toEqual(['PK 2023', TABEL, 'SDM']);
    expect(stats.names()).toEqual([`_lkj_output_tabel_1 = ='${TABEL}'!$A$1 (tersembunyi)`]);
  });
});

describe('readWorkbook and the markers', () => {
  it("sets generatedBy on the marked sheet only; other names and a deleted sheet's marker mark nothing", async () => {
    const { context } = workbook([
      { name: 'Target', sheet: 'PK 2023' },
      TABEL_MARKER,
      { name: '_lkj_output_evaluasi_1', sheet: 'Evaluasi dihapus' },
    ]);

    const model = await readWorkbook(context);

    expect(model.sheets.map((sheet) => [sheet.name, sheet.generatedBy])).toEqual([
      ['PK 2023', undefined],
      [TABEL, 'tabel'],
      ['SDM', undefined],
    ]);
  });
});

describe("the mock's rules for names (Excel's documented limits)", () => {
  const names: [string, boolean][] = [
    ['_lkj_output_tabel_1', true],
    ['Target.2023', true],
    ['\\catatan', true],
    ['Realisasi_Triwulan', true],
    ['1tabel', false],
    ['dua kata', false],
    ['A1', false],
    ['XFD1048576', false],
    ['R1C1', false],
    ['r', false],
    ['C', false],
    ['a'.repeat(255), true],
    ['a'.repeat(256), false],
  ];
  const label = (name: string) => (name.length > 40 ? `${name.length} huruf a` : name);
  it.each(names.map(([name, valid]) => [label(name), valid, name] as const))(
    'defined name %s: valid %s',
    (_, valid, name) => {
      expect(validExcelName(name)).toBe(valid);
    },
  );

  const sheets: [string, boolean][] = [
    [TABEL, true],
    ['a'.repeat(31), true],
    ['a'.repeat(32), false],
    ['', false],
    ['Tabel [1]', false],
    ['TW 1/2023', false],
    ["'Tabel", false],
    ["Tabel'", false],
    ['History', false],
  ];
  it.each(sheets)('sheet name %s valid: %s', (name, valid) => {
    expect(validSheetName(name)).toBe(valid);
  });
});
