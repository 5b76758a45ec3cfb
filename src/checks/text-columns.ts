/**
 * Text cells of numeric columns grouped by table column: a workbook exported with every zero typed
 * as `0,00` holds thousands of them, which one finding per cell would bury the other findings
 * under, while the fix (select the column, convert it) is one action per column.
 */
import { formatAngka } from '../core/angka';
import type { Steps } from '../core/steps';
import type { CellNumber } from '../workbook/cell-number';
import { toA1, type Sheet } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { CheckContext } from './context';
import { forEachNumericCell } from './tables';

/** Distinct texts quoted in the message of a column with several of them. */
const EXAMPLES = 3;

/** The accepted text cells of one column of one table. */
export interface TextColumn {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  count: number;
  first: CellNumber;
  /** Distinct readings by text, up to one more than EXAMPLES (to know there are more). */
  texts: CellNumber[];
  /**
   * The row of every accepted cell of the column, top to bottom, for the corrections: a packed
   * list of 4 bytes a row rather than an object per cell (a column holds thousands, kept with the
   * finding to the end of the validation); each value is read again when a correction is made.
   */
  rows: Int32Array;
  source: Sheet;
}

/** A column as it is walked: its rows in a list that grows, packed once the walk is done. */
type Walked = Omit<TextColumn, 'rows'> & { rows: number[] };

/** The accepted text cells of every numeric column, in steps (see `forEachNumericCell`). */
export function* textColumns(
  context: CheckContext,
  accept: (reading: CellNumber) => boolean,
): Steps<TextColumn[]> {
  const columns = new Map<DetectedTable, Map<number, Walked>>();
  yield* forEachNumericCell(context, (sheet, row, col, reading, table) => {
    if (!accept(reading)) return;
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
        texts: [reading],
        rows: [row],
        source: sheet,
      });
      return;
    }
    column.rows.push(row);
    column.bottom = row;
    column.count++;
    if (column.texts.length <= EXAMPLES && !column.texts.some((text) => text.raw === reading.raw))
      column.texts.push(reading);
  });
  return [...columns.values()].flatMap((byCol) =>
    [...byCol.values()].map((column) => ({ ...column, rows: Int32Array.from(column.rows) })),
  );
}

/** The column's first cell, where its finding is reported. */
export function firstCell(column: TextColumn): { sheet: string; cell: string } {
  return { sheet: column.sheet, cell: toA1(column.top, column.col) };
}

/** `1.001 … di H14:H1053`: how many, and the span to select. */
export function counted({ top, bottom, col, count }: TextColumn, what: string): string {
  return `${formatAngka(count)} ${what} di ${toA1(top, col)}:${toA1(bottom, col)}`;
}

/** `: "a", "b"` or `, antara lain "a", "b", "c"`, each text as `quote` writes it. */
export function examples(column: TextColumn, quote: (reading: CellNumber) => string): string {
  const quoted = column.texts.slice(0, EXAMPLES).map(quote).join(', ');
  return column.texts.length > EXAMPLES ? `, antara lain ${quoted}` : `: ${quoted}`;
}
