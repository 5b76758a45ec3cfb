import { validateWorkbook, type Finding } from '../../src/checks';
import { rule } from '../../src/checks/akumulasi-salah';
import { rule as akumulasiRumus } from '../../src/checks/akumulasi-rumus';
import { renjaFormOf } from '../../src/facts/renja-form';
import type { ValidationOptions } from '../../src/checks/check';
import { rule as rumusKolom } from '../../src/checks/rumus-kolom';
import type { Sheet } from '../../src/workbook/model';
import type { ColumnEquation, ColumnRole, EquationNode } from '../../src/workbook/table-types';
import { RENJA_ROWS, renjaFormSheet } from '../support/renja-form';
import { modelOf } from '../support/sheets';
import { build, col, findingsOf, plus, where, type CellInput } from './helpers';

const ratio = (numerator: number, denominator: number): EquationNode => ({
  type: 'binary',
  op: '*',
  left: { type: 'binary', op: '/', left: col(numerator), right: col(denominator) },
  right: { type: 'number', value: 100 },
});

/**
 * The official E.81 form with a Satuan column, K only: A Indikator, B Satuan, C Jenis, D target
 * Renstra (5), E realisasi s.d. tahun lalu (6), F target Renja (7), G–J TW I–IV (8–11),
 * K realisasi tahun ini (`12 = 8+9+10+11`), L s.d. tahun ini (`13 = 6 + 12`), M capaian
 * Renstra (`14 = 13 / 5 × 100`).
 */
const ROLES: ColumnRole[] = [
  'indikator',
  'satuan',
  'jenis',
  'target',
  'lain',
  'lain',
  'triwulan',
  'triwulan',
  'triwulan',
  'triwulan',
  'lain',
  'realisasi',
  'capaian',
];
const NUMBERS = [4, 5, undefined, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
const EQUATIONS: ColumnEquation[] = [
  { text: '12 = 8+9+10+11', resultCol: 11, expression: plus(7, 8, 9, 10) },
  { text: '13 = 6 + 12', resultCol: 12, expression: plus(5, 11) },
  { text: '14 = 13 / 5 × 100', resultCol: 13, expression: ratio(12, 4) },
];

function formFindings(
  rows: CellInput[][],
  checks = [rule],
  options: ValidationOptions = {},
): Finding[] {
  const headers = ROLES.map((role, i) => (role === 'jenis' ? 'Jenis' : `${role} ${i}`));
  const spec = { kind: 'renja' as const, roles: ROLES, numbers: NUMBERS, headers };
  return findingsOf(checks, [{ ...spec, rows, equations: EQUATIONS }], options);
}

/** [indikator, satuan, jenis, target Renstra, s.d. tahun lalu, target Renja, TW I–IV, tahun ini, s.d. tahun ini, capaian] */
type Row = CellInput[];

describe('akumulasi-salah', () => {
  it.each<[string, Row, string[]]>([
    [
      'kumulatif, quarters summed and added to the years before',
      ['Jumlah dokumen perencanaan', 'Dokumen', null, 10, 4, 4, 1, 1, 1, 1, 4, 8, 80],
      [],
    ],
    [
      'nilai akhir carrying its last quarter, to date this year’s',
      ['Persentase desa ODF', '%', null, 100, 70, 90, 75, 80, 85, 90, 90, 90, 90],
      [],
    ],
    [
      'nilai akhir with its quarters summed into the year',
      ['Persentase desa ODF', '%', null, 100, 70, 90, 75, 80, 85, 90, 330, 400, 400],
      [
        'K2 Indikator nilai akhir (dari nama dan satuannya): realisasi tahun berjalan tertulis 330, ' +
          'seharusnya 90 (triwulan terakhir yang terisi); triwulannya dijumlahkan (75 + 80 + 85 + 90)',
      ],
    ],
    [
      // The Deli Serdang pattern: quarters are increments of the level (their sum is the year's
      // 100 %), and the form adds last year's 100 % to it: K = 200, capaian 200 %. With the jenis
      // only inferred from the name the row follows the form's own equation (akumulasi-rumus).
      'nilai akhir (Jenis cell) whose to-date adds two years’ percentages, capaian above 100 %',
      [
        'Persentase tertib pelaporan',
        '%',
        'Nilai akhir',
        100,
        100,
        100,
        20,
        25,
        25,
        30,
        100,
        200,
        200,
      ],
      [
        'L2 Indikator nilai akhir (kolom jenis C2): realisasi s.d. tahun ini tertulis 200, ' +
          'seharusnya 100 (nilai akhir tahun ini, K2); yang tertulis menjumlahkan realisasi s.d. ' +
          'tahun lalu 100 dan tahun ini 100; karena itu capaian M2 200%, seharusnya 100%',
      ],
    ],
    [
      'nilai akhir matching neither the last quarter nor the sum',
      ['Indeks kepuasan masyarakat', 'Indeks', null, 90, 80, 90, 75, 80, 85, 88, 80, 80, 88.89],
      [
        'K2 Indikator nilai akhir (dari nama dan satuannya): realisasi tahun berjalan tertulis 80, ' +
          'seharusnya 88 (triwulan terakhir yang terisi)',
      ],
    ],
    [
      'kumulatif carrying its last quarter only',
      ['Jumlah laporan monitoring', 'Laporan', null, 40, 0, 12, 3, 2, 4, 3, 3, 3, 7.5],
      [
        'K2 Indikator kumulatif (dari nama dan satuannya): realisasi tahun berjalan tertulis 3, ' +
          'seharusnya 12 (jumlah triwulan); yang tertulis adalah triwulan terakhir',
      ],
    ],
    [
      'kumulatif to date without the years before',
      ['Jumlah orang dilatih', 'Orang', null, 50, 6, 4, 1, 1, 1, 1, 4, 4, 8],
      [
        'L2 Indikator kumulatif (dari nama dan satuannya): realisasi s.d. tahun ini tertulis 4, ' +
          'seharusnya 10 (jumlah triwulan); realisasi tahun-tahun sebelumnya (6) tidak ditambahkan; ' +
          'karena itu capaian M2 8%, seharusnya 20%',
      ],
    ],
    [
      'an index named only, its year the mean of quarterly surveys: accepted',
      ['Indeks kepuasan masyarakat', 'Indeks', null, 90, 80, 90, 80, 82, 84, 86, 83, 83, 92.22],
      [],
    ],
    [
      'a Jenis cell saying nilai akhir: the mean is not the year',
      [
        'Indeks kepuasan masyarakat',
        'Indeks',
        'Nilai Akhir',
        90,
        80,
        90,
        80,
        82,
        84,
        86,
        83,
        83,
        92.22,
      ],
      [
        'K2 Indikator nilai akhir (kolom jenis C2): realisasi tahun berjalan tertulis 83, ' +
          'seharusnya 86 (triwulan terakhir yang terisi)',
      ],
    ],
    [
      'kumulatif with equal quarters written to date: the last may be the year',
      ['Jumlah orang dilatih', 'Orang', null, 50, 0, 12, 3, 3, 3, 3, 3, 3, 6],
      [],
    ],
    [
      'kumulatif with quarters written as a running total: the last may be the year',
      ['Jumlah orang dilatih', 'Orang', null, 50, 0, 12, 3, 6, 9, 12, 12, 12, 24],
      [],
    ],
    [
      'a type name and satuan do not tell: nothing said',
      ['Opini BPK', 'Opini', null, 1, 1, 1, 1, 1, 1, 1, 4, 5, 500],
      [],
    ],
    [
      'a Jenis cell saying rata-rata: the mean of the quarters',
      ['Cakupan layanan', 'Skor', 'Rata-rata', 90, 80, 90, 80, 84, 88, 92, 344, 344, 382.22],
      [
        'K2 Indikator rata-rata (kolom jenis C2): realisasi tahun berjalan tertulis 344, ' +
          'seharusnya 86 (rata-rata triwulan); triwulannya dijumlahkan (80 + 84 + 88 + 92)',
      ],
    ],
    [
      'a Jenis cell saying kumulatif over a percentage name',
      ['Persentase penyaluran', '%', 'Kumulatif', 100, 0, 100, 10, 20, 30, 40, 100, 100, 100],
      [],
    ],
    [
      'quarters not yet filled: the last filled one stands',
      ['Persentase desa ODF', '%', null, 100, 70, 90, 80, 85, null, null, 85, 85, 85],
      [],
    ],
    [
      'quarters not yet filled, the filled ones summed',
      ['Persentase desa ODF', '%', null, 100, 70, 90, 80, 85, null, null, 165, 235, 235],
      [
        'K2 Indikator nilai akhir (dari nama dan satuannya): realisasi tahun berjalan tertulis 165, ' +
          'seharusnya 85 (triwulan terakhir yang terisi); triwulannya dijumlahkan (80 + 85 + kosong + kosong)',
      ],
    ],
    [
      'quarters summed without a Renja target: increments cannot be told from levels',
      ['Persentase desa ODF', '%', null, 100, 70, null, 75, 80, 85, 90, 330, 330, 330],
      [],
    ],
    ['no quarter filled: nothing to tell', ['Persentase desa ODF', '%', null, 100, 70, 90], []],
  ])('%s', (_name, row, expected) => {
    const findings = formFindings([row]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('gives the right value as expected and the written one as actual', () => {
    const [found] = formFindings([
      ['Persentase desa ODF', '%', null, 100, 70, 90, 75, 80, 85, 90, 330, 400, 400],
    ]);
    expect(found).toMatchObject({ rule: 'akumulasi-salah', expected: 90, actual: 330 });
  });

  it('reports one slip once: the rumus-kolom finding on the same cell is dropped', () => {
    // Kumulatif quarters averaged: 13 = 8+9+10+11 is broken too, on the same cell.
    const row = ['Jumlah dokumen', 'Dokumen', null, 40, 0, 20, 2, 4, 6, 8, 5, 5, 12.5];
    expect(where(formFindings([row], [rumusKolom]))).toEqual(['rumus-kolom@K2']);
    expect(where(formFindings([row], [rule, rumusKolom]))).toEqual(['akumulasi-salah@K2']);
  });

  it('a nilai-akhir row rightly carrying its last quarter is no rumus-kolom slip', () => {
    const rows = [
      ['Persentase desa ODF', '%', null, 100, 70, 90, 75, 80, 85, 90, 90, 90, 90],
      // Unsure of the type: the numbering row's sum is the rule, as before.
      ['Opini BPK', 'Opini', null, 1, 1, 1, 1, 1, 1, 1, 1, 2, 200],
    ];
    expect(where(formFindings(rows, [rule, rumusKolom]))).toEqual(['rumus-kolom@K3']);
  });

  it("takes the user's jenis over the name and the Jenis column", () => {
    const rows = [
      ['Cakupan layanan administrasi', 'layanan', null, 100, 70, 90, 75, 80, 85, 90, 330, 400, 400],
      ['Persentase penyaluran', '%', 'Kumulatif', 100, 0, 100, 70, 80, 90, 100, 340, 340, 340],
    ];
    expect(formFindings(rows)).toEqual([]);
    const chosen = formFindings(rows, [rule], {
      jenis: {
        'cakupan layanan administrasi': 'nilai-akhir',
        'Persentase Penyaluran': 'nilai-akhir',
      },
    });
    expect(chosen.map((f) => `${f.cell} ${f.message.slice(0, 40)}`)).toEqual([
      'K2 Indikator nilai akhir (pilihan pengguna)',
      'K3 Indikator nilai akhir (pilihan pengguna)',
    ]);
  });
});

/**
 * akumulasi-rumus: the to-date (13) that adds the years as the form's own numbering row states
 * (`13 = 6 + 12`), on a level whose jenis is only inferred from its name and satuan, is named
 * (info), not an error; chosen or stated jenis keeps the error, and the year's (12) stays checked.
 */
describe('akumulasi-rumus', () => {
  const LEVEL: Row = ['Persentase tertib pelaporan', '%', null, 100, 100, 100, 20, 25, 25, 30];
  it.each<[string, Row, ValidationOptions, string[]]>([
    [
      'inferred level, to date = before + year as the form states: info',
      [...LEVEL, 100, 200, 200],
      {},
      [
        'akumulasi-rumus@L2 info Realisasi s.d. tahun ini 200 mengikuti rumus formulir 13 = 6 + 12: ' +
          'E2 100 ditambah realisasi tahun ini K2 100. Indikator ini tampak bernilai akhir dari ' +
          'nama dan satuannya; bila memang demikian, nilainya s.d. tahun ini adalah nilai tahun ' +
          'ini; karena itu capaian M2 200%, seharusnya 100%. Pilih jenis indikatornya agar diperiksa.',
      ],
    ],
    [
      'the user chose nilai akhir: the sum of two years is an error',
      [...LEVEL, 100, 200, 200],
      { jenis: { 'persentase tertib pelaporan': 'nilai-akhir' } },
      [
        'akumulasi-salah@L2 error Indikator nilai akhir (pilihan pengguna): realisasi s.d. tahun ini',
      ],
    ],
    [
      'inferred level, to date neither the sum nor this year: an error',
      [...LEVEL, 100, 150, 150],
      {},
      ['akumulasi-salah@L2 error Indikator nilai akhir (dari nama dan satuannya): realisasi s.d.'],
    ],
    [
      'inferred level, quarters summed into the year (200 %): the year stays an error',
      ['Persentase desa ODF', '%', null, 100, 70, 90, 75, 80, 85, 90, 330, 400, 400],
      {},
      ['akumulasi-salah@K2 error Indikator nilai akhir (dari nama dan satuannya): realisasi tahun'],
    ],
    [
      'kumulatif to date = before + year: nothing',
      ['Jumlah dokumen perencanaan', 'Dokumen', null, 10, 4, 4, 1, 1, 1, 1, 4, 8, 80],
      {},
      [],
    ],
  ])('%s', (_name, row, options, expected) => {
    const findings = formFindings([row], [rule, akumulasiRumus], options);
    expect(
      findings.map((f) =>
        `${f.rule}@${f.cell} ${f.severity} ${f.message}`.slice(0, expected[0]?.length ?? 0),
      ),
    ).toEqual(expected);
  });
});

describe('renjaFormOf: the columns a Renja form aggregates quarters in', () => {
  it('takes the K quarters only, never the Rp or % ones', () => {
    const roles: ColumnRole[] = [
      'indikator',
      'lain',
      'lain',
      ...Array<ColumnRole>(6).fill('triwulan'),
      'lain',
      'lain',
    ];
    const measures = [undefined, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'];
    const numbers = [1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6];
    const { tables } = build({ kind: 'renja', roles, numbers, measures, rows: [] });
    tables[0].equations = [
      { text: '6 = 3+4+5', resultCol: 10, expression: plus(4, 6, 8) },
      { text: '6 = 3+4+5', resultCol: 11, expression: plus(5, 7, 9) },
    ];
    expect(renjaFormOf(tables[0])?.aggregates.K).toEqual({
      quarters: [4, 6, 8],
      year: 10,
      target: 2,
      ratios: [],
    });
  });

  it('is none without an equation summing exactly the K quarters', () => {
    const { tables } = build({
      kind: 'renja',
      roles: ['indikator', 'triwulan', 'triwulan', 'lain'],
      rows: [],
      equations: [{ text: '4 = 2', resultCol: 4, expression: col(2) }],
    });
    expect(renjaFormOf(tables[0])?.aggregates.K).toBeUndefined();
  });
});

describe('akumulasi-salah on a form read by the real detection', () => {
  /**
   * The support form (`7 = 5 + 6` year, `8 = 7/4*100` capaian) with the percentage's quarters
   * summed and the layanan row a rata-rata by its Jenis cell.
   */
  function renjaSheet(): Sheet {
    const [header, quarters, measures, numbering, , , kumulatif] = RENJA_ROWS;
    return renjaFormSheet([
      header,
      quarters,
      measures,
      numbering,
      [1, 'Persentase desa ODF', '%', null, 100, 1000, 80, 400, 90, 500, 170, 900, 170, 90],
      [2, 'Cakupan layanan', 'layanan', 'Rata-rata', 100, 1000, 80, 400, 90, 500, 85, 900, 85, 90],
      kumulatif,
    ]);
  }

  it('reads the Jenis column and reports the summed percentage once, with its capaian', () => {
    const report = validateWorkbook(modelOf(renjaSheet()));
    const [table] = report.tables;
    expect(table.kind).toBe('renja');
    expect(table.columns.find((column) => column.col === 4)?.role).toBe('jenis');
    expect(report.findings.map((f) => `${f.cell} ${f.rule} ${f.message}`)).toEqual([
      'K5 akumulasi-salah Indikator nilai akhir (dari nama dan satuannya): realisasi tahun ' +
        'berjalan tertulis 170, seharusnya 90 (triwulan terakhir yang terisi); triwulannya ' +
        'dijumlahkan (80 + 90); karena itu capaian M5 170%, seharusnya 90%',
    ]);
  });
});
