/**
 * The "Evaluasi Kinerja dan Penghitungan" generator: planEvaluasi reads what the workbook knows
 * of each indicator (the pane previews it and lets the user change a type or arah, by planning
 * again with overrides); evaluasiSheet lays the plan out as a new sheet whose Hasil, Capaian and
 * Predikat are native Excel formulas with their values cached.
 */
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
