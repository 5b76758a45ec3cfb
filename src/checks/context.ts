/**
 * What a check sees: the workbook's facts (the model, the detected tables, the user's choices,
 * every cell read once, the indicators and budget tables answered once) and a memo for what
 * several checks of one validation share (the indicator rows, the capaian verdicts …).
 */
import type { Akumulasi } from '../core/akumulasi';
import type { ScaleName } from '../core/predikat';
import type { WorkbookFacts } from '../facts/facts';
import type { CellNumber } from '../workbook/cell-number';
import type { Sheet, WorkbookModel } from '../workbook/model';
import { toA1 } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';

export class CheckContext {
  readonly model: WorkbookModel;
  readonly tables: readonly DetectedTable[];
  readonly skala?: ScaleName;
  /** Extra absolute tolerance in percentage points. */
  readonly toleransi: number;
  /** The user's jenis per indicator name. */
  readonly jenis?: Readonly<Record<string, Akumulasi>>;
  /** The year a table without a stated year is about: the facts' report year. */
  readonly reportYear?: number;
  private readonly memo = new Map<(context: CheckContext) => unknown, unknown>();

  constructor(readonly facts: WorkbookFacts) {
    this.model = facts.model;
    this.tables = facts.tables;
    this.skala = facts.choices.skala;
    this.toleransi = facts.choices.toleransi ?? 0;
    this.jenis = facts.choices.jenis;
    this.reportYear = facts.year?.value;
  }

  sheet(name: string): Sheet {
    return this.facts.sheet(name);
  }

  /** Position of a sheet in the workbook, for sorting findings. */
  sheetIndex(name: string): number {
    return this.facts.sheetIndex(name);
  }

  /** The cell read as a number (read once, by the facts). */
  number(sheet: Sheet, row: number, col: number): CellNumber {
    return this.facts.number(sheet, row, col);
  }

  /** A rupiah amount: as `number`, except that a percent format (a slip on money) is ignored. */
  amount(sheet: Sheet, row: number, col: number): CellNumber {
    return this.facts.amount(sheet, row, col);
  }

  /** The cell's text, trimmed; a cell inside a merge shows its master's text. */
  text(sheet: Sheet, row: number, col: number): string {
    return this.facts.text(sheet, row, col);
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
