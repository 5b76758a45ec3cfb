import { rule } from '../../src/checks/serapan-salah';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, percent, plus, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['uraian', 'pagu', 'realisasi-anggaran', 'serapan'];

describe('serapan-salah', () => {
  it.each<[string, CellInput[], string[]]>([
    ['Klakah total: 95 % for 95,39', ['JUMLAH', '2.486.022.481', '2.371.301.000', '95 %'], []],
    [
      'wrong serapan',
      ['Program', '2.038.004.581', '1.923.283.100', '96,37 %'],
      ['D2 Serapan tertulis 96,37, seharusnya 94,37 (1.923.283.100 / 2.038.004.581 × 100)'],
    ],
    ['percent cell', ['Program', 2038004581, 1923283100, percent(0.9437)], []],
    [
      'realisasi above pagu',
      ['Program', 1000000, 1200000, null],
      ['C2 Realisasi anggaran 1.200.000 melebihi pagu 1.000.000 (selisih 200.000)'],
    ],
    [
      'realisasi above pagu and serapan stated as 100',
      ['Program', 1000000, 1200000, 100],
      [
        'C2 Realisasi anggaran 1.200.000 melebihi pagu 1.000.000 (selisih 200.000)',
        'D2 Serapan tertulis 100, seharusnya 120 (1.200.000 / 1.000.000 × 100)',
      ],
    ],
    // A typed number is compared at the digits typed, not the format's: 96 shown as 96,00 is
    // 95,83 rounded to a whole number (the LKPJ form's J11); a formula's result keeps the format's.
    [
      'typed whole number in a 0.00 format',
      ['Program', 120000000, 115000000, { value: 96, numFmt: '0.00' }],
      [],
    ],
    ['typed whole percent in a 0.00% format', ['Program', 120000000, 115000000, percent(0.96)], []],
    [
      'typed whole number that is not the rounded serapan',
      ['Program', 120000000, 115000000, { value: 97, numFmt: '0.00' }],
      ['D2 Serapan tertulis 97,00, seharusnya 95,83 (115.000.000 / 120.000.000 × 100)'],
    ],
    [
      'typed with its own decimals',
      ['Program', 120000000, 115000000, { value: 95.7, numFmt: '0.00' }],
      ['D2 Serapan tertulis 95,70, seharusnya 95,83 (115.000.000 / 120.000.000 × 100)'],
    ],
    [
      'a formula showing 96,00: the format’s decimals',
      [
        'Program',
        120000000,
        115000000,
        { value: 96, numFmt: '0.00', formula: 'ROUND(C2/B2*100,0)' },
      ],
      ['D2 Serapan tertulis 96,00, seharusnya 95,83 (115.000.000 / 120.000.000 × 100)'],
    ],
    ['nothing spent', ['Program', 1000000, 0, '0 %'], []],
    ['pagu 0 and nothing spent', ['Program', 0, 0, null], []],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(rule, [{ kind: 'anggaran', roles: ROLES, rows: [row] }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('states a serapan near Excel’s largest number as a number (found by the checks fuzz test)', () => {
    const findings = findingsOf(rule, [
      { kind: 'anggaran', roles: ROLES, rows: [['Program', 1e-306, 1, 0]] },
    ]);
    const serapan = findings.find((f) => f.cell === 'D2');
    expect(serapan?.message).toMatch(
      /^Serapan tertulis 0, seharusnya 100(\.\d{3})+ \(1 \/ 0 × 100\)$/,
    );
    expect(serapan?.expected).toBe(1e308);
  });

  it('checks realisasi against pagu without a serapan column', () => {
    const findings = findingsOf(rule, [
      { kind: 'anggaran', roles: ['uraian', 'pagu', 'realisasi-anggaran'], rows: [['A', 5, 6]] },
    ]);
    expect(findings.map((f) => f.cell)).toEqual(['C2']);
  });

  it('pairs each serapan and realisasi with the nearest pagu to its left', () => {
    const roles: ColumnRole[] = [
      'uraian',
      'pagu',
      'realisasi-anggaran',
      'pagu',
      'realisasi-anggaran',
      'serapan',
    ];
    const findings = findingsOf(rule, [
      {
        kind: 'anggaran',
        roles,
        rows: [
          ['Operasi + modal', 100, 90, 200, 150, '75 %'],
          ['Salah', 100, 90, 200, 150, '90 %'],
        ],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'F3 Serapan tertulis 90, seharusnya 75 (150 / 200 × 100)',
    ]);
  });

  it('does not hold a realisasi against a pagu of another year', () => {
    const findings = findingsOf(rule, [
      {
        kind: 'renja',
        roles: ['uraian', 'pagu', 'realisasi-anggaran'],
        years: [undefined, 2030, 2025],
        rows: [['Program', 100, 150]],
      },
    ]);
    expect(findings).toEqual([]);
  });
});

describe('serapan-salah on a Renja form: realisasi Rp of the year above the Renja pagu', () => {
  /** A indikator, B–C target Renja K | Rp (7), D–G TW I–II K | Rp (8, 9), H–I tahun ini (10 = 8 + 9). */
  const form = {
    kind: 'renja' as const,
    roles: [
      'indikator',
      'lain',
      'lain',
      'triwulan',
      'triwulan',
      'triwulan',
      'triwulan',
      'lain',
      'lain',
    ] as ColumnRole[],
    numbers: [4, 7, 7, 8, 8, 9, 9, 10, 10],
    measures: [undefined, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'],
    equations: [
      { text: '10 = 8 + 9', resultCol: 8, expression: plus(4, 6) },
      { text: '10 = 8 + 9', resultCol: 9, expression: plus(5, 7) },
    ],
  };

  it.each<[string, CellInput[][], string[]]>([
    ['within the pagu', [['Jumlah dokumen', 2, 1000, 1, 400, 1, 500, 2, 900]], []],
    [
      'above the pagu',
      [['Jumlah dokumen', 2, 1000, 1, 600, 1, 500, 2, 1100]],
      ['I2 Realisasi anggaran tahun berjalan 1.100 melebihi pagu Renja 1.000 (C2; selisih 100)'],
    ],
    [
      // The program row carries its kegiatan's excess: reported once, where it starts.
      'a program row above its pagu only through its kegiatan',
      [
        ['Cakupan layanan', 2, 2000, 1, 1100, 1, 1000, 2, 2100],
        ['Jumlah dokumen', 2, 1000, 1, 600, 1, 500, 2, 1100],
      ],
      ['I3 Realisasi anggaran tahun berjalan 1.100 melebihi pagu Renja 1.000 (C3; selisih 100)'],
    ],
    // A percentage indicator's K summed is akumulasi-salah's; the K columns are no money.
    [
      'K above its target is no serapan slip',
      [['Persentase', 90, 1000, 95, 400, 95, 500, 190, 900]],
      [],
    ],
    ['no pagu written', [['Jumlah dokumen', 2, null, 1, 600, 1, 500, 2, 1100]], []],
  ])('%s', (_name, rows, expected) => {
    const findings = findingsOf(rule, [{ ...form, rows }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f).toMatchObject({ rule: 'serapan-salah', severity: 'error' }));
  });
});
