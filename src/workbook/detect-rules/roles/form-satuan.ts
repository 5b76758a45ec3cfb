/**
 * A Renja form's column under a numbered K | Rp group with no unit of its own (the K cell merged
 * over it) whose cells are mostly words (`persen`, `jenis`, `dokumen`) is the group's Satuan.
 */
import type { SheetGrid } from '../../detect-grid';
import type { DetectedTable } from '../../table-types';
import { isFilled, isNumberLike } from '../../detect-text';
import { setRole, type BodyRule } from '../rule';

export const formSatuan: BodyRule = {
  id: 'satuan-form',
  description:
    'Kolom formulir Renja tanpa satuan K/Rp di bawah nomor kolom K | Rp yang selnya kebanyakan ' +
    'kata (persen, dokumen) adalah kolom satuan.',
  apply(table, grid) {
    if (table.kind !== 'renja') return false;
    const { columns } = table;
    const measured = new Set(
      columns.filter((c) => c.measure !== undefined && c.number !== undefined).map((c) => c.number),
    );
    for (const column of columns) {
      if (column.measure !== undefined || !measured.has(column.number)) continue;
      const { words, numbers } = wordsAndNumbers(table, grid, column.col);
      if (words > numbers) setRole(column, 'satuan', this, table.why);
    }
    return false;
  },
};

/** How many of the column's data cells hold words, and how many numbers. */
export function wordsAndNumbers(
  table: DetectedTable,
  grid: SheetGrid,
  col: number,
): { words: number; numbers: number } {
  let words = 0;
  let numbers = 0;
  for (const row of table.dataRows) {
    const value = grid.sheet.value(row, col);
    if (!isFilled(value)) continue;
    if (isNumberLike(value)) numbers++;
    else words++;
  }
  return { words, numbers };
}
