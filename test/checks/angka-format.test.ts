import { rule } from '../../src/checks/angka-format';
import { findingsOf, type CellInput } from './helpers';

describe('angka-format', () => {
  it.each<[string, CellInput, string[]]>([
    [
      'Klakah: malformed grouping read by guessing',
      '1923.283.100',
      ['Pengelompokan ribuan pada "1923.283.100" tidak baku; dibaca sebagai 1.923.283.100'],
    ],
    [
      'English grouping',
      '2,486,022,481',
      [
        '"2,486,022,481" memakai format Inggris (koma pemisah ribuan); dibaca sebagai 2.486.022.481',
      ],
    ],
    ['words', 'dua juta', ['Teks "dua juta" bukan angka']],
    ['irregular grouping', '1.23.456', ['Pengelompokan ribuan pada "1.23.456" tidak teratur']],
    ['a well written number', '2.486.022.481', []],
    ['a dash', '-', []],
    ['a real number', 231109200, []],
  ])('%s', (_name, value, messages) => {
    const findings = findingsOf(rule, [
      { kind: 'anggaran', roles: ['uraian', 'pagu'], rows: [['Program', value]] },
    ]);
    expect(findings.map((f) => f.message)).toEqual(messages);
    findings.forEach((f) =>
      expect(f).toMatchObject({ severity: 'error', cell: 'B2', actual: value }),
    );
  });

  it('ignores text outside numeric columns', () => {
    expect(
      findingsOf(rule, [
        { kind: 'anggaran', roles: ['uraian', 'keterangan'], rows: [['Program', 'Sumber DAU']] },
      ]),
    ).toEqual([]);
  });
});
