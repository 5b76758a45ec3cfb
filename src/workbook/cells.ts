/** Reading the workbook model's cells once: numbers, amounts and merge-aware text. */
import { readCellNumber, type CellNumber } from './cell-number';
import { gridOf } from './detect-grid';
import type { Cell, CellRef, Sheet, WorkbookModel } from './model';
import type { DetectedTable, TableColumn, ColumnRole } from './table-types';

/**
 * How a number cell is read: a number as it is, a number formatted as percent (0,9523 shown as
 * 95,23%) times 100, or text written the Indonesian way (`95,23`, `95,23%`).
 */
export type TargetReading = 'number' | 'percent-format' | 'text' | 'text-percent';

/** What a generated formula can do with a cell's number: refer to it (read this way), or copy it. */
export type SourceReading = TargetReading | 'constant';

/**
 * Spaces a text needs collapsed: a constant, since a regex literal makes a new object each time it
 * is evaluated, and this one is tested on every text read.
 */
const UNEVEN_SPACE = /\s\s|[\n\r\t]/;

/**
 * The one reading of the workbook's cells: each distinct value is read as a number once (value,
 * how its text was read, its format's effect) and every check and generator asks here.
 */
export class ModelReader {
  private readonly sheets = new Map<string, Sheet>();
  /**
   * One reading per distinct text, error, and number under one format (typed or computed): a
   * table repeats its values (`%`, `100`, `-`, the same target on many rows), and a reading is
   * immutable, so cells holding the same share one, read once.
   */
  private readonly byText = new Map<string, CellNumber>();
  /** Typed numbers and formula results apart: a typed number's decimals are read, a result's not. */
  private readonly byNumber = {
    typed: new Map<string | undefined, Map<number, CellNumber>>(),
    formula: new Map<string | undefined, Map<number, CellNumber>>(),
  };
  private readonly byError = new Map<string, CellNumber>();

  constructor(readonly model: WorkbookModel) {
    for (const sheet of model.sheets) this.sheets.set(sheet.name, sheet);
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.get(name);
  }

  /**
   * The cell read as a number, once per distinct value: no reading is kept per cell (a reading
   * per cell of every table cost more memory than the model's own cells).
   */
  numberAt(sheet: Sheet, row: number, col: number): CellNumber {
    return this.read(sheet.getCell(row, col));
  }

  /** readCellNumber, shared between cells of the same text, or number and format. */
  private read(cell: Cell | undefined): CellNumber {
    if (cell === undefined) return readCellNumber(cell);
    if (cell.error !== undefined) {
      let reading = this.byError.get(cell.error);
      if (reading === undefined) this.byError.set(cell.error, (reading = readCellNumber(cell)));
      return reading;
    }
    const { value } = cell;
    if (typeof value === 'string') {
      let reading = this.byText.get(value);
      if (reading === undefined) this.byText.set(value, (reading = readCellNumber(cell)));
      return reading;
    }
    // -0 would share 0's reading (a Map does not tell them apart).
    if (typeof value !== 'number' || Object.is(value, -0)) return readCellNumber(cell);
    const byFormat = cell.formula === undefined ? this.byNumber.typed : this.byNumber.formula;
    let byValue = byFormat.get(cell.numFmt);
    if (byValue === undefined) byFormat.set(cell.numFmt, (byValue = new Map()));
    let reading = byValue.get(value);
    if (reading === undefined) byValue.set(value, (reading = readCellNumber(cell)));
    return reading;
  }

  /** A rupiah amount: as `numberAt`, except that a percent format (a slip on money) is ignored. */
  amountAt(sheet: Sheet, row: number, col: number): CellNumber {
    const reading = this.numberAt(sheet, row, col);
    return reading.fromPercentFormat ? readCellNumber(sheet.getCell(row, col), true) : reading;
  }

  /** The cell's text, trimmed; a cell inside a merge shows its master's text. */
  textAt(sheet: Sheet, row: number, col: number): string {
    const value = sheet.merges.length === 0 ? sheet.value(row, col) : gridOf(sheet).shown(row, col);
    if (value === null) return '';
    const text = String(value);
    // Most cells need only a trim; line breaks and double spaces are rarer.
    return UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  }

  /** Where a cell's value is: itself, or the master cell of the merge it lies in. */
  private home(ref: CellRef): { sheet: Sheet; row: number; col: number } | undefined {
    const sheet = this.sheets.get(ref.sheet);
    if (!sheet) return undefined;
    if (sheet.getCell(ref.row, ref.col) !== undefined) return { sheet, row: ref.row, col: ref.col };
    // The grid detection built for the sheet: its merge index, not a scan of every merge.
    const merge = gridOf(sheet).mergeAt(ref.row, ref.col);
    return merge ? { sheet, row: merge.top, col: merge.left } : undefined;
  }

  /** The cell, or the master cell of the merge it lies in (a merged label covers its rows). */
  cell(ref: CellRef): Cell | undefined {
    const home = this.home(ref);
    return home?.sheet.getCell(home.row, home.col);
  }

  text(ref: CellRef): string {
    const value = this.cell(ref)?.value;
    if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
    return typeof value === 'number' ? String(value) : '';
  }

  /**
   * The number a cell (or its merge) holds, in the units the staff mean (a 0,9523 formatted as %
   * is 95,23), and how a formula can read it; null where it holds none or only a guess.
   */
  number(ref: CellRef): { value: number; reading: SourceReading } | null {
    const home = this.home(ref);
    if (!home) return null;
    const found = this.numberAt(home.sheet, home.row, home.col);
    // A number read out of words (`9039 Petani`) is the checks' info, never a generated value:
    // its unit may not be the other cell's (a capaian of 5.000.000 % would follow).
    return found.value === null ||
      found.guessed ||
      found.words !== undefined ||
      !Number.isFinite(found.value)
      ? null
      : { value: found.value, reading: sourceReading(found) };
  }
}

/** NUMBERVALUE reads plain digits, separators and a percent sign; anything else (`Rp`) stays a constant. */
function sourceReading(found: CellNumber): SourceReading {
  if (found.fromPercentFormat) return 'percent-format';
  if (!found.fromText) return 'number';
  if (!/^\s*-?[\d.,\s]+%?\s*$/.test(found.raw)) return 'constant';
  return found.raw.trim().endsWith('%') ? 'text-percent' : 'text';
}

/** The table's column for a role; for year-grouped columns, the one of `year` (or without a year). */
export function columnOf(
  table: DetectedTable,
  role: ColumnRole,
  year?: number,
): TableColumn | undefined {
  const columns = table.columns.filter((column) => column.role === role);
  return (
    columns.find((column) => year !== undefined && column.year === year) ??
    columns.find((column) => column.year === undefined) ??
    (year === undefined ? columns[0] : undefined)
  );
}

export function refIn(table: DetectedTable, row: number, column: TableColumn): CellRef {
  return { sheet: table.sheet, row, col: column.col };
}
