/**
 * The engine the pane runs on a workbook: the validator, its report and the evaluasi generator. Loaded with
 * import() when first needed (see loadEngine), so the pane's first paint does not wait for it.
 */
export { checks, validateWorkbook } from '../checks';
export { jenisIndikator } from '../checks/jenis-indikator';
export { evaluasiGenerator, evaluateRow } from '../evaluasi';
export { WorkbookFacts } from '../facts/facts';
export { laporanGenerator } from '../laporan';
export { detectTables } from '../workbook/detect';
