/**
 * What every generator of a sheet is: it plans from the workbook's facts (never from the tables
 * directly: the facts answer year, targets, jenis, keys and budget once), names its sheet, and
 * lays the plan out as a SheetSpec that every host writes. The CLI command and the pane panel of a
 * generator are built from this one description. Plan and layout are made in steps (core/steps.ts):
 * the pane in Excel pauses between them, every other caller runs them through with `finish`.
 */
import type { WorkbookFacts } from '../facts/facts';
import type { SheetSpec } from './sheet-spec';
import type { Steps } from '../core/steps';

export interface Generator<Plan, Options = Record<string, never>> {
  /** `evaluasi`, `tabel`, `renja`, `laporan`: the CLI command's name. */
  readonly id: string;
  /** What the generator makes, for help texts (Bahasa Indonesia). */
  readonly title: string;
  plan(facts: WorkbookFacts, options: Options): Steps<Plan>;
  /** The name its sheet is written under (before `name (2)` when taken). */
  sheetName(plan: Plan): string;
  layout(plan: Plan, existingSheetNames: string[], options: Options): Steps<SheetSpec>;
  /** Things the user should know about the plan (Bahasa Indonesia). */
  notes(plan: Plan): readonly string[];
}
