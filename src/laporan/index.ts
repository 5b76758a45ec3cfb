/**
 * The validation report generator ("Hasil Validasi"): planLaporan puts a validation's findings in
 * the pane's order with its summary and settings; laporanSheet lays them out as a new sheet, one
 * row per finding with a link to its cell. The pane writes it ("Tulis laporan ke sheet") and so
 * does `lkj validate --laporan`.
 */
import type { Generator } from '../sheetgen/generator';
import { whole } from '../core/steps';
import { planLaporan, type LaporanOptions, type LaporanPlan } from './plan';
import { LAPORAN_SHEET_NAME, laporanSheet } from './sheet';

export * from './outcome';
export { planLaporan, type LaporanOptions, type LaporanPlan } from './plan';
export { laporanSheet, LAPORAN_SHEET_NAME } from './sheet';

export const laporanGenerator: Generator<LaporanPlan, LaporanOptions> = {
  id: 'laporan',
  title: 'Laporan hasil validasi',
  plan: (facts, options) => whole(() => planLaporan(facts, options)),
  sheetName: () => LAPORAN_SHEET_NAME,
  layout: (plan, names) => whole(() => laporanSheet(plan, names)),
  notes: () => [],
};
