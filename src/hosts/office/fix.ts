/**
 * Writes the findings' corrections (Finding.fix) into the open workbook: each cell's number or
 * formula, and General where a cell formatted as Text would keep a number as text; nothing else.
 * The caller runs it as one undo step (excelRun's `oneUndoStep`). Every cell is read first: a fix
 * was worked out from what the cell held at validation, so where any cell changed since, nothing
 * is written. Reads and writes go in batches under Excel on the web's request limit: a few
 * thousand cells fit one.
 */
import type { CellFix } from '../../workbook/cell-fix';
import { BYTES_PER_ACTION, PAYLOAD_BUDGET } from './payload';

/** Changed cells named in the refusal; the rest are counted. */
const NAMED_CHANGED = 3;

/** The number of cells written. */
export async function writeFixes(
  context: Excel.RequestContext,
  fixes: readonly CellFix[],
  budgetBytes = PAYLOAD_BUDGET,
): Promise<number> {
  const sheets = new Map<string, Excel.Worksheet>();
  const rangeOf = (fix: CellFix) => {
    let sheet = sheets.get(fix.sheet);
    if (!sheet) sheets.set(fix.sheet, (sheet = context.workbook.worksheets.getItem(fix.sheet)));
    return sheet.getRange(fix.cell);
  };
  const batched = batches(context, budgetBytes);

  const ranges: Excel.Range[] = [];
  for (const fix of fixes) {
    // getRange and the load, then the answer: the cell's content.
    await batched(2 * BYTES_PER_ACTION + fix.cell.length + fix.was.length);
    ranges.push(rangeOf(fix).load('formulas'));
  }
  await context.sync();
  const changed = fixes.filter((fix, i) => String(ranges[i].formulas[0][0]) !== fix.was);
  if (changed.length > 0) throw changedSince(changed);

  for (const [i, fix] of fixes.entries()) {
    // The contents, and the format where it changes.
    await batched(
      (1 + ('numFmt' in fix ? 1 : 0)) * BYTES_PER_ACTION +
        fix.cell.length +
        ('formula' in fix ? fix.formula.length : 24),
    );
    const range = ranges[i];
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

/** Counts a request's bytes, syncing first where the next action would pass the budget. */
function batches(context: Excel.RequestContext, budgetBytes: number) {
  let used = 0;
  return async (bytes: number): Promise<void> => {
    if (used > 0 && used + bytes > budgetBytes) {
      await context.sync();
      used = 0;
    }
    used += bytes;
  };
}

/** Fixes refused because cells changed since validation; the message is for the user. */
export class CellsChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CellsChangedError';
  }
}

function changedSince(changed: readonly CellFix[]): CellsChangedError {
  const named = changed.slice(0, NAMED_CHANGED).map((fix) => `${fix.sheet}!${fix.cell}`);
  const more =
    changed.length > NAMED_CHANGED ? ` dan ${changed.length - NAMED_CHANGED} sel lain` : '';
  return new CellsChangedError(
    `Tidak ada sel yang diubah: ${named.join(', ')}${more} sudah berubah sejak validasi. ` +
      'Jalankan validasi lagi, lalu perbaiki dari temuan yang baru.',
  );
}
