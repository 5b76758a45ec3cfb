import { readXlsx } from '../../src/hosts/xlsx/read';
import { detectTables, entityText, entityTexts } from '../../src/workbook/detect';
import { equationText } from '../../src/workbook/equation-text';
import type { WorkbookModel } from '../../src/workbook/model';
import type { DetectedTable } from '../../src/workbook/table-types';
import { klakahWorkbook } from './klakah-fixture';

let model: WorkbookModel;
let tables: DetectedTable[];

beforeAll(async () => {
  model = await readXlsx(await klakahWorkbook());
  tables = detectTables(model);
});

const sheet = (name: string) => model.sheets.find((s) => s.name === name)!;
const roles = (table: DetectedTable) => table.columns.map((column) => column.role);

test('finds every table, in sheet order', () => {
  expect(tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual([
    'BAB III:capaian',
    'BAB III:capaian',
    'BAB III:efisiensi',
    'Anggaran:anggaran',
    'Multi Tahun:multi-tahun',
    'SDM:sdm',
    'PK:pk',
  ]);
});

test('Tabel 3.1: two-row header under a merged year group, repeated header skipped', () => {
  const [t31] = tables;
  expect(t31.title).toBe('Tabel 3.1 Indikator dan target tujuan Kecamatan Klakah Tahun 2023');
  expect(t31.year).toBe(2023);
  expect(t31.headerRows).toEqual([3, 4]);
  expect(t31.dataRows).toEqual([5, 6, 9]);
  expect(roles(t31)).toEqual([
    'no',
    'tujuan',
    'indikator',
    'satuan',
    'target',
    'realisasi',
    'capaian',
  ]);
  expect(t31.columns[4]).toMatchObject({
    header: 'Tahun 2023 / Target',
    year: 2023,
    group: 'Tahun 2023',
  });
});

test('Tabel 3.2: a program merged down gives every indicator row its entity', () => {
  const t32 = tables[1];
  expect(t32.title).toBe('Tabel 3.2');
  expect(t32.dataRows).toEqual([14, 15, 16, 17]);
  expect(entityText(sheet('BAB III'), t32, 17, 'program')).toBe(
    'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
  );
  const programs = entityTexts(sheet('BAB III'), t32, 'program');
  expect(programs.get(14)).toBe('PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM');
  expect(programs.get(16)).toBe('PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA');
  expect(entityText(sheet('BAB III'), t32, 16, 'indikator')).toBe(
    'Persentase desa yang menetapkan LPPdes tepat waktu',
  );
});

test('efisiensi: numbering row 1 … 7=5-6 gives the equation over sheet columns', () => {
  const table = tables[2];
  expect(table.numberingRow).toBe(22);
  expect(table.dataRows).toEqual([23, 24]);
  expect(table.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(roles(table).slice(4)).toEqual(['capaian-kinerja', 'capaian-anggaran', 'efisiensi']);
  expect(table.equations).toHaveLength(1);
  expect(table.equations[0]).toEqual({
    text: '7=5-6',
    resultCol: 7,
    expression: {
      type: 'binary',
      op: '-',
      left: { type: 'column', col: 5 },
      right: { type: 'column', col: 6 },
    },
  });
  expect(equationText(table.equations[0])).toBe('G = E − F');
  // Without its own text, row 24's "Indikator Sasaran" comes from the merge B23:B24.
  expect(entityText(sheet('BAB III'), table, 24, 'indikator')).toBe('Presentase Hasil Fasilitasi');
});

test('anggaran: Pagu | Realisasi under "Anggaran", repeated two-row header skipped', () => {
  const table = tables[3];
  expect(roles(table)).toEqual(['no', 'program', 'indikator', 'pagu', 'realisasi-anggaran']);
  expect(table.dataRows).toEqual([4, 5, 8]);
});

test('multi-tahun: each Target | Realisasi pair carries its year', () => {
  const table = tables[4];
  expect(table.columns.slice(2).map((c) => `${c.role}:${c.year}`)).toEqual([
    'target:2019',
    'realisasi:2019',
    'target:2020',
    'realisasi:2020',
    'target:2021',
    'realisasi:2021',
  ]);
  expect(table.year).toBeUndefined();
});

test('SDM: the NON ASN row is a section, not data', () => {
  const table = tables[5];
  expect(roles(table)).toEqual(['no', 'nama-nip', 'pangkat', 'golongan', 'jabatan']);
  expect(table.dataRows).toEqual([2, 4]);
  expect(table.sectionRows).toEqual([3]);
});

test('PK: TARGET over Sebelum | Sesudah, parenthesised numbering row', () => {
  const table = tables[6];
  expect(table.headerRows).toEqual([1, 2]);
  expect(table.numberingRow).toBe(3);
  expect(roles(table)).toEqual([
    'no',
    'sasaran',
    'indikator',
    'target-sebelum',
    'target-sesudah',
    'keterangan',
  ]);
  expect(table.dataRows).toEqual([4]);
});
