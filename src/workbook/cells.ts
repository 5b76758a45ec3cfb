/** Reading the workbook model the way the generators need: merge-aware text and numbers. */
import { readAngka } from '../core/angka';
import { gridOf } from './detect-grid';
import type { Cell, CellRef, Sheet, WorkbookModel } from './model';
import type { DetectedTable, TableColumn, ColumnRole } from './table-types';

/**
 * How a number cell is read: a number as it is, a number formatted as percent (0,9523 shown as
 * 95,23%) times 100, or text written the Indonesian way (`95,23`, `95,23%`).
 */
export type TargetReading = 'number' | 'percent-format' | 'text' | 'text-percent';

export class ModelReader {
  private readonly sheets = new Map<string, Sheet>();

  constructor(readonly model: WorkbookModel) {
    for (const sheet of model.sheets) this.sheets.set(sheet.name, sheet);
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.get(name);
  }

  /** The cell, or the master cell of the merge it lies in (a merged label covers its rows). */
  cell(ref: CellRef): Cell | undefined {
    const sheet = this.sheets.get(ref.sheet);
    if (!sheet) return undefined;
    const own = sheet.getCell(ref.row, ref.col);
    if (own !== undefined) return own;
    // The grid detection built for the sheet: its merge index, not a scan of every merge.
    const merge = gridOf(sheet).mergeAt(ref.row, ref.col);
    return merge ? sheet.getCell(merge.top, merge.left) : undefined;
  }

  text(ref: CellRef): string {
    const value = this.cell(ref)?.value;
    if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
    return typeof value === 'number' ? String(value) : '';
  }

  /** The number a cell holds, in the units the staff mean (a 0,9523 formatted as % is 95,23). */
  number(ref: CellRef): { value: number; reading: TargetReading | 'constant' } | null {
    const cell = this.cell(ref);
    if (cell === undefined || cell.error !== undefined) return null;
    const { value } = cell;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return null;
      return cell.numFmt?.includes('%')
        ? { value: value * 100, reading: 'percent-format' }
        : { value, reading: 'number' };
    }
    if (typeof value !== 'string') return null;
    const angka = readAngka(value);
    if (angka.value === null || angka.guessed) return null;
    // NUMBERVALUE reads plain digits, separators and a percent sign; anything else (`Rp`) stays a constant.
    if (!/^\s*-?[\d.,\s]+%?\s*$/.test(value)) return { value: angka.value, reading: 'constant' };
    return { value: angka.value, reading: angka.percent ? 'text-percent' : 'text' };
  }
}

/** The table's column for a role; for year-grouped columns, the one of `year` (or without a year). */
export function columnOf(
  table: DetectedTable,
  role: ColumnRole,
  year?: number,
): TableColumn | undefined {
  const columns = table.columns.filter((column) => column.role === role);
  return (
    columns.find((column) => year !== undefined && column.year === year) ??
    columns.find((column) => column.year === undefined) ??
    (year === undefined ? columns[0] : undefined)
  );
}

export function refIn(table: DetectedTable, row: number, column: TableColumn): CellRef {
  return { sheet: table.sheet, row, col: column.col };
}
