import { rule } from '../../src/checks/serapan-salah';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, percent, type CellInput } from './helpers';

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
