import { formatAngka } from '../core/angka';
import { toA1 } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { Check } from './check';
import { finding } from './check';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { CellNumber } from '../workbook/cell-number';
import { forEachNumericCell } from './tables';

/** Distinct texts quoted in the message of a column with several text numbers. */
const EXAMPLES = 3;

/** The text numbers of one column of one table. */
interface TextColumn {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  count: number;
  first: CellNumber;
  /** Distinct texts, up to one more than EXAMPLES (to know there are more). */
  texts: string[];
}

export const rule: Check = {
  id: 'angka-teks',
  severity: 'warning',
  description:
    'Angka disimpan sebagai teks di kolom angka: Excel tidak dapat menghitungnya dengan rumus. Satu temuan per kolom tabel, dengan jumlah selnya.',
  check(context) {
    return textColumns(context).map(report);
  },
};

/**
 * Text numbers grouped by table column: a workbook exported with every zero typed as `0,00`
 * holds thousands of them, which one finding per cell would bury the other findings under,
 * while the fix (select the column, convert to number) is one action per column.
 */
function textColumns(context: CheckContext): TextColumn[] {
  const columns = new Map<DetectedTable, Map<number, TextColumn>>();
  forEachNumericCell(context, (sheet, row, col, reading, table) => {
    if (!reading.fromText || reading.value === null || reading.problem !== undefined) return;
    let byCol = columns.get(table);
    if (!byCol) columns.set(table, (byCol = new Map()));
    const column = byCol.get(col);
    if (!column) {
      byCol.set(col, {
        sheet: sheet.name,
        col,
        top: row,
        bottom: row,
        count: 1,
        first: reading,
        texts: [reading.raw],
      });
      return;
    }
    column.bottom = row;
    column.count++;
    if (column.texts.length <= EXAMPLES && !column.texts.includes(reading.raw))
      column.texts.push(reading.raw);
  });
  return [...columns.values()].flatMap((byCol) => [...byCol.values()]);
}

/** `expected` and `actual` only where the column holds one text, as a single cell does. */
function report(column: TextColumn): Finding {
  const { first, texts } = column;
  const at = { sheet: column.sheet, cell: toA1(column.top, column.col) };
  if (texts.length === 1) {
    const message =
      column.count === 1
        ? `Angka disimpan sebagai teks: "${first.raw}"`
        : `${counted(column)}, semuanya "${first.raw}"`;
    return finding(rule, at, message, first.value ?? undefined, first.raw);
  }
  const quoted = texts
    .slice(0, EXAMPLES)
    .map((text) => `"${text}"`)
    .join(', ');
  const listed = texts.length > EXAMPLES ? `, antara lain ${quoted}` : `: ${quoted}`;
  return finding(rule, at, counted(column) + listed);
}

/** `1.001 angka disimpan sebagai teks di H14:H1053`: the span to select and convert. */
function counted({ top, bottom, col, count }: TextColumn): string {
  const span = `${toA1(top, col)}:${toA1(bottom, col)}`;
  return `${formatAngka(count)} angka disimpan sebagai teks di ${span}`;
}
