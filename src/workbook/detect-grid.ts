/**
 * A read-only index over one sheet for detection: the filled columns of each row and the merge
 * covering any cell, both built in one pass so detection stays linear in the number of cells.
 */
import type { Cell, CellRange, Sheet } from './model';
import { isFilled } from './detect-text';

const NO_COLUMNS: readonly number[] = [];

/** Index of the first element ≥ value in an ascending array. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Columns up to this one are kept as bits of one small integer (a V8 Smi holds 31 bits). */
const MASK_COLUMNS = 30;

export class SheetGrid {
  /** Rows holding at least one filled cell, ascending. */
  readonly rows: number[] = [];
  /**
   * Filled columns by row, in a sparse array (indexed like the sheet's own cells): a row within
   * columns 1–30 as a bit mask (bit c for column c), a wider row as its list. An array per row
   * (26,767 lists on the 40,000 + 40,000 bench, 2.8 MB) was most of what detection kept.
   */
  private readonly colsByRow: (number | readonly number[])[] = [];
  /** The column list of each mask asked for, made once: rows of one table share a few masks. */
  private readonly listsByMask = new Map<number, readonly number[]>();
  /** Merges per column, sorted by top row, for binary search. */
  private readonly mergesByCol = new Map<number, CellRange[]>();

  constructor(readonly sheet: Sheet) {
    // The sheet yields its cells row by row, left to right: rows and columns arrive sorted.
    // A wide row's list is gathered in one scratch array and copied at its exact size: a list
    // grown by push keeps 16 spare slots, as much again as a usual row's columns. Rows of one
    // table fill the same columns: a wide row like the one before shares its (read-only) list.
    const scratch: number[] = [];
    let current = 0;
    let mask = 0;
    let last: readonly number[] = NO_COLUMNS;
    const store = () => {
      if (scratch.length === 0) return;
      if (scratch[scratch.length - 1] <= MASK_COLUMNS) this.colsByRow[current] = mask;
      else {
        if (!sameColumns(scratch, last)) last = scratch.slice();
        this.colsByRow[current] = last;
      }
      this.rows.push(current);
      scratch.length = 0;
      mask = 0;
    };
    sheet.forEachCell((row, col, cell) => {
      if (!isFilled(cell.value) && cell.error === undefined) return;
      if (row !== current) {
        store();
        current = row;
      }
      scratch.push(col);
      if (col <= MASK_COLUMNS) mask |= 1 << col;
    });
    store();
    for (const merge of sheet.merges) {
      for (let col = merge.left; col <= merge.right; col++) {
        const list = this.mergesByCol.get(col);
        if (list) list.push(merge);
        else this.mergesByCol.set(col, [merge]);
      }
    }
    for (const list of this.mergesByCol.values()) list.sort((a, b) => a.top - b.top);
  }

  /** Filled columns of a row, ascending (empty array for an empty row); shared, read-only. */
  cols(row: number): readonly number[] {
    const stored = this.colsByRow[row];
    if (stored === undefined) return NO_COLUMNS;
    if (typeof stored !== 'number') return stored;
    let list = this.listsByMask.get(stored);
    if (list === undefined) this.listsByMask.set(stored, (list = columnsOfMask(stored)));
    return list;
  }

  /** The merge that covers the cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const list = this.mergesByCol.get(col);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list[mid].top <= row) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const merge = found >= 0 ? list[found] : undefined;
    return merge && merge.bottom >= row ? merge : undefined;
  }

  /** The value the user sees at the cell: its own, or its merge's master value. */
  shown(row: number, col: number): Cell['value'] {
    const own = this.sheet.value(row, col);
    if (isFilled(own)) return own;
    const merge = this.mergeAt(row, col);
    return merge ? this.sheet.value(merge.top, merge.left) : own;
  }
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The columns whose bits are set in `mask`, ascending. */
export function columnsOfMask(mask: number): number[] {
  const cols: number[] = [];
  for (let col = 1; col <= MASK_COLUMNS; col++) if (mask & (1 << col)) cols.push(col);
  return cols;
}

const grids = new WeakMap<Sheet, { grid: SheetGrid; merges: number; rows: number; cols: number }>();

/** The grid of a sheet, cached while the sheet keeps its size and merges. */
export function gridOf(sheet: Sheet): SheetGrid {
  const cached = grids.get(sheet);
  if (
    cached &&
    cached.merges === sheet.merges.length &&
    cached.rows === sheet.rowCount &&
    cached.cols === sheet.columnCount
  ) {
    return cached.grid;
  }
  const grid = new SheetGrid(sheet);
  grids.set(sheet, {
    grid,
    merges: sheet.merges.length,
    rows: sheet.rowCount,
    cols: sheet.columnCount,
  });
  return grid;
}
