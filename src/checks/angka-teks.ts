import { decimalsOf, formatAngka } from '../core/angka';
import { readCellNumber, type CellNumber } from '../workbook/cell-number';
import type { Check } from './check';
import { finding, stepped } from './check';
import { stepEach } from '../core/steps';
import { fixOnRead, numberFix, numberFixable } from './cell-fix';
import type { CellFix, Finding } from './finding';
import { counted, examples, firstCell, textColumns, type TextColumn } from './text-columns';

export const rule: Check = stepped({
  id: 'angka-teks',
  title: 'Angka tersimpan sebagai teks',
  severity: 'warning',
  description:
    'Angka disimpan sebagai teks di kolom angka: Excel tidak dapat menghitungnya dengan rumus. Satu temuan per kolom tabel, dengan jumlah selnya.',
  *steps(context) {
    // Text with words beside its number is angka-satuan's: the fix is another one.
    const columns = yield* textColumns(
      context,
      (reading) =>
        reading.fromText &&
        reading.value !== null &&
        reading.problem === undefined &&
        reading.words === undefined,
    );
    yield;
    // A column's corrections are a cell each: a column a step.
    return yield* stepEach(columns, (column) => [report(column)]);
  },
});

/** The number to type, as the user types it: `95,23`, `2.038.004.581` (no trailing zeros). */
export function typedNumber(value: number): string {
  return formatAngka(value, decimalsOf(value));
}

const typedOf = (reading: CellNumber) => typedNumber(reading.value ?? 0);

/** `expected` and `actual` only where the column holds one text, as a single cell does. */
function report(column: TextColumn): Finding {
  const { first, texts } = column;
  const what = 'angka disimpan sebagai teks';
  const { source, col, rows } = column;
  const fixable = rows.some((row) => numberFixable(source, row, col));
  // Text a formula gives (`IFERROR(…;"0%")`) is corrected in the formula, not by typing.
  const typing = fixable ? 'ketik' : 'teks ini hasil rumus: ubah rumusnya agar memberi';
  let result: Finding;
  if (texts.length === 1) {
    const message =
      column.count === 1
        ? `Angka disimpan sebagai teks: "${first.raw}"`
        : `${counted(column, what)}, semuanya "${first.raw}"`;
    result = finding(
      rule,
      firstCell(column),
      `${message}; ${typing} ${typedOf(first)} sebagai angka`,
      first.value ?? undefined,
      first.raw,
    );
  } else {
    result = finding(
      rule,
      firstCell(column),
      `${counted(column, what)}; ${typing} sebagai angka` +
        examples(column, (text) => `"${text.raw}" → ${typedOf(text)}`),
    );
  }
  if (fixable)
    fixOnRead(result, () => {
      const fix: CellFix[] = [];
      for (const row of rows) {
        // The value the check read (ModelReader shares readCellNumber's reading, and the model
        // does not change), read here without keeping the check's context alive with the finding.
        const cell = numberFix(source, row, col, readCellNumber(source.getCell(row, col)).value!);
        if (cell) fix.push(cell);
      }
      return fix;
    });
  return result;
}
