/**
 * Small .xlsx files written with ExcelJS on the layouts of real workbooks, for tests that go
 * through the real reader: a kabupaten LKPJ capaian form (kinerja and anggaran side by side,
 * told apart by the units in the header) and an IKU export with snake_case headers.
 */
import { Workbook } from 'exceljs';

type Row = (string | number | null)[];

/** LKPJ "Capaian Kinerja Program dan Kegiatan": title rows, header, numbering row, data. */
export const LKPJ_HEADER: Row = [
  'No',
  'Program/Kegiatan',
  'Indikator Kinerja',
  'Satuan',
  'TARGET',
  'REALISASI TARGET',
  'CAPAIAN (%)',
  'ALOKASI [Rp]',
  'REALISASI [Rp]',
  'PERSENTASE [%]',
];

/**
 * Rows 6–11. The slips: G9 capaian 80 where 36 / 40 × 100 = 90; J11 serapan 80 where
 * 150.000.000 / 200.000.000 × 100 = 75. The program row's amounts are the sums of its kegiatan.
 */
export const LKPJ_ROWS: Row[] = [
  [
    '1',
    'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
    'Persentase penduduk yang mendapat pelayanan kesehatan sesuai standar',
    '%',
    100,
    98.5,
    98.5,
    1250000000,
    1167000000,
    93.36,
  ],
  [
    null,
    'Kegiatan Pelayanan Kesehatan Ibu Hamil',
    'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
    'Orang',
    1200,
    1150,
    95.83,
    450000000,
    432000000,
    96,
  ],
  [
    null,
    'Kegiatan Imunisasi Dasar Lengkap',
    'Persentase bayi yang mendapat imunisasi dasar lengkap',
    '%',
    95,
    92.4,
    97.26,
    300000000,
    285000000,
    95,
  ],
  [
    null,
    'Kegiatan Pembinaan Posyandu',
    'Jumlah posyandu aktif',
    'Unit',
    40,
    36,
    80,
    300000000,
    300000000,
    100,
  ],
  [
    null,
    'Kegiatan Sanitasi Total Berbasis Masyarakat',
    'Persentase desa ODF (Open Defecation Free)',
    '%',
    60,
    63,
    105,
    200000000,
    150000000,
    80,
  ],
];

export async function lkpjWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Tabel 2.3');
  sheet.addRow(['TABEL 2.3']);
  sheet.addRow(['CAPAIAN KINERJA PROGRAM DAN KEGIATAN DINAS KESEHATAN TAHUN 2022']);
  sheet.addRow([]);
  sheet.addRow(LKPJ_HEADER);
  sheet.addRow(LKPJ_HEADER.map((_, i) => `(${i + 1})`));
  for (const row of LKPJ_ROWS) sheet.addRow(row);
  sheet.mergeCells('A1:J1');
  sheet.mergeCells('A2:J2');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const IKU_HEADER: Row = [
  'id',
  'indikator',
  'satuan',
  'target',
  'realisasi',
  'nilai_capaian',
  'target_tw1',
  'target_tw2',
  'target_tw3',
  'target_tw4',
  'realisasi_tw1',
  'realisasi_tw2',
  'realisasi_tw3',
  'realisasi_tw4',
];

/**
 * Rows 2–9 of the IKU export. The slips: row 4 (kumulatif) quarters add up to 40, not the
 * annual 50, and its capaian is 85 where 40 / 50 × 100 = 80; row 5 (percentage) ends at 85, not
 * the annual 90. Row 6's type cannot be told (satuan "prodi"): nothing is said of its quarters.
 * Row 7 gives kumulatif targets to date (10, 20, 30, 40): accepted.
 */
export const IKU_ROWS: Row[] = [
  [
    1,
    'Persentase lulusan yang bekerja dalam 6 bulan',
    '%',
    80,
    76,
    95,
    20,
    40,
    60,
    80,
    15,
    35,
    55,
    76,
  ],
  [
    2,
    'Jumlah publikasi internasional bereputasi',
    'dokumen',
    120,
    132,
    110,
    30,
    30,
    30,
    30,
    30,
    35,
    30,
    37,
  ],
  [3, 'Jumlah mahasiswa inbound', 'orang', 50, 40, 85, 10, 10, 10, 10, 10, 10, 10, 10],
  [
    4,
    'Persentase dosen bersertifikat pendidik',
    '%',
    90,
    91,
    101.11,
    90,
    90,
    90,
    85,
    90,
    90,
    91,
    91,
  ],
  [5, 'Akreditasi program studi unggul', 'prodi', 10, 12, 120, 1, 2, 3, 5, 1, 2, 3, 6],
  [6, 'Jumlah kerja sama dengan mitra', 'dokumen', 40, 42, 105, 10, 20, 30, 40, 10, 20, 30, 42],
  [
    7,
    'Indeks kepuasan mahasiswa',
    'indeks',
    3.5,
    3.6,
    102.86,
    3.5,
    3.5,
    3.5,
    3.5,
    3.4,
    3.5,
    3.6,
    3.6,
  ],
  [
    8,
    'Rata-rata IPK lulusan',
    'nilai',
    3.3,
    3.35,
    101.52,
    3.2,
    3.25,
    3.3,
    3.3,
    3.2,
    3.3,
    3.3,
    3.35,
  ],
];

/**
 * An IKU export (sheet `iku`) and a one-year capaian export with `capaian_tahun_2018` (sheet
 * `capaian`), whose F3 capaian is 80 where 6 / 8 × 100 = 75.
 */
export async function ikuExportWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const iku = workbook.addWorksheet('iku');
  iku.addRow(IKU_HEADER);
  for (const row of IKU_ROWS) iku.addRow(row);
  const capaian = workbook.addWorksheet('capaian');
  capaian.addRow([
    'id',
    'indikator_kinerja',
    'satuan',
    'target_tahun_2018',
    'realisasi_tahun_2018',
    'capaian_tahun_2018',
  ]);
  capaian.addRow([1, 'Persentase mahasiswa lulus tepat waktu', '%', 70, 63, 90]);
  capaian.addRow([2, 'Jumlah paten terdaftar', 'dokumen', 8, 6, 80]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
