/**
 * The "Evaluasi Kinerja dan Penghitungan" generator: planEvaluasi reads what the workbook knows
 * of each indicator (the pane previews it and lets the user change a type or arah, by planning
 * again with overrides); evaluasiSheet lays the plan out as a new sheet whose Hasil, Capaian and
 * Predikat are native Excel formulas with their values cached.
 */
import type { Generator } from '../sheetgen/generator';
import { whole } from '../core/steps';
import { planEvaluasi } from './plan';
import { evaluasiSheet, evaluasiSheetName } from './sheet';
import type { EvaluasiPlan } from './types';

export { planEvaluasi } from './plan';
export {
  evaluasiSheet,
  evaluasiSheetName,
  evaluateRow,
  FIRST_DATA_ROW,
  type RowResults,
} from './sheet';
export type { Result } from '../sheetgen/expr';
export { COL as EVALUASI_COLUMNS } from './formulas';
export * from './types';

export const evaluasiGenerator: Generator<EvaluasiPlan> = {
  id: 'evaluasi',
  title: 'Lembar Evaluasi Kinerja dan Penghitungan',
  plan: (facts) => whole(() => planEvaluasi(facts)),
  sheetName: (plan) => evaluasiSheetName(plan.year),
  layout: (plan, names) => whole(() => evaluasiSheet(plan, names)),
  notes: (plan) => plan.notes,
};
