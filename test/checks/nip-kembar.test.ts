import { rule } from '../../src/checks/nip-kembar';
import { findingsOf } from './helpers';

describe('nip-kembar', () => {
  it.each<[string, string[], string[]]>([
    [
      'Klakah: two people with one NIP',
      ['LINA MARLINA NIP. 19720929 200701 2 910', 'MUHAMMAD RIZKI NIP. 19720929 200701 2 910'],
      [
        'B3 NIP 19720929 200701 2 910 milik MUHAMMAD RIZKI juga dipakai oleh LINA MARLINA (Lembar1!B2)',
      ],
    ],
    [
      'spaces do not matter',
      ['LINA NIP. 19720929 200701 2 910', 'RIZKI NIP. 197209292007012910'],
      ['B3 NIP 197209292007012910 milik RIZKI juga dipakai oleh LINA (Lembar1!B2)'],
    ],
    [
      'the same person twice (titles aside) is no duplicate',
      ['Lina Marlina, S.E. NIP. 19720929 200701 2 910', 'LINA MARLINA NIP. 19720929 200701 2 910'],
      [],
    ],
    ['different NIPs', ['A NIP. 19720929 200701 2 910', 'B NIP. 19720929 200701 2 911'], []],
  ])('%s', (_name, cells, expected) => {
    const findings = findingsOf(rule, [
      { kind: 'sdm', roles: ['no', 'nama-nip'], rows: cells.map((cell, i) => [i + 1, cell]) },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });
});
