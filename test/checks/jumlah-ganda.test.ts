/**
 * jumlah-salah on a Renja form: a SUM adding a row and, by the form's kode path, that row's own
 * sub rows counts them twice (Cirebon's `=SUM(R61:R63)` over kegiatan 61 and its sub kegiatan 62,
 * 63). The case table writes a small coded form and changes its Rp cells of TW II.
 */
import { rule } from '../../src/checks/jumlah-salah';
import { rule as realisasiBerbeda } from '../../src/checks/realisasi-berbeda';
import type { Cell } from '../../src/workbook/model';
import type { ColumnEquation, ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, plus, type CellInput } from './helpers';

/** A Kode | Kode | Uraian | Indikator | (7) K Rp | TW I K Rp | TW II K Rp | (10 = 8+9) K Rp. */
const ROLES: ColumnRole[] = [
  'kode',
  'kode',
  'uraian',
  'indikator',
  'target',
  'target',
  'triwulan',
  'triwulan',
  'triwulan',
  'triwulan',
  'lain',
  'lain',
];
const NUMBERS = [1, 2, 3, 4, 7, 7, 8, 8, 9, 9, 10, 10];
const MEASURES = [undefined, undefined, undefined, undefined, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'];
const UNITS = [...Array<undefined>(6).fill(undefined), 'I', 'I', 'II', 'II'];
const EQUATIONS: ColumnEquation[] = [
  { text: '10 = 8+9', resultCol: 11, expression: plus(7, 9) },
  { text: '10 = 8+9', resultCol: 12, expression: plus(8, 10) },
];

const f = (formula: string, value: number | null): Cell => ({ formula, value });

/** TW II Rp (column J) of rows 2–5, the rest fixed; row 5 repeats row 2 for one more indicator. */
function form(j: (CellInput | undefined)[], codes = true): CellInput[][] {
  const line = (
    kode: string,
    name: string | null,
    pagu: CellInput,
    tw2: CellInput,
    row: number,
  ) => [
    codes && name ? '5.03.02' : null,
    codes ? kode : null,
    name,
    row === 5 ? 'Persentase karir ASN' : `Jumlah dokumen ${row}`,
    1,
    pagu,
    1,
    10,
    1,
    tw2,
    2,
    f(`H${row}+J${row}`, 0),
  ];
  return [
    line('2.02', 'Kegiatan Mutasi', f('SUM(F3:F4)', 300), j[0] ?? null, 2),
    line('2.02.01', 'Sub Kegiatan Mutasi', 200, j[1] ?? null, 3),
    line('2.02.02', 'Sub Kegiatan Pangkat', 100, j[2] ?? null, 4),
    line('', null, f('F2', 300), j[3] ?? null, 5),
  ];
}

const spec = (rows: CellInput[][], sheet = 'Renja') => ({
  kind: 'renja' as const,
  sheet,
  roles: ROLES,
  numbers: NUMBERS,
  measures: MEASURES,
  units: UNITS,
  rows,
  equations: EQUATIONS,
});

const run = (rows: CellInput[][]): string[] =>
  findingsOf(rule, [spec(rows)]).map((found) => `${found.cell} ${found.expected} ${found.message}`);

describe('jumlah-salah: a row summed with its own sub rows', () => {
  const kegiatan = f('SUM(J3:J4)', 150);
  it.each<[string, CellInput[][], string[]]>([
    [
      'the indicator row adds the kegiatan and its two sub kegiatan',
      form([kegiatan, 100, 50, f('SUM(J2:J4)', 300)]),
      [
        'J5 150 Rumus =SUM(J2:J4) menjumlahkan baris 2 (Kegiatan Mutasi) beserta rinciannya ' +
          'sendiri menurut kode (baris 3, 4), padahal rincian itu sudah termasuk di dalamnya: ' +
          'terhitung dua kali. Tertulis 300, seharusnya 150',
      ],
    ],
    [
      'one sub kegiatan added again with its kegiatan',
      form([kegiatan, 100, 50, f('J2+J4', 200)]),
      [
        'J5 150 Rumus =J2+J4 menjumlahkan baris 2 (Kegiatan Mutasi) beserta rinciannya ' +
          'sendiri menurut kode (baris 4), padahal rincian itu sudah termasuk di dalamnya: ' +
          'terhitung dua kali. Tertulis 200, seharusnya 150',
      ],
    ],
    ['the row links the kegiatan only', form([kegiatan, 100, 50, f('J2', 150)]), []],
    [
      'the sub kegiatan are added, not their kegiatan',
      form([kegiatan, 100, 50, f('SUM(J3:J4)', 150)]),
      [],
    ],
    // Counted twice, but nothing to count: the sum is right.
    ['the sub kegiatan are empty', form([150, null, null, f('SUM(J2:J4)', 150)]), []],
    ['no kode places the rows', form([kegiatan, 100, 50, f('SUM(J2:J4)', 300)], false), []],
    [
      'an unreadable sub kegiatan leaves the sum unknown',
      form([kegiatan, 100, 'n/a', f('SUM(J2:J4)', 250)]),
      [],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(run(rows)).toEqual(expected);
  });
});

/**
 * realisasi-berbeda: Tabel 2.2 (sheet RKPD) restating the form's indicator 'Persentase karir ASN'
 * (row 5, TW II Rp =SUM(J2:J4) = 300 counting its sub kegiatan twice, rightly 150).
 */
describe('realisasi-berbeda: a double count copied into another form', () => {
  const doubled = form([f('SUM(J3:J4)', 150), 100, 50, f('SUM(J2:J4)', 300)]);
  const tabel22 = (name: string, tw1: CellInput, tw2: CellInput): CellInput[][] => [
    [null, null, 'Program Kepegawaian', name, 1, 300, 1, tw1, 1, tw2, 2, f('H2+J2', 0)],
  ];
  const copied = (formRows: CellInput[][], rkpd: CellInput[][]): string[] =>
    findingsOf(realisasiBerbeda, [spec(formRows), spec(rkpd, 'RKPD')]).map(
      (found) => `${found.sheet}!${found.cell} ${found.expected} ${found.message}`,
    );
  it.each<[string, CellInput[][], CellInput[][], string[]]>([
    [
      'the TW II Rp typed as the double count',
      doubled,
      tabel22('Persentase karir ASN', 10, 300),
      [
        'RKPD!J2 150 Realisasi 300 untuk "Persentase karir ASN" sama dengan Renja!J5, jumlah ' +
          'yang menghitung rincian dua kali; seharusnya 150',
      ],
    ],
    ['the TW II Rp typed right', doubled, tabel22('Persentase karir ASN', 10, 150), []],
    ['another quarter holds the number', doubled, tabel22('Persentase karir ASN', 300, 150), []],
    ['another indicator holds the number', doubled, tabel22('Indeks kepuasan', 10, 300), []],
    [
      'the form sums right: the same number is no copy of a slip',
      form([f('SUM(J3:J4)', 300), 200, 100, f('J2', 300)]),
      tabel22('Persentase karir ASN', 10, 300),
      [],
    ],
  ])('%s', (_name, formRows, rkpd, expected) => {
    expect(copied(formRows, rkpd)).toEqual(expected);
  });
});
