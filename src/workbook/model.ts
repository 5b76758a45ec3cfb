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

/** A wide row's cells by column (index 0 unused), in a sparse array. */
type RowCells = (Cell | undefined)[];

/**
 * Rows up to this wide keep their cells in the sheet's shared slots; a wider row has its own
 * array, which may be sparse (a cell in A and one in XFD).
 */
const MAX_SLOT_WIDTH = 64;
/** A narrow row's place is its first slot times this, plus its width (1 … MAX_SLOT_WIDTH). */
const PLACE = 128;
/** Slots per block: a block stays below V8's large-object size (128 kB). */
const BLOCK_BITS = 13;
const BLOCK = 1 << BLOCK_BITS;

/** A narrow row's width, from its place. */
const widthOf = (place: number): number => place % PLACE;
/** A narrow row's first slot, from its place. */
const firstSlot = (place: number): number => (place - (place % PLACE)) / PLACE;

export class Sheet {
  readonly merges: CellRange[] = [];
  readonly excelTables: ExcelTable[] = [];
  /**
   * Cells by row, then by column: detection and the checks read cells millions of times, and an
   * array index is several times faster than a Map lookup (whose key row * 16384 + col stops
   * being a small integer past row 65,536). A narrow row's cells lie side by side in `slots`,
   * shared by the sheet's rows, and `rows` holds the row's place there (see PLACE): an array per
   * row cost 56 bytes a row on top of its cells (array, elements header, unused index 0).
   */
  private readonly rows: (number | RowCells | undefined)[] = [];
  /** Blocks of BLOCK slots, handed out to rows in the order they are first set. */
  private readonly slots: (Cell | undefined)[][] = [];
  private slotsUsed = 0;
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
    let place = this.rows[row];
    if (place === undefined) this.rowNumbers.push(row);
    if (typeof place !== 'object' && (place === undefined || col > widthOf(place))) {
      place = this.rows[row] = this.placed(place, col);
    }
    if (typeof place === 'number') this.setSlot(firstSlot(place) + col - 1, cell);
    else place[col] = cell;
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  /**
   * A row's new place, wide enough for `col`, its cells moved there from `old`. As wide as the
   * sheet so far: rows of one table share a width, so a row is placed once. A row that grows
   * leaves its old slots empty and at least doubles, so the slots it leaves stay fewer than the
   * slots it holds (cells set column by column across many rows, as a hostile file may order
   * them, would otherwise leave 2,016 slots behind in each row of 64 cells).
   */
  private placed(old: number | undefined, col: number): number | RowCells {
    const grown = old === undefined ? 0 : 2 * widthOf(old);
    const width = Math.min(Math.max(col, this.maxCol, grown), MAX_SLOT_WIDTH);
    const wide = col > MAX_SLOT_WIDTH;
    const cells: RowCells = wide ? new Array<Cell>(MAX_SLOT_WIDTH) : [];
    const start = this.slotsUsed;
    if (!wide) {
      this.slotsUsed += width;
      while (this.slots.length << BLOCK_BITS < this.slotsUsed) {
        this.slots.push(new Array<Cell>(BLOCK));
      }
    }
    if (old !== undefined) {
      const from = firstSlot(old);
      for (let c = 1; c <= widthOf(old); c++) {
        const moved = this.slot(from + c - 1);
        if (moved === undefined) continue;
        this.setSlot(from + c - 1, undefined);
        if (wide) cells[c] = moved;
        else this.setSlot(start + c - 1, moved);
      }
    }
    return wide ? cells : start * PLACE + width;
  }

  private slot(at: number): Cell | undefined {
    return this.slots[at >> BLOCK_BITS][at & (BLOCK - 1)];
  }

  private setSlot(at: number, cell: Cell | undefined): void {
    this.slots[at >> BLOCK_BITS][at & (BLOCK - 1)] = cell;
  }

  getCell(row: number, col: number): Cell | undefined {
    const place = this.rows[row];
    if (typeof place !== 'number') return place?.[col];
    // Column 0, a negative or fractional column, or one past the row: no cell.
    const index = col - 1;
    if (index >>> 0 !== index || index >= widthOf(place)) return undefined;
    return this.slot(firstSlot(place) + index);
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
      for (const col of this.columnsOf(row)) {
        yield { row, col, cell: this.getCell(row, col) as Cell };
      }
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
      const place = this.rows[row];
      if (typeof place !== 'number') {
        for (const col of this.columnsOf(row)) visit(row, col, (place as RowCells)[col] as Cell);
        continue;
      }
      // The usual row, walked in its slots: no list of its columns per row.
      const width = widthOf(place);
      const start = firstSlot(place);
      for (let col = 1; col <= width; col++) {
        const cell = this.slot(start + col - 1);
        if (cell) visit(row, col, cell);
      }
    }
  }

  /**
   * The columns of a row's cells, ascending. A wide row is walked by its keys, which come in
   * ascending order and only for the cells set, never by its width.
   */
  private columnsOf(row: number): number[] {
    const place = this.rows[row];
    const cols: number[] = [];
    if (typeof place === 'object') for (const key in place) cols.push(Number(key));
    else {
      for (let col = 1; col <= (place === undefined ? 0 : widthOf(place)); col++) {
        if (this.getCell(row, col)) cols.push(col);
      }
    }
    return cols;
  }
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
