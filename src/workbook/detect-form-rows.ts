/**
 * The rows a form puts between its header and its data: the numbering row (with column
 * equations) and the unit row (K / Rp. / %) of the Permendagri 86 Renja form.
 */
import type { SheetGrid } from './detect-grid';
import type { HeaderBlock } from './detect-header';
import { colsIn, headerColumns } from './detect-header';
import { isNumberingRow, numberingToken, parseEquation, toSheetColumns } from './detect-numbering';
import { textOf } from './detect-text';
import type { ColumnEquation, TableColumn } from './table-types';

/** K, %, (%), Rp, Rp., (Rp), Rp (000), Rp. (000). */
const UNIT = /^(?:k|%|\(%\)|\(?rp\.?\)?(?:\s*\(.*\))?)$/i;

function measureOf(text: string): string | undefined {
  const unit = text.trim();
  if (!UNIT.test(unit)) return undefined;
  if (/^k$/i.test(unit)) return 'K';
  return unit.includes('%') ? '%' : 'Rp';
}

/** A numbering row at `row` under the block; its columns' numbers are set on `columns`. */
export function readNumberingRow(
  grid: SheetGrid,
  block: HeaderBlock,
  row: number,
  columns: TableColumn[],
): boolean {
  const values = colsIn(grid, row, block.left, block.right).map((col) =>
    grid.sheet.value(row, col),
  );
  if (!isNumberingRow(values)) return false;
  for (const column of columns) {
    const token = numberingToken(grid.shown(row, column.col));
    if (token) column.number = token.number;
  }
  return true;
}

/**
 * The block without its last row when that row is the unit row (K | Rp. under every group): the
 * units are measures, not header words, so they are read by readUnitRow like a unit row under the
 * header, and the columns take their meaning from the rows above (`Triwulan / I`, not `… / K`).
 */
export function withoutUnitRow(grid: SheetGrid, block: HeaderBlock): HeaderBlock {
  if (block.bottom === block.top || !isUnitRow(grid, block, block.bottom)) return block;
  // Only a row with K (kinerja) is a form's unit row: `(Rp) | (%)` under "Realisasi" in a budget
  // table names its sub-columns (the % is the serapan).
  const cols = colsIn(grid, block.bottom, block.left, block.right);
  if (!cols.some((col) => measureOf(textOf(grid.sheet.value(block.bottom, col))) === 'K')) {
    return block;
  }
  const bottom = block.bottom - 1;
  return { ...block, bottom, ...headerColumns(grid, block.top, bottom, block.left, block.right) };
}

function isUnitRow(grid: SheetGrid, block: HeaderBlock, row: number): boolean {
  const cols = colsIn(grid, row, block.left, block.right);
  return cols.length >= 2 && cols.every((col) => measureOf(textOf(grid.sheet.value(row, col))));
}

/** A unit row (K, Rp., %) at `row`; its measures are set on `columns`. */
export function readUnitRow(
  grid: SheetGrid,
  block: HeaderBlock,
  row: number,
  columns: TableColumn[],
): boolean {
  if (!isUnitRow(grid, block, row)) return false;
  for (const column of columns) {
    const measure = measureOf(textOf(grid.sheet.value(row, column.col)));
    if (measure) column.measure = measure;
  }
  return true;
}

/**
 * The equations written in the numbering row. A number may name several sheet columns (a merged
 * numbering cell over K | Rp): then one equation per result column, each operand taken in the
 * column of the same measure, or the same position under its number, or its only column.
 */
export function readEquations(
  grid: SheetGrid,
  row: number,
  columns: TableColumn[],
): ColumnEquation[] {
  const byNumber = new Map<number, TableColumn[]>();
  for (const column of columns) {
    if (column.number === undefined) continue;
    const list = byNumber.get(column.number);
    if (list) list.push(column);
    else byNumber.set(column.number, [column]);
  }
  const equations: ColumnEquation[] = [];
  const seen = new Set<number>();
  for (const column of columns) {
    const value = grid.shown(row, column.col);
    const token = numberingToken(value);
    if (!token?.equation || seen.has(token.number)) continue;
    seen.add(token.number);
    const expression = parseEquation(token.equation, (n) => byNumber.has(n));
    const results = byNumber.get(token.number);
    if (!expression || !results) continue;
    results.forEach((result, position) => {
      const node = toSheetColumns(expression, (n) =>
        operandColumn(byNumber.get(n) ?? [], result, position, results.length),
      );
      if (node) equations.push({ text: textOf(value), resultCol: result.col, expression: node });
    });
  }
  return equations;
}

function operandColumn(
  candidates: TableColumn[],
  result: TableColumn,
  position: number,
  resultCount: number,
): number | undefined {
  if (candidates.length === 1) return candidates[0].col;
  if (result.measure !== undefined) {
    const same = candidates.find((candidate) => candidate.measure === result.measure);
    if (same) return same.col;
    if (candidates.some((candidate) => candidate.measure !== undefined)) return undefined;
  }
  return candidates.length === resultCount ? candidates[position].col : undefined;
}
