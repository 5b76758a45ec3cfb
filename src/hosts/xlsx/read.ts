/**
 * Reads an .xlsx into the host-neutral WorkbookModel. ExcelJS stays behind this one function,
 * so it can be swapped; it runs in Node and in the browser (the web page loads it with import()).
 */
import { ValueType } from 'exceljs';
import type { Cell as ExcelCell, CellValue, Worksheet } from 'exceljs';
import { Sheet, fromA1 } from '../../workbook/model';
import type { Cell, CellRange, WorkbookModel } from '../../workbook/model';
import { loadXlsx } from './load';
import { WorkbookReadError } from './read-error';

export { WorkbookReadError } from './read-error';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_SHIFT = 1_462;

/** Reads the bytes of an .xlsx. Throws WorkbookReadError (Indonesian message) and nothing else. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookModel> {
  const workbook = await loadXlsx(data);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: Sheet[] = [];
  try {
    for (const worksheet of workbook.worksheets) sheets.push(readSheet(worksheet, date1904));
  } catch {
    throw new WorkbookReadError(
      'Isi berkas .xlsx tidak dapat dibaca. Buka di Excel lalu simpan ulang, atau pakai salinan lain.',
    );
  }
  return { sheets };
}

function readSheet(worksheet: Worksheet, date1904: boolean): Sheet {
  const sheet = new Sheet(worksheet.name);
  sheet.hidden = worksheet.state === 'hidden' || worksheet.state === 'veryHidden';
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (excelCell, colNumber) => {
      const cell = readCell(excelCell, date1904);
      if (cell) sheet.setCell(rowNumber, colNumber, cell);
    });
  });
  sheet.merges.push(...readMerges(worksheet));
  sheet.excelTables.push(...readExcelTables(worksheet));
  return sheet;
}

function readCell(excelCell: ExcelCell, date1904: boolean): Cell | undefined {
  // A non-master cell of a merge reports the master's value: it is empty in the sheet.
  if (excelCell.type === ValueType.Merge) return undefined;
  const raw = excelCell.value;
  const cell: Cell = { value: null };
  if (isFormula(raw)) {
    cell.formula = formulaText(excelCell, raw);
    Object.assign(cell, scalar(raw.result as CellValue, date1904));
  } else {
    Object.assign(cell, scalar(raw, date1904));
  }
  const numFmt = excelCell.numFmt;
  if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
  return cell;
}

type FormulaLike = { formula?: string; sharedFormula?: string; result?: unknown };

function isFormula(raw: CellValue): raw is CellValue & FormulaLike {
  return typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw);
}

function formulaText(excelCell: ExcelCell, raw: FormulaLike): string {
  try {
    // For a copy of a shared formula ExcelJS translates the master's formula to this cell.
    const text = excelCell.formula;
    if (text) return text;
  } catch {
    // An untranslatable shared formula: keep the master's text below.
  }
  return raw.formula ?? raw.sharedFormula ?? '';
}

function scalar(raw: CellValue | undefined, date1904: boolean): Pick<Cell, 'value' | 'error'> {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') {
    return { value: raw };
  }
  if (raw instanceof Date) {
    const serial = raw.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_SHIFT : 0);
    return { value: Number.isFinite(serial) ? serial : null };
  }
  const object = raw as unknown as Record<string, unknown>;
  if (typeof object.error === 'string') return { value: null, error: object.error };
  if (Array.isArray(object.richText)) {
    return {
      value: object.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''),
    };
  }
  if (typeof object.text === 'string') return { value: object.text };
  if (isFormula(raw)) return scalar(object.result as CellValue, date1904);
  return { value: null };
}

function readMerges(worksheet: Worksheet): CellRange[] {
  // ExcelJS keeps merges only in a private map (its public `model` would rebuild every row).
  const merges = (worksheet as unknown as { _merges?: Record<string, { model?: CellRange }> })
    ._merges;
  const ranges: CellRange[] = [];
  for (const merge of Object.values(merges ?? {})) {
    const model = merge.model;
    if (model && model.top <= model.bottom && model.left <= model.right) {
      ranges.push({ top: model.top, left: model.left, bottom: model.bottom, right: model.right });
    }
  }
  return ranges;
}

interface ExcelTableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
}

function readExcelTables(worksheet: Worksheet): Sheet['excelTables'] {
  const tables = (worksheet as unknown as { tables?: Record<string, { table?: ExcelTableModel }> })
    .tables;
  const result: Sheet['excelTables'] = [];
  for (const table of Object.values(tables ?? {})) {
    const model = table.table;
    const ref = model?.tableRef ?? model?.ref;
    if (!model || !ref) continue;
    const [start, end = start] = ref.split(':');
    const from = fromA1(start);
    const to = fromA1(end);
    result.push({
      name: model.displayName ?? model.name ?? '',
      range: { top: from.row, left: from.col, bottom: to.row, right: to.col },
      hasHeaderRow: model.headerRow !== false,
    });
  }
  return result;
}
