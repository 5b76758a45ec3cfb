/**
 * The LKj BAB III tables generator ("Susun Tabel LKj"): planTabel reads what the workbook knows
 * (the one indicator model, the budget tables) and previews each table (Tabel 3.1–3.7 as the
 * seed report numbers them, 3.8 earlier years, 3.9 anggaran); tabelSheet lays the chosen ones out
 * as one new sheet "Tabel LKj TAHUN" whose capaian, predikat, change, efisiensi and totals are
 * native Excel formulas with cached values, and what only the staff know are yellow cells.
 */
import type { Generator } from '../sheetgen/generator';
import { planTabelSteps } from './plan';
import { tabelSheetName, tabelSheetSteps } from './sheet';
import { TABEL_IDS, type TabelOptions, type TabelPlan } from './types';

export { planTabel } from './plan';
export { tabelSheet, tabelSheetName } from './sheet';
export * from './types';

export const tabelGenerator: Generator<TabelPlan, TabelOptions> = {
  id: 'tabel',
  title: 'Tabel LKj BAB III',
  plan: (facts, options) => planTabelSteps(facts, options),
  sheetName: (plan) => tabelSheetName(plan.year),
  layout: (plan, names, options) => tabelSheetSteps(plan, names, options.tabel ?? TABEL_IDS),
  notes: (plan) => plan.notes,
};
