/** Excel Tables (ListObjects): their range and header row are taken as they are. */
import type { SheetGrid } from './detect-grid';
import { meaningOf } from './detect-header-words';
import { looksLikeHeaderRow, type HeaderBlock } from './detect-header';
import { textOf, yearsIn } from './detect-text';
import type { ExcelTable } from './model';
import type { TableColumn } from './table-types';

/**
 * The header of an Excel Table as a one-row header block; undefined without a header row. A table
 * said to have none whose top row reads as a header has one: readers lose the attribute when the
 * file leaves it at its default.
 */
export function excelTableHeader(grid: SheetGrid, table: ExcelTable): HeaderBlock | undefined {
  const { top, left, right } = table.range;
  if (right < left || right - left > 16384) return undefined;
  if (!table.hasHeaderRow && !looksLikeHeaderRow(grid, top, left, right)) return undefined;
  const columns: TableColumn[] = [];
  for (let col = left; col <= right; col++) {
    const header = textOf(grid.sheet.value(top, col));
    if (header === '') continue;
    const meaning = meaningOf([header]);
    const column: TableColumn = { col, role: meaning.role, header };
    const years = yearsIn(header);
    if (years.length > 0) column.year = years[years.length - 1];
    if (meaning.unit !== undefined) column.unit = meaning.unit;
    columns.push(column);
  }
  return { top, bottom: top, left, right, columns };
}
