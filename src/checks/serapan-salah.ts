import { formatAngka } from '../core/angka';
import { serapan } from '../core/capaian';
import { toA1 } from '../workbook/model';
import type { DetectedTable, TableColumn } from '../workbook/table-types';
import type { Check } from './check';
import { finding, stepped } from './check';
import { stepEach } from '../core/steps';
import { budgetTables } from './tables';
import type { BudgetNode, BudgetTable } from '../facts/budget';
import { actualOf, agrees, cents, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';

export const rule: Check = stepped({
  id: 'serapan-salah',
  title: 'Serapan anggaran salah',
  severity: 'error',
  description:
    'Serapan tertulis tidak sama dengan realisasi / pagu × 100, atau realisasi anggaran melebihi pagu (pada formulir Renja: realisasi Rp tahun berjalan melebihi target Renja Rp).',
  // A step for each of a table's three readings (over pagu, over a Renja form's pagu, serapan):
  // each walks all its rows.
  steps: (context) =>
    stepEach(
      context.tables.flatMap((table) =>
        [overPagu, overRenjaPagu, wrongSerapan].map((part) => () => part(context, table)),
      ),
      (part) => part(),
    ),
});

/** The nearest column of `role` left of `column`: a table may hold several pagu / realisasi pairs. */
function nearestLeft(
  table: DetectedTable,
  column: TableColumn,
  role: TableColumn['role'],
): TableColumn | undefined {
  return table.columns.filter((c) => c.role === role && c.col < column.col).pop();
}

/**
 * Each realisasi against the pagu beside it, where both are of the same year; reported once,
 * where it starts: a parent whose excess only carries up that of a row below it gets none.
 */
function overPagu(context: CheckContext, table: DetectedTable): Finding[] {
  const sheet = context.sheet(table.sheet);
  const budget = budgetTables(context).find((candidate) => candidate.table === table);
  return table.columns
    .filter((c) => c.role === 'realisasi-anggaran')
    .flatMap((realisasi) => {
      const pagu = nearestLeft(table, realisasi, 'pagu');
      if (!pagu || pagu.year !== realisasi.year) return [];
      const excessOf = (row: number): number | undefined => {
        const p = context.amount(sheet, row, pagu.col).value;
        const r = context.amount(sheet, row, realisasi.col).value;
        return p === null || r === null || r <= p + 0.005 ? undefined : r - p;
      };
      const inherited = inheritedRows(budget, table.dataRows, excessOf);
      return table.dataRows.flatMap((row) => {
        const excess = excessOf(row);
        if (excess === undefined || inherited.has(row)) return [];
        const p = context.amount(sheet, row, pagu.col);
        const r = context.amount(sheet, row, realisasi.col);
        return [
          finding(
            rule,
            context.at(sheet, row, realisasi.col),
            `Realisasi anggaran ${r.shown} melebihi pagu ${p.shown} (selisih ${formatAngka(excess)})`,
            p.value ?? undefined,
            r.value ?? undefined,
          ),
        ];
      });
    });
}

/**
 * On a Renja form, the year's realisasi Rp (the sum of the Rp quarters) against the year's Renja
 * target Rp, its pagu; the Renstra pagu of the whole period is another year's and is left out.
 * Once per row, where the excess starts.
 */
function overRenjaPagu(context: CheckContext, table: DetectedTable): Finding[] {
  const form = context.facts.renjaForm(table)?.aggregates.Rp;
  if (!form || form.target === undefined) return [];
  const { year, target } = form;
  const sheet = context.sheet(table.sheet);
  const excessOf = (row: number): number | undefined => {
    const p = context.amount(sheet, row, target).value;
    const r = context.amount(sheet, row, year).value;
    return p === null || r === null || r <= p + 0.005 ? undefined : r - p;
  };
  const inherited = inheritedRows(undefined, table.dataRows, excessOf);
  return table.dataRows.flatMap((row) => {
    const excess = excessOf(row);
    if (excess === undefined || inherited.has(row)) return [];
    const p = context.amount(sheet, row, target);
    const r = context.amount(sheet, row, year);
    return [
      finding(
        rule,
        context.at(sheet, row, year),
        `Realisasi anggaran tahun berjalan ${r.shown} melebihi pagu Renja ${p.shown} (${toA1(row, target)}; selisih ${formatAngka(excess)})`,
        p.value ?? undefined,
        r.value ?? undefined,
      ),
    ];
  });
}

/**
 * Rows over pagu only because a row below is: parents (in the budget hierarchy) with a
 * descendant over pagu; without a hierarchy, rows followed by one with the same excess.
 */
function inheritedRows(
  budget: BudgetTable | undefined,
  rows: readonly number[],
  excessOf: (row: number) => number | undefined,
): Set<number> {
  const inherited = new Set<number>();
  if (budget && budget.source !== 'none') {
    // Each node's answer once: asked again down every ancestor's subtree, it was quadratic in
    // the depth of the hierarchy.
    const answers = new Map<BudgetNode, boolean>();
    const over = (node: BudgetNode): boolean => {
      let answer = answers.get(node);
      if (answer === undefined) {
        answer = node.children.some(
          (child) => excessOf(child.row.row) !== undefined || over(child),
        );
        answers.set(node, answer);
      }
      return answer;
    };
    for (const node of budget.nodes) if (over(node)) inherited.add(node.row.row);
    return inherited;
  }
  const seen = new Set<number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const excess = excessOf(rows[i]);
    if (excess === undefined) continue;
    if (seen.has(cents(excess))) inherited.add(rows[i]);
    seen.add(cents(excess));
  }
  return inherited;
}

/** Each serapan against the realisasi and pagu nearest to its left. */
function wrongSerapan(context: CheckContext, table: DetectedTable): Finding[] {
  const sheet = context.sheet(table.sheet);
  return table.columns
    .filter((c) => c.role === 'serapan')
    .flatMap((stated) => {
      const pagu = nearestLeft(table, stated, 'pagu');
      const realisasi = nearestLeft(table, stated, 'realisasi-anggaran');
      if (!pagu || !realisasi) return [];
      return table.dataRows.flatMap((row) => {
        const p = context.amount(sheet, row, pagu.col);
        const r = context.amount(sheet, row, realisasi.col);
        const s = context.number(sheet, row, stated.col);
        if (p.value === null || p.value === 0 || r.value === null || (s.value === null && !s.nil))
          return [];
        const computed = serapan(p.value, r.value);
        if (agrees(s, computed, context.toleransi)) return [];
        const decimals = Math.max(2, s.decimals);
        return [
          finding(
            rule,
            context.at(sheet, row, stated.col),
            `Serapan tertulis ${s.shown}, seharusnya ${shownNumber(computed, decimals)} (${r.shown} / ${p.shown} × 100)`,
            expectedNumber(computed, decimals),
            actualOf(s),
          ),
        ];
      });
    });
}
