import { rule } from '../../src/checks/nilai-kosong';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'target', 'realisasi', 'capaian'];

describe('nilai-kosong', () => {
  it.each<[string, CellInput[], string[]]>([
    ['complete row', ['IKM', 90, 84.19, 93.54], []],
    [
      'no target',
      ['IKM', null, 84.19, 93.54],
      ['B2 Target kosong indikator "IKM": capaian tidak dapat dihitung'],
    ],
    [
      'no realisasi',
      ['IKM', 90, null, null],
      ['C2 Realisasi kosong indikator "IKM": capaian tidak dapat dihitung'],
    ],
    [
      'a dash is no value',
      ['IKM', 90, '-', null],
      ['C2 Realisasi kosong indikator "IKM": capaian tidak dapat dihitung'],
    ],
    [
      'N/A is no value',
      ['IKM', 'N/A', 84, null],
      ['B2 Target kosong indikator "IKM": capaian tidak dapat dihitung'],
    ],
    ['unreadable text is left to angka-format', ['IKM', 'sembilan puluh', 84, null], []],
    ['an Excel error is left to sel-error', ['IKM', { value: null, error: '#REF!' }, 84, null], []],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(rule, [{ kind: 'capaian', roles: ROLES, rows: [row] }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('does not ask for realisasi in a table that computes no capaian (a PK)', () => {
    expect(
      findingsOf(rule, [{ kind: 'pk', roles: ['indikator', 'target'], rows: [['IKM', null]] }]),
    ).toEqual([]);
  });
});
