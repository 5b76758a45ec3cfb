import { formatAngka } from '../core/angka';
import type { Check } from './check';
import { finding } from './check';
import { budgetTables, sumOf, type BudgetNode, type BudgetTable } from './budget';
import { agrees } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { shortHeader } from './tables';

export const rule: Check = {
  id: 'jumlah-salah',
  severity: 'error',
  description:
    'Jumlah program/kegiatan atau baris JUMLAH/TOTAL yang tidak sama dengan jumlah rinciannya (hierarki dari kode 3/5/6 bagian, teks PROGRAM, atau dari angkanya).',
  check(context) {
    return budgetTables(context).flatMap((budget) => {
      const findings: Finding[] = [];
      const visit = (node: BudgetNode): void => {
        if (node.children.length > 0)
          findings.push(...compare(context, budget, node.row, node.children, 'Jumlah'));
        node.children.forEach(visit);
      };
      budget.roots.forEach(visit);
      for (const total of budget.totals) {
        if (total.parts.length > 0)
          findings.push(...compare(context, budget, total.row, total.parts, 'Total'));
      }
      return findings;
    });
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
    const sum = sumOf(parts, c);
    if (stated.value === null || sum === undefined || agrees(stated, sum)) return [];
    const shown = (node: BudgetNode): string => node.row.amounts[c].shown || '0';
    const addends =
      parts.length <= 4
        ? parts.map(shown).join(' + ')
        : `jumlah ${parts.length} baris: ${shown(parts[0])} + … + ${shown(parts[parts.length - 1])}`;
    return [
      finding(
        rule,
        context.at(budget.sheet, parent.row, column.col),
        // The slip may be in the total or in a part below it: name both, blame neither.
        `${what} ${shortHeader(column)} tertulis ${stated.shown}, tetapi rinciannya berjumlah ` +
          `${formatAngka(sum)} (${addends}); periksa angka ini atau rinciannya`,
        sum,
        stated.value,
      ),
    ];
  });
}
