import { rule } from '../../src/checks/target-nol';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'target', 'realisasi', 'capaian'];

describe('target-nol', () => {
  it.each<[string, CellInput[], string[]]>([
    [
      'target 0',
      ['Pengaduan', 0, 3, 100],
      ['B2 Target 0 untuk "Pengaduan": capaian tidak dapat dihitung (#DIV/0!)'],
    ],
    [
      'target 0 written as text',
      ['Pengaduan', '0,00', 3, null],
      ['B2 Target 0 untuk "Pengaduan": capaian tidak dapat dihitung (#DIV/0!)'],
    ],
    [
      'target 0 and realisasi 0 still divides by zero',
      ['Pengaduan', 0, 0, 100],
      ['B2 Target 0 untuk "Pengaduan": capaian tidak dapat dihitung (#DIV/0!)'],
    ],
    [
      // Found by the checks fuzz test: 3 / 5e-324 overflows to Infinity.
      'a target too small to show reads 0, and divides like 0',
      ['Pengaduan', 5e-324, 3, 100],
      ['B2 Target 0 untuk "Pengaduan": capaian tidak dapat dihitung (#DIV/0!)'],
    ],
    ['a non-zero target', ['Pengaduan', 5, 3, 60], []],
    ['a dash target is nilai-kosong, not target-nol', ['Pengaduan', '-', 3, null], []],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(rule, [{ kind: 'capaian', roles: ROLES, rows: [row] }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
  });

  it('does not flag a target 0 where no capaian is computed', () => {
    expect(
      findingsOf(rule, [{ kind: 'pk', roles: ['indikator', 'target'], rows: [['Pengaduan', 0]] }]),
    ).toEqual([]);
  });
});
