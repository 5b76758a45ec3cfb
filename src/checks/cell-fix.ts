/**
 * Corrections a finding offers (Finding.fix): the number that reads back as the value the
 * check read, written where nothing else is lost by writing it.
 */
import { cleanFloat } from '../workbook/cell-number';
import { toA1, type Sheet } from '../workbook/model';
import { numberFormatEffect } from '../workbook/number-format';
import { cellContent, type CellFix } from '../workbook/cell-fix';
import type { Finding } from './finding';

/** Whether `numberFix` corrects the cell: one that holds a value, not a formula. */
export function numberFixable(sheet: Sheet, row: number, col: number): boolean {
  const cell = sheet.getCell(row, col);
  return cell !== undefined && cell.formula === undefined;
}

/**
 * The number to type into the cell for `value` (in the units the user sees), or undefined where
 * the text comes from a formula: writing a number there would delete the formula. A cell with a
 * percent format shows a number × 100, so it gets value / 100; one formatted as Text gets General.
 */
export function numberFix(
  sheet: Sheet,
  row: number,
  col: number,
  value: number,
): CellFix | undefined {
  const cell = sheet.getCell(row, col);
  if (!cell || cell.formula !== undefined) return undefined;
  const fix: CellFix = { sheet: sheet.name, cell: toA1(row, col), was: cellContent(cell), value };
  if (cell.numFmt === '@') return { ...fix, numFmt: 'General' };
  if (numberFormatEffect(cell.numFmt).percent) return { ...fix, value: cleanFloat(value / 100) };
  return fix;
}

/**
 * Gives the finding its corrections when they are first read (the pane's "Perbaiki", the worker's
 * message to the pane), then keeps them: a column of 40.000 texts would otherwise hold as many
 * objects from its check to the end of a validation that never reads them. The model the checks
 * read does not change, so they are the same whenever they are made.
 */
export function fixOnRead(finding: Finding, make: () => CellFix[]): void {
  let made: CellFix[] | undefined;
  Object.defineProperty(finding, 'fix', {
    enumerable: true,
    configurable: true,
    get: () => (made ??= make()),
  });
}
