/**
 * ExcelJS and JSZip, which only writing a copy needs: load.ts and write.ts import() this module
 * when a copy is written, so `lkj validate` never loads them. Through a module of our own, not
 * import('exceljs') itself: importing a CommonJS package so would add webpack's namespace helper
 * to the pane's start-up script.
 */
export { Workbook } from 'exceljs';
export { default as JSZip } from 'jszip';
