/** Conventions found in practice (DOMAIN section 9): tren negatif named by arah-turun (info), IKM weights accepted. */
import { rule as capaianSalah } from '../../src/checks/capaian-salah';
import { rule as arahTurun } from '../../src/checks/arah-turun';
import { rule as hitungSalah } from '../../src/checks/hitung-salah';
import { findingsOf, type CellInput } from './helpers';

const CHECKS = [capaianSalah, arahTurun, hitungSalah];

describe('conventions: capaian "tren negatif" T / R × 100', () => {
  const ROLES = ['indikator', 'arah', 'target', 'realisasi', 'capaian'] as const;
  it.each<[string, CellInput[], string[]]>([
    [
      'arah turun, capaian written T / R',
      ['Angka pengangguran terbuka', 'turun', 10, 8, 125],
      [
        'arah-turun@E2 info Capaian tertulis 125 memakai konvensi "tren negatif" target / realisasi × 100 ' +
          '(10 / 8 × 100 = 125); rumus arah turun (2 × target − realisasi) / target × 100 memberi 120',
      ],
    ],
    [
      'no arah stated, capaian written T / R (truncated)',
      ['Angka pengangguran terbuka', null, 10, 12, '83,33'],
      [
        'arah-turun@E2 info Capaian tertulis 83,33 memakai konvensi "tren negatif" target / realisasi × 100 ' +
          '(10 / 12 × 100 = 83,33); rumus arah turun (2 × target − realisasi) / target × 100 memberi 80; ' +
          'arah indikator tidak dinyatakan, dengan arah naik capaiannya 120',
      ],
    ],
    [
      'arah naik: T / R is an inverted division, an error',
      ['Jumlah UMKM binaan', 'naik', 10, 8, 125],
      ['capaian-salah@E2 error Capaian tertulis 125, seharusnya 80 (8 / 10 × 100)'],
    ],
    ['arah turun, the rule itself: nothing', ['Angka kemiskinan', 'turun', 10, 8, 120], []],
    [
      'arah turun, neither the rule nor the convention: an error',
      ['Angka kemiskinan', 'turun', 10, 8, 110],
      ['capaian-salah@E2 error Capaian tertulis 110, seharusnya 120 ((2 × 10 − 8) / 10 × 100)'],
    ],
    [
      'no arah, the rule for turun: arah-turun, not the convention',
      ['Angka kemiskinan', null, 10, 8, 120],
      [
        'arah-turun@E2 info Capaian tertulis 120 memakai rumus arah turun ((2 × 10 − 8) / 10 × 100 = 120); ' +
          'arah indikator tidak dinyatakan, dengan arah naik capaiannya 80. Isi kolom Arah bila memang turun',
      ],
    ],
    [
      'realisasi 0: no convention to try',
      ['Angka kematian ibu', 'turun', 10, 0, 150],
      ['capaian-salah@E2 error Capaian tertulis 150, seharusnya 200 ((2 × 10 − 0) / 10 × 100)'],
    ],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(CHECKS, [{ kind: 'capaian', roles: [...ROLES], rows: [row] }]);
    expect(findings.map((f) => `${f.rule}@${f.cell} ${f.severity} ${f.message}`)).toEqual(expected);
  });

  it('a "-" is never read as a convention (T / R near 0)', () => {
    const findings = findingsOf(CHECKS, [
      { kind: 'capaian', roles: [...ROLES], rows: [['A', null, 5.562684646268004e-307, 1, '-']] },
    ]);
    expect(findings.filter((f) => f.rule === 'arah-turun')).toEqual([]);
  });

  it('carries the rule value as expected and the stated one as actual', () => {
    const [finding] = findingsOf(arahTurun, [
      { kind: 'capaian', roles: [...ROLES], rows: [['Angka pengangguran', 'turun', 10, 8, 125]] },
    ]);
    expect(finding).toMatchObject({ severity: 'info', expected: 120, actual: 125 });
  });
});

describe('conventions: IKM weight 0,111 or 0,11 for 1/9', () => {
  const NRR = '(3,40 + 3,35 + 3,30 + 3,45 + 3,38 + 3,42 + 3,36 + 3,20 + 3,44)';
  it.each<[string, string, CellInput, string[]]>([
    ['written / 9, result with 0,111', `${NRR} / 9 × 25`, '84,08', []],
    ['written × 0,111, result with 1/9', `${NRR} × 0,111 × 25 = 84,17`, null, []],
    ['written × 1/9, result with 0,11 (truncated)', `${NRR} × 1/9 × 25`, '83,32', []],
    ['written × 0,111 and computed so: nothing', `${NRR} × 0,111 × 25`, '84,08', []],
    ['written / 9 and computed so: nothing', `${NRR} / 9 × 25`, '84,17', []],
    [
      'a result no weight gives: hitung-salah',
      `${NRR} / 9 × 25`,
      '85,5',
      [`hitung-salah@D2 error Penghitungan salah: ${NRR} / 9 × 25 = 84,167, bukan 85,5`],
    ],
    [
      'a mean of four quarters is no weight: hitung-salah as before',
      '(81,25+89,51+83,84+82,14)/4',
      '84,11',
      [
        'hitung-salah@D2 error Penghitungan salah: (81,25+89,51+83,84+82,14)/4 = 84,185, bukan 84,11',
      ],
    ],
  ])('%s', (_name, text, hasil, expected) => {
    const findings = findingsOf(CHECKS, [
      {
        kind: 'penghitungan',
        roles: ['indikator', 'formulasi', 'penghitungan', 'hasil'],
        rows: [['Indeks Kepuasan Masyarakat', 'Σ NRR × bobot × 25', text, hasil]],
      },
    ]);
    expect(findings.map((f) => `${f.rule}@${f.cell} ${f.severity} ${f.message}`)).toEqual(expected);
  });
});
