import type { Check } from './check';
import { finding } from './check';
import type { Finding } from './finding';
import { counted, examples, firstCell, textColumns, type TextColumn } from './text-columns';

export const rule: Check = {
  id: 'angka-teks',
  title: 'Angka tersimpan sebagai teks',
  severity: 'warning',
  description:
    'Angka disimpan sebagai teks di kolom angka: Excel tidak dapat menghitungnya dengan rumus. Satu temuan per kolom tabel, dengan jumlah selnya.',
  check(context) {
    // Text with words beside its number is angka-satuan's: the fix is another one.
    return textColumns(
      context,
      (reading) =>
        reading.fromText &&
        reading.value !== null &&
        reading.problem === undefined &&
        reading.words === undefined,
    ).map(report);
  },
};

/** `expected` and `actual` only where the column holds one text, as a single cell does. */
function report(column: TextColumn): Finding {
  const { first, texts } = column;
  const what = 'angka disimpan sebagai teks';
  if (texts.length === 1) {
    const message =
      column.count === 1
        ? `Angka disimpan sebagai teks: "${first.raw}"`
        : `${counted(column, what)}, semuanya "${first.raw}"`;
    return finding(rule, firstCell(column), message, first.value ?? undefined, first.raw);
  }
  return finding(
    rule,
    firstCell(column),
    counted(column, what) + examples(column, (text) => `"${text.raw}"`),
  );
}
