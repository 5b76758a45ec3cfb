import { rule } from '../../src/checks/predikat-salah';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'target', 'realisasi', 'capaian', 'predikat'];

describe('predikat-salah', () => {
  it.each<[string, CellInput[][], string[]]>([
    ['LKJ scale, right', [['IKM', 90, 84.19, 93.54, 'Berhasil']], []],
    ['label compared without case or spaces', [['IKM', 100, 40, 40, 'Tidakberhasil']], []],
    ['lower bound inclusive: 95 is Sangat berhasil', [['A', 100, 95, 95, 'Sangat berhasil']], []],
    ['top band open: 117 is Sangat berhasil', [['A', 85.23, 100, 117.33, 'Sangat berhasil']], []],
    [
      'LKJ scale, wrong band',
      [['IKM', 90, 84.19, 93.54, 'Sangat berhasil']],
      ['E2 Predikat tertulis "Sangat berhasil", seharusnya "Berhasil" (capaian 93,54, skala LKj)'],
    ],
    [
      'rated on the recomputed capaian, not the stated one',
      [['Fasilitasi', 95.23, 93.65, 90, 'Berhasil']],
      ['E2 Predikat tertulis "Berhasil", seharusnya "Sangat berhasil" (capaian 98,34, skala LKj)'],
    ],
    [
      'a capaian written "tren negatif" T / R (konvensi): rated as stated',
      [['Angka pengangguran', 10, 8, 125, 'Sangat berhasil']],
      [],
    ],
    [
      'a capaian by the turun formula with no arah (arah-turun): rated as stated',
      [['Angka pengangguran', 10, 8, 120, 'Berhasil']],
      ['E2 Predikat tertulis "Berhasil", seharusnya "Sangat berhasil" (capaian 120, skala LKj)'],
    ],
    [
      'P86 recognised from the labels',
      [
        ['A', 100, 92, 92, 'Sangat Tinggi'],
        ['B', 100, 70, 70, 'Sedang'],
        ['C', 100, 80, 80, 'Sedang'],
      ],
      [
        'E4 Predikat tertulis "Sedang", seharusnya "Tinggi" (capaian 80, skala Permendagri 86/2017)',
      ],
    ],
    ['an empty predikat is not checked', [['A', 100, 92, 92, null]], []],
  ])('%s', (_name, rows, expected) => {
    const findings = findingsOf(rule, [{ kind: 'capaian', roles: ROLES, rows }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
  });

  it('uses the scale the user forces', () => {
    const spec = [
      { kind: 'capaian' as const, roles: ROLES, rows: [['A', 100, 96, 96, 'Sangat berhasil']] },
    ];
    expect(findingsOf(rule, spec)).toEqual([]);
    const [finding] = findingsOf(rule, spec, { skala: 'P86' });
    expect(finding).toMatchObject({
      cell: 'E2',
      expected: 'Sangat Tinggi',
      actual: 'Sangat berhasil',
    });
  });

  it('rates the IKM value itself on the IKM scale', () => {
    const spec = [
      {
        kind: 'capaian' as const,
        roles: ROLES,
        rows: [['Nilai IKM', 90, 84.19, 93.54, 'A (Sangat Baik)']],
      },
    ];
    const [finding] = findingsOf(rule, spec, { skala: 'IKM' });
    expect(finding.message).toBe(
      'Predikat tertulis "A (Sangat Baik)", seharusnya "B (Baik)" (nilai IKM 84,19, skala IKM (PermenPAN-RB 14/2017))',
    );
  });
});
