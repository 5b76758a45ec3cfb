import { formatAngka } from '../core/angka';
import type { Check } from './check';
import { finding, stepped } from './check';
import { stepEach } from '../core/steps';
import { addedRows, partsOverlap, sumOf, type BudgetNode, type BudgetTable } from '../facts/budget';
import { agrees, cents } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { CellNumber } from '../workbook/cell-number';
import type { DetectedTable } from '../workbook/table-types';
import { budgetTables, shortHeader } from './tables';

export const rule: Check = stepped({
  id: 'jumlah-salah',
  title: 'Jumlah tidak sama dengan rinciannya',
  severity: 'error',
  description:
    'Jumlah program/kegiatan/sub kegiatan atau baris JUMLAH/TOTAL yang tidak sama dengan jumlah rinciannya, hanya bila hierarkinya pasti (kode, penomoran bertingkat A/I/1.1, atau baris JUMLAH tepat di bawah rinciannya); juga rumus SUM pada formulir Renja yang menjumlahkan sebuah baris beserta rinciannya sendiri menurut kode (terhitung dua kali).',
  *steps(context) {
    const sums = yield* stepEach(budgetTables(context), (budget) => [
      ...budget.nodes
        .filter((node) => node.certain && node.children.length > 0)
        .flatMap((node) => compare(context, budget, node.row, node.children, 'Jumlah')),
      ...budget.totals.flatMap((total) =>
        compare(context, budget, total.row, total.parts, 'Total'),
      ),
    ]);
    return sums.concat(doubleCountsOf(context).map((slip) => slip.finding));
  },
});

/** A double count on a Renja form: the SUM cell, what it states, and its right sum. */
export interface DoubleCount {
  table: DetectedTable;
  row: number;
  col: number;
  stated: CellNumber;
  /** The sum without the rows counted twice. */
  right: number;
  finding: Finding;
}

/** Every double count on the workbook's Renja forms (see `doubleCountsIn`), once per context. */
export function doubleCountsOf(context: CheckContext): DoubleCount[] {
  return context.shared(allDoubleCounts);
}

function allDoubleCounts(context: CheckContext): DoubleCount[] {
  return context.tables.flatMap((table) => doubleCountsIn(context, table));
}

/**
 * A sum on a Renja form that adds a row and, by the form's kode path, that row's own descendants
 * (`=SUM(R61:R63)` over kegiatan 61 and its sub kegiatan 62, 63): the descendants are counted
 * twice. Every Rp column is read, not only the budget's: a quarter's Rp is summed the same way.
 * Only where the kode path places the rows; a descendant whose amount is 0 changes nothing.
 */
function doubleCountsIn(context: CheckContext, table: DetectedTable): DoubleCount[] {
  const budget = context.facts.renjaBudget(table);
  if (budget?.source !== 'kode') return [];
  const descendants = new Map<number, Set<number>>();
  const below = (node: BudgetNode): number[] =>
    node.children.flatMap((child) => [child.row.row, ...below(child)]);
  for (const node of budget.nodes) descendants.set(node.row.row, new Set(below(node)));
  const sheet = budget.sheet;
  const rpColumns = table.columns.filter((column) => column.measure === 'Rp');
  return table.dataRows.flatMap((row) =>
    rpColumns.flatMap((column) => {
      const formula = sheet.getCell(row, column.col)?.formula;
      const added = addedRows(formula, column.col);
      if (formula === undefined || added === undefined || added.length < 2) return [];
      const holders = added.filter((r) => descendants.has(r));
      const twice = added.filter((r) => holders.some((h) => descendants.get(h)!.has(r)));
      if (twice.length === 0) return [];
      const amounts = added.map((r) => context.amount(sheet, r, column.col));
      // An unreadable addend leaves the right sum unknown (angka-format reports it).
      if (amounts.some((amount) => amount.value === null && !amount.empty)) return [];
      const stated = context.amount(sheet, row, column.col);
      if (stated.value === null) return [];
      const right = added.reduce(
        (sum, r, i) => (twice.includes(r) ? sum : sum + (amounts[i].value ?? 0)),
        0,
      );
      if (sameMoney(stated, right)) return [];
      const parents = holders.filter((h) => twice.some((r) => descendants.get(h)!.has(r)));
      const named = (r: number) => {
        const label = budget.nodes.find((node) => node.row.row === r)?.row.label;
        return label ? `baris ${r} (${label})` : `baris ${r}`;
      };
      const slip = finding(
        rule,
        context.at(sheet, row, column.col),
        `Rumus =${formula.replace(/^=/, '')} menjumlahkan ${parents.map(named).join(', ')} ` +
          `beserta rinciannya sendiri menurut kode (baris ${twice.join(', ')}), padahal ` +
          `rincian itu sudah termasuk di dalamnya: terhitung dua kali. Tertulis ${stated.shown}, ` +
          `seharusnya ${formatAngka(right, stated.decimals)}`,
        right,
        stated.value,
      );
      return [{ table, row, col: column.col, stated, right, finding: slip }];
    }),
  );
}

function compare(
  context: CheckContext,
  budget: BudgetTable,
  parent: BudgetNode['row'],
  parts: readonly BudgetNode[],
  what: string,
): Finding[] {
  return budget.amountColumns.flatMap((column, c) => {
    const stated = parent.amount(c);
    const summed = sumOf(parts, c);
    if (stated.value === null || summed === undefined) return [];
    const { sum, blank } = summed;
    if (sameMoney(stated, sum)) return [];
    // An empty part may hold what is missing; only a sum already past the total is certain.
    if (blank && sum < stated.value) return [];
    if (partsOverlap(stated.value, parts, c, sum)) return [];
    const shown = (node: BudgetNode): string => node.row.amount(c).shown || '0';
    const addends =
      parts.length <= 4
        ? parts.map(shown).join(' + ')
        : `jumlah ${parts.length} baris: ${shown(parts[0])} + … + ${shown(parts[parts.length - 1])}`;
    const total = formatAngka(sum, stated.decimals);
    // Never print two equal numbers as different.
    if (total === stated.shown) return [];
    return [
      finding(
        rule,
        context.at(budget.sheet, parent.row, column.col),
        // The slip may be in the total or in a part below it: name both, blame neither.
        `${what} ${shortHeader(column)} tertulis ${stated.shown}, tetapi rinciannya berjumlah ` +
          `${total} (${addends}); periksa angka ini atau rinciannya`,
        sum,
        stated.value,
      ),
    ];
  });
}

/** Money is equal when it rounds to the same cent, or to the decimals the stated cell shows. */
function sameMoney(stated: CellNumber, sum: number): boolean {
  if (stated.value !== null && cents(stated.value) === cents(sum)) return true;
  return agrees(stated, sum);
}
