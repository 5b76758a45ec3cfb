/**
 * Lays a generated sheet out cell by cell: constants, yellow inputs, links to the workbook and
 * formula cells, each of which gives back a reference for the formulas of other cells. A formula
 * cell is written as its expression's text with the value it gives cached beside it.
 */
import type { TargetReading } from '../workbook/cells';
import { toA1, type CellRange, type CellRef } from '../workbook/model';
import { BLANK, linked, num, range, reference, text, type Expr } from './expr';
import type { SheetSpec, SpecCell } from './sheet-spec';
import { finish, mapInSteps, LAID_OUT_ROWS_PER_STEP, type Steps } from '../core/steps';

export type CellStyle = Pick<SpecCell, 'numFmt' | 'bold' | 'wrap' | 'highlight'>;

/** Cells whose values are computed between two yields: about as many as LAID_OUT_ROWS_PER_STEP rows hold. */
const CELLS_PER_STEP = 8 * LAID_OUT_ROWS_PER_STEP;

/** A number the sheet takes from the workbook: a link to its cell, a constant, or unknown. */
export interface Sourced {
  /** null when unknown. */
  value: number | null;
  /** The workbook cell a formula refers to; absent when written as a constant. */
  ref?: CellRef;
  reading?: TargetReading;
}

interface Entry {
  cell: SpecCell;
  formula?: Expr;
}

export class SheetBuilder {
  private readonly entries: Entry[] = [];
  private readonly refs = new Map<string, Expr>();
  readonly merges: CellRange[] = [];

  /** A constant (text is written as text, never as a formula); null leaves the cell empty. */
  put(row: number, col: number, value: string | number | null, style: CellStyle = {}): Expr {
    const content = value === null ? BLANK : typeof value === 'number' ? num(value) : text(value);
    return this.add({ row, col, value, ...style }, content);
  }

  /** A yellow cell for the staff to fill, holding what is known so far. */
  input(row: number, col: number, value: number | null, style: CellStyle = {}): Expr {
    return this.put(row, col, value, { ...style, highlight: true });
  }

  formula(row: number, col: number, expr: Expr, style: CellStyle = {}): Expr {
    return this.add({ row, col, formula: expr.formula(), ...style }, expr, expr);
  }

  /** A link to the workbook's cell, else its constant, else a blank (yellow when `unknownIsInput`). */
  source(row: number, col: number, value: Sourced, style: CellStyle, unknownIsInput = true): Expr {
    if (value.ref !== undefined && value.reading !== undefined)
      return this.formula(row, col, linked(value.ref, value.reading, value.value), style);
    if (value.value === null && unknownIsInput) return this.input(row, col, null, style);
    return this.put(row, col, value.value, style);
  }

  /** A line of text from column A, across to column `right` (titles, notes, labels). */
  note(row: number, value: string, right = 1, style: CellStyle = {}): void {
    this.put(row, 1, value, style);
    this.merge(row, 1, row, right);
  }

  /** A bold, wrapped header over `rows` × `cols` cells. */
  header(row: number, col: number, title: string, { rows = 1, cols = 1 } = {}): void {
    this.put(row, col, title, { bold: true, wrap: true });
    this.merge(row, col, row + rows - 1, col + cols - 1);
  }

  /** Cells merged into one; a single cell is left as it is. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top !== bottom || left !== right) this.merges.push({ top, left, bottom, right });
  }

  /** `X9:X20` of a column, the cells not written blank. */
  range(col: number, top: number, bottom: number): Expr {
    const cells: Expr[] = [];
    for (let row = top; row <= bottom; row++)
      cells.push(this.refs.get(toA1(row, col)) ?? reference(toA1(row, col), BLANK));
    return range(toA1(top, col), toA1(bottom, col), cells);
  }

  /** `C20:K20` of a row, the cells not written blank. */
  rangeAcross(row: number, left: number, right: number): Expr {
    const cells: Expr[] = [];
    for (let col = left; col <= right; col++)
      cells.push(this.refs.get(toA1(row, col)) ?? reference(toA1(row, col), BLANK));
    return range(toA1(row, left), toA1(row, right), cells);
  }

  /** Takes over another builder's cells and merges (a part laid out on its own). */
  append(part: SheetBuilder): void {
    this.entries.push(...part.entries);
    part.refs.forEach((ref, address) => this.refs.set(address, ref));
    this.merges.push(...part.merges);
  }

  /** A note on a cell written before (SpecCell.note); a second note on it is added below. */
  annotate(row: number, col: number, note: string): void {
    const entry = this.entries.find(({ cell }) => cell.row === row && cell.col === col);
    if (entry) entry.cell.note = entry.cell.note ? `${entry.cell.note}\n${note}` : note;
  }

  hasInputs(): boolean {
    return this.entries.some(({ cell }) => cell.highlight);
  }

  /** The cells (those of `rows` only, where given), each formula with the value it gives. */
  cells(rows?: ReadonlySet<number>): SpecCell[] {
    const entries = rows ? this.entries.filter(({ cell }) => rows.has(cell.row)) : this.entries;
    return entries.map(withResult);
  }

  spec(sheet: Omit<SheetSpec, 'cells' | 'merges'>): SheetSpec {
    return finish(this.specSteps(sheet));
  }

  /** The sheet, its formulas' values computed in steps (thousands of cells are many). */
  *specSteps(sheet: Omit<SheetSpec, 'cells' | 'merges'>): Steps<SheetSpec> {
    const cells = yield* mapInSteps(this.entries, withResult, CELLS_PER_STEP);
    return { ...sheet, cells, merges: this.merges };
  }

  private add(cell: SpecCell, content: Expr, formula?: Expr): Expr {
    const ref = reference(toA1(cell.row, cell.col), content);
    this.entries.push({ cell, formula });
    this.refs.set(toA1(cell.row, cell.col), ref);
    return ref;
  }
}

function withResult({ cell, formula }: Entry): SpecCell {
  return formula === undefined ? cell : { ...cell, result: formula.value() };
}

/** Bold title lines from row 1 down, each across the sheet's width. */
export function titleRows(b: SheetBuilder, titles: string[], width: number): void {
  titles.forEach((title, i) => b.note(i + 1, title, width, { bold: true }));
}
