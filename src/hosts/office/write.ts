/**
 * Writes a SheetSpec as a new sheet (never over an existing one) and moves the selection to a
 * cell. Every write of a sheet goes in one batch: one sync reads the sheet names, one writes.
 */
import { rangeToA1, toA1 } from '../../workbook/model';
import { freeSheetName, type SheetSpec, type SpecCell } from '../../workbook/sheet-spec';

/** Light yellow marking the cells the staff should fill. */
export const HIGHLIGHT_COLOR = '#FFF2CC';
/** Points per character of column width, for Excel's default font. */
const POINTS_PER_CHARACTER = 5.6;

/** Adds `spec` as a new sheet, activates it and returns the name it got. */
export async function addSheet(context: Excel.RequestContext, spec: SheetSpec): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const name = freeSheetName(
    spec.name,
    worksheets.items.map((worksheet) => worksheet.name),
  );
  const worksheet = worksheets.add(name);
  writeCells(worksheet, spec.cells);
  for (const merge of spec.merges) worksheet.getRange(rangeToA1(merge)).merge(false);
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    const letter = toA1(1, Number(col)).replace(/\d+$/, '');
    worksheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round(
      width * POINTS_PER_CHARACTER,
    );
  }
  worksheet.activate();
  await context.sync();
  return name;
}

/** Activates `sheet` and selects `cell` (an A1 address) in one sync. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/**
 * Contents go in as one matrix over the cells' bounding box, formats cell by cell. Text is
 * written with a leading apostrophe so Excel keeps it as text: never a formula, never a number
 * guessed from `95,23`.
 */
function writeCells(worksheet: Excel.Worksheet, cells: SpecCell[]): void {
  if (cells.length === 0) return;
  const top = Math.min(...cells.map((cell) => cell.row));
  const left = Math.min(...cells.map((cell) => cell.col));
  const bottom = Math.max(...cells.map((cell) => cell.row));
  const right = Math.max(...cells.map((cell) => cell.col));
  const contents = matrix<string | number | boolean>(bottom - top + 1, right - left + 1, '');
  const formats = matrix(bottom - top + 1, right - left + 1, 'General');
  for (const cell of cells) {
    contents[cell.row - top][cell.col - left] = cellContent(cell);
    if (cell.numFmt) formats[cell.row - top][cell.col - left] = cell.numFmt;
  }
  const box = worksheet.getRange(rangeToA1({ top, left, bottom, right }));
  box.numberFormat = formats;
  box.formulas = contents;

  for (const cell of cells) {
    if (!cell.bold && !cell.highlight && !cell.wrap && !cell.link) continue;
    const range = worksheet.getRange(toA1(cell.row, cell.col));
    if (cell.bold) range.format.font.bold = true;
    if (cell.highlight) range.format.fill.color = HIGHLIGHT_COLOR;
    if (cell.wrap) range.format.wrapText = true;
    if (cell.link) {
      range.hyperlink = {
        documentReference: cell.link,
        textToDisplay: String(cell.value ?? cell.link),
        screenTip: cell.link,
      };
    }
  }
}

function cellContent(cell: SpecCell): string | number | boolean {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (typeof cell.value === 'string') return cell.value === '' ? '' : `'${cell.value}`;
  return cell.value ?? '';
}

function matrix<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}
