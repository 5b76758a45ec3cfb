import { rule } from '../../src/checks/capaian-salah';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, percent, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'target', 'realisasi', 'capaian'];

describe('capaian-salah', () => {
  it.each<[string, CellInput[], string[]]>([
    ['correct, stated with a percent sign', ['Nilai IKM', 90, '84,19', '93,54 %'], []],
    [
      'Klakah Tabel 3.1: 97 for 98,34',
      ['Fasilitasi', '95,23', '93,65', '97'],
      ['Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)'],
    ],
    [
      'Klakah Tabel 3.2: 110 for 117,33',
      ['LPPdes', '85,23 %', '100 %', '110 %'],
      ['Capaian tertulis 110, seharusnya 117,33 (100 / 85,23 × 100)'],
    ],
    ['no capping: 105 stays 105', ['Dokumen', '95,23', 100, 105], []],
    ['truncated instead of rounded is accepted', ['Fasilitasi', 42, 40, '95,23'], []],
    [
      'tolerance follows the stated decimals: 95,2 is not 95,24',
      ['Fasilitasi', 42, 40, '95,2'],
      [],
    ],
    [
      'tolerance follows the stated decimals: 95,3 is wrong',
      ['Fasilitasi', 42, 40, '95,3'],
      ['Capaian tertulis 95,3, seharusnya 95,24 (40 / 42 × 100)'],
    ],
    [
      'percent-formatted cell holds 0.9354 for 93,54',
      ['Nilai IKM', 90, 84.19, percent(0.9354)],
      [],
    ],
    [
      'percent-formatted cell, wrong',
      ['Fasilitasi', 95.23, 93.65, percent(0.97, '0%')],
      ['Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)'],
    ],
    ['no capaian stated: nothing to compare', ['Fasilitasi', 95.23, 93.65, null], []],
    ['target 0 is left to target-nol', ['Fasilitasi', 0, 93.65, 100], []],
  ])('%s', (_name, row, messages) => {
    const findings = findingsOf(rule, [{ kind: 'capaian', roles: ROLES, rows: [row] }]);
    expect(findings.map((f) => f.message)).toEqual(messages);
    findings.forEach((f) =>
      expect(f).toMatchObject({
        rule: 'capaian-salah',
        severity: 'error',
        sheet: 'Lembar1',
        cell: 'D2',
      }),
    );
  });

  it('carries the numbers as expected and actual', () => {
    const [finding] = findingsOf(rule, [
      { kind: 'capaian', roles: ROLES, rows: [['LPPdes', '85,23', '100', '110']] },
    ]);
    expect(finding).toMatchObject({ expected: 117.33, actual: 110 });
  });

  it('uses the lower-is-better formula where an Arah column says turun', () => {
    const roles: ColumnRole[] = ['indikator', 'arah', 'target', 'realisasi', 'capaian'];
    const findings = findingsOf(rule, [
      {
        kind: 'capaian',
        roles,
        rows: [
          ['Angka kemiskinan', 'Turun', 10, 8, 120],
          ['Pengaduan', 'turun', 10, 8, 80],
        ],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'E3 Capaian tertulis 80, seharusnya 120 ((2 × 10 − 8) / 10 × 100)',
    ]);
  });

  it('takes the arah from another table naming the same indicator', () => {
    const findings = findingsOf(rule, [
      {
        kind: 'pk',
        sheet: 'PK',
        roles: ['indikator', 'arah', 'target'],
        rows: [['Persentase  penduduk miskin.', 'Negatif', 10]],
      },
      {
        kind: 'capaian',
        sheet: 'Capaian',
        roles: ROLES,
        rows: [['persentase penduduk miskin', 10, 8, 80]],
      },
    ]);
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Capaian!D2']);
    expect(findings[0].message).toContain('seharusnya 120');
  });

  it('leaves a capaian that matches only the lower-is-better formula to arah-turun', () => {
    expect(
      findingsOf(rule, [{ kind: 'capaian', roles: ROLES, rows: [['Pengaduan', 10, 8, 120]] }]),
    ).toEqual([]);
  });

  it('computes capaian on the sesudah target of a revised PK', () => {
    const roles: ColumnRole[] = [
      'indikator',
      'target-sebelum',
      'target-sesudah',
      'realisasi',
      'capaian',
    ];
    const findings = findingsOf(rule, [
      {
        kind: 'pk',
        roles,
        rows: [
          ['Dokumen tepat waktu', '85,23', '95,23', 100, 105],
          ['LPPdes', '85,23', '95,23', 100, '117,33'],
        ],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'E3 Capaian tertulis 117,33, seharusnya 105,01 (100 / 95,23 × 100)',
    ]);
  });

  it('checks each year group of a multi-year table', () => {
    const roles: ColumnRole[] = [
      'indikator',
      'target',
      'realisasi',
      'capaian',
      'target',
      'realisasi',
      'capaian',
    ];
    const findings = findingsOf(rule, [
      {
        kind: 'multi-tahun',
        roles,
        years: [undefined, 2022, 2022, 2022, 2023, 2023, 2023],
        rows: [['IKM', 86.75, 87.03, 101, 90, 84.19, '93,54']],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'D2 Capaian tertulis 101, seharusnya 100,32 (87,03 / 86,75 × 100)',
    ]);
  });

  it('widens the tolerance by the user option, in percentage points', () => {
    const spec = [
      { kind: 'capaian' as const, roles: ROLES, rows: [['Fasilitasi', '95,23', '93,65', '98,0']] },
    ];
    expect(findingsOf(rule, spec)).toHaveLength(1);
    expect(findingsOf(rule, spec, { toleransi: 0.5 })).toEqual([]);
  });
});
