/**
 * The entity (program, sasaran, indikator …) a data row belongs to. Staff write a program's
 * name only in its first row, often merged down over the rows of its indicators: a row's entity
 * is its own text, else its merge's text, else that of the nearest data row above it, never
 * reaching back past a section row or out of the table.
 */
import { gridOf, lowerBound } from './detect-grid';
import { textOf } from './detect-text';
import type { Sheet } from './model';
import type { ColumnRole, DetectedTable } from './table-types';

/** The entity text of one data row for the column of that role; undefined if none. */
export function entityText(
  sheet: Sheet,
  table: DetectedTable,
  row: number,
  role: ColumnRole,
): string | undefined {
  const column = table.columns.find((candidate) => candidate.role === role);
  if (!column) return undefined;
  const grid = gridOf(sheet);
  const sections = table.sectionRows ?? [];
  const rows = table.dataRows;
  for (let i = lowerBound(rows, row); i >= 0 && i < rows.length && rows[i] <= row; i--) {
    const text = textOf(grid.shown(rows[i], column.col));
    if (text !== '') return text;
    if (i > 0 && lowerBound(sections, rows[i]) !== lowerBound(sections, rows[i - 1])) break;
  }
  return undefined;
}

/** The entity text of every data row (row → text), in one pass; rows without one are absent. */
export function entityTexts(
  sheet: Sheet,
  table: DetectedTable,
  role: ColumnRole,
): Map<number, string> {
  const out = new Map<number, string>();
  const column = table.columns.find((candidate) => candidate.role === role);
  if (!column) return out;
  const grid = gridOf(sheet);
  const sections = table.sectionRows ?? [];
  let current: string | undefined;
  let previous = -1;
  for (const row of table.dataRows) {
    if (previous >= 0 && lowerBound(sections, row) !== lowerBound(sections, previous))
      current = undefined;
    const text = textOf(grid.shown(row, column.col));
    if (text !== '') current = text;
    if (current !== undefined) out.set(row, current);
    previous = row;
  }
  return out;
}
