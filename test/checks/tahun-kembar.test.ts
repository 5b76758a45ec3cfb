import { rule } from '../../src/checks/tahun-kembar';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const ROLES: ColumnRole[] = [
  'indikator',
  'target',
  'realisasi',
  'target',
  'realisasi',
  'target',
  'realisasi',
];
const YEARS = [undefined, 2020, 2020, 2021, 2021, 2022, 2022];

describe('tahun-kembar', () => {
  it.each<[string, CellInput[][], string[]]>([
    [
      'Klakah: 2020 and 2021 identical for every indicator',
      [
        ['IKM', 85.5, 82.34, 85.5, 82.34, 86.75, 87.03],
        ['Faskor', '95%', '93,33%', '95%', '93,33%', '94,53 %', '95,45 %'],
      ],
      [
        'D1 Target dan realisasi tahun 2021 sama persis dengan tahun 2020 untuk semua indikator: kemungkinan salin-tempel',
      ],
    ],
    [
      'one indicator differs',
      [
        ['IKM', 85.5, 82.34, 85.5, 82.34, 86.75, 87.03],
        ['Faskor', '95%', '93,33%', '95%', '93,34%', '94,53 %', '95,45 %'],
      ],
      [],
    ],
    [
      'same number written differently is still the same',
      [['IKM', 85.5, '82,34', '85,50', 82.34, 90, 84]],
      [
        'D1 Target dan realisasi tahun 2021 sama persis dengan tahun 2020 untuk semua indikator: kemungkinan salin-tempel',
      ],
    ],
    ['empty years are not copies', [['IKM', null, null, null, null, 90, 84]], []],
    [
      'three identical years: each later year once',
      [['IKM', 90, 84, 90, 84, 90, 84]],
      [
        'D1 Target dan realisasi tahun 2021 sama persis dengan tahun 2020 untuk semua indikator: kemungkinan salin-tempel',
        'F1 Target dan realisasi tahun 2022 sama persis dengan tahun 2020 untuk semua indikator: kemungkinan salin-tempel',
      ],
    ],
  ])('%s', (_name, rows, expected) => {
    const findings = findingsOf(rule, [{ kind: 'multi-tahun', roles: ROLES, years: YEARS, rows }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('info'));
  });
});
