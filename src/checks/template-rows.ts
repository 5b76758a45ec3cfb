/**
 * Excel error values of a table split by whether anyone filled their row (DOMAIN §9, "Templates
 * with rows copied ahead"): a formula copied down into rows that hold no input yet gives the
 * template's `#DIV/0!`, not a slip. Shared by sel-error (errors in filled rows) and galat-templat
 * (one note per block of unfilled rows).
 */
import type { Sheet } from '../workbook/model';
import { toA1 } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { CheckContext } from './context';

export interface ErrorCell {
  table: DetectedTable;
  sheet: Sheet;
  row: number;
  col: number;
  error: string;
  formula?: string;
}

/** Consecutive rows of one table with error values and no input. */
export interface TemplateBlock {
  sheet: Sheet;
  errors: ErrorCell[];
  /** Rows holding an error value. */
  rows: number;
  first: number;
  last: number;
}

export interface TableErrors {
  /** Errors in rows that hold an input: `sel-error`. */
  filled: ErrorCell[];
  blocks: TemplateBlock[];
}

export function tableErrors(context: CheckContext): TableErrors {
  return context.shared(collectErrors);
}

function collectErrors(context: CheckContext): TableErrors {
  const result: TableErrors = { filled: [], blocks: [] };
  const seen = new Set<string>();
  for (const table of context.tables) {
    const sheet = context.sheet(table.sheet);
    const { top, bottom } = table.range;
    const numbering = new Set(table.columns.filter((c) => c.role === 'no').map((c) => c.col));
    let block: TemplateBlock | undefined;
    for (let row = top; row <= bottom; row++) {
      const found = errorsOf(table, sheet, row);
      const errors =
        found.length === 0
          ? found
          : found.filter((error) => {
              const key = `${sheet.name}!${toA1(row, error.col)}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            });
      const filled = holdsInput(table, sheet, row, numbering);
      if (filled) {
        result.filled.push(...errors);
        block = undefined;
      } else if (errors.length > 0) {
        if (!block) {
          block = { sheet, errors: [], rows: 0, first: row, last: row };
          result.blocks.push(block);
        }
        block.errors.push(...errors);
        block.rows++;
        block.last = row;
      }
    }
  }
  return result;
}

/** No errors: one list shared by the rows without any (most rows), never added to. */
const NO_ERRORS: readonly ErrorCell[] = [];

function errorsOf(table: DetectedTable, sheet: Sheet, row: number): readonly ErrorCell[] {
  let errors: ErrorCell[] | undefined;
  for (let col = table.range.left; col <= table.range.right; col++) {
    const cell = sheet.getCell(row, col);
    if (cell?.error === undefined) continue;
    const error: ErrorCell = { table, sheet, row, col, error: cell.error };
    if (cell.formula !== undefined) error.formula = cell.formula;
    (errors ??= []).push(error);
  }
  return errors ?? NO_ERRORS;
}

/**
 * An input is a typed value, or a formula whose result is not blank or 0 (a link that brings a
 * value in); the row number of a `No` column is the template's own, not an input.
 */
function holdsInput(
  table: DetectedTable,
  sheet: Sheet,
  row: number,
  numbering: ReadonlySet<number>,
): boolean {
  for (let col = table.range.left; col <= table.range.right; col++) {
    if (numbering.has(col)) continue;
    const cell = sheet.getCell(row, col);
    if (!cell || cell.error !== undefined) continue;
    const { value } = cell;
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (cell.formula !== undefined && (value === 0 || value === false)) continue;
    return true;
  }
  return false;
}
