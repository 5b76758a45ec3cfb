/**
 * How the budget facts keep their rows (docs/decisions.md, performance): each row's readings in
 * its table's one list, leaves sharing one frozen empty children list. Whatever the hierarchy
 * source, every row must read its own amounts (a row without any, left out, shifts nothing) and
 * the nesting must be the one the source states.
 */
import type { BudgetTable } from '../../src/facts/budget';
import { WorkbookFacts } from '../../src/facts/facts';
import type { ColumnRole } from '../../src/workbook/table-types';
import { build, type CellInput } from '../checks/helpers';
import { parents } from '../support/budget';

function budgetOf(roles: ColumnRole[], rows: CellInput[][]): BudgetTable {
  const { model, tables } = build({ kind: 'anggaran', roles, rows });
  const [budget] = new WorkbookFacts(model, tables).budgets;
  return budget;
}

describe('budget facts', () => {
  it.each<[string, ColumnRole[], CellInput[][], string, Record<number, number>, number[][]]>([
    [
      'codes: a program, its kegiatan and sub kegiatan; a row without amounts between them',
      ['kode', 'uraian', 'pagu', 'realisasi-anggaran'],
      [
        ['7.01.01', 'PROGRAM PENUNJANG', 300, 250],
        ['7.01.01.2.06', 'Administrasi Umum', 100, 90],
        ['', 'indikator lain', null, null],
        ['7.01.01.2.06.01', 'Komponen Listrik', 100, 90],
        ['7.01.01.2.08', 'Jasa Penunjang', 200, 160],
      ],
      'kode',
      { 2: 0, 3: 2, 5: 3, 6: 2 },
      [
        [300, 250],
        [100, 90],
        [100, 90],
        [200, 160],
      ],
    ],
    [
      'outline numbering A / 1 / a, one amount column',
      ['no', 'uraian', 'pagu'],
      [
        ['A', 'Belanja Operasi', 30],
        ['1', 'Belanja Pegawai', 20],
        ['a', 'Gaji', 20],
        ['2', 'Belanja Barang', 10],
        ['B', 'Belanja Modal', 5],
      ],
      'penomoran',
      { 2: 0, 3: 2, 4: 3, 5: 2, 6: 0 },
      [[30], [20], [20], [10], [5]],
    ],
    [
      'the words PROGRAM / KEGIATAN, a JUMLAH row below them',
      ['uraian', 'pagu', 'realisasi-anggaran'],
      [
        ['PROGRAM A', 10, 8],
        ['KEGIATAN A.1', 10, 8],
        ['PROGRAM B', 4, null],
        ['JUMLAH', 14, 8],
      ],
      'label',
      { 2: 0, 3: 2, 4: 0 },
      [
        [10, 8],
        [10, 8],
        [4, Number.NaN],
      ],
    ],
    [
      'kode rekening under a sub kegiatan: nested by nearness, not by prefix',
      ['kode', 'uraian', 'pagu'],
      [
        ['7.01.01', 'PROGRAM', 50],
        ['7.01.01.2.06.01', 'Sub kegiatan', 50],
        ['5.1.02', 'Belanja Barang', 30],
        ['5.1.01', 'Belanja Pegawai', 20],
      ],
      'kode',
      { 2: 0, 3: 2, 4: 3, 5: 3 },
      [[50], [50], [30], [20]],
    ],
  ])('%s', (_name, roles, rows, source, expectedParents, amounts) => {
    const budget = budgetOf(roles, rows);
    expect(budget.source).toBe(source);
    expect(parents(budget)).toEqual(expectedParents);
    // Every row reads its own amounts, through the list and one by one (NaN: an empty cell).
    const read = budget.lines.map((line) => line.amounts.map((a) => a.value ?? Number.NaN));
    expect(read).toEqual(amounts);
    for (const line of budget.lines)
      line.amounts.forEach((amount, c) => expect(line.amount(c)).toBe(amount));
    // Leaves share one frozen empty list; a parent's list is its own.
    const leaves = budget.nodes.filter((node) => node.children.length === 0);
    expect(leaves.length).toBeGreaterThan(0);
    for (const leaf of leaves) {
      expect(leaf.children).toBe(leaves[0].children);
      expect(Object.isFrozen(leaf.children)).toBe(true);
    }
    for (const node of budget.nodes.filter((n) => n.children.length > 0))
      expect(Object.isFrozen(node.children)).toBe(false);
  });

  it('a total row reads its own amounts and totals the lines above it', () => {
    const budget = budgetOf(
      ['uraian', 'pagu', 'realisasi-anggaran'],
      [
        ['Belanja Pegawai', 10, 8],
        ['Belanja Barang', 4, 3],
        ['JUMLAH', 14, 11],
      ],
    );
    const [total] = budget.totals;
    expect(total.row.total).toBe('total');
    expect(total.row.amounts.map((a) => a.value)).toEqual([14, 11]);
    expect(total.row.amount(1).value).toBe(11);
    expect(total.parts.map((part) => part.row.row)).toEqual([2, 3]);
  });
});
