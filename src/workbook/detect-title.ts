/** The title above a table (`Tabel 3.1 …`, a form's merged title rows) and the year it names. */
import { lowerBound, type SheetGrid } from './detect-grid';
import { isNumberLike, textOf, yearsIn } from './detect-text';
import type { TableColumn, TableKind } from './table-types';

const MAX_TITLE_LINES = 4;
/** Rows above the header searched for title lines (blank rows between them allowed). */
const TITLE_REACH = 6;
const MAX_TITLE_TEXT = 300;

/**
 * Lines just above the header that hold one text each, top to bottom, joined with spaces;
 * never reaching into the table above (`floor` is its last row).
 */
export function titleAbove(grid: SheetGrid, top: number, floor: number): string | undefined {
  const lines: string[] = [];
  for (let i = lowerBound(grid.rows, top) - 1; i >= 0 && lines.length < MAX_TITLE_LINES; i--) {
    const row = grid.rows[i];
    if (row <= floor || row < top - TITLE_REACH) break;
    const cols = grid.cols(row);
    const value = grid.sheet.value(row, cols[0]);
    if (cols.length !== 1 || typeof value !== 'string' || isNumberLike(value)) break;
    const text = textOf(value);
    if (text.length > MAX_TITLE_TEXT) break;
    lines.unshift(text.replace(/\s+/g, ' '));
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/**
 * The year a table is about: `Tahun 2023` in its title, else the only year in its title, else
 * the only year its headers name (a multi-year table has none).
 */
export function tableYear(
  title: string | undefined,
  columns: TableColumn[],
  kind: TableKind,
): number | undefined {
  if (title) {
    const stated = /tahun\s+(?:anggaran\s+)?((?:19|20)\d\d)(?!\s*[-–]\s*(?:19|20)?\d\d)/i.exec(
      title,
    );
    if (stated) return Number(stated[1]);
    const years = new Set(yearsIn(title));
    if (years.size === 1 && kind !== 'multi-tahun') return [...years][0];
  }
  if (kind === 'multi-tahun') return undefined;
  const years = new Set(columns.map((column) => column.year).filter((year) => year !== undefined));
  return years.size === 1 ? [...years][0] : undefined;
}
