/**
 * What a check sees: the model, the detected tables, the options, and cached readings of cells.
 * Facts several checks need (the indicator rows, the capaian verdicts …) are computed once per
 * validation through `shared`.
 */
import type { Akumulasi } from '../core/akumulasi';
import type { ScaleName } from '../core/predikat';
import type { DetectedTable } from '../workbook/table-types';
import { gridOf } from '../workbook/detect-grid';
import type { Sheet, WorkbookModel } from '../workbook/model';
import { toA1 } from '../workbook/model';
import type { ValidationOptions } from './check';
import { readCellNumber, type CellNumber } from './reading';

export class CheckContext {
  readonly skala?: ScaleName;
  /** Extra absolute tolerance in percentage points. */
  readonly toleransi: number;
  /** The user's jenis per indicator name (ValidationOptions.jenis). */
  readonly jenis?: Readonly<Record<string, Akumulasi>>;
  /** The year a table without a stated year is about: the latest year any table states. */
  readonly reportYear?: number;
  private readonly sheetsByName = new Map<string, Sheet>();
  private readonly sheetOrder = new Map<string, number>();
  /** Per sheet, per row, per column: plain arrays, which grow far cheaper than one big Map. */
  private readonly readings = new Map<Sheet, CellNumber[][]>();
  private readonly memo = new Map<(context: CheckContext) => unknown, unknown>();

  constructor(
    readonly model: WorkbookModel,
    readonly tables: readonly DetectedTable[],
    options: ValidationOptions = {},
  ) {
    this.skala = options.skala;
    this.toleransi = options.toleransi ?? 0;
    this.jenis = options.jenis;
    model.sheets.forEach((sheet, index) => {
      this.sheetsByName.set(sheet.name, sheet);
      this.sheetOrder.set(sheet.name, index);
    });
    const years = tables.flatMap((t) => [t.year, ...t.columns.map((c) => c.year)]);
    const stated = years.filter((y): y is number => y !== undefined);
    this.reportYear = stated.length > 0 ? Math.max(...stated) : undefined;
  }

  sheet(name: string): Sheet {
    const sheet = this.sheetsByName.get(name);
    if (!sheet) throw new Error(`Lembar tidak ditemukan: ${name}`);
    return sheet;
  }

  /** Position of a sheet in the workbook, for sorting findings. */
  sheetIndex(name: string): number {
    return this.sheetOrder.get(name) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The cell read as a number (cached). */
  number(sheet: Sheet, row: number, col: number): CellNumber {
    let bySheet = this.readings.get(sheet);
    if (!bySheet) {
      bySheet = [];
      this.readings.set(sheet, bySheet);
    }
    const byRow = (bySheet[row] ??= []);
    return (byRow[col] ??= readCellNumber(sheet.getCell(row, col)));
  }

  /** A rupiah amount: as `number`, except that a percent format (a slip on money) is ignored. */
  amount(sheet: Sheet, row: number, col: number): CellNumber {
    const reading = this.number(sheet, row, col);
    return reading.fromPercentFormat ? readCellNumber(sheet.getCell(row, col), true) : reading;
  }

  /** The cell's text, trimmed; a cell inside a merge shows its master's text. */
  text(sheet: Sheet, row: number, col: number): string {
    const value = sheet.merges.length === 0 ? sheet.value(row, col) : gridOf(sheet).shown(row, col);
    if (value === null) return '';
    const text = String(value);
    // Most cells need only a trim; line breaks and double spaces are rarer.
    return /\s\s|[\n\r\t]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  }

  /** The value of `compute(context)`, computed once per validation. */
  shared<T>(compute: (context: CheckContext) => T): T {
    if (!this.memo.has(compute)) this.memo.set(compute, compute(this));
    return this.memo.get(compute) as T;
  }

  /** The sheet and A1 address of a cell, as findings name it. */
  at(sheet: Sheet | string, row: number, col: number): { sheet: string; cell: string } {
    return { sheet: typeof sheet === 'string' ? sheet : sheet.name, cell: toA1(row, col) };
  }
}
