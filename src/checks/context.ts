/**
 * What a check sees: the workbook's facts (the model, the detected tables, the user's choices,
 * each distinct value read once, the indicators and budget tables answered once) and a memo for
 * what several checks of one validation share (the indicator rows, the capaian verdicts …).
 */
import type { Akumulasi } from '../core/akumulasi';
import type { ScaleName } from '../core/predikat';
import type { WorkbookFacts } from '../facts/facts';
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
  /** The facts' readers: a cell read as a number (once per value), an amount, a (merge-aware) text. */
  readonly sheet: WorkbookFacts['sheet'];
  readonly sheetIndex: WorkbookFacts['sheetIndex'];
  readonly number: WorkbookFacts['number'];
  readonly amount: WorkbookFacts['amount'];
  readonly text: WorkbookFacts['text'];

  constructor(readonly facts: WorkbookFacts) {
    this.model = facts.model;
    this.tables = facts.tables;
    this.skala = facts.choices.skala;
    this.toleransi = facts.choices.toleransi ?? 0;
    this.jenis = facts.choices.jenis;
    this.reportYear = facts.year?.value;
    this.sheet = facts.sheet.bind(facts);
    this.sheetIndex = facts.sheetIndex.bind(facts);
    this.number = facts.number.bind(facts);
    this.amount = facts.amount.bind(facts);
    this.text = facts.text.bind(facts);
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
