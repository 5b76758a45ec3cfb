/** The BAB III tables generator and table detection: the chunk the "Tabel LKj" panel loads. */
export { tabelGenerator } from '../tabel';
export { WorkbookFacts } from '../facts/facts';
export { detectTables } from '../workbook/detect';
