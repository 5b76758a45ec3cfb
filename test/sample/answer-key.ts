/**
 * What the validator must find in samples/klakah-2023.xlsx: DOMAIN section 8, one entry per finding,
 * at the cells of this sample (see samples/README.md for the layout). Besides these, only
 * `angka-teks` warnings on numbers typed as text are expected.
 */
import type { Severity } from '../../src/checks/finding';

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface ExpectedFinding {
  rule: string;
  severity: Severity;
  /** The cell the finding points at, and the value the sample holds there. */
  at: CellRef;
  value: string | number;
  /**
   * A slip that involves several cells (two tables disagreeing, a penghitungan and its result):
   * the finding may point at any of these instead. It is still one finding.
   */
  orAt?: CellRef[];
  why: string;
}

const bab3 = (cell: string): CellRef => ({ sheet: 'BAB III', cell });
const lampiran = (cell: string): CellRef => ({ sheet: 'Lampiran', cell });
const sdm = (cell: string): CellRef => ({ sheet: 'SDM', cell });
const anggaran = (cell: string): CellRef => ({ sheet: 'Anggaran', cell });

export const EXPECTED_FINDINGS: ExpectedFinding[] = [
  {
    rule: 'capaian-salah',
    severity: 'error',
    at: bab3('G6'),
    value: 97,
    why: 'Tabel 3.1 faskor: 93,65 / 95,23 × 100 = 98,34, stated 97',
  },
  {
    rule: 'realisasi-berbeda',
    severity: 'warning',
    at: bab3('F6'),
    value: '93,65',
    orAt: [bab3('L31'), bab3('D42'), bab3('D51'), lampiran('F5')],
    why: 'faskor realisasi 93,65 in Tabel 3.1, 95,23 in the multi-year table, renstra, Perbandingan PD and penghitungan',
  },
  {
    rule: 'capaian-salah',
    severity: 'error',
    at: bab3('G22'),
    value: '110 %',
    why: 'Tabel 3.2 LPPdes: 100 / 85,23 × 100 = 117,33, stated 110 %',
  },
  {
    rule: 'target-berbeda',
    severity: 'warning',
    at: bab3('E22'),
    value: '85,23 %',
    orAt: [{ sheet: 'PK 2023', cell: 'D24' }],
    why: 'LPPdes target 85,23 % in Tabel 3.2, 95,23 % in the Lampiran PK',
  },
  {
    rule: 'realisasi-berbeda',
    severity: 'warning',
    at: bab3('F5'),
    value: '84,19',
    orAt: [bab3('L30'), bab3('D40'), bab3('D50'), lampiran('F4')],
    why: 'IKM realisasi 84,19 in Tabel 3.1, 84,25 in the multi-year table, renstra, Perbandingan PD and penghitungan',
  },
  {
    rule: 'hitung-salah',
    severity: 'error',
    at: lampiran('E4'),
    value: '(81,25+89,51+83,84+82,14)/4 = 336,6/4',
    orAt: [lampiran('F4')],
    why: 'IKM penghitungan: (81,25+89,51+83,84+82,14)/4 = 84,185, not 336,6/4 = 84,15',
  },
  {
    rule: 'hitung-salah',
    severity: 'error',
    at: lampiran('F4'),
    value: '84,25',
    orAt: [lampiran('E4')],
    why: 'IKM penghitungan: 336,6/4 = 84,15, stated result 84,25',
  },
  {
    rule: 'jumlah-salah',
    severity: 'error',
    at: anggaran('E24'),
    value: '231.109.200',
    why: 'Penyediaan Jasa Penunjang: pagu 231.109.200, its two sub kegiatan sum to 230.790.000',
  },
  {
    rule: 'angka-format',
    severity: 'error',
    at: anggaran('F5'),
    value: '1923.283.100',
    why: 'program realisasi written with malformed grouping',
  },
  {
    rule: 'tahun-kembar',
    severity: 'info',
    at: bab3('G28'),
    value: 2021,
    orAt: [bab3('E28'), bab3('E29'), bab3('F29'), bab3('G29'), bab3('H29')],
    why: 'multi-year table: 2020 and 2021 identical for every indicator',
  },
  {
    rule: 'efisiensi-salah',
    severity: 'error',
    at: bab3('G65'),
    value: '-',
    why: 'Tabel 3.6 LPPdes: 85,23 % − 100 % = −14,77, stated "-"',
  },
  {
    rule: 'nip-salah',
    severity: 'error',
    at: sdm('C10'),
    value: 'GITA PERMATASARI, S.P\nNIP. 19810804 200901 2 90',
    why: 'a 17-digit NIP',
  },
  {
    rule: 'nip-kembar',
    severity: 'error',
    at: sdm('C17'),
    value: 'MUHAMMAD RIZKI\nNIP. 19720929 200701 2 910',
    orAt: [sdm('C16')],
    why: 'NIP 19720929 200701 2 910 for LINA MARLINA and MUHAMMAD RIZKI',
  },
  {
    rule: 'pangkat-golongan',
    severity: 'error',
    at: sdm('D17'),
    value: 'Pengatur Muda',
    orAt: [sdm('E17')],
    why: 'Pengatur Muda is II/a, the table says II/b',
  },
  {
    rule: 'nip-salah',
    severity: 'error',
    at: anggaran('E67'),
    value: 'NIP. 517003231998031911',
    why: 'signature block: NIP born in the year 5170',
  },
];

/**
 * Findings the validator may add without being wrong: DOMAIN section 3 lets it report, as info, a
 * stated value that is the truncation rather than the rounding (40 / 42 × 100 = 95,238 stated 95,23).
 */
export const OPTIONAL_FINDINGS: ExpectedFinding[] = [
  {
    rule: 'hitung-salah',
    severity: 'info',
    at: lampiran('F5'),
    value: '95,23',
    orAt: [lampiran('E5')],
    why: '40 / 42 × 100 = 95,238 truncated to 95,23',
  },
];

export interface QuietCell extends CellRef {
  value: string | number;
  why: string;
}

/** Correct numbers no finding may touch (an `angka-teks` warning on a text number aside). */
export const CORRECT_NUMBERS: QuietCell[] = [
  { ...bab3('G5'), value: '93,54 %', why: '84,19 / 90 × 100 = 93,54' },
  { ...bab3('G9'), value: 105, why: '100 / 95,23 × 100 = 105,01' },
  { ...anggaran('E59'), value: '2.486.022.481', why: 'total pagu = sum of the six programs' },
  { ...anggaran('F59'), value: '2.371.301.000', why: 'total realisasi = sum of the six programs' },
  { ...anggaran('G59'), value: '95 %', why: 'serapan 2.371.301.000 / 2.486.022.481 = 95,39' },
  {
    sheet: 'PK 2023',
    cell: 'C34',
    value: 2614880463,
    why: 'PK budget total = sum of the six programs',
  },
  { ...bab3('E40'), value: 94, why: 'renstra 84.25 / 90 × 100 = 93,61, stated rounded to 94' },
];
