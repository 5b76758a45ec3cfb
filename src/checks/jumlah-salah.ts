import { formatAngka } from '../core/angka';
import type { Check } from './check';
import { finding } from './check';
import { partsOverlap, sumOf, type BudgetNode, type BudgetTable } from '../facts/budget';
import { agrees, cents } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { CellNumber } from '../workbook/cell-number';
import { budgetTables, shortHeader } from './tables';

export const rule: Check = {
  id: 'jumlah-salah',
  severity: 'error',
  description:
    'Jumlah program/kegiatan/sub kegiatan atau baris JUMLAH/TOTAL yang tidak sama dengan jumlah rinciannya, hanya bila hierarkinya pasti (kode, penomoran bertingkat A/I/1.1, atau baris JUMLAH tepat di bawah rinciannya).',
  check(context) {
    return budgetTables(context).flatMap((budget) => [
      ...budget.nodes
        .filter((node) => node.certain && node.children.length > 0)
        .flatMap((node) => compare(context, budget, node.row, node.children, 'Jumlah')),
      ...budget.totals.flatMap((total) =>
        compare(context, budget, total.row, total.parts, 'Total'),
      ),
    ]);
  },
};

function compare(
  context: CheckContext,
  budget: BudgetTable,
  parent: BudgetNode['row'],
  parts: BudgetNode[],
  what: string,
): Finding[] {
  return budget.amountColumns.flatMap((column, c) => {
    const stated = parent.amounts[c];
    const summed = sumOf(parts, c);
    if (stated.value === null || summed === undefined) return [];
    const { sum, blank } = summed;
    if (sameMoney(stated, sum)) return [];
    // An empty part may hold what is missing; only a sum already past the total is certain.
    if (blank && sum < stated.value) return [];
    if (partsOverlap(stated.value, parts, c, sum)) return [];
    const shown = (node: BudgetNode): string => node.row.amounts[c].shown || '0';
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
