/**
 * The rows of a table under its header: data rows, section rows (`TUJUAN`, `NON ASN`), and
 * headers repeated mid-table (pasted from Word across page breaks), which are skipped. The table
 * ends at two empty rows, a `Tabel …` title, or the header of another table.
 */
import { ROWS_PER_STEP, stepDue, type Steps } from '../core/steps';
import { lowerBound, type SheetGrid } from './detect-grid';
import type { HeaderBlock } from './detect-header';
import { colsIn } from './detect-header';
import { isNumberingRow } from './detect-numbering';
import { normalize } from './detect-rules/lexicon';
import { isNumberLike, textOf } from './detect-text';
import type { ColumnRole, TableColumn } from './table-types';

export interface TableBody {
  dataRows: number[];
  sectionRows: number[];
  /** Last row belonging to the table (at least the header's last row). */
  bottom: number;
}

/** Rows of a section label: a single text cell in one of these columns, or merged across. */
const SECTION_ROLES = new Set<ColumnRole>([
  'no',
  'tujuan',
  'sasaran',
  'program',
  'uraian',
  'kode',
  'nama',
  'nama-nip',
  'lain',
]);
const MAX_EMPTY_ROWS = 1;

export interface BodyScan {
  grid: SheetGrid;
  block: HeaderBlock;
  columns: TableColumn[];
  /** First row after the header, numbering and unit rows. */
  firstRow: number;
  /** Does a recognised table of another header start at this row? */
  startsOtherTable: (row: number) => boolean;
  /** An Excel Table's last row: the body is exactly the rows up to it, empty rows or not. */
  lastRow?: number;
}

/** The body under a header, in steps of rows. */
export function* scanBody(scan: BodyScan): Steps<TableBody> {
  const { grid, block, columns, firstRow, startsOtherTable, lastRow } = scan;
  const { left, right } = block;
  const roleAt = new Map(columns.map((column) => [column.col, column.role]));
  const headerKey = rowKey(grid, block.top, left, right);
  const isRepeat = repeatTest(grid, block, headerKey);
  const body: TableBody = { dataRows: [], sectionRows: [], bottom: firstRow - 1 };
  let last = firstRow - 1;
  let skipUntil = 0;
  const first = lowerBound(grid.rows, firstRow);
  for (let i = first; i < grid.rows.length; i++) {
    if (stepDue(i - first, ROWS_PER_STEP)) yield;
    const row = grid.rows[i];
    const cols = colsIn(grid, row, left, right);
    if (lastRow !== undefined && row > lastRow) break;
    if (cols.length === 0) continue;
    if (lastRow === undefined && row - last - 1 > MAX_EMPTY_ROWS) break;
    last = row;
    if (row <= skipUntil) continue;
    if (isTitle(textOf(grid.sheet.value(row, cols[0])))) break;
    if (isRepeat(row, cols)) {
      // A repeated header: skip it with its sub-header rows and a numbering row under it.
      skipUntil = row + (block.bottom - block.top);
      const next = row + block.bottom - block.top + 1;
      const nextValues = colsIn(grid, next, left, right).map((col) => grid.sheet.value(next, col));
      if (isNumberingRow(nextValues)) skipUntil = next;
      continue;
    }
    if (startsOtherTable(row)) break;
    if (isSectionRow(grid, row, cols, roleAt)) body.sectionRows.push(row);
    else body.dataRows.push(row);
    body.bottom = row;
  }
  return body;
}

function isTitle(text: string): boolean {
  return /^tabel\s*\.?\s*\d/i.test(text);
}

/**
 * Is a row a copy of the header's first row? Its first cell is compared before the whole row,
 * so ordinary rows cost one comparison.
 */
function repeatTest(grid: SheetGrid, block: HeaderBlock, headerKey: string) {
  const firstCol = colsIn(grid, block.top, block.left, block.right)[0];
  const firstValue = grid.sheet.value(block.top, firstCol);
  const firstText = normalize(textOf(firstValue));
  return (row: number, cols: readonly number[]): boolean =>
    headerKey !== '' &&
    cols[0] === firstCol &&
    typeof grid.sheet.value(row, firstCol) === typeof firstValue &&
    normalize(textOf(grid.sheet.value(row, firstCol))) === firstText &&
    rowKey(grid, row, block.left, block.right) === headerKey;
}

/** The row's own texts in the span, normalised, as one key for comparing with the header. */
function rowKey(grid: SheetGrid, row: number, left: number, right: number): string {
  return colsIn(grid, row, left, right)
    .map((col) => `${col}:${normalize(textOf(grid.sheet.value(row, col)))}`)
    .join('|');
}

function isSectionRow(
  grid: SheetGrid,
  row: number,
  cols: readonly number[],
  roleAt: Map<number, ColumnRole>,
): boolean {
  if (cols.length !== 1) return false;
  const value = grid.sheet.value(row, cols[0]);
  if (typeof value !== 'string' || isNumberLike(value)) return false;
  const merge = grid.mergeAt(row, cols[0]);
  if (merge && merge.right > merge.left) return true;
  return SECTION_ROLES.has(roleAt.get(cols[0]) ?? 'lain');
}
