/**
 * What the workbook says, answered once: every check and every generator reads these facts and
 * none works out a year, a target, a jenis, a row key or a budget total on its own. Each answer is
 * computed the first time it is asked for and kept; each distinct value is read as a number once.
 */
import type { ScaleName } from '../core/predikat';
import { finish, type Steps } from '../core/steps';
import type { CellNumber } from '../workbook/cell-number';
import { ModelReader } from '../workbook/cells';
import { staffModel, type Sheet, type WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { FactChoices } from './choices';
import { budgetTablesOf, formBudgetOf, type BudgetReader, type BudgetTable } from './budget';
import { ikmOlahOf, type IkmOlah } from './ikm-olah';
import { indicatorFacts, type IndicatorFacts, type IndicatorSource } from './indicator-facts';
import { olahSkmOf, type OlahSkm } from './olah-skm';
import { profilSkmOf, type ProfilKelompok } from './profil-skm';
import { renjaFormOf, sourceForm, type RenjaForm } from './renja-form';
import { findSignature, type Signature } from './signature';
import { statedPopulation, surveysOf, type StatedPopulation, type SurveyAnswers } from './skm';
import { formUnit, unitName, workbookScale } from './unit';
import { reportYearOf, type ReportYear } from './year';

export interface ScaleFact {
  value: ScaleName;
  from: 'pilihan' | 'label' | 'bawaan';
}

export type { FactChoices } from './choices';

export class WorkbookFacts implements BudgetReader, IndicatorSource {
  readonly reader: ModelReader;
  /** The staff's sheets: the add-in's outputs are never a source (DOMAIN §9). */
  readonly model: WorkbookModel;
  private readonly sheetsByName = new Map<string, Sheet>();
  private readonly sheetOrder = new Map<string, number>();
  private readonly memo = new Map<string, unknown>();

  constructor(
    workbook: WorkbookModel,
    readonly tables: readonly DetectedTable[],
    readonly choices: FactChoices = {},
  ) {
    const model = (this.model = staffModel(workbook));
    this.reader = new ModelReader(model);
    model.sheets.forEach((sheet, index) => {
      this.sheetsByName.set(sheet.name, sheet);
      this.sheetOrder.set(sheet.name, index);
    });
  }

  /** The year the report is about, with where it was read; absent where nothing states one. */
  get year(): ReportYear | undefined {
    return this.once('year', () => reportYearOf(this.tables, this.model, this.choices.tahun));
  }

  /**
   * `KECAMATAN KLAKAH`: the `Perangkat Daerah :` line of the latest Renja form, else a title
   * naming the unit.
   */
  get unit(): string | undefined {
    return this.once('unit', () => {
      const form = [...this.tables].reverse().find((table) => table.kind === 'renja');
      return (form && formUnit(this.reader, form)) ?? unitName([...this.tables]);
    });
  }

  get scale(): ScaleFact {
    return this.once('scale', (): ScaleFact => {
      if (this.choices.skala) return { value: this.choices.skala, from: 'pilihan' };
      const recognised = workbookScale(this.reader, [...this.tables]);
      return recognised ? { value: recognised, from: 'label' } : { value: 'LKJ', from: 'bawaan' };
    });
  }

  /** The signature block a generated sheet copies, and a note where it could not be used. */
  get signature(): { signature: Signature; note?: string } {
    return this.once('signature', () => findSignature(this.reader, [...this.tables]));
  }

  get indicators(): IndicatorFacts {
    return this.once('indicators', () => indicatorFacts(this));
  }

  /** Every table of the survey's raw answers (SKM.md §3), read. */
  get surveys(): SurveyAnswers[] {
    return this.once('surveys', () => surveysOf(this.reader, this.tables));
  }

  /** The survey's population where a sheet states it (`Jumlah Populasi … | 1.250`). */
  get surveyPopulation(): StatedPopulation | undefined {
    return this.once('surveyPopulation', () => statedPopulation(this.reader, this.model));
  }

  /** The SKM processing tables staff built by hand, with what each states. */
  get olahSkm(): OlahSkm[] {
    return this.once('olahSkm', () => olahSkmOf(this, this.tables));
  }

  /** The one processing table stating the report year's IKM (or that there are several). */
  get ikmOlah(): IkmOlah | undefined {
    return this.once('ikmOlah', () => ikmOlahOf(this));
  }

  /** The respondents' characteristics tables of an SKM report, group by group. */
  get profilSkm(): ProfilKelompok[] {
    return this.once('profilSkm', () => profilSkmOf(this, this.model.sheets));
  }

  /** The columns of a Renja form (undefined for another table), read once per table. */
  renjaForm(table: DetectedTable): RenjaForm | undefined {
    const forms = this.once('renjaForms', () => new Map<DetectedTable, RenjaForm | undefined>());
    if (!forms.has(table)) forms.set(table, renjaFormOf(table));
    return forms.get(table);
  }

  /** Every budget table with its hierarchy and the totals it states. */
  get budgets(): BudgetTable[] {
    return this.once('budgets', () => finish(budgetTablesOf(this, this.tables)));
  }

  /**
   * Works out, in steps, the facts that take long on a large workbook (every table's budget), as
   * the getters would on first need: the pane in Excel pauses between the steps. The getters
   * then answer with what was prepared, the same objects.
   */
  *prepare(): Steps<void> {
    if (!this.memo.has('budgets'))
      this.memo.set('budgets', yield* budgetTablesOf(this, this.tables));
    for (const table of this.tables) {
      if (table.kind !== 'renja') continue;
      yield* this.renjaBudgetSteps(table);
      yield;
    }
  }

  /**
   * The budget of the Renja form the generators carry on (its year's Rp columns and its row
   * hierarchy); not among `budgets`, which the checks read table by table.
   */
  get formBudget(): BudgetTable | undefined {
    return this.once('formBudget', () => {
      const form = sourceForm(this.tables);
      return form && this.renjaBudget(form);
    });
  }

  /** The budget of one Renja form (undefined for another table), read once per table. */
  renjaBudget(table: DetectedTable): BudgetTable | undefined {
    return finish(this.renjaBudgetSteps(table));
  }

  private *renjaBudgetSteps(table: DetectedTable): Steps<BudgetTable | undefined> {
    const budgets = this.once(
      'renjaBudgets',
      () => new Map<DetectedTable, BudgetTable | undefined>(),
    );
    if (!budgets.has(table)) {
      const form = this.renjaForm(table);
      budgets.set(table, form && (yield* formBudgetOf(this, form)));
    }
    return budgets.get(table);
  }

  sheet(name: string): Sheet {
    const sheet = this.sheetsByName.get(name);
    if (!sheet) throw new Error(`Lembar tidak ditemukan: ${name}`);
    return sheet;
  }

  /** Position of a sheet in the workbook, for sorting. */
  sheetIndex(name: string): number {
    return this.sheetOrder.get(name) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The cell read as a number, once: value, how its text was read, its format's effect. */
  number(sheet: Sheet, row: number, col: number): CellNumber {
    return this.reader.numberAt(sheet, row, col);
  }

  /** A rupiah amount: a percent format on money (a slip) is ignored. */
  amount(sheet: Sheet, row: number, col: number): CellNumber {
    return this.reader.amountAt(sheet, row, col);
  }

  /** The cell's text, trimmed; a cell inside a merge shows its master's text. */
  text(sheet: Sheet, row: number, col: number): string {
    return this.reader.textAt(sheet, row, col);
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}
