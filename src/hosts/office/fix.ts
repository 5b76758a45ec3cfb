/**
 * Writes the findings' corrections (Finding.fix) into the open workbook: each cell's number or
 * formula, and General where a cell formatted as Text would keep a number as text; nothing else.
 * The caller runs it as one undo step (excelRun's `oneUndoStep`). Fixes go in batches under Excel
 * on the web's request limit: a few thousand cells fit one.
 */
import type { CellFix } from '../../workbook/cell-fix';
import { BYTES_PER_ACTION, PAYLOAD_BUDGET } from './payload';

/** The number of cells written. */
export async function writeFixes(
  context: Excel.RequestContext,
  fixes: readonly CellFix[],
  budgetBytes = PAYLOAD_BUDGET,
): Promise<number> {
  const sheets = new Map<string, Excel.Worksheet>();
  let used = 0;
  for (const fix of fixes) {
    // getRange, the contents, and the format where it changes.
    const bytes =
      (2 + ('numFmt' in fix ? 1 : 0)) * BYTES_PER_ACTION +
      fix.cell.length +
      ('formula' in fix ? fix.formula.length : 24);
    if (used > 0 && used + bytes > budgetBytes) {
      await context.sync();
      used = 0;
    }
    used += bytes;
    let sheet = sheets.get(fix.sheet);
    if (!sheet) sheets.set(fix.sheet, (sheet = context.workbook.worksheets.getItem(fix.sheet)));
    const range = sheet.getRange(fix.cell);
    if ('formula' in fix) {
      range.formulas = [[`=${fix.formula}`]];
    } else {
      // The format first: a number written into a cell formatted as Text stays text.
      if (fix.numFmt) range.numberFormat = [[fix.numFmt]];
      range.values = [[fix.value]];
    }
  }
  await context.sync();
  return fixes.length;
}
