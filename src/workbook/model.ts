/**
 * Host-neutral in-memory workbook: filled by the .xlsx reader (hosts/xlsx) and by the
 * Office.js reader (hosts/office). Rows and columns are 1-based, as in Excel.
 */

/** A cell as the user sees it: its value (a formula's cached result), format, formula, error. */
export interface Cell {
  /** Text, number, boolean, or null when empty. Dates are Excel serial numbers. */
  value: string | number | boolean | null;
  /** Number format code, e.g. `0.00%`; absent for `General`. */
  numFmt?: string;
  /** Formula text without the leading `=`, as stored in .xlsx (`,` separators). */
  formula?: string;
  /** Excel error shown in the cell (`#REF!`, `#DIV/0!` …); value is then null. */
  error?: string;
}

/** One cell of one sheet. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel Table (ListObject). */
export interface ExcelTable {
  name: string;
  range: CellRange;
  hasHeaderRow: boolean;
}

/** One row's cells by column (index 0 unused), in an array sized once for the row (see setCell). */
type RowCells = (Cell | undefined)[];

/** Rows are made this wide at most up front; a wider row grows as arrays do. */
const MAX_PRESIZED_WIDTH = 64;

export class Sheet {
  readonly merges: CellRange[] = [];
  readonly excelTables: ExcelTable[] = [];
  /**
   * Cells by row, then by column, in sparse arrays: detection and the checks read cells millions
   * of times, and an array index is several times faster than a Map lookup (whose key
   * row * 16384 + col stops being a small integer past row 65,536). One array per row, no
   * wrapper and no column list: the row's storage is most of the model's memory per cell.
   */
  private readonly rows: (RowCells | undefined)[] = [];
  /** Cells per row: a row far wider than its cells is walked by its cells, not its width. */
  private readonly counts: number[] = [];
  /** Rows holding a cell, in the order first set; iterating never walks the sparse arrays. */
  private readonly rowNumbers: number[] = [];
  private maxRow = 0;
  private maxCol = 0;

  /**
   * True for a sheet hidden in Excel (hidden or very hidden): it is still checked, but its
   * findings are marked and listed after the visible sheets'.
   */
  hidden = false;

  constructor(readonly name: string) {}

  get rowCount(): number {
    return this.maxRow;
  }

  get columnCount(): number {
    return this.maxCol;
  }

  /** Stores a cell; an empty cell (no value, formula or error) is not stored. */
  setCell(row: number, col: number, cell: Cell): void {
    if (cell.value === null && cell.formula === undefined && cell.error === undefined) return;
    let cells = this.rows[row];
    if (!cells) {
      // As wide as the sheet so far: rows of one table share a width, so a row is sized once
      // (an array grown cell by cell keeps 16 spare slots and more).
      const width = Math.max(col, this.maxCol) + 1;
      cells = this.rows[row] = width <= MAX_PRESIZED_WIDTH ? new Array<Cell>(width) : [];
      this.counts[row] = 0;
      this.rowNumbers.push(row);
    }
    if (cells[col] === undefined) this.counts[row]++;
    cells[col] = cell;
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  getCell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell's value, or null for an empty cell. */
  value(row: number, col: number): Cell['value'] {
    return this.getCell(row, col)?.value ?? null;
  }

  /** Every stored cell, row by row, left to right. */
  *entries(): IterableIterator<{ row: number; col: number; cell: Cell }> {
    for (const row of sortAscending(this.rowNumbers)) {
      const cells = this.rows[row] as RowCells;
      for (const col of this.columns(row)) yield { row, col, cell: cells[col] as Cell };
    }
  }

  /**
   * Calls `visit` on every stored cell, row by row, left to right: `entries` without the cost of
   * a generator step and an object per cell, for passes over a whole sheet.
   */
  forEachCell(visit: (row: number, col: number, cell: Cell) => void): void {
    for (const row of sortAscending(this.rowNumbers)) {
      const cells = this.rows[row] as RowCells;
      if (!isSparse(cells, this.counts[row])) {
        for (let col = 1; col < cells.length; col++) {
          const cell = cells[col];
          if (cell !== undefined) visit(row, col, cell);
        }
      } else for (const col of this.columns(row)) visit(row, col, cells[col] as Cell);
    }
  }

  /** The columns of a row's cells, ascending. */
  private columns(row: number): number[] {
    const cells = this.rows[row] as RowCells;
    const cols: number[] = [];
    if (isSparse(cells, this.counts[row])) {
      // Array index keys come in ascending order, and only those set.
      for (const key in cells) cols.push(Number(key));
    } else {
      for (let col = 1; col < cells.length; col++) if (cells[col] !== undefined) cols.push(col);
    }
    return cols;
  }
}

/** A row whose width is much more than its cells: walked by its keys. */
function isSparse(cells: RowCells, count: number): boolean {
  return cells.length > 4 * count + MAX_PRESIZED_WIDTH;
}

/** Sorts in place, after one pass finding it usually sorted already (cells are set in order). */
function sortAscending(numbers: number[]): number[] {
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i - 1] > numbers[i]) return numbers.sort((a, b) => a - b);
  }
  return numbers;
}

export interface WorkbookModel {
  sheets: Sheet[];
  /** What the reader could not read and the user must know, in Bahasa Indonesia. */
  notices?: string[];
}

/** `3, 7` → `G3`. */
export function toA1(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

/** `G3` → `{ row: 3, col: 7 }`; `$` signs are ignored. */
export function fromA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Alamat sel tidak valid: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

/** `A1:G9`. */
export function rangeToA1(range: CellRange): string {
  return `${toA1(range.top, range.left)}:${toA1(range.bottom, range.right)}`;
}
