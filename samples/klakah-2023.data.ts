/**
 * The tables of the Klakah 2023 LKj (../shared/reference/lkj-kecamatan-klakah-2023.md), as staff
 * keep them in a workbook. `scripts/build-sample.ts` turns this into samples/klakah-2023.xlsx.
 *
 * Values are written the way the report writes them. A string is a cell staff typed as text
 * ("95,23", "93,54 %", "2.038.004.581", "1923.283.100", "-"); a plain number is a numeric cell;
 * `pct(0.9523, '0.00%')` is what Excel stores when someone types 95,23% into a cell (a number with a
 * percent format); `rp(10360000)` is a numeric amount with thousands grouping.
 *
 * The staff names are made up (as in the reference); the NIPs are the reference's, which keep the
 * faults of the published ones. The camat's real name is left out: the signature uses the
 * made-up name from Tabel 1.1.
 *
 * Layout and transcription decisions: samples/README.md. What the validator must find:
 * test/sample/answer-key.ts.
 */

export type SampleValue = string | number | null;

export interface SampleCellSpec {
  v: SampleValue;
  numFmt?: string;
  bold?: boolean;
  /** The cell is merged over `rows` × `cols` cells; the cells it covers are `null` in the data. */
  span?: [rows: number, cols: number];
}

export type SampleCell = SampleValue | SampleCellSpec;

export type RowStyle = 'header' | 'numbering' | 'section';

export type SampleRow = SampleCell[] | { style: RowStyle; cells: SampleCell[] };

export interface SampleBlock {
  /** Name the answer key and the tests use for this block. */
  id: string;
  /** Lines written above the table, one row each. */
  title: string[];
  /** First column of the block (1 = A). */
  col: number;
  rows: SampleRow[];
  /** Cells without borders or header styling (a signature block). */
  plain?: boolean;
}

export interface SampleSheet {
  name: string;
  /** Column widths in characters, from column A. */
  widths: number[];
  blocks: SampleBlock[];
}

/** Blank rows left between two blocks of a sheet. */
export const BLOCK_GAP = 2;

/** The workbook's fixed creation date: the report is signed on 31 January 2024. */
export const WORKBOOK_DATE = new Date(Date.UTC(2024, 0, 31, 8, 0, 0));

const pct = (v: number, numFmt = '0%'): SampleCellSpec => ({ v, numFmt });
const rp = (v: number): SampleCellSpec => ({ v, numFmt: '#,##0' });
const rp2 = (v: number): SampleCellSpec => ({ v, numFmt: '#,##0.00' });
const span = (v: SampleValue, rows: number, cols: number): SampleCellSpec => ({ v, span: [rows, cols] });
const bold = (v: SampleValue): SampleCellSpec => ({ v, bold: true });
const header = (...cells: SampleCell[]): SampleRow => ({ style: 'header', cells });
const numbering = (...cells: SampleCell[]): SampleRow => ({ style: 'numbering', cells });
const section = (...cells: SampleCell[]): SampleRow => ({ style: 'section', cells });

// Indicator names as each table spells them (the spellings differ between tables in the report).
const IKM = 'Nilai IKM Pelayanan Kecamatan Klakah';
const FASKOR = 'Presentase hasil fasilitasi dan koordinasi yang ditindaklanjuti';
const DOKUMEN =
  'Rata-rata Persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu';
const TUJUAN = 'Meningkatnya Kepuasan Masyarakat';
const SASARAN_1 = 'mengoptimalkan fasilitasi dan koordinasi Kecamatan';
const SASARAN_2 = 'meningkatnya akuntabilitas pemerintahan desa';

const P_PENUNJANG = 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA';
const P_PELAYANAN = 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK';
const P_PEMBERDAYAAN = 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN';
const P_PEMUM = 'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM';
const P_BINWAS = 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA';
const I_PENUNJANG = 'Persentase Pemenuhan Fasilitasi Kebutuhan Operasional Perkantoran';
const I_PELAYANAN = 'persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP';
const I_PEMUM = 'persentase pemenuhan urusan pemerintahan umum';
const I_APBDES = 'Persentase desa yang menetapkan APBdes tepat waktu';
const I_LPPDES = 'Persentase desa yang menetapkan LPPdes tepat waktu';
const I_RKPDES = 'Persentase desa yang menetapkan RKPdes tepat waktu';

// ---------------------------------------------------------------- PK 2023 (BAB II, Lampiran PK)

const TABEL_2_2: SampleBlock = {
  id: 'tabel-2.2',
  title: [
    'Tabel 2.2',
    'Perbandingan Target Indikator Perjanjian Kinerja Sebelum dan Sesudah Perubahan',
  ],
  col: 1,
  rows: [
    header(span('No', 2, 1), span('SASARAN', 2, 1), span('INDIKATOR', 2, 1), span('TARGET', 1, 2), null, span('Keterangan', 2, 1)),
    header(null, null, null, 'Sebelum', 'Sesudah', null),
    numbering('(1)', '(2)', '(3)', '(4)', '(5)', '(6)'),
    [1, SASARAN_1, FASKOR, '95,23', bold('95,23'), null],
    [2, SASARAN_2, DOKUMEN, { v: 85.23, numFmt: '0.00' }, '95,23', null],
  ],
};

const LAMPIRAN_PK: SampleBlock = {
  id: 'lampiran-pk',
  title: ['LAMPIRAN PERJANJIAN KINERJA TAHUN 2023', 'KECAMATAN KLAKAH KABUPATEN LUMAJANG'],
  col: 1,
  rows: [
    header('No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'),
    numbering(1, 2, 3, 4),
    [1, 'Mengoptimalkan Fasilitasi dan Koordinasi Kecamatan', 'Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti', '95,23%'],
    [2, 'Meningkatnya akuntabilitas pemerintahan desa', 'Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu', '85,23%'],
    header('No', 'Sasaran Program', 'Indikator Kinerja', 'Target'),
    [1, 'Meningkatnya Pemenuhan kebutuhan operasional kantor', 'Persentase pemenuhan kebutuhan operasional kantor', pct(1)],
    [2, 'Meningkatnya Pelayanan Administrasi Kecamatan sesuai SP dan SOP', 'Persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP', '100 %'],
    [3, 'Meningkatnya Prosentase Fasilitasi Pemberdayaan Masyarakat', 'Rata - rata persentase fasilitasi Pemberdayaan Masyarakat', '100 %'],
    [4, 'Meningkatnya Fasilitasi Koordinasi Ketentraman dan Ketertiban Umum', 'Prsentase fasilitasi koordinasi Ketentraman dan Ketertiban Umum', pct(1)],
    [5, 'Meningkatnya Pemenuhan Urusan Pemerintahan Umum', 'Persentase Pemenuhan Urusan Pemerintahan Umum', pct(1)],
    [span(6, 3, 1), span('Meningkatnya Fasilitasi, rekomendasi dan koordinasi Pembinaan dan Pengawasan Pemerintahan Desa', 3, 1), 'Persentase Desa yang menetapkan RKPdes Tepat waktu', pct(1)],
    [null, null, 'Persentase Desa yang menetapkan APBdes Tepat waktu', pct(1)],
    [null, null, 'Persentase Desa yang menetapkan LPPdes Tepat waktu', pct(0.9523, '0.00%')],
  ],
};

const ANGGARAN_PK: SampleBlock = {
  id: 'anggaran-pk',
  title: [],
  col: 2,
  rows: [
    header('Program', 'Anggaran (Rp.)', 'Keterangan'),
    ['1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota', rp2(2104137463), 'Sumber DAU'],
    ['2. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', rp2(10360000), 'Sumber DAU'],
    ['3. Program Pemberdayaan Masyarakat Desa dan Kelurahan', rp2(182633000), 'Sumber DAU'],
    ['4. Program Koordinasi Ketentraman dan Ketertiban Umum', rp2(4850000), 'Sumber DAU'],
    ['5. Penyelenggaraan Urusan Pemerintahan Umum', rp2(7800000), 'Sumber DAU'],
    ['6. Program Pembinaan dan Pengawasan Pemerintahan Desa', rp2(305100000), 'Sumber DAU'],
    [bold('JUMLAH'), { v: 2614880463, numFmt: '#,##0.00', bold: true }, null],
  ],
};

// ------------------------------------------------------------------------------- BAB III

const HEADER_3_1: SampleRow[] = [
  header(span('NO', 2, 1), span('Tujuan', 2, 1), span('Indikator', 2, 1), span('Satuan', 2, 1), span('Tahun 2023', 1, 3), null, null),
  header(null, null, null, null, 'Target', 'Realisasi', 'Capaian'),
];

const TABEL_3_1: SampleBlock = {
  id: 'tabel-3.1',
  title: ['Tabel 3.1', 'Indikator dan target tujuan Kecamatan Klakah Tahun 2023'],
  col: 1,
  rows: [
    ...HEADER_3_1,
    [1, TUJUAN, IKM, 'Persentase', 90, '84,19', '93,54 %'],
    [null, SASARAN_1, FASKOR, 'Angka', '95,23', '93,65', 97],
    // The report's page break falls here: the header is repeated.
    ...HEADER_3_1,
    [null, SASARAN_2, DOKUMEN, '%', '95,23', 100, 105],
  ],
};

const HEADER_3_2: SampleRow = header('PROGRAM', 'SASARAN PROGRAM', 'INDIKATOR PROGRAM', 'TARGET', 'REALISASI', 'CAPAIAN');

const TABEL_3_2: SampleBlock = {
  id: 'tabel-3.2',
  title: ['Tabel 3.2', 'Indikator Program Kecamatan Klakah Tahun 2023'],
  col: 2,
  rows: [
    HEADER_3_2,
    [P_PENUNJANG, 'Meningkatnya persentase Pemenuhan Fasilitasi Kebutuhan Operasional Perkantoran', I_PENUNJANG, '100 %', '100 %', '100 %'],
    [P_PELAYANAN, 'Meningkatnya Pelayanan Administrasi Kecamatan sesuai SP dan SOP', I_PELAYANAN, '100 %', '100 %', '100 %'],
    [P_PEMBERDAYAAN, 'Meningkatnya rata-rata persentase fasiliasi pemebrdayaan masyarakat', 'ata-rata persentase fasilitasi pemberdayaan masyarakat', '100 %', '100 %', '100 %'],
    HEADER_3_2,
    ['PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM', 'Meningkatnya Fasilitas Koordinasi Ketenteraman dan Ketertiban Umum', 'persentase pemenuhan upaya trantibum Persentase Fasilitas Koordinasi Ketenteraman dan Ketertiban Umum', '100 %', '100 %', '100 %'],
    [P_PEMUM, 'Meningkatnya Penyelenggaraan Urusan Pemerintahan Umum', I_PEMUM, '100 %', '100 %', '100 %'],
    [span(P_BINWAS, 3, 1), span('meningkatkan kualitas pembinaan dan pengawasan desa', 3, 1), I_APBDES, '100 %', '100 %', '100 %'],
    [null, null, I_LPPDES, '85,23 %', '100 %', '110 %'],
    [null, null, I_RKPDES, '100 %', '100 %', '100 %'],
  ],
};

const year = (y: number): SampleCellSpec => span(y, 1, 2);

const TABEL_3_2_MULTI: SampleBlock = {
  id: 'tabel-3.2-multi',
  title: ['Tabel 3.2', 'tabel Capaian Kinerja 2018-2023'],
  col: 1,
  rows: [
    header(span('NO', 2, 1), span('INDIKATOR KINERJA', 2, 1), year(2019), null, year(2020), null, year(2021), null, year(2022), null, year(2023), null),
    header(null, null, 'Target', 'Realisasi', 'Target', 'Realisasi', 'Target', 'Realisasi', 'Target', 'Realisasi', 'Target', 'Realisasi'),
    [1, 'Nilai IKM Kecamatan', 85.25, 78.6, 85.5, 82.34, 85.5, 82.34, 86.75, 87.03, 90, 84.25],
    [2, FASKOR, '90 %', pct(1), pct(0.95), pct(0.9333, '0.00%'), pct(0.95), pct(0.9333, '0.00%'), '94,53 %', '95,45 %', pct(0.9523, '0.00%'), '95,23 %'],
    [3, 'Persentase desa yang 19enyusun dokumen administrasi pemerintahan desa yang tepat waktu', '91 %', pct(0.978, '0.0%'), pct(1), pct(0.8333, '0.00%'), pct(1), pct(0.8333, '0.00%'), '84,53 %', '97,2 %', '95,23 %', '100 %'],
  ],
};

const TABEL_3_3: SampleBlock = {
  id: 'tabel-3.3',
  title: ['Tabel 3.3', 'Analisa target Akhir RENSTRA'],
  col: 1,
  rows: [
    header(span('NO', 2, 1), span('INDIKATOR KINERJA', 2, 1), span('Target Akhir P RENSTRA', 2, 1), span('Kinerja', 1, 2), null),
    header(null, null, null, 'Realisasi', 'Capaian'),
    section(span('TUJUAN', 1, 5), null, null, null, null),
    [1, 'Nilai IKM Kecamatan', 90, '84.25', 94],
    section(span('SASARAN', 1, 5), null, null, null, null),
    [2, FASKOR, '95,23', '95.23', 100],
    [3, 'Persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu', '95,23', 100, 105],
  ],
};

const TABEL_3_4: SampleBlock = {
  id: 'tabel-3.4',
  title: ['Tabel 3. 4', 'Perbandingan Realisasi Indikator Tujuan/sasaran dengan PD lain'],
  col: 1,
  rows: [
    header(span('NO', 2, 1), span('Tujuan /Sasaran', 2, 1), span('Indikator', 2, 1), span('Realisasi', 1, 3), null, null),
    header(null, null, null, 'Klakah', 'Kedungjajang', 'Ranuyoso'),
    [1, TUJUAN, IKM, 84.25, 82.86, '84,92 %'],
    [2, SASARAN_1, FASKOR, '95,23', '85,48', 86],
    [3, SASARAN_2, DOKUMEN, 100, '97,22', '84,85'],
  ],
};

const TABEL_3_6: SampleBlock = {
  id: 'tabel-3.6',
  title: ['Tabel 3. 6', 'Perbandingan Penggunaan Sumber Daya'],
  col: 1,
  rows: [
    header('No.', 'Indikator Sasaran', 'Program PD', 'Indikator Program', 'Capaian Realisasi kinerja 2023', 'Capaian Pagu Anggaran 2023', 'Efisiensi Sumberdaya'),
    numbering(1, 2, 3, 4, 5, 6, '7=5-6'),
    [1, span('Presentase Hasil Fasilitasi dan Koordinasi yang di tindak lanjuti', 5, 1), P_PENUNJANG, I_PENUNJANG, pct(1), pct(1), '-'],
    [2, null, P_PELAYANAN, I_PELAYANAN, pct(1), pct(1), '-'],
    [3, null, P_PEMBERDAYAAN, 'Rata-rata persentase fasilitasi pemberdayaan masyarakat', pct(1), pct(1), '-'],
    [4, null, 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 'persentase pemenuhan upaya tranitibumPersentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum', pct(1), pct(1), '-'],
    [5, null, P_PEMUM, I_PEMUM, pct(1), pct(1), '-'],
    [span(6, 3, 1), span('Rata-rata persentase desa dalam menyusun dokumen administrasi pemerintahan desa yang tepat waktu', 3, 1), span(P_BINWAS, 3, 1), I_APBDES, pct(1), pct(1), '-'],
    [null, null, null, I_LPPDES, pct(0.8523, '0.00%'), pct(1), '-'],
    [null, null, null, I_RKPDES, pct(1), pct(1), '-'],
  ],
};

// ------------------------------------------------------------------------------- Anggaran

const HEADER_ANGGARAN: SampleRow[] = [
  header(span('No.', 2, 1), span('Kode', 2, 1), span('Program/kegiatan', 2, 1), span('Indikator', 2, 1), span('Anggaran', 1, 2), null, span('Serapan', 2, 1)),
  header(null, null, null, null, 'Pagu', 'Realisasi', null),
];

const REALISASI_ANGGARAN: SampleBlock = {
  id: 'realisasi-anggaran',
  title: ['3.2 REALISASI ANGGARAN', 'Realisasi Anggaran Kecamatan Klakah Tahun 2023'],
  col: 1,
  rows: [
    ...HEADER_ANGGARAN,
    [1, '7.01.01', P_PENUNJANG, I_PENUNJANG, '2.038.004.581', '1923.283.100', null],
    [2, '7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Persentase Fasilitasi Dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja', '6.140.000', '6.140.000,00', null],
    [3, '7.01.01.2.01.01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah dokumen perencanaan perangkat daerah', '1.050.000', '1.050.000,00', null],
    [4, '7.01.01.2.01.02', 'Koordinasi dan Penyusunan Dokumen RKA-SKPD', 'Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD', '2.000.000', '2.000.000,00', null],
    [5, '7.01.01.2.01.06', 'Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', '1.570.000', '1.570.000,00', null],
    ...HEADER_ANGGARAN,
    [6, '7.01.01.2.01.07', 'Evaluasi Kinerja Perangkat Daerah', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', '1.520.000', '1.520.000,00', null],
    [7, '7.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 'Persentase fasilitasi Administrasi Keuangan Perangkat Daerah', '1.573.983.446', '1.466.030.424,00', null],
    [8, '7.01.01.2.02.01', 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', '1.554.001.446', '1.446.048.424,00', null],
    [9, '7.01.01.2.02.02', 'Penyediaan Administrasi Pelaksanaan Tugas ASN', 'Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN', '18.525.000', '18.525.000,00', null],
    [10, '7.01.01.2.02.07', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', 'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD', '1.457.000', '1.457.000,00', null],
    [14, '7.01.01.2.06', 'Administrasi Umum Perangkat Daerah', 'Persentase fasilitasi Administrasi Umum PD', '73.538.135', '73.530.300,00', null],
    [15, '7.01.01.2.06.01', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan', '1.830.000', '1.830.000,00', null],
    [16, '7.01.01.2.06.04', 'Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang', '29.382.985', '29.375.150,00', null],
    [17, '7.01.01.2.06.05', 'Penyediaan Barang Cetak dan Penggandaan', 'Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan', '9.905.150', '9.905.150,00', null],
    [18, '7.01.01.2.06.07', 'Penyediaan Bahan/Material', 'Jumlah Paket Bahan/Material yang Disediakan', '1.530.000', '1.530.000,00', null],
    [19, '7.01.01.2.06.08', 'Fasilitasi Kunjungan tamu', 'Jumlah Laporan Fasilitasi Kunjungan Tamu', '1.800.000', '1.800.000,00', null],
    [20, '7.01.01.2.06.09', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', '29.090.000', '29.090.000,00', null],
    [23, '7.01.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Persentase fasilitasi penyediaan jasa penunjang operasional kantor', '231.109.200', '225.767.976,00', null],
    ...HEADER_ANGGARAN,
    [24, '7.01.01.2.08.02', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', '33.540.000', '28.517.976,00', null],
    [25, '7.01.01.2.08.04', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', '197.250.000,00', '197.250.000,00', null],
    [26, '7.01.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Persentase fasilitasi pemeliharaan Barang Milik Daerah', '153.233.800', '151.814.400,00', null],
    [27, '7.01.01.2.09.01', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan', 'Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya', '36.403.800', '35.677.000,00', null],
    [28, '7.01.01.2.09.06', 'Pemeliharaan Peralatan dan Mesin Lainnya', 'Jumlah Peralatan dan Mesin Liannya yang Dipelihara', '6.000.000', '6.000.000,00', null],
    [29, '7.01.01.2.09.09', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', '110.830.000', '110.137.400,00', null],
    [30, '7.01.02', P_PELAYANAN, I_PELAYANAN, rp(10360000), rp(10360000), null],
    [31, '7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Persentase Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Kecamatan', rp(5000000), rp(5000000), null],
    [32, '7.01.02.2.01.01', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', rp(5000000), rp(5000000), null],
    ...HEADER_ANGGARAN,
    [33, '7.01.02.2.02', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', 'Prosentase fasilitasi Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Cama', rp(5360000), rp(5360000), null],
    [34, '7.01.02.2.02.01', 'Pelaksanaan Urusan Pemerintahan yang Terkait Dengan Kewenangan Lain yang Dilimpahkan', 'Jumlah Laporan Pelaksanaan Kewenangan Lain yang Dilimpahkan', rp(5360000), rp(5360000), null],
    [35, '7.01.03', P_PEMBERDAYAAN, 'rata-rata persentase fasilitasi pemberdayaan masyarakat', '125.307.900', '125.307.900,00', null],
    [36, '7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', 'persentase fasilitasi kegiatan pemberdayaan desa', '125.307.900', '125.307.900,00', null],
    [37, '7.01.03.2.01.01', 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah', '3.600.000', '3.600.000,00', null],
    [38, '7.01.03.2.01.02', 'Sinkronisasi Program dan Kegiatan Pemberdayaan Masyarakat Yang Dilakukan Oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan', 'Jumlah Dokumen Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan', '8.213.000', '8.213.000,00', null],
    [39, '7.01.03.2.01.03', 'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', '93.494.900', '93.494.900,00', null],
    [42, '7.01.03.2.01.06', 'Peningkatan Ketahanan Pangan Keluarga', 'Jumlah Keluarga yang Mengikuti Peningkatan Ketahanan Pangan Keluarga', '20.000.000', '20.000.000,00', null],
    [48, '7.01.04', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 'Persentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum', '4.850.000,00', '4.850.000,00', null],
    ...HEADER_ANGGARAN,
    [49, '7.01.04.2.01', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Jumlah Fasilitasi Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', '4.850.000', '4.850.000,00', null],
    [50, '7.01.04.2.01.03', 'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan instansi vertikal di wilayah kecamatan', 'Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', '4.850.000', '4.850.000,00', null],
    [52, '7.01.05', P_PEMUM, I_PEMUM, '2.400.000', '2.400.000,00', null],
    [53, '7.01.05.2.01', 'Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepada Daerah', 'Jumlah Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum', '2.400.000', '2.400.000,00', null],
    [54, '7.01.05.2.01.02', 'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan', 'Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan', '2.400.000', '2.400.000,00', null],
    [span(55, 3, 1), span('7.01.06', 3, 1), span(P_BINWAS, 3, 1), I_APBDES, { ...rp(305100000), span: [3, 1] }, { ...rp(305100000), span: [3, 1] }, null],
    [null, null, null, I_LPPDES, null, null, null],
    [null, null, null, I_RKPDES, null, null, null],
    [56, '7.01.06.2.01', 'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa', 'jumlah desa yang difasilitasi rekomendasi dan koordinasi pembinaan dan pengawasan pemerintahan desa', rp(305100000), rp(305100000), null],
    [59, '7.01.06.2.01.01', 'Fasilitasi Administrasi Tata Pemerintahan Desa', 'Jumlah Dokumen yang Difasilitasi dalam rangka Administrasi Tata Pemerintahan Desa', rp(305100000), rp(305100000), null],
    [null, null, { v: 'JUMLAH', bold: true, span: [1, 2] }, null, bold('2.486.022.481'), bold('2.371.301.000'), bold('95 %')],
  ],
};

const TANDA_TANGAN: SampleBlock = {
  id: 'tanda-tangan',
  title: [],
  col: 5,
  plain: true,
  rows: [
    ['Klakah, 31 Januari 2024'],
    [bold('CAMAT KLAKAH')],
    [null],
    [null],
    [bold('AGUS PRASETYO, S.Pi, MP')],
    ['NIP. 517003231998031911'],
  ],
};

// ------------------------------------------------------------------------------- Lampiran

const PENGHITUNGAN: SampleBlock = {
  id: 'penghitungan',
  title: ['EVALUASI KINERJA DAN PENGHITUNGAN', 'KECAMATAN KLAKAH TAHUN 2023'],
  col: 1,
  rows: [
    header('No.', 'TUJUAN /SASARAN', 'INDIKATOR', 'FORMULASI', 'PENGHITUNGAN', 'HASIL'),
    [1, TUJUAN, 'NILAI IKM Pelayanan Kecamatan Klakah', 'Nilai IKM (Indeks Kepuasan Masyarakat)', '(81,25+89,51+83,84+82,14)/4 = 336,6/4', '84,25'],
    [2, 'Mengoptimalkan fasilitasi dan koordinasi Kecamatan', 'Presentase Hasil Fasilitasi dan Koordinasi yang di tindak lanjuti', 'Jumlah fasilitasi dan koordinasi yang ditindaklanjuti dibagi Jumlah fasilitasi dan koordinasi dikali (X) 100 %', '40 / 42 x 100 %', '95,23'],
    [3, 'Meningkatnya akuntabilitas pemerintahan desa', 'Rata-rata persentase desa dalam menyusun dokumen administrasi pemerintahan desa yang tepat waktu', 'Desa RKP+APBDes+LPPdes tepat waktu dibagi Jumlah desa x 3 Dokumen dikali (X) 100 %', '(12+12+12) / (12 x 3) x 100 % = 36 / 36 x 100 %', 100],
  ],
};

const IKM_TRIWULAN: SampleBlock = {
  id: 'ikm-triwulan',
  title: ['Nilai IKM per Triwulan Tahun 2023', '(surat hasil SKM Bagian Organisasi)'],
  col: 1,
  rows: [
    header('No.', 'Indikator', 'TW I', 'TW II', 'TW III', 'TW IV'),
    [1, IKM, 81.25, 89.51, '83,84', '82,14'],
  ],
};

// ------------------------------------------------------------------------------- SDM

const HEADER_SDM: SampleRow = header('NO', 'NAMA / NIP', 'PANGKAT', 'GOL', 'JABATAN', 'Pendidikan');
const asn = (no: number, name: string, nip: string, pangkat: string, gol: string, jabatan: string, pendidikan: string): SampleRow => [
  no,
  `${name}\nNIP. ${nip}`,
  pangkat,
  gol,
  jabatan,
  pendidikan,
];
const nonAsn = (no: number, name: string, jabatan: string, pendidikan: string): SampleRow => [no, name, 'N/A', 'N/A', jabatan, pendidikan];

const TABEL_1_1: SampleBlock = {
  id: 'tabel-1.1',
  title: ['Tabel 1.1', 'Sumber Daya Manusia Kecamatan Klakah Berdasarkan Pangkat dan Golongan Pertahun 2023'],
  col: 2,
  rows: [
    HEADER_SDM,
    asn(1, 'AGUS PRASETYO, S.Pi, MP', '19791016 199810 1 902', 'Pembina Tingkat I', 'IV/b', 'Camat Klakah', 'S1 Teknik Perikanan, S2 Msanagement'),
    asn(2, 'BAMBANG WIDODO , SH MM', '19650814 198803 1 911', 'Pembina', 'IV/a', 'Sekretaris Camat', 'S1Hukum , s2 Management'),
    asn(3, 'CAHYO NUGROHO', '19670403 199403 1 913', 'Penata Tk. I', 'III/d', 'Kasi Pemerintah an', 'SMA/ Sederajat'),
    asn(4, 'DEDI KURNIAWAN,', '19650518 198703 1 911', 'Penata Tk. I', 'III/d', 'Kasi Pemberday aan Masyarakat', 'S1 Hukum'),
    asn(5, 'ENDANG LESTARI S.PdSD', '19640316 198503 2 910', 'Penata', 'III/C', 'Kasi Pelayanan Umum', 'S1 Pendidikan Sekolah Dasar'),
    asn(6, 'FAJAR HIDAYAT, A.Md', '19851127 201001 1 917', 'Penata Muda Tingkat I', 'III/b', 'Kasubag Keuangan', 'Diploma Manajemen Informatika'),
    asn(7, 'GITA PERMATASARI, S.P', '19810804 200901 2 90', 'Penata Muda', 'III/a', 'Kasubag Umum', 'S1 Pertanian'),
    HEADER_SDM,
    asn(8, 'HARI SUSANTO', '19660509 200701 1 921', 'Penata Muda', 'III/a', 'Jabatan Pelaksana', 'SMA/ Sederajat'),
    asn(9, 'IWAN SETIADI', '19650602 200701 1 928', 'Penata Muda Tingkat I', 'III/b', 'Jabatan Pelaksana', 'SMA/ Sederajat'),
    asn(10, 'JOKO SANTOSO', '19700110 200701 1 930', 'Pengatur Tk. I', 'II/d', 'Jabatan Pelaksana', 'SMA/ Sederajat'),
    asn(11, 'KARTIKA SARI', '19791120 201406 2 902', 'Pengatur', 'II/C', 'Jabatan Pelaksana', 'SMA/ Sederajat'),
    asn(12, 'LINA MARLINA', '19720929 200701 2 910', 'Pengatur', 'II/C', 'Jabatan Pelaksana', 'SMA/ Sederajat'),
    asn(13, 'MUHAMMAD RIZKI', '19720929 200701 2 910', 'Pengatur Muda', 'II/b', 'Jabatan Pelaksana', 'SMA/ Sederajat'),
    section('NON ASN', null, null, null, null, null),
    nonAsn(14, 'NANDA PRATAMA', 'Non ASN', 'S1 Manajemen'),
    nonAsn(15, 'OKTAVIA RAHAYU', 'Non ASN', 'S1 AKuntansi'),
    nonAsn(16, 'PUTRI WULANDARI', 'Non ASN', 'S1 Akuntansi'),
    nonAsn(17, 'RATNA DEWI', 'Non ASN', 'S1 Teknik Sipil'),
    nonAsn(18, 'SLAMET RIYADI', 'Sopir', 'SMA/ Sederajat'),
    nonAsn(19, 'TRI HANDAYANI', 'Non ASN', 'S1 Pendidikan Ekonomi'),
    nonAsn(20, 'UMI KALSUM', 'Non ASN', 'S1 Manjemen'),
    nonAsn(21, 'VINO SAPUTRA', 'Non ASN', 'S1 Pendidikan Sejarah'),
  ],
};

export const KLAKAH_2023: SampleSheet[] = [
  {
    name: 'PK 2023',
    widths: [6, 44, 44, 16, 16, 14],
    blocks: [TABEL_2_2, LAMPIRAN_PK, ANGGARAN_PK],
  },
  {
    name: 'BAB III',
    widths: [6, 36, 40, 24, 13, 13, 13, 11, 11, 11, 11, 11],
    blocks: [TABEL_3_1, TABEL_3_2, TABEL_3_2_MULTI, TABEL_3_3, TABEL_3_4, TABEL_3_6],
  },
  {
    name: 'Anggaran',
    widths: [6, 17, 44, 44, 18, 18, 10],
    blocks: [REALISASI_ANGGARAN, TANDA_TANGAN],
  },
  {
    name: 'Lampiran',
    widths: [6, 30, 36, 40, 42, 10],
    blocks: [PENGHITUNGAN, IKM_TRIWULAN],
  },
  {
    name: 'SDM',
    widths: [3, 6, 36, 22, 8, 22, 30],
    blocks: [TABEL_1_1],
  },
];
