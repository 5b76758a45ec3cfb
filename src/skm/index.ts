/**
 * The SKM processing generator ("Olah SKM"): planSkm reads the survey's raw answers from the facts
 * (SKM.md §3), skmSheet writes one new sheet "Pengolahan SKM TAHUN" whose Σ, NRR, NRR tertimbang,
 * IKM, konversi, mutu, characteristics, ranking and per-group results are native Excel formulas
 * over the staff's answer cells, with cached values; the staff's sheet is never changed.
 */
import type { Generator } from '../sheetgen/generator';
import { whole } from '../core/steps';
import { planSkm } from './plan';
import { skmSheet, skmSheetName } from './sheet';
import type { SkmOptions, SkmPlan } from './types';

export { planSkm, TANPA_JAWABAN } from './plan';
export { mutuFormula, skmSheet, skmSheetName } from './sheet';
export * from './types';

export const skmGenerator: Generator<SkmPlan, SkmOptions> = {
  id: 'skm',
  title: 'Pengolahan SKM',
  plan: (facts, options) => whole(() => planSkm(facts, options)),
  sheetName: (plan) => {
    if (plan.year === undefined) throw new Error('Rencana SKM tanpa tahun');
    return skmSheetName(plan.year);
  },
  layout: (plan, names) => whole(() => skmSheet(plan, names)),
  notes: (plan) => plan.notes,
};
