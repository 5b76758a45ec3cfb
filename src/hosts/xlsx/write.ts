/**
 * Adds one new sheet, described by a SheetSpec, to an .xlsx and returns the new file; the input
 * is never changed. ExcelJS rewrites the whole package, so what ExcelJS does not model is lost
 * in the copy (see WRITE_LOSSES); the CLI says so and writes a copy, never over its input.
 */
import type { CellValue, Worksheet } from 'exceljs';
import type JSZip from 'jszip';
import { outsideQuotes } from '../../workbook/formula-text';
import { rangeToA1, toA1 } from '../../workbook/model';
import {
  HIGHLIGHT_COLOR,
  freeSheetName,
  linkText,
  type SheetSpec,
  type SpecCell,
} from '../../sheetgen/sheet-spec';
import {
  isMarkerName,
  markerName,
  markerReference,
  readMarker,
  replacedMarker,
  type OutputMarker,
} from '../../sheetgen/output-marker';
import { xlsxForCopy } from '../xls/workbook-bytes';
import { loadXlsx, quietly } from './load';

/** What a copy written through ExcelJS 4.4 may lack, for the user (Bahasa Indonesia). */
export const WRITE_LOSSES =
  'validasi data (daftar pilihan), grafik, tabel pivot, bentuk dan kotak teks, makro, ' +
  'pengaturan printer tersimpan';

/**
 * What the copy leaves out of the new sheet itself, for the user (Bahasa Indonesia); empty when
 * nothing. Its charts: ExcelJS has no chart model, and chart XML written beside it by hand could
 * not be checked the way Excel checks it, so only the add-in in Excel makes them.
 */
export function leftOutOfCopy(spec: SheetSpec): string[] {
  const charts = spec.charts ?? [];
  if (charts.length === 0) return [];
  const titles = charts.map((chart) => `"${chart.title}"`).join(', ');
  return [
    `Grafik hanya dibuat di Excel: ${charts.length} grafik (${titles}) ` +
      'tidak ada di salinan .xlsx, karena salinan .xlsx yang ditulis di luar Excel tidak dapat memuat grafik. ' +
      'Tabel dan rumusnya lengkap; untuk grafiknya, buka workbook di Excel dan buat sheet ini ' +
      'dari panel add-in.',
  ];
}

/**
 * The file (an .xlsx, or an .xls copied as .xlsx) with the sheet written (writeSheetToXlsx), and
 * what an .xls's copy lost (`copyLosses`), for the user: the web page's and lkj's writer.
 */
export async function addSheetToCopy(
  bytes: Uint8Array,
  spec: SheetSpec,
): Promise<XlsxWrite & { copyLosses?: string }> {
  const copy = await xlsxForCopy(bytes);
  return {
    ...(await writeSheetToXlsx(copy.bytes, spec)),
    ...(copy.losses ? { copyLosses: copy.losses } : {}),
  };
}

/** ExcelJS wants a colour as opaque ARGB: `FFFFF2CC`. */
const argb = (color: string) => `FF${color.slice(1).toUpperCase()}`;
/** Excel's own Hyperlink cell style: blue, underlined. */
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;
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
  return outsideQuotes(formula, (part) => part.replace(FUTURE_FUNCTIONS, '_xlfn.$1('));
}

type Ordered = Worksheet & { orderNo: number };

/** A copy with a sheet written, the name the sheet got, and the earlier output it replaced. */
export interface XlsxWrite {
  bytes: Uint8Array;
  name: string;
  /** The sheet of the same name the same generator wrote earlier, now replaced (output-marker.ts). */
  replaced?: string;
}

/**
 * The .xlsx with `spec` added as a new sheet (renamed `… (2)` if the name is taken), without its
 * charts (see leftOutOfCopy).
 */
export async function addSheetToXlsx(
  input: ArrayBuffer | Uint8Array,
  spec: SheetSpec,
): Promise<Uint8Array> {
  return (await writeSheetToXlsx(input, spec)).bytes;
}

/**
 * addSheetToXlsx, saying what it did. A generator's sheet is marked as its output; it takes the
 * place (position and name) of the same generator's earlier output of its name (replacedMarker),
 * and is added beside a sheet of that name the staff wrote.
 */
export async function writeSheetToXlsx(
  input: ArrayBuffer | Uint8Array,
  spec: SheetSpec,
): Promise<XlsxWrite> {
  const workbook = await loadXlsx(input);
  // ExcelJS would write the markers back without `hidden`: they are all written in finishPackage.
  const names = workbook.definedNames.model;
  workbook.definedNames.model = names.filter((defined) => !isMarkerName(defined.name));
  const exists = (sheet: string) => workbook.getWorksheet(sheet) !== undefined;
  const markers = names
    .map((defined) => readMarker(defined.name, defined.ranges.join(',')))
    .filter((marker): marker is OutputMarker => marker !== undefined && exists(marker.sheet));
  const { output } = spec;
  const old = replacedMarker(spec, markers);
  const replaced = old && workbook.getWorksheet(old.sheet);
  if (replaced) workbook.removeWorksheet(replaced.id);
  const name = replaced
    ? replaced.name
    : freeSheetName(
        spec.name,
        workbook.worksheets.map((worksheet) => worksheet.name),
      );
  const worksheet = workbook.addWorksheet(name);
  // ExcelJS orders the sheets by orderNo (absent from its types): the new one takes the old place.
  if (replaced) (worksheet as Ordered).orderNo = (replaced as Ordered).orderNo;
  writeSpec(worksheet, spec);
  // Cached results serve viewers that do not calculate; Excel and LibreOffice recalculate on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const kept = markers.filter((marker) => marker !== old);
  if (output) {
    const taken = kept.map((marker) => marker.name);
    kept.push({
      name: old?.name ?? markerName(output.generator, taken),
      generator: output.generator,
      sheet: name,
    });
  }
  const written = new Uint8Array((await quietly(() => workbook.xlsx.writeBuffer())) as ArrayBuffer);
  const bytes = await finishPackage(
    written,
    `xl/worksheets/sheet${worksheet.id}.xml`,
    spec.cells,
    kept,
  );
  return { bytes, name, ...(replaced ? { replaced: replaced.name } : {}) };
}

function writeSpec(worksheet: Worksheet, spec: SheetSpec): void {
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    worksheet.getColumn(Number(col)).width = width;
  }
  for (const cell of spec.cells) writeCell(worksheet, cell);
  for (const { top, left, bottom, right } of spec.merges) {
    worksheet.mergeCells(top, left, bottom, right);
  }
  if (spec.frozenRows) {
    worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows }];
  }
  if (spec.autoFilter) worksheet.autoFilter = rangeToA1(spec.autoFilter);
  if (spec.print) {
    const { landscape, fitToWidth, titleRows } = spec.print;
    worksheet.pageSetup.orientation = landscape ? 'landscape' : 'portrait';
    if (fitToWidth) {
      Object.assign(worksheet.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    if (titleRows) worksheet.pageSetup.printTitlesRow = `${titleRows.first}:${titleRows.last}`;
  }
}

function writeCell(worksheet: Worksheet, spec: SpecCell): void {
  const cell = worksheet.getCell(spec.row, spec.col);
  const value = cellValue(spec);
  if (value !== null) cell.value = value;
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  if (spec.bold || spec.link !== undefined) {
    cell.font = { ...(spec.bold ? { bold: true } : {}), ...(spec.link ? LINK_FONT : {}) };
  }
  const fill = spec.fill ?? (spec.highlight ? HIGHLIGHT_COLOR : undefined);
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
  if (spec.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
  if (spec.note) cell.note = spec.note;
}

/** Elements a worksheet may hold after `<hyperlinks>`, in the order the schema fixes. */
const AFTER_HYPERLINKS =
  /<(printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const xmlAttribute = (text: string) => xmlText(text).replace(/"/g, '&quot;');

/**
 * What ExcelJS cannot write, added to its package: the links to cells and the hidden output
 * markers. Only those entries are rewritten; the others are copied compressed as they are.
 */
async function finishPackage(
  xlsx: Uint8Array,
  sheetPath: string,
  cells: readonly SpecCell[],
  markers: readonly OutputMarker[],
): Promise<Uint8Array> {
  const links = cells.filter((cell) => cell.link !== undefined);
  if (links.length === 0 && markers.length === 0) return xlsx;
  const { JSZip } = await import(/* webpackMode: "eager" */ './writer-libraries');
  const zip = await JSZip.loadAsync(xlsx);
  if (links.length > 0) await addInternalLinks(zip, sheetPath, links);
  if (markers.length > 0) await addMarkers(zip, markers);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Links to cells of the workbook, written as Excel writes them: `<hyperlink ref location>` with
 * the location bare (`'Tabel 3.1'!G8`) and no relationship. ExcelJS can only write a link as an
 * external relationship, which LibreOffice opens as a file on disk; so the sheet's XML gets its
 * `<hyperlinks>` here.
 */
async function addInternalLinks(zip: JSZip, sheetPath: string, links: readonly SpecCell[]) {
  const entry = zip.file(sheetPath);
  if (!entry) throw new Error(`${sheetPath} tidak ada di berkas yang ditulis`);
  const xml = await entry.async('string');
  const element = `<hyperlinks>${links
    .map(
      (cell) =>
        `<hyperlink ref="${toA1(cell.row, cell.col)}" location="${xmlAttribute(cell.link ?? '')}" display="${xmlAttribute(linkText(cell))}"/>`,
    )
    .join('')}</hyperlinks>`;
  const at = xml.search(AFTER_HYPERLINKS);
  zip.file(sheetPath, xml.slice(0, at) + element + xml.slice(at));
}

/**
 * The output markers as hidden defined names, which ExcelJS cannot write: into the
 * `<definedNames>` it wrote, else as that element after `<sheets>` (the schema's order).
 */
async function addMarkers(zip: JSZip, markers: readonly OutputMarker[]) {
  const path = 'xl/workbook.xml';
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const names = markers
    .map(
      (marker) =>
        `<definedName name="${marker.name}" hidden="1">${xmlText(markerReference(marker.sheet))}</definedName>`,
    )
    .join('');
  const end = xml.indexOf('</definedNames>');
  const sheetsEnd = xml.indexOf('</sheets>') + '</sheets>'.length;
  if (end < 0 && sheetsEnd < '</sheets>'.length) throw new Error(`${path} tanpa <sheets>`);
  zip.file(
    path,
    end >= 0
      ? xml.slice(0, end) + names + xml.slice(end)
      : `${xml.slice(0, sheetsEnd)}<definedNames>${names}</definedNames>${xml.slice(sheetsEnd)}`,
  );
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
  // The link itself is added by addInternalLinks; the cell shows its text.
  if (spec.link !== undefined) return linkText(spec);
  return spec.value ?? null;
}
