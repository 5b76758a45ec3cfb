import { rule } from '../../src/checks/angka-teks';
import type { Finding } from '../../src/checks/finding';
import { findingsOf, type CellInput } from './helpers';

describe('angka-teks', () => {
  it.each<[string, CellInput, string[]]>([
    ['decimal comma', '95,23', ['Angka disimpan sebagai teks: "95,23"']],
    ['with a percent sign', '93,54 %', ['Angka disimpan sebagai teks: "93,54 %"']],
    [
      'rupiah with grouping',
      'Rp. 2.486.022.481',
      ['Angka disimpan sebagai teks: "Rp. 2.486.022.481"'],
    ],
    ['a real number', 95.23, []],
    ['a percent cell', { value: 0.9523, numFmt: '0.00%' }, []],
    ['a dash (nil) is not a number', '-', []],
    ['N/A is not a number', 'N/A', []],
    ['empty', null, []],
    ['guessed grouping is angka-format, not angka-teks', '1923.283.100', []],
    ['unreadable text is angka-format', 'sembilan', []],
  ])('%s', (_name, value, messages) => {
    const findings = findingsOf(rule, [
      { kind: 'capaian', roles: ['indikator', 'target', 'realisasi'], rows: [['IKM', value, 1]] },
    ]);
    expect(findings.map((f) => f.message)).toEqual(messages);
    findings.forEach((f) => expect(f).toMatchObject({ severity: 'warning', cell: 'B2' }));
  });

  it('reports a cell once, even where two tables cover it, and only in numeric columns', () => {
    const spec = {
      kind: 'capaian' as const,
      roles: ['indikator' as const, 'satuan' as const, 'target' as const],
      rows: [['12', '12', '12']],
    };
    const findings = findingsOf(rule, [spec, spec]);
    expect(findings.map((f) => f.cell)).toEqual(['C2']);
  });

  // One finding per column of a table: an LRA exported with every zero typed as "0,00" holds
  // thousands of them (DOMAIN section 7: each is still counted, and the span shows where).
  it.each<[string, CellInput[], Partial<Finding>[]]>([
    [
      'one text among numbers: the single-cell finding',
      [1, '2,5', 3],
      [{ cell: 'B3', message: 'Angka disimpan sebagai teks: "2,5"', expected: 2.5, actual: '2,5' }],
    ],
    [
      'the same text throughout, numbers between: counted over its span',
      ['0,00', 7, '0,00', null, '0,00'],
      [
        {
          cell: 'B2',
          message: '3 angka disimpan sebagai teks di B2:B6, semuanya "0,00"',
          expected: 0,
          actual: '0,00',
        },
      ],
    ],
    [
      'a few different texts: all quoted, no single expected value',
      ['95,23', '93,65', '95,23'],
      [{ cell: 'B2', message: '3 angka disimpan sebagai teks di B2:B4: "95,23", "93,65"' }],
    ],
    [
      'many different texts: the first three quoted',
      ['1', '2', '3', '4'],
      [
        {
          cell: 'B2',
          message: '4 angka disimpan sebagai teks di B2:B5, antara lain "1", "2", "3"',
        },
      ],
    ],
    ['no text numbers', [1, 2, '-'], []],
  ])('%s', (_name, column, expected) => {
    const findings = findingsOf(rule, [
      { kind: 'capaian', roles: ['indikator', 'target'], rows: column.map((v) => ['IKM', v]) },
    ]);
    expect(findings).toEqual(
      expected.map((f) => ({ rule: 'angka-teks', severity: 'warning', sheet: 'Lembar1', ...f })),
    );
  });

  it('reports each column of each table apart', () => {
    const findings = findingsOf(rule, [
      { kind: 'capaian', roles: ['indikator', 'target', 'realisasi'], rows: [['A', '1', '2']] },
      { kind: 'capaian', top: 5, roles: ['indikator', 'target'], rows: [['B', '3']] },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual([
      'B2 Angka disimpan sebagai teks: "1"',
      'C2 Angka disimpan sebagai teks: "2"',
      'B6 Angka disimpan sebagai teks: "3"',
    ]);
  });
});
