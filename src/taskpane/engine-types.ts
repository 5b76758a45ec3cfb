/**
 * What the pane and its engine pass each other: the engine runs where the workbook is held (the
 * web page's worker, or the pane's own thread in Excel, see session.ts) and answers in plain data
 * only, which a worker's message keeps. Types only: nothing here reaches the start-up script.
 */
import type { UncheckedSheet } from '../checks';
import type { Finding } from '../checks/finding';
import type { JenisIndikator } from '../checks/jenis-indikator';
import type { Akumulasi } from '../core/akumulasi';
import type { Arah } from '../core/capaian';
import type { EvaluasiPlan, IndicatorType, RowResults as EvaluasiResults } from '../evaluasi';
import type { ValidationSettings } from '../laporan/outcome';
import type { FooterResults, RenjaPlan, RenjaRow, RowResults, Triwulan } from '../renja';
import type { BobotPilihan, SkmPlan, SkmSurveyPlan, SkmUnsur } from '../skm/types';
import type { TabelOptions, TabelPlan, TabelSection } from '../tabel/types';
import type { DetectedTable } from '../workbook/table-types';

/** Where a validation is: sheets read, tables being detected, checks run (the pane's progress). */
export type ValidationStep =
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'detecting' }
  /** The facts that take long (every table's budget) worked out before the checks, in steps. */
  | { kind: 'preparing' }
  | { kind: 'checking'; done: number; total: number };

/** Where a generator's run is: reading and detecting as a validation, then planning or writing. */
export type PlanStep =
  Exclude<ValidationStep, { kind: 'checking' }> | { kind: 'planning' } | { kind: 'writing' };

/** What a validation found, without the workbook it read. */
export interface Checked {
  tables: DetectedTable[];
  findings: Finding[];
  uncheckedSheets: UncheckedSheet[];
  /** The checks that ran, in registry order, for grouping and headings. */
  checks: readonly { id: string; title: string; description: string }[];
  /** Indicators on Renja forms, whose jenis the user may set; `leftOut` beyond the list's cap. */
  jenis: { list: JenisIndikator[]; leftOut: number };
}

/** What the user chose per Evaluasi row (by EvaluasiRow.id, the indicator's key). */
export interface EvaluasiChoices {
  types: Record<string, IndicatorType>;
  arah: Record<string, Arah>;
}

/** The quarter of the Renja form (none: the one after the last filled), and jenis per row id. */
export interface RenjaChoices {
  jenis: Readonly<Record<string, Akumulasi>>;
  tw?: Triwulan;
}

/** The Evaluasi plan with what each row's formulas give, in the order of its rows. */
export interface EvaluasiPreview {
  plan: EvaluasiPlan;
  results: EvaluasiResults[];
}

/** The BAB III tables, each with its first rows only and the number of all of them. */
export type TabelPreview = Pick<TabelPlan, 'year' | 'scale' | 'notes'> & {
  sections: (TabelSection & { rowCount: number })[];
};

/** The Renja form's first rows with what their formulas give, the footer's, and the rows' number. */
export type RenjaPreview = Pick<RenjaPlan, 'year' | 'tw' | 'source' | 'notes'> & {
  rows: { row: RenjaRow; results: RowResults }[];
  rowCount: number;
  footer: FooterResults;
};

/** The weight and population the user chose for the SKM sheet (none: 1/9, the workbook's N). */
export interface SkmChoices {
  bobot: BobotPilihan;
  populasi?: number;
}

/** The SKM plan without the answer cells: per unsur what its formulas give, the unit's IKM. */
export type SkmPreview = Pick<SkmPlan, 'year' | 'missing' | 'notes'> & {
  survey?: Omit<SkmSurveyPlan, 'unsur' | 'profiles' | 'splits'> & {
    unsur: Omit<SkmUnsur, 'answers' | 'tidakSah' | 'teks'>[];
    splits: string[];
  };
};

/** Per generator of the pane: the user's choices, the preview it shows, what writing may change. */
export interface PanePlans {
  evaluasi: { choices: EvaluasiChoices; preview: EvaluasiPreview; write: undefined };
  tabel: { choices: null; preview: TabelPreview; write: TabelOptions };
  renja: { choices: RenjaChoices; preview: RenjaPreview; write: undefined };
  skm: { choices: SkmChoices; preview: SkmPreview; write: undefined };
}

export type GeneratorId = keyof PanePlans;

/** A generator's plan as the pane asks for it: the settings and the user's choices. */
export interface PlanRequest<G extends GeneratorId> {
  generator: G;
  settings: ValidationSettings;
  choices: PanePlans[G]['choices'];
  /** The report year the user typed, over the workbook's; needed where the workbook states none. */
  tahun?: number;
}

/** Writing the planned sheet; `options` where the layout takes others than the plan's. */
export interface WriteRequest<G extends GeneratorId> extends PlanRequest<G> {
  options?: PanePlans[G]['write'];
}

/** The "Hasil Validasi" sheet of a validation the pane shows. */
export interface ReportRequest {
  settings: ValidationSettings;
  /** Its tables too: the workbook held may have been read again since (a sheet added). */
  validation: Pick<Checked, 'tables' | 'findings' | 'uncheckedSheets'>;
  /** The file the report is about, or `Workbook ini` in Excel. */
  source: string;
}
