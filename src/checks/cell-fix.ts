/**
 * Corrections a finding offers (Finding.fix): the number that reads back as the value the
 * check read, written where nothing else is lost by writing it.
 */
import { cleanFloat } from '../workbook/cell-number';
import { toA1, type Sheet } from '../workbook/model';
import { numberFormatEffect } from '../workbook/number-format';
import { cellContent, type CellFix } from '../workbook/cell-fix';

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
