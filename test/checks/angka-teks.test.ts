import { rule } from '../../src/checks/angka-teks';
import type { CellFix, Finding } from '../../src/checks/finding';
import { findingsOf, type CellInput } from './helpers';

/** The fix of cell `cell` of the test sheet, which held the text `was`, writing `value`. */
const fixed = (cell: string, was: string, value: number, more: Partial<CellFix> = {}): CellFix =>
  ({ sheet: 'Lembar1', cell, was, value, ...more }) as CellFix;

describe('angka-teks', () => {
  it.each<[string, CellInput, string[], CellFix[] | undefined]>([
    [
      'decimal comma',
      '95,23',
      ['Angka disimpan sebagai teks: "95,23"; ketik 95,23 sebagai angka'],
      [fixed('B2', '95,23', 95.23)],
    ],
    [
      'with a percent sign: the number in percent units, as the column reads it',
      '93,54 %',
      ['Angka disimpan sebagai teks: "93,54 %"; ketik 93,54 sebagai angka'],
      [fixed('B2', '93,54 %', 93.54)],
    ],
    [
      'rupiah with grouping',
      'Rp. 2.486.022.481',
      ['Angka disimpan sebagai teks: "Rp. 2.486.022.481"; ketik 2.486.022.481 sebagai angka'],
      [fixed('B2', 'Rp. 2.486.022.481', 2486022481)],
    ],
    [
      'trailing zero decimals are not asked to be typed',
      '6.140.000,00',
      ['Angka disimpan sebagai teks: "6.140.000,00"; ketik 6.140.000 sebagai angka'],
      [fixed('B2', '6.140.000,00', 6140000)],
    ],
    [
      'a cell formatted as Text gets General, or the number typed stays text',
      { value: '95,23', numFmt: '@' },
      ['Angka disimpan sebagai teks: "95,23"; ketik 95,23 sebagai angka'],
      [fixed('B2', '95,23', 95.23, { numFmt: 'General' })],
    ],
    [
      'a cell formatted as percent gets the fraction, which it shows as 95,23 %',
      { value: '95,23', numFmt: '0.00%' },
      ['Angka disimpan sebagai teks: "95,23"; ketik 95,23 sebagai angka'],
      [fixed('B2', '95,23', 0.9523)],
    ],
    [
      'text a formula gives: no fix, which would delete the formula',
      { value: '95,23', formula: 'TEXT(A9,"0,00")' },
      [
        'Angka disimpan sebagai teks: "95,23"; teks ini hasil rumus: ubah rumusnya agar memberi 95,23 sebagai angka',
      ],
      undefined,
    ],
    ['a real number', 95.23, [], undefined],
    ['a percent cell', { value: 0.9523, numFmt: '0.00%' }, [], undefined],
    ['a dash (nil) is not a number', '-', [], undefined],
    ['N/A is not a number', 'N/A', [], undefined],
    ['empty', null, [], undefined],
    ['guessed grouping is angka-format, not angka-teks', '1923.283.100', [], undefined],
    ['unreadable text is angka-format', 'sembilan', [], undefined],
  ])('%s', (_name, value, messages, fix) => {
    const findings = findingsOf(rule, [
      { kind: 'capaian', roles: ['indikator', 'target', 'realisasi'], rows: [['IKM', value, 1]] },
    ]);
    expect(findings.map((f) => f.message)).toEqual(messages);
    findings.forEach((f) => expect(f).toMatchObject({ severity: 'warning', cell: 'B2' }));
    findings.forEach((f) => expect(f.fix).toEqual(fix));
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
      [
        {
          cell: 'B3',
          message: 'Angka disimpan sebagai teks: "2,5"; ketik 2,5 sebagai angka',
          expected: 2.5,
          actual: '2,5',
          fix: [fixed('B3', '2,5', 2.5)],
        },
      ],
    ],
    [
      'the same text throughout, numbers between: counted over its span, each text cell fixed',
      ['0,00', 7, '0,00', null, '0,00'],
      [
        {
          cell: 'B2',
          message: '3 angka disimpan sebagai teks di B2:B6, semuanya "0,00"; ketik 0 sebagai angka',
          expected: 0,
          actual: '0,00',
          fix: [fixed('B2', '0,00', 0), fixed('B4', '0,00', 0), fixed('B6', '0,00', 0)],
        },
      ],
    ],
    [
      'a few different texts: each with the number to type',
      ['95,23', '93,65', '95,23'],
      [
        {
          cell: 'B2',
          message:
            '3 angka disimpan sebagai teks di B2:B4; ketik sebagai angka: "95,23" → 95,23, "93,65" → 93,65',
          fix: [
            fixed('B2', '95,23', 95.23),
            fixed('B3', '93,65', 93.65),
            fixed('B4', '95,23', 95.23),
          ],
        },
      ],
    ],
    [
      'many different texts: the first three shown',
      ['1', '2', '3', '4'],
      [
        {
          cell: 'B2',
          message:
            '4 angka disimpan sebagai teks di B2:B5; ketik sebagai angka, antara lain "1" → 1, "2" → 2, "3" → 3',
          fix: [fixed('B2', '1', 1), fixed('B3', '2', 2), fixed('B4', '3', 3), fixed('B5', '4', 4)],
        },
      ],
    ],
    [
      'a formula among the texts: the others are fixed',
      ['1', { value: '2', formula: 'A3&""' }],
      [
        {
          cell: 'B2',
          message: '2 angka disimpan sebagai teks di B2:B3; ketik sebagai angka: "1" → 1, "2" → 2',
          fix: [fixed('B2', '1', 1)],
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
      'B2 Angka disimpan sebagai teks: "1"; ketik 1 sebagai angka',
      'C2 Angka disimpan sebagai teks: "2"; ketik 2 sebagai angka',
      'B6 Angka disimpan sebagai teks: "3"; ketik 3 sebagai angka',
    ]);
  });
});
