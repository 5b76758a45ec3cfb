/**
 * Synthetic workbook laid out like the Klakah 2023 report tables, written with ExcelJS to a
 * buffer so tests read it back through the real reader.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';

type Row = (string | number | null)[];

function put(sheet: Worksheet, row: number, values: Row, firstCol = 1): void {
  values.forEach((value, i) => {
    if (value !== null) sheet.getCell(row, firstCol + i).value = value;
  });
}

/** Builds the workbook; returns its bytes. */
export async function klakahWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const lkj = workbook.addWorksheet('BAB III');

  // Tabel 3.1: two-row header, "Tahun 2023" merged over Target | Realisasi | Capaian,
  // and the header repeated mid-table (a Word page break).
  put(lkj, 1, ['Tabel 3.1']);
  put(lkj, 2, ['Indikator dan target tujuan Kecamatan Klakah Tahun 2023']);
  const header31: Row = ['NO', 'Tujuan', 'Indikator', 'Satuan', 'Tahun 2023'];
  const sub31: Row = [null, null, null, null, 'Target', 'Realisasi', 'Capaian'];
  put(lkj, 3, header31);
  put(lkj, 4, sub31);
  lkj.mergeCells('E3:G3');
  put(lkj, 5, [
    1,
    'Meningkatnya Kepuasan Masyarakat',
    'Nilai IKM Pelayanan Kecamatan Klakah',
    'Persentase',
    90,
    '84,19',
    '93,54 %',
  ]);
  put(lkj, 6, [
    2,
    'mengoptimalkan fasilitasi',
    'Presentase hasil fasilitasi dan koordinasi yang ditindaklanjuti',
    'Angka',
    '95,23',
    '93,65',
    97,
  ]);
  put(lkj, 7, header31);
  put(lkj, 8, sub31);
  lkj.mergeCells('E7:G7');
  put(lkj, 9, [
    3,
    'meningkatnya akuntabilitas pemerintahan desa',
    'Rata-rata Persentase desa yang menyusun dokumen tepat waktu',
    '%',
    '95,23',
    100,
    105,
  ]);

  // Tabel 3.2 (program): program name merged down over its three indicators.
  put(lkj, 12, ['Tabel 3.2']);
  put(lkj, 13, [
    'PROGRAM',
    'SASARAN PROGRAM',
    'INDIKATOR PROGRAM',
    'TARGET',
    'REALISASI',
    'CAPAIAN',
  ]);
  put(lkj, 14, [
    'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
    'Meningkatnya Penyelenggaraan Urusan Pemerintahan Umum',
    'persentase pemenuhan urusan pemerintahan umum',
    '100 %',
    '100 %',
    '100 %',
  ]);
  put(lkj, 15, [
    'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
    'meningkatkan kualitas pembinaan dan pengawasan desa',
    'Persentase desa yang menetapkan APBdes tepat waktu',
    '100 %',
    '100 %',
    '100 %',
  ]);
  put(lkj, 16, [
    null,
    null,
    'Persentase desa yang menetapkan LPPdes tepat waktu',
    '85,23 %',
    '100 %',
    '110 %',
  ]);
  put(lkj, 17, [
    null,
    null,
    'Persentase desa yang menetapkan RKPdes tepat waktu',
    '100 %',
    '100 %',
    '100 %',
  ]);
  lkj.mergeCells('A15:A17');
  lkj.mergeCells('B15:B17');

  // Efisiensi with its numbering row and column equation 7=5-6.
  put(lkj, 20, ['Tabel 3.6 Perbandingan Penggunaan Sumber Daya']);
  put(lkj, 21, [
    'No.',
    'Indikator Sasaran',
    'Program PD',
    'Indikator Program',
    'Capaian Realisasi kinerja 2023',
    'Capaian Pagu Anggaran 2023',
    'Efisiensi Sumberdaya',
  ]);
  put(lkj, 22, [1, 2, 3, 4, 5, 6, '7=5-6']);
  put(lkj, 23, [
    1,
    'Presentase Hasil Fasilitasi',
    'PROGRAM PENUNJANG URUSAN',
    'Persentase Pemenuhan Fasilitasi',
    '100%',
    '100%',
    '-',
  ]);
  put(lkj, 24, [
    2,
    null,
    'PROGRAM PEMBINAAN DESA',
    'Persentase desa LPPdes',
    '85,23%',
    '100%',
    '-',
  ]);
  lkj.mergeCells('B23:B24');

  const budget = workbook.addWorksheet('Anggaran');
  // Anggaran: "Anggaran" merged over Pagu | Realisasi, header repeated with its sub-header.
  const headerA: Row = ['No.', 'Program/kegiatan', 'Indikator', 'Anggaran'];
  const subA: Row = [null, null, null, 'Pagu', 'Realisasi'];
  put(budget, 2, headerA);
  put(budget, 3, subA);
  budget.mergeCells('D2:E2');
  put(budget, 4, [
    1,
    'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA',
    'Persentase Pemenuhan',
    '2.038.004.581',
    '1923.283.100',
  ]);
  put(budget, 5, [
    2,
    'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
    'Persentase Fasilitasi',
    6140000,
    6140000,
  ]);
  put(budget, 6, headerA);
  put(budget, 7, subA);
  budget.mergeCells('D6:E6');
  put(budget, 8, [3, 'Penyusunan Dokumen Perencanaan', 'Jumlah dokumen', 1050000, 1050000]);

  const years = workbook.addWorksheet('Multi Tahun');
  put(years, 1, ['NO', 'INDIKATOR KINERJA', 2019, null, 2020, null, 2021]);
  put(years, 2, [null, null, 'Target', 'Realisasi', 'Target', 'Realisasi', 'Target', 'Realisasi']);
  years.mergeCells('C1:D1');
  years.mergeCells('E1:F1');
  years.mergeCells('G1:H1');
  put(years, 3, [1, 'Nilai IKM Kecamatan', '85,25', '78,6', '85,5', '82,34', '85,5', '82,34']);

  const staff = workbook.addWorksheet('SDM');
  put(staff, 1, ['NO', 'NAMA / NIP', 'PANGKAT', 'GOL', 'JABATAN']);
  put(staff, 2, [
    1,
    'AGUS PRASETYO NIP. 19791016 199810 1 902',
    'Pembina Tingkat I',
    'IV/b',
    'Camat',
  ]);
  put(staff, 3, ['NON ASN']);
  staff.mergeCells('A3:E3');
  put(staff, 4, [2, 'NANDA PRATAMA', 'N/A', 'N/A', 'Non ASN']);

  const pk = workbook.addWorksheet('PK');
  put(pk, 1, ['No', 'SASARAN', 'INDIKATOR', 'TARGET', null, 'Keterangan']);
  put(pk, 2, [null, null, null, 'Sebelum', 'Sesudah']);
  pk.mergeCells('D1:E1');
  pk.mergeCells('A1:A2');
  pk.mergeCells('B1:B2');
  pk.mergeCells('C1:C2');
  pk.mergeCells('F1:F2');
  put(pk, 3, ['(1)', '(2)', '(4)']);
  put(pk, 4, [1, 'mengoptimalkan fasilitasi', 'Presentase hasil fasilitasi', '95,23', '95,23']);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
