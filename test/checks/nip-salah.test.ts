import { rule } from '../../src/checks/nip-salah';
import { runChecks } from '../../src/checks';
import { WorkbookFacts } from '../../src/facts/facts';
import { build, findingsOf, type CellInput } from './helpers';

describe('nip-salah', () => {
  it.each<[string, CellInput, string[]]>([
    ['a valid NIP in NAMA / NIP', 'AGUS PRASETYO, S.Pi, MP NIP. 19791016 199810 1 902', []],
    [
      'Klakah: 17 digits',
      'GITA PERMATASARI, S.P\nNIP. 19810804 200901 2 90',
      ['NIP 19810804 200901 2 90 salah: NIP berisi 17 digit, seharusnya 18'],
    ],
    [
      'impossible birth date',
      'X NIP: 19811304 200901 2 901',
      ['NIP 19811304 200901 2 901 salah: tanggal lahir 1981-13-04 (digit 1–8) tidak mungkin'],
    ],
    [
      'impossible sex digit',
      'X NIP 19810804 200901 3 901',
      ['NIP 19810804 200901 3 901 salah: digit jenis kelamin (ke-15) bernilai 3; harus 1 atau 2'],
    ],
    ['no NIP (non ASN)', 'NANDA PRATAMA', []],
  ])('%s', (_name, value, expected) => {
    const findings = findingsOf(rule, [
      {
        kind: 'sdm',
        roles: ['no', 'nama-nip', 'pangkat', 'golongan'],
        rows: [[1, value, 'Penata', 'III/c']],
      },
    ]);
    expect(findings.map((f) => f.message)).toEqual(expected);
    findings.forEach((f) => expect(f).toMatchObject({ severity: 'error', cell: 'B2' }));
  });

  it('reads a separate NIP column, and says a NIP stored as a number lost its last digits', () => {
    const findings = findingsOf(rule, [
      {
        kind: 'sdm',
        roles: ['nama', 'nip'],
        rows: [
          ['A', '19791016 199810 1 902'],
          ['B', 197910161998101900],
          ['C', "'1979101619981019"],
        ],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'B3 NIP 197910161998101900 disimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhirnya hilang; tulis NIP sebagai teks',
      "B4 NIP '1979101619981019 salah: NIP hanya boleh berisi angka",
    ]);
  });

  it('checks signature blocks outside tables', () => {
    const { model, tables } = build({
      kind: 'sdm',
      roles: ['nama-nip', 'pangkat'],
      rows: [['A NIP. 19791016 199810 1 902', 'Pembina']],
    });
    model.sheets[0].setCell(10, 5, { value: 'ARIEF MASHUDI' });
    model.sheets[0].setCell(11, 5, { value: 'NIP. 517003231998031911' });
    model.sheets[0].setCell(12, 5, { value: 'Nomor 065/2090/427.16/2023' });
    const findings = runChecks(new WorkbookFacts(model, tables), [rule]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'E11 NIP 517003231998031911 salah: tanggal lahir 5170-03-23 (digit 1–8) tidak mungkin',
    ]);
  });

  describe('NI PPPK (DOMAIN §7)', () => {
    const tmt00 = 'B2 NIP 19900215 202400 1 004 salah: TMT CPNS 2024-00 (digit 9–14) tidak mungkin';
    it.each<[string, CellInput[][], string[]]>([
      [
        'digits 13–14 over 12: an NI PPPK, never an impossible TMT',
        [['A', '19900215 202121 2 004', 'III/a', '']],
        [],
      ],
      [
        'a PPPK status column confirms a code that is no month',
        [['A', '19900215 202400 1 004', '', 'PPPK']],
        [],
      ],
      ['golongan IX confirms it', [['A', '19900215 202400 1 004', 'IX', '']], []],
      ['P3K written in the row', [['A', '19900215 202400 1 004', '', 'P3K']], []],
      [
        'negative: without confirmation, digits 13–14 up to 12 are a TMT CPNS',
        [['A', '19900215 202400 1 004', 'III/a', 'PNS']],
        [tmt00],
      ],
      [
        'negative: golongan IV is no sign of PPPK',
        [['A', '19900215 202400 1 004', 'IV', '']],
        [tmt00],
      ],
      [
        'negative: a PPPK birth date is still checked',
        [['A', '19901315 202121 2 004', 'IX', 'PPPK']],
        ['B2 NIP 19901315 202121 2 004 salah: tanggal lahir 1990-13-15 (digit 1–8) tidak mungkin'],
      ],
      [
        'negative: a PPPK sex digit is still checked',
        [['A', '19900215 202121 3 004', '', 'PPPK']],
        [
          'B2 NIP 19900215 202121 3 004 salah: digit jenis kelamin (ke-15) bernilai 3; harus 1 atau 2',
        ],
      ],
    ])('%s', (_name, rows, expected) => {
      const findings = findingsOf(rule, [
        { kind: 'sdm', roles: ['nama', 'nip', 'golongan', 'lain'], rows },
      ]);
      expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    });

    it('a section row PPPK confirms the rows under it, not those above', () => {
      const { model, tables } = build({
        kind: 'sdm',
        roles: ['nama', 'nip', 'golongan'],
        rows: [
          ['PNS', null, null],
          ['A', '19900215 202400 1 004', 'III/a'],
          ['PEGAWAI PPPK', null, null],
          ['B', '19900215 202400 1 004', ''],
        ],
      });
      tables[0].sectionRows = [2, 4];
      tables[0].dataRows = [3, 5];
      const findings = runChecks(new WorkbookFacts(model, tables), [rule]);
      expect(findings.map((f) => f.cell)).toEqual(['B3']);
    });
  });
});
