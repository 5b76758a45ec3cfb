/**
 * The LKj BAB III tables generator ("Susun Tabel LKj"): planTabel reads what the workbook knows
 * (the one indicator model, the budget tables) and previews each of the five tables;
 * tabelSheet lays the chosen ones out as one new sheet "Tabel LKj TAHUN" whose capaian,
 * predikat, change, efisiensi and totals are native Excel formulas with cached values.
 */
export { planTabel } from './plan';
export { tabelSheet, tabelSheetName } from './sheet';
export * from './types';
