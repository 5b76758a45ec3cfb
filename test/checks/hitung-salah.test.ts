import { rule } from '../../src/checks/hitung-salah';
import { findingsOf, type CellInput } from './helpers';

describe('hitung-salah', () => {
  it.each<[string, string, CellInput, string[]]>([
    [
      'Klakah IKM: the sum is 336,74 and 336,6 / 4 is 84,15',
      '(81,25+89,51+83,84+82,14)/4 = 336,6/4',
      '84,25',
      [
        'C2 Penghitungan salah: 81,25+89,51+83,84+82,14 = 336,74, bukan 336,6',
        'D2 Penghitungan salah: 336,6/4 = 84,15, bukan 84,25; hasil yang benar 84,185',
      ],
    ],
    [
      'the same slips with the result written in the text',
      '(81,25+89,51+83,84+82,14)/4 = 336,6/4 = 84,25',
      '84,25',
      [
        'C2 Penghitungan salah: 81,25+89,51+83,84+82,14 = 336,74, bukan 336,6',
        'C2 Penghitungan salah: 336,6/4 = 84,15, bukan 84,25; hasil yang benar 84,185',
      ],
    ],
    ['the correct mean', '(81,25+89,51+83,84+82,14)/4 = 336,74/4', '84,19', []],
    ['40 / 42 x 100 % truncated to 95,23 is accepted', '40 / 42 x 100 %', '95,23', []],
    ['a dot decimal in the text', '40 / 42 x 100 % = 95.23', null, []],
    ['× and : as operators', '36 : (12 × 3) × 100% = 100', '100 %', []],
    [
      'a wrong result',
      '40 / 42 x 100 %',
      '92,5',
      ['D2 Penghitungan salah: 40 / 42 x 100 % = 95,238, bukan 92,5'],
    ],
    ['a label step is skipped', 'Nilai IKM (Tw1 + Tw2) = (80 + 90) / 2', '85', []],
    ['words only: nothing to check', 'Survey kepuasan masyarakat (SKM)', '84,19', []],
    [
      'no hasil: the text steps alone',
      '36 / 36 x 100 % = 90',
      null,
      ['C2 Penghitungan salah: 36 / 36 x 100 % = 100, bukan 90'],
    ],
  ])('%s', (_name, text, hasil, expected) => {
    const findings = findingsOf(rule, [
      {
        kind: 'penghitungan',
        roles: ['indikator', 'formulasi', 'penghitungan', 'hasil'],
        rows: [['IKM', 'rumus', text, hasil]],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('carries the recomputed and the stated number', () => {
    const findings = findingsOf(rule, [
      {
        kind: 'penghitungan',
        roles: ['penghitungan', 'hasil'],
        rows: [['(81,25+89,51+83,84+82,14)/4 = 336,6/4', '84,25']],
      },
    ]);
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([
      [336.74, 336.6],
      [84.15, 84.25],
    ]);
  });
});
