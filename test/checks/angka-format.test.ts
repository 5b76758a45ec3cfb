import { rule } from '../../src/checks/angka-format';
import { findingsOf, type CellInput } from './helpers';

const NO_PROPOSAL =
  '; bacaannya tidak pasti, jadi tidak ada usulan: periksa lalu ketik angka yang benar';

describe('angka-format', () => {
  it.each<[string, CellInput, string[], number | undefined]>([
    [
      'Klakah: malformed grouping read by guessing',
      '1923.283.100',
      [
        'Pengelompokan ribuan pada "1923.283.100" tidak baku; dibaca sebagai 1.923.283.100; bila benar, ketik 1.923.283.100 sebagai angka',
      ],
      1923283100,
    ],
    [
      'English grouping',
      '2,486,022,481',
      [
        '"2,486,022,481" memakai format Inggris (koma pemisah ribuan); dibaca sebagai 2.486.022.481; bila benar, ketik 2.486.022.481 sebagai angka',
      ],
      2486022481,
    ],
    [
      'one separator throughout with cents after the last: the last one is the decimal',
      '21,276,070,424,00',
      [
        'Pengelompokan ribuan pada "21,276,070,424,00" tidak teratur; kemungkinan 21.276.070.424 (dua angka terakhir adalah desimal); bila benar, ketik 21.276.070.424 sebagai angka',
      ],
      21276070424,
    ],
    [
      'the same with dots and real cents',
      '1.554.001.45',
      [
        'Pengelompokan ribuan pada "1.554.001.45" tidak teratur; kemungkinan 1.554.001,45 (dua angka terakhir adalah desimal); bila benar, ketik 1.554.001,45 sebagai angka',
      ],
      1554001.45,
    ],
    [
      'one digit after the last separator: a digit missing or a decimal, no proposal',
      '1,234,5',
      [`Pengelompokan ribuan pada "1,234,5" tidak teratur${NO_PROPOSAL}`],
      undefined,
    ],
    [
      'irregular grouping',
      '1.23.456',
      [`Pengelompokan ribuan pada "1.23.456" tidak teratur${NO_PROPOSAL}`],
      undefined,
    ],
    [
      'separators mixed',
      '1.234,567.8',
      [`Pemisah titik dan koma pada "1.234,567.8" tidak dapat dibaca${NO_PROPOSAL}`],
      undefined,
    ],
    ['words', 'dua juta', [`Teks "dua juta" bukan angka${NO_PROPOSAL}`], undefined],
    ['a well written number', '2.486.022.481', [], undefined],
    ['a dash', '-', [], undefined],
    ['a real number', 231109200, [], undefined],
  ])('%s', (_name, value, messages, fixedTo) => {
    const findings = findingsOf(rule, [
      { kind: 'anggaran', roles: ['uraian', 'pagu'], rows: [['Program', value]] },
    ]);
    expect(findings.map((f) => f.message)).toEqual(messages);
    findings.forEach((f) =>
      expect(f).toMatchObject({ severity: 'error', cell: 'B2', actual: value }),
    );
    findings.forEach((f) =>
      expect(f.fix).toEqual(
        fixedTo === undefined
          ? undefined
          : [{ sheet: 'Lembar1', cell: 'B2', was: String(value), value: fixedTo }],
      ),
    );
    findings.forEach((f) => expect(f.expected).toBe(fixedTo));
  });

  it('proposes no number for a formula: writing it would delete the formula', () => {
    const [finding] = findingsOf(rule, [
      {
        kind: 'anggaran',
        roles: ['uraian', 'pagu'],
        rows: [['Program', { value: '2,486,022,481', formula: 'A9&""' }]],
      },
    ]);
    expect(finding.message).toContain('ketik 2.486.022.481 sebagai angka');
    expect(finding.fix).toBeUndefined();
  });

  it('ignores text outside numeric columns', () => {
    expect(
      findingsOf(rule, [
        { kind: 'anggaran', roles: ['uraian', 'keterangan'], rows: [['Program', 'Sumber DAU']] },
      ]),
    ).toEqual([]);
  });
});
