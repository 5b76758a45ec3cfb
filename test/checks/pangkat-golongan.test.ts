import { rule } from '../../src/checks/pangkat-golongan';
import { findingsOf } from './helpers';

describe('pangkat-golongan', () => {
  it.each<[string, string, string, string[]]>([
    [
      'Klakah: Pengatur Muda with II/b',
      'Pengatur Muda',
      'II/b',
      [
        'C2 Pangkat "Pengatur Muda" tidak sesuai golongan II/b (seharusnya Pengatur Muda Tingkat I)',
      ],
    ],
    ['Tk. abbreviates Tingkat', 'Penata Tk. I', 'III/d', []],
    ['golongan letters are case-insensitive', 'Penata', 'III/C', []],
    ['Pembina Tingkat I', 'Pembina Tingkat I', 'IV/b', []],
    [
      'wrong rank',
      'Penata',
      'III/d',
      ['C2 Pangkat "Penata" tidak sesuai golongan III/d (seharusnya Penata Tingkat I)'],
    ],
    ['non ASN: N/A', 'N/A', 'N/A', []],
  ])('%s', (_name, pangkat, golongan, expected) => {
    const findings = findingsOf(rule, [
      {
        kind: 'sdm',
        roles: ['no', 'nama-nip', 'pangkat', 'golongan'],
        rows: [[1, 'X', pangkat, golongan]],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f).toMatchObject({ severity: 'error', actual: pangkat }));
  });

  it('reads the golongan written beside the pangkat when there is no Gol column', () => {
    const findings = findingsOf(rule, [
      {
        kind: 'sdm',
        roles: ['nama', 'pangkat'],
        rows: [
          ['A', 'Penata Muda (III/b)'],
          ['B', 'Penata Muda Tingkat I (III/b)'],
        ],
      },
    ]);
    expect(findings.map((f) => f.cell)).toEqual(['B2']);
  });
});
