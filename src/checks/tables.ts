/** Looking up columns of a detected table and walking its numeric cells. */
import { CELLS_PER_STEP, type Steps } from '../core/steps';
import type { Sheet } from '../workbook/model';
import { NUMERIC_ROLES } from '../workbook/table-types';
import type { ColumnRole, DetectedTable, TableColumn } from '../workbook/table-types';
import type { CheckContext } from './context';
import type { CellNumber } from '../workbook/cell-number';
import type { BudgetTable } from '../facts/budget';

/** The workbook's budget tables with their hierarchy, built once per validation. */
export function budgetTables(context: CheckContext): BudgetTable[] {
  return context.facts.budgets;
}

export function columnOf(table: DetectedTable, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((column) => column.role === role);
}

/**
 * A column of numbers: by its role, or on a Renja form by its measure (K, Rp), whatever role the
 * equations left it (the carried (5) of Tabel 2.2 is no operand, yet holds numbers).
 */
function isNumericColumn(table: DetectedTable, column: TableColumn): boolean {
  if (NUMERIC_ROLES.has(column.role)) return true;
  return table.kind === 'renja' && column.role !== 'satuan' && column.measure !== undefined;
}

/**
 * Calls `visit` on every data cell of a numeric column, table by table and row by row, each cell
 * once even where tables overlap. A visitor rather than a list: a large workbook has hundreds of
 * thousands of them; in steps of about CELLS_PER_STEP cells.
 */
export function* forEachNumericCell(
  context: CheckContext,
  visit: (
    sheet: Sheet,
    row: number,
    col: number,
    reading: CellNumber,
    table: DetectedTable,
  ) => void,
): Steps<void> {
  const overlapping = overlappingTables(context.tables);
  // Only tables that overlap another need to remember the cells walked.
  const walked = new Map<string, Set<number>>();
  let visited = 0;
  for (const table of context.tables) {
    const sheet = context.sheet(table.sheet);
    const cols = table.columns.filter((c) => isNumericColumn(table, c)).map((c) => c.col);
    let seen: Set<number> | undefined;
    if (overlapping.has(table)) {
      seen = walked.get(table.sheet) ?? new Set<number>();
      walked.set(table.sheet, seen);
    }
    // Indexed loops: hundreds of thousands of cells, no iterator step for each.
    const rows = table.dataRows;
    for (let r = 0; r < rows.length; r++) {
      if (visited >= CELLS_PER_STEP) {
        visited = 0;
        yield;
      }
      visited += cols.length;
      const row = rows[r];
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c];
        if (seen) {
          const key = row * 16384 + col;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        visit(sheet, row, col, context.number(sheet, row, col), table);
      }
    }
  }
}

function overlappingTables(tables: readonly DetectedTable[]): Set<DetectedTable> {
  const result = new Set<DetectedTable>();
  tables.forEach((a, i) =>
    tables.slice(i + 1).forEach((b) => {
      const { range: r, sheet } = a;
      const { range: s } = b;
      if (
        sheet === b.sheet &&
        r.top <= s.bottom &&
        s.top <= r.bottom &&
        r.left <= s.right &&
        s.left <= r.right
      ) {
        result.add(a).add(b);
      }
    }),
  );
  return result;
}

/** The last part of a column's header (`Anggaran / Pagu` → `Pagu`), for messages. */
export function shortHeader(column: TableColumn): string {
  const parts = column.header.split(' / ');
  return parts[parts.length - 1].trim() || column.header;
}
