/** Header words with units and snake_case exports, and the LKPJ / IKU layouts through the real reader. */
import { Workbook, type Worksheet } from 'exceljs';
import { meaningOf } from '../../src/workbook/detect-rules/roles';
import { detectTables } from '../../src/workbook/detect';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { DetectedTable } from '../../src/workbook/table-types';
import { LKPJ_ROWS, ikuExportWorkbook, lkpjWorkbook } from '../support/lkpj-export-xlsx';

describe('meaningOf: units and exported names', () => {
  it.each<[string[], string, string]>([
    [['REALISASI [Rp]'], 'realisasi-anggaran', ''],
    [['Realisasi (Rp)'], 'realisasi-anggaran', ''],
    [['Realisasi Rp.'], 'realisasi-anggaran', ''],
    [['TARGET (Rp)'], 'pagu', ''],
    [['ALOKASI [Rp]'], 'pagu', ''],
    [['Alokasi Anggaran'], 'pagu', ''],
    [['REALISASI TARGET'], 'realisasi', ''],
    [['CAPAIAN (%)'], 'capaian', ''],
    [['Capaian [%]'], 'capaian', ''],
    // A bare Rp sub-header is a form's measure, settled with the other columns.
    [['Target Kinerja dan Anggaran', 'Rp. (000)'], 'target', ''],
    [['nilai_capaian'], 'capaian', ''],
    [['Nilai Target'], 'target', ''],
    [['nilai_ikm'], 'ikm', ''],
    [['nilai'], 'lain', ''],
    [['capaian_tahun_2018'], 'capaian', ''],
    [['indikator_kinerja'], 'indikator', ''],
    [['realisasi_anggaran'], 'realisasi-anggaran', ''],
    [['target_tw1'], 'target-triwulan', '1'],
    [['target_tw4'], 'target-triwulan', '4'],
    [['Target TW II'], 'target-triwulan', 'II'],
    [['Target Triwulan III'], 'target-triwulan', 'III'],
    [['realisasi_tw3'], 'realisasi-triwulan', '3'],
    [['capaian_tw2'], 'lain', ''],
    [['Realisasi Kinerja Pada Triwulan', 'I'], 'triwulan', 'I'],
    [['TW IV'], 'triwulan', 'TW IV'],
    // How quarters make the year: a Jenis / Sifat / Tipe column, not any "Jenis …" header.
    [['Jenis'], 'jenis', ''],
    [['Sifat Indikator'], 'jenis', ''],
    [['Tipe Perhitungan'], 'jenis', ''],
    [['Jenis Belanja'], 'lain', ''],
    // A survey's profile column by its header; in a table that is no survey it is `lain`
    // (detect-skm.test.ts).
    [['Jenis Kelamin'], 'jenis-kelamin', ''],
  ])('%j → %s %s', (parts, role, unit) => {
    const meaning = meaningOf(parts);
    expect(meaning.role).toBe(role);
    expect(meaning.unit ?? '').toBe(unit);
  });
});

const roles = (table: DetectedTable) =>
  table.columns.map(
    (column) => `${column.header}=${column.role}${column.unit ? `:${column.unit}` : ''}`,
  );

describe('an LKPJ capaian form with its budget beside it (real .xlsx)', () => {
  let tables: DetectedTable[];
  beforeAll(async () => {
    tables = detectTables(await readXlsx(await lkpjWorkbook()));
  });

  it('is one capaian table: kinerja and anggaran realisasi told apart by the header units', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      kind: 'capaian',
      sheet: 'Tabel 2.3',
      headerRows: [4],
      numberingRow: 5,
      dataRows: [6, 7, 8, 9, 10],
      year: 2022,
    });
    expect(roles(tables[0])).toEqual([
      'No=no',
      'Program/Kegiatan=program',
      'Indikator Kinerja=indikator',
      'Satuan=satuan',
      'TARGET=target',
      'REALISASI TARGET=realisasi',
      'CAPAIAN (%)=capaian',
      'ALOKASI [Rp]=pagu',
      'REALISASI [Rp]=realisasi-anggaran',
      'PERSENTASE [%]=serapan',
    ]);
  });
});

describe('flat exports with snake_case headers (real .xlsx)', () => {
  let tables: DetectedTable[];
  beforeAll(async () => {
    tables = detectTables(await readXlsx(await ikuExportWorkbook()));
  });

  it('the IKU export is a capaian table whose quarterly targets are their own columns', () => {
    const iku = tables.find((table) => table.sheet === 'iku')!;
    expect(iku).toMatchObject({ kind: 'capaian', headerRows: [1] });
    expect(iku.dataRows).toHaveLength(8);
    expect(roles(iku)).toEqual([
      'id=lain',
      'indikator=indikator',
      'satuan=satuan',
      'target=target',
      'realisasi=realisasi',
      'nilai_capaian=capaian',
      'target_tw1=target-triwulan:1',
      'target_tw2=target-triwulan:2',
      'target_tw3=target-triwulan:3',
      'target_tw4=target-triwulan:4',
      'realisasi_tw1=realisasi-triwulan:1',
      'realisasi_tw2=realisasi-triwulan:2',
      'realisasi_tw3=realisasi-triwulan:3',
      'realisasi_tw4=realisasi-triwulan:4',
    ]);
  });

  it('a one-year export (`capaian_tahun_2018`) is a capaian table of that year', () => {
    const capaian = tables.find((table) => table.sheet === 'capaian')!;
    expect(capaian).toMatchObject({ kind: 'capaian', year: 2018, dataRows: [2, 3] });
    expect(capaian.columns.map((column) => column.role)).toEqual([
      'lain',
      'indikator',
      'satuan',
      'target',
      'realisasi',
      'capaian',
    ]);
  });
});

describe('LKPJ variants: grouped header, bare % columns (real .xlsx)', () => {
  it.each<[string, (sheet: Worksheet) => void, string[]]>([
    [
      'KINERJA and ANGGARAN groups over Target … % ',
      (sheet) => {
        sheet.addRow([
          'No',
          'Program/Kegiatan',
          'Indikator Kinerja',
          'Satuan',
          'KINERJA',
          null,
          null,
          'ANGGARAN',
          null,
          null,
        ]);
        sheet.addRow([
          null,
          null,
          null,
          null,
          'Target',
          'Realisasi',
          'Capaian (%)',
          'Alokasi (Rp)',
          'Realisasi (Rp)',
          '%',
        ]);
        sheet.mergeCells('E1:G1');
        sheet.mergeCells('H1:J1');
        for (const letter of ['A', 'B', 'C', 'D']) sheet.mergeCells(`${letter}1:${letter}2`);
      },
      ['target', 'realisasi', 'capaian', 'pagu', 'realisasi-anggaran', 'serapan'],
    ],
    [
      'one header row, a bare % after each realisasi',
      (sheet) => {
        sheet.addRow([
          'No',
          'Program/Kegiatan',
          'Indikator Kinerja',
          'Satuan',
          'Target',
          'Realisasi',
          '%',
          'Alokasi Rp.',
          'Realisasi Rp.',
          '%',
        ]);
      },
      ['target', 'realisasi', 'capaian', 'pagu', 'realisasi-anggaran', 'serapan'],
    ],
  ])('%s', async (_name, header, expected) => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('LKPJ');
    header(sheet);
    sheet.addRow(LKPJ_ROWS[2]);
    const tables = detectTables(await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(tables.map((table) => table.kind)).toEqual(['capaian']);
    expect(tables[0].columns.slice(4).map((column) => column.role)).toEqual(expected);
  });
});
