/** Excel Tables (ListObjects): their range and header row are taken as they are. */
import type { SheetGrid } from './detect-grid';
import {
  addColumn,
  looksLikeHeaderRow,
  type HeaderBlock,
  type HeaderColumns,
} from './detect-header';
import { textOf } from './detect-text';
import type { ExcelTable } from './model';

/**
 * The header of an Excel Table as a one-row header block; undefined without a header row. A table
 * said to have none whose top row reads as a header has one: readers lose the attribute when the
 * file leaves it at its default.
 */
export function excelTableHeader(grid: SheetGrid, table: ExcelTable): HeaderBlock | undefined {
  const { top, left, right } = table.range;
  if (right < left || right - left > 16384) return undefined;
  if (!table.hasHeaderRow && !looksLikeHeaderRow(grid, top, left, right)) return undefined;
  const header: HeaderColumns = { columns: [], why: [] };
  for (let col = left; col <= right; col++) {
    const text = textOf(grid.sheet.value(top, col));
    if (text !== '') addColumn(header, col, [text]);
  }
  return { top, bottom: top, left, right, ...header };
}
