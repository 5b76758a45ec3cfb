import type { Check } from './check';
import { finding, stepped } from './check';
import { counted, examples, firstCell, textColumns } from './text-columns';

export const rule: Check = stepped({
  id: 'angka-satuan',
  title: 'Angka bercampur satuan',
  severity: 'info',
  description:
    'Angka ditulis bersama satuan atau kata lain ("24 partai politik", "9039 Petani"): angkanya dibaca, tetapi Excel tidak dapat menghitungnya. Satu temuan per kolom tabel.',
  *steps(context) {
    const columns = yield* textColumns(context, (reading) => reading.words !== undefined);
    return columns.map((column) => {
      const { first } = column;
      const fix = 'tulis satuannya di kolom Satuan agar angkanya dapat dihitung';
      if (column.count === 1)
        return finding(
          rule,
          firstCell(column),
          `"${first.raw}" dibaca sebagai ${first.shown}; ${fix}`,
          first.value ?? undefined,
          first.raw,
        );
      const listed = examples(column, (text) => `"${text.raw}" → ${text.shown}`);
      return finding(
        rule,
        firstCell(column),
        `${counted(column, 'angka ditulis bersama kata')}, dibaca angkanya${listed}; ${fix}`,
      );
    });
  },
});
