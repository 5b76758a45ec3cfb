import { rule } from '../../src/checks/angka-teks';
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

  it('reports one finding per cell, even where two tables cover it, and only in numeric columns', () => {
    const spec = {
      kind: 'capaian' as const,
      roles: ['indikator' as const, 'satuan' as const, 'target' as const],
      rows: [['12', '12', '12']],
    };
    const findings = findingsOf(rule, [spec, spec]);
    expect(findings.map((f) => f.cell)).toEqual(['C2']);
  });
});
