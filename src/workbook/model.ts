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

/** Rows are made this wide at most up front; a wider row grows as arrays do, and may be sparse. */
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
  /** Rows holding a cell, in the order first set; iterating never walks the sparse arrays. */
  private readonly rowNumbers: number[] = [];
  private maxRow = 0;
  private maxCol = 0;

  /**
   * True for a sheet hidden in Excel (hidden or very hidden): it is still checked, but its
   * findings are marked and listed after the visible sheets'.
   */
  hidden = false;

  /**
   * The generator (`evaluasi`, `tabel` …) whose marker the sheet carries: an output of the
   * add-in, never read as the staff's input (DOMAIN §9).
   */
  generatedBy?: string;

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
      cells = this.rows[row] = new Array<Cell>(
        Math.min(Math.max(col, this.maxCol) + 1, MAX_PRESIZED_WIDTH),
      );
      this.rowNumbers.push(row);
    }
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

  /** Rows holding a cell, ascending: sorted in place, which costs one pass when set in order. */
  private sortedRows(): number[] {
    return this.rowNumbers.sort((a, b) => a - b);
  }

  /** Every stored cell, row by row, left to right. */
  *entries(): IterableIterator<{ row: number; col: number; cell: Cell }> {
    for (const row of this.sortedRows()) {
      const cells = this.rows[row] as RowCells;
      for (const col of columnsOf(cells)) yield { row, col, cell: cells[col] as Cell };
    }
  }

  /**
   * Calls `visit` on every stored cell, row by row, left to right: `entries` without the cost of
   * a generator step and an object per cell, for passes over a whole sheet.
   */
  forEachCell(visit: (row: number, col: number, cell: Cell) => void): void {
    // Indexed: a for-of makes a result object per row until the loop is optimised.
    const rows = this.sortedRows();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const cells = this.rows[row] as RowCells;
      if (cells.length > MAX_PRESIZED_WIDTH) {
        for (const col of columnsOf(cells)) visit(row, col, cells[col] as Cell);
        continue;
      }
      // The usual row, walked in place: no list of its columns per row.
      for (let col = 1; col < cells.length; col++) {
        const cell = cells[col];
        if (cell) visit(row, col, cell);
      }
    }
  }
}

/**
 * The columns of a row's cells, ascending. A row wider than the presized width may be sparse
 * (a cell in A and one in XFD): it is walked by its keys, which come in ascending order and
 * only for the cells set, never by its width.
 */
function columnsOf(cells: RowCells): number[] {
  const cols: number[] = [];
  if (cells.length > MAX_PRESIZED_WIDTH) for (const key in cells) cols.push(Number(key));
  else for (let col = 1; col < cells.length; col++) if (cells[col]) cols.push(col);
  return cols;
}

export interface WorkbookModel {
  sheets: Sheet[];
  /** What the reader could not read and the user must know, in Bahasa Indonesia. */
  notices?: string[];
}

/** The sheets the staff wrote: every sheet but the add-in's outputs. */
export function staffModel(model: WorkbookModel): WorkbookModel {
  return model.sheets.every((sheet) => sheet.generatedBy === undefined)
    ? model
    : { ...model, sheets: model.sheets.filter((sheet) => sheet.generatedBy === undefined) };
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
