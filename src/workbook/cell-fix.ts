/**
 * A correction to write into one cell (a finding's `fix`): a number (with `numFmt: 'General'`
 * where the cell is formatted as Text, which would keep a number typed into it as text) or a
 * formula (without `=`, as the model holds formulas). Nothing else of the cell changes. In the
 * model's layer, so that the hosts writing it need not know the checks.
 */
import type { Cell } from './model';

export type CellFix = {
  sheet: string;
  cell: string;
  /**
   * What the cell held when it was checked (cellContent): a cell changed since is not written,
   * since the fix was worked out from what it held then.
   */
  was: string;
} & ({ value: number; numFmt?: 'General' } | { formula: string });

/**
 * A cell's content as Excel's `Range.formulas` gives it: the formula with its `=`, else the value
 * (as text, so that a number and its reading compare alike).
 */
export function cellContent(cell: Cell | undefined): string {
  if (cell?.formula !== undefined) return `=${cell.formula}`;
  return String(cell?.value ?? '');
}
