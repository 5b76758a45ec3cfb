/**
 * Adds one new sheet, described by a SheetSpec, to an .xlsx and returns the new file; the input
 * is never changed. ExcelJS rewrites the whole package, so what ExcelJS does not model is lost
 * in the copy (see WRITE_LOSSES); the CLI says so and writes a copy, never over its input.
 */
import type { CellValue, Worksheet } from 'exceljs';
import {
  HIGHLIGHT_COLOR,
  freeSheetName,
  linkText,
  type SheetSpec,
  type SpecCell,
} from '../../workbook/sheet-spec';
import { loadXlsx, quietly } from './load';

/** What a copy written through ExcelJS 4.4 may lack, for the user (Bahasa Indonesia). */
export const WRITE_LOSSES =
  'validasi data (daftar pilihan), grafik, tabel pivot, bentuk dan kotak teks, makro, ' +
  'pengaturan printer tersimpan';

/** ExcelJS wants the colour as opaque ARGB: `FFFFF2CC`. */
const HIGHLIGHT_ARGB = `FF${HIGHLIGHT_COLOR.slice(1)}`;
const EXCEL_ERRORS = new Set(['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!']);

/**
 * Functions newer than Excel 2007 are stored in the file with an `_xlfn.` prefix; without it
 * Excel and LibreOffice show #NAME?. A SheetSpec names them as the user sees them (the Office.js
 * writer passes them on like that), so the prefix is added here.
 */
const FUTURE_FUNCTIONS =
  /(?<![\w.])(NUMBERVALUE|IFNA|IFS|SWITCH|CONCAT|TEXTJOIN|MAXIFS|MINIFS|XLOOKUP)\(/gi;

/**
 * The formula as stored in .xlsx: `_xlfn.` before newer functions, outside string literals and
 * outside quoted sheet names (`'PK IFS(2023'!E6` stays as it is). Both are matched from left to
 * right, so a `'` inside a string or a `"` inside a sheet name opens nothing.
 */
export function storedFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE_FUNCTIONS, '_xlfn.$1(')))
    .join('');
}

/** The .xlsx with `spec` added as a new sheet (renamed `… (2)` if the name is taken). */
export async function addSheetToXlsx(
  input: ArrayBuffer | Uint8Array,
  spec: SheetSpec,
): Promise<Uint8Array> {
  const workbook = await loadXlsx(input);
  const name = freeSheetName(
    spec.name,
    workbook.worksheets.map((worksheet) => worksheet.name),
  );
  const worksheet = workbook.addWorksheet(name);
  writeSpec(worksheet, spec);
  // Cached results serve viewers that do not calculate; Excel and LibreOffice recalculate on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const written = await quietly(() => workbook.xlsx.writeBuffer());
  return new Uint8Array(written as ArrayBuffer);
}

function writeSpec(worksheet: Worksheet, spec: SheetSpec): void {
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    worksheet.getColumn(Number(col)).width = width;
  }
  for (const cell of spec.cells) writeCell(worksheet, cell);
  for (const { top, left, bottom, right } of spec.merges) {
    worksheet.mergeCells(top, left, bottom, right);
  }
}

function writeCell(worksheet: Worksheet, spec: SpecCell): void {
  const cell = worksheet.getCell(spec.row, spec.col);
  const value = cellValue(spec);
  if (value !== null) cell.value = value;
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  if (spec.bold) cell.font = { bold: true };
  if (spec.highlight)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT_ARGB } };
  if (spec.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

/** A formula with its cached result; text always as a string value (never parsed as a formula). */
function cellValue(spec: SpecCell): CellValue {
  if (spec.formula !== undefined) {
    const formula = storedFormula(spec.formula);
    const { result } = spec;
    if (typeof result === 'string' && EXCEL_ERRORS.has(result)) {
      return { formula, result: { error: result } } as CellValue;
    }
    return result === undefined || result === null
      ? { formula, date1904: false }
      : { formula, result, date1904: false };
  }
  if (spec.link !== undefined) {
    return { text: linkText(spec), hyperlink: `#${spec.link}` };
  }
  return spec.value ?? null;
}
