/** Reading a budget table's hierarchy in tests. */
import type { BudgetTable } from '../../src/facts/budget';

/** Each line's parent row (0 for a root). */
export function parents(budget: BudgetTable): Record<number, number> {
  const out: Record<number, number> = {};
  for (const node of budget.nodes) out[node.row.row] ??= 0;
  for (const node of budget.nodes)
    for (const child of node.children) out[child.row.row] = node.row.row;
  return out;
}
