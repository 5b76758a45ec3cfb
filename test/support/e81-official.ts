/**
 * The E.81 form in the regulation's own column order (Permendagri 86/2017): No, Sasaran,
 * Program/Kegiatan, Indikator, then (5)–(14) in K | Rp pairs, (15) unit, (16) keterangan; the
 * numbering row typed as text, one merged cell over each K | Rp pair.
 */
import type { Cell, Sheet } from '../../src/workbook/model';
import { sheetOf, type CellInput } from './sheets';

const PAIRS = 10;

/**
 * A clean form: each row holds `12 = 8+9+10+11`, `13 = 6 + 12`, `14 = 13 / 5 × 100`. `rows`, where
 * given, replace its two data rows (from row 5, in the same 26 columns).
 */
export function officialE81(rows?: CellInput[][]): Sheet {
  const header: CellInput[] = [
    'No',
    'Sasaran',
    'Program/Kegiatan',
    'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
    'Target Renstra SKPD pada Tahun 2029 (Akhir Periode Renstra SKPD)',
    null,
    'Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu (2025)',
    null,
    'Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2026) yang Dievaluasi',
    null,
    'Realisasi Kinerja Pada Triwulan',
    ...Array<null>(7).fill(null),
    'Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi',
    null,
    'Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2026',
    null,
    'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d Tahun 2026 (%)',
    null,
    'Unit SKPD Penanggung Jawab',
    'Keterangan',
  ];
  const quarters: CellInput[] = [
    ...Array<null>(10).fill(null),
    'I',
    null,
    'II',
    null,
    'III',
    null,
    'IV',
    null,
  ];
  const units: CellInput[] = [null, null, null, null];
  for (let i = 0; i < PAIRS; i++) units.push('K', 'Rp');
  const numbering: CellInput[] = ['1', '2', '3', '4'];
  for (let n = 5; n <= 14; n++) {
    const text =
      n === 12
        ? '12 = 8+9+10+11'
        : n === 13
          ? '13 = 6 + 12'
          : n === 14
            ? '14 = 13/5 x 100'
            : String(n);
    numbering.push(text, null);
  }
  numbering.push('15', '16');
  /** `pairs`: K, Rp of target Renstra, realisasi s.d. tahun lalu, target Renja, TW I–IV. */
  const line = (no: number, indikator: string, pairs: number[]): CellInput[] => {
    const k = pairs.filter((_, i) => i % 2 === 0);
    const rp = pairs.filter((_, i) => i % 2 === 1);
    const year = (m: number[]) => m[3] + m[4] + m[5] + m[6];
    const row: CellInput[] = [no, no === 1 ? 'Meningkatnya layanan' : null, 'Program A', indikator];
    row.push(...pairs, year(k), year(rp), k[1] + year(k), rp[1] + year(rp));
    row.push(((k[1] + year(k)) / k[0]) * 100, ((rp[1] + year(rp)) / rp[0]) * 100, 'Sekretariat');
    return row;
  };
  const sheet = sheetOf('Evaluasi Renja', [
    header,
    quarters,
    units,
    numbering,
    ...(rows ?? [
      line(
        1,
        'Jumlah dokumen perencanaan',
        [20, 5000, 4, 1000, 4, 1000, 1, 200, 1, 300, 1, 250, 1, 150],
      ),
      line(
        2,
        'Jumlah laporan keuangan',
        [60, 8000, 12, 1600, 12, 1600, 3, 400, 3, 400, 3, 400, 3, 300],
      ),
    ]),
  ]);
  const merges: [number, number, number, number][] = [
    [1, 1, 3, 1],
    [1, 2, 3, 2],
    [1, 3, 3, 3],
    [1, 4, 3, 4],
    [1, 11, 1, 18],
    [1, 25, 3, 25],
    [1, 26, 3, 26],
  ];
  for (let c = 5; c <= 23; c += 2) {
    if (c < 11 || c > 17) merges.push([1, c, 2, c + 1]);
    else merges.push([2, c, 2, c + 1]);
    merges.push([4, c, 4, c + 1]);
  }
  for (const [top, left, bottom, right] of merges) sheet.merges.push({ top, left, bottom, right });
  return sheet;
}

/** An amount: a number typed, or a formula with the value Excel cached for it. */
export type Amount = number | [formula: string, value: number];

const cell = (amount: Amount): Cell =>
  typeof amount === 'number' ? { value: amount } : { value: amount[1], formula: amount[0] };

const valueOf = (amount: Amount) => (typeof amount === 'number' ? amount : amount[1]);

/**
 * A row of the official form: pagu in (7) Rp (column J), realisasi in TW I Rp and (12) Rp
 * (column T); the Renstra (5) Rp and last year's (6) Rp hold other amounts, never to be read.
 */
export function formRow(
  no: number | null,
  name: string | null,
  indicator: string | null,
  pagu: Amount,
  realisasi: Amount,
): CellInput[] {
  const done = valueOf(realisasi);
  return [
    no,
    null,
    name,
    indicator,
    10,
    valueOf(pagu) * 4,
    2,
    7,
    5,
    cell(pagu),
    1,
    done,
    ...Array<null>(6).fill(null),
    1,
    cell(realisasi),
    3,
    7 + done,
    30,
    null,
    'Sekretariat',
    null,
  ];
}

/**
 * Two programs; the first adds two kegiatan, each adding its sub kegiatan (the second leaves
 * its row of zeros out of `SUM(J11:J11)`); an unnamed row repeats a kegiatan's Rp for one more
 * indicator; the last row, with nothing written, adds the programs.
 */
export const BUDGET_FORM: CellInput[][] = [
  formRow(1, 'Layanan Administrasi', 'Indeks layanan', ['J6+J9', 300], ['T6+T9', 150]),
  formRow(2, 'Perencanaan', 'Dokumen perencanaan', ['SUM(J7:J8)', 100], ['SUM(T7:T8)', 50]),
  formRow(3, 'Penyusunan Renja', 'Dokumen Renja', 60, 30),
  formRow(4, 'Penyusunan Renstra', 'Dokumen Renstra', 40, 20),
  formRow(5, 'Keuangan', 'Laporan keuangan', ['SUM(J11:J11)', 200], ['SUM(T11)', 100]),
  formRow(6, 'Laporan Bulanan', 'Laporan bulanan', 0, 0),
  formRow(7, 'Gaji dan Tunjangan', 'Orang menerima gaji', 200, 100),
  formRow(null, null, 'Persentase tertib administrasi', ['J9', 200], ['T9', 100]),
  formRow(8, 'Pengembangan SDM', 'ASN dilatih', 50, 10),
  formRow(null, null, null, ['J5+J13', 350], ['T5+T13', 160]),
];
