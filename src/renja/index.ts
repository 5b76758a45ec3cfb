/**
 * The Renja evaluation form generator (Permendagri 86/2017, E.81): planRenja reads the rows from
 * the last quarter's form or the workbook's tables (the pane previews the plan and lets the user
 * set a jenis, by planning again with overrides); renjaSheet lays it out as a new sheet whose
 * realisasi, capaian, rata-rata and predikat are native formulas with their values cached.
 */
import type { Generator } from '../sheetgen/generator';
import { whole } from '../core/steps';
import { planRenja } from './plan';
import { renjaSheet, renjaSheetName } from './sheet';
import type { RenjaOptions, RenjaPlan } from './types';

export { planRenja, MAX_ROWS } from './plan';
export {
  renjaSheet,
  renjaSheetName,
  romanTw,
  FIRST_DATA_ROW,
  formRowsOf,
  rowResults,
  footerResults,
  RENJA_SCALE,
  type RowResults,
  type FooterResults,
} from './sheet';
export type { Result } from '../sheetgen/expr';
export { COL as RENJA_COLUMNS } from './formulas';
export * from './types';

export const renjaGenerator: Generator<RenjaPlan, RenjaOptions> = {
  id: 'renja',
  title: 'Formulir Evaluasi Renja (Permendagri 86/2017, E.81)',
  plan: (facts, options) => whole(() => planRenja(facts, options)),
  sheetName: (plan) => renjaSheetName(plan),
  layout: (plan, names) => whole(() => renjaSheet(plan, names)),
  notes: (plan) => plan.notes,
};
