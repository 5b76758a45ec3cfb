/**
 * The budget of a Renja form (issue 18): pagu and realisasi are the year's Rp columns the
 * numbering row's equations name, and the rows nest by what the form states — its formulas
 * where it has no Kode columns. A row without a name either repeats another row's Rp, totals the
 * rows its formulas add, or is a part; where the formulas make no tree, nothing is nested.
 */
import type { BudgetTable } from '../../src/facts/budget';
import { WorkbookFacts } from '../../src/facts/facts';
import { detectTables } from '../../src/workbook/detect';
import { BUDGET_FORM as FORM, formRow, officialE81 } from '../support/e81-official';
import { modelOf, type CellInput } from '../support/sheets';
import { parents } from '../support/budget';

function budgetOf(rows: CellInput[][]): BudgetTable {
  const model = modelOf(officialE81(rows));
  const budget = new WorkbookFacts(model, detectTables(model)).formBudget;
  if (!budget) throw new Error('no form budget');
  return budget;
}

test("pagu is the year's target Renja Rp (7), realisasi the year's realisasi Rp (12)", () => {
  const budget = budgetOf(FORM);
  // J = (7) Rp, T = (12) Rp = 8+9+10+11; never (5) Renstra Rp (F) nor (6) last year's Rp (H).
  expect(budget.amountColumns.map((column) => [column.col, column.role])).toEqual([
    [10, 'pagu'],
    [20, 'realisasi-anggaran'],
  ]);
  expect(budget.whole).toEqual({ pagu: [0], realisasi: [1] });
  expect(budget.nodes[0].row.amounts.map((amount) => amount.value)).toEqual([300, 150]);
});

test('the rows nest by what their formulas add; a repeated Rp and the total are no parts', () => {
  const budget = budgetOf(FORM);
  expect(budget.source).toBe('rumus');
  expect(parents(budget)).toEqual({
    5: 0,
    6: 5,
    7: 6,
    8: 6,
    9: 5,
    // A row of zeros the sum leaves out is one of its kegiatan's rows: it adds nothing.
    10: 9,
    11: 9,
    13: 0,
  });
  // Row 12 only links row 9's Rp for one more indicator: neither a line nor a total.
  expect(budget.lines.map((line) => line.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 13]);
  expect(budget.totals.map((t) => [t.row.row, t.parts.map((part) => part.row.row)])).toEqual([
    [14, [5, 13]],
  ]);
  expect(budget.nodes.filter((node) => node.partsStated).map((node) => node.row.row)).toEqual([
    5, 6, 9,
  ]);
});

/** Each case changes FORM's rows (0-based) and says which hierarchy remains. */
describe.each<{ name: string; change: Partial<Record<number, CellInput[]>>; source: string }>([
  {
    name: 'a row added by two rows (the program adds a sub kegiatan too)',
    change: { 0: formRow(1, 'Layanan Administrasi', 'Indeks', ['J6+J7+J9', 360], ['T6+T9', 150]) },
    source: 'none',
  },
  {
    name: 'pagu and realisasi adding other rows',
    change: { 1: formRow(2, 'Perencanaan', 'Dokumen', ['SUM(J7:J8)', 100], ['SUM(T7:T7)', 30]) },
    source: 'none',
  },
  {
    name: 'a parent below the rows it adds',
    change: {
      1: formRow(2, 'Penyusunan Renja', 'Dokumen Renja', 60, 30),
      3: formRow(4, 'Perencanaan', 'Dokumen', ['SUM(J6:J7)', 100], ['SUM(T6:T7)', 50]),
    },
    source: 'none',
  },
  {
    name: 'a kegiatan whose realisasi is typed while its pagu adds its rows',
    change: { 1: formRow(2, 'Perencanaan', 'Dokumen perencanaan', ['SUM(J7:J8)', 100], 50) },
    source: 'rumus',
  },
  {
    name: 'the words PROGRAM / KEGIATAN where no formula adds rows',
    change: {
      0: formRow(1, 'Program Layanan Administrasi', 'Indeks', 300, 150),
      1: formRow(2, 'Kegiatan Perencanaan', 'Dokumen', 100, 50),
      4: formRow(5, 'Kegiatan Keuangan', 'Laporan', 200, 100),
      8: formRow(8, 'Program Pengembangan SDM', 'ASN dilatih', 50, 10),
      9: formRow(null, null, null, 350, 160),
    },
    source: 'label',
  },
])('$name', ({ change, source }) => {
  test(`hierarchy: ${source}`, () => {
    const rows = FORM.map((row, i) => change[i] ?? row);
    const budget = budgetOf(rows);
    expect(budget.source).toBe(source);
    if (source === 'none')
      expect(budget.nodes.every((node) => node.children.length === 0)).toBe(true);
  });
});
