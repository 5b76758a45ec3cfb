/**
 * Writes a SheetSpec as a new sheet and moves the selection to a cell. It never writes over a
 * sheet, except a generator's earlier output, which it replaces (output-marker.ts). One sync reads the sheet names; the writes follow in as few batches as Excel on the web's
 * 5 MB request limit allows: one for a sheet of ordinary size, bands of whole rows for a report
 * of thousands of linked findings. A band Excel refuses for its size anyway is written again in
 * two halves. Charts follow once the sheet is complete, each in a sync of its own (charts.ts).
 */
import { columnLetters } from '../../workbook/equation-text';
import { rangeToA1, toA1, type CellRange } from '../../workbook/model';
import {
  HIGHLIGHT_COLOR,
  freeSheetName,
  linkText,
  type SheetSpec,
  type SpecCell,
} from '../../sheetgen/sheet-spec';
import { markerName, replacedMarker, type OutputMarker } from '../../sheetgen/output-marker';
import { addCharts } from './charts';
import { markersOf } from './read';
import { BYTES_PER_ACTION, BYTES_PER_CELL, PAYLOAD_BUDGET, splitAllowance } from './payload';

/** Points per character of column width, for Excel's default font. */
const POINTS_PER_CHARACTER = 5.6;

export interface WriteOptions {
  /** Largest estimated request per batch, in bytes. */
  budgetBytes?: number;
}

export interface WrittenSheet {
  /** The name the sheet got. */
  name: string;
  /** The generator's earlier output it replaced (output-marker.ts), under the same name. */
  replaced?: string;
  /** What the user should know, in Bahasa Indonesia: the charts Excel refused to make. */
  notices: string[];
}

/**
 * Adds `spec` as a new sheet, activates it and returns the name it got. When a batch of cells
 * fails, the half-written sheet is removed again, so the workbook is left as it was; a chart that
 * fails leaves the sheet as it is and becomes a notice.
 */
export async function addSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: WriteOptions = {},
): Promise<WrittenSheet> {
  // A replacement is written under a free name first and takes the old sheet's name and place
  // in the last batch, so a failed write leaves the earlier output as it was.
  const { worksheets, names, replacing, name } = await placeOf(
    context,
    spec,
    'items/name,items/position',
  );
  let worksheet!: Excel.Worksheet;
  let added = false;
  const widths = Object.entries(spec.columnWidths ?? {});
  // Merges, widths, the sheet's settings and activation go with the last band: reserve their
  // share of every band.
  const finishing =
    (2 * spec.merges.length + 3 * widths.length + SHEET_SETTINGS_ACTIONS + MARKER_ACTIONS + 1) *
    BYTES_PER_ACTION;
  const bands = rowBands(spec.cells, (options.budgetBytes ?? PAYLOAD_BUDGET) - finishing);
  const maySplit = splitAllowance();

  const finish = () => {
    // After the contents: a merge keeps only its first cell's value.
    for (const merge of spec.merges) worksheet.getRange(rangeToA1(merge)).merge(false);
    for (const [col, width] of widths) {
      const letter = columnLetters(Number(col));
      worksheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round(
        width * POINTS_PER_CHARACTER,
      );
    }
    applySheetSettings(worksheet, spec);
    if (replacing) {
      replacing.worksheet.delete();
      names.getItem(replacing.marker).delete();
      worksheet.name = replacing.worksheet.name;
      worksheet.position = replacing.worksheet.position;
    }
    if (spec.output) {
      const marker = replacing?.marker ?? markerName(spec.output.generator, namesOf(names.items));
      names.add(marker, worksheet.getRange('A1')).visible = false;
    }
    worksheet.activate();
  };

  /** Writes `cells` (and `then`) in one sync, or, refused for size, each half in its own. */
  const writeBand = async (cells: SpecCell[], then?: () => void): Promise<void> => {
    // The sheet is added with the first band; a band that was refused did not add it either.
    if (!added) worksheet = worksheets.add(name);
    writeCells(worksheet, cells);
    then?.();
    try {
      await context.sync();
      added = true;
    } catch (error) {
      const halves = splitRows(cells);
      if (!halves || !maySplit(error)) throw error;
      await writeBand(halves[0]);
      await writeBand(halves[1], then);
    }
  };

  try {
    for (const [i, cells] of bands.entries()) {
      await writeBand(cells, i === bands.length - 1 ? finish : undefined);
    }
  } catch (error) {
    if (added) await removeQuietly(context, worksheet);
    throw error;
  }
  const final = replacing ? replacing.worksheet.name : name;
  const notices = await addCharts(context, worksheet, final, spec.charts ?? []);
  return { name: final, notices, ...(replacing ? { replaced: final } : {}) };
}

/**
 * How `spec` is going to be written, read before writing: whether it replaces the same
 * generator's earlier output, and the name a new sheet gets. A new sheet is written as one undo
 * step where Excel can (excelRun's `oneUndoStep`); a replacement cannot be: Excel cannot undo
 * Worksheet.delete (nor, in Excel on Windows and Mac, a sheet's rename and move), and in an
 * undo group such a call fails the batch with UndoNotSupported.
 */
export async function writePlan(
  context: Excel.RequestContext,
  spec: SheetSpec,
): Promise<{ replaces: boolean; name: string }> {
  const { replacing, name } = await placeOf(context, spec, 'items/name');
  return { replaces: replacing !== undefined, name };
}

/**
 * The workbook's sheets (with `sheetProps`) and names, loaded in one sync, and where `spec` goes:
 * the same generator's earlier output it replaces, if any, and the free name of its new sheet.
 */
async function placeOf(context: Excel.RequestContext, spec: SheetSpec, sheetProps: string) {
  const worksheets = context.workbook.worksheets;
  worksheets.load(sheetProps);
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await context.sync();
  const taken = worksheets.items.map((worksheet) => worksheet.name);
  return {
    worksheets,
    names,
    replacing: replacedOutput(spec, markersOf(names.items), worksheets.items),
    name: freeSheetName(spec.name, taken),
  };
}

/**
 * Deletes the sheet `name` where the workbook has it: what a write in an undo group left half
 * written, since deleting it inside the group is refused. Outside any group, after it failed.
 */
export async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return;
  sheet.delete();
  await context.sync();
}

/** At most this many actions for replacing the earlier output and marking the new one. */
const MARKER_ACTIONS = 8;

const namesOf = (items: readonly Excel.NamedItem[]) => items.map((item) => item.name);

/** The sheet `spec` replaces and its marker's name (replacedMarker). */
function replacedOutput(
  spec: SheetSpec,
  markers: readonly OutputMarker[],
  worksheets: readonly Excel.Worksheet[],
): { worksheet: Excel.Worksheet; marker: string } | undefined {
  const marker = replacedMarker(spec, markers);
  const worksheet = worksheets.find((candidate) => candidate.name === marker?.sheet);
  return marker && worksheet ? { worksheet, marker: marker.name } : undefined;
}

/** At most this many actions for frozen rows, the filter and the print settings. */
const SHEET_SETTINGS_ACTIONS = 8;

/** Frozen header, filter buttons, landscape, one page wide, header rows on every page. */
function applySheetSettings(worksheet: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.frozenRows) worksheet.freezePanes.freezeRows(spec.frozenRows);
  if (spec.autoFilter) worksheet.autoFilter.apply(worksheet.getRange(rangeToA1(spec.autoFilter)));
  if (!spec.print) return;
  const { landscape, fitToWidth, titleRows } = spec.print;
  const layout = worksheet.pageLayout;
  layout.orientation = landscape ? 'Landscape' : 'Portrait';
  // No vertical limit: as many pages tall as the rows need.
  if (fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (titleRows) layout.setPrintTitleRows(`$${titleRows.first}:$${titleRows.last}`);
}

/**
 * Activates `sheet` and selects `cell` (an A1 address) in one sync. Excel cannot activate a
 * hidden sheet; the pane then says so in place of Excel's own message, and leaves the sheet
 * hidden (it changes nothing it was not asked to).
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  try {
    await context.sync();
  } catch (error) {
    worksheet.load('visibility');
    await context.sync();
    if (worksheet.visibility === 'Visible') throw error;
    throw new Error(
      `Sheet "${sheet}" disembunyikan, jadi sel ${cell} tidak dapat dipilih. Tampilkan dulu ` +
        'sheet itu (klik kanan tab sheet, lalu Tampilkan), kemudian klik temuan ini lagi.',
      { cause: error },
    );
  }
}

/**
 * The cells in bands of whole rows, top to bottom, each band's request estimated at most
 * `budget` bytes: its contents matrix (empty cells included) and the operations formatting
 * each cell. A row larger than the budget still goes alone: a row is the smallest band.
 */
export function rowBands(cells: readonly SpecCell[], budget: number): SpecCell[][] {
  if (cells.length === 0) return [[]];
  const box = boundingBox(cells);
  const width = box.right - box.left + 1;
  const byRow = new Map<number, SpecCell[]>();
  for (const cell of cells) {
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const bands: SpecCell[][] = [];
  let band: SpecCell[] = [];
  let used = 0;
  let lastRow = 0;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const rowCells = byRow.get(row) ?? [];
    const own = rowCells.reduce((sum, cell) => sum + cellBytes(cell), width * BYTES_PER_CELL);
    // Empty rows between two rows of a band are part of its matrix.
    const gap = (row - lastRow - 1) * width * BYTES_PER_CELL;
    if (band.length > 0 && used + gap + own > budget) {
      bands.push(band);
      band = [];
      used = 0;
    }
    used += (band.length > 0 ? gap : 0) + own;
    band.push(...rowCells);
    lastRow = row;
  }
  bands.push(band);
  return bands;
}

/** The cells of the upper and the lower half of their rows; null for cells of one row. */
function splitRows(cells: SpecCell[]): [SpecCell[], SpecCell[]] | null {
  const rows = [...new Set(cells.map((cell) => cell.row))].sort((a, b) => a - b);
  if (rows.length < 2) return null;
  const firstLower = rows[Math.ceil(rows.length / 2)];
  return [
    cells.filter((cell) => cell.row < firstLower),
    cells.filter((cell) => cell.row >= firstLower),
  ];
}

/** Estimated request bytes of one cell beyond its share of the matrix: its text and formats. */
function cellBytes(cell: SpecCell): number {
  const texts: unknown[] = [cellContent(cell), cell.numFmt ?? ''];
  if (cell.link) texts.push(cell.link, cell.link, cell.value ?? cell.link);
  const filled = cell.highlight || cell.fill !== undefined;
  const viaFormat = cell.bold || filled || cell.wrap;
  if (!viaFormat && !cell.link) return JSON.stringify(texts).length;
  // getRange; `format`; `font` and its set; `fill` and its set; the wrap set; the hyperlink set.
  const actions =
    1 +
    (viaFormat ? 1 : 0) +
    (cell.bold ? 2 : 0) +
    (filled ? 2 : 0) +
    (cell.wrap ? 1 : 0) +
    (cell.link ? 1 : 0);
  return actions * BYTES_PER_ACTION + JSON.stringify(texts).length;
}

/**
 * Contents go in as one matrix over the cells' bounding box, formats cell by cell. Text is
 * written with a leading apostrophe so Excel keeps it as text: never a formula, never a number
 * guessed from `95,23`.
 */
function writeCells(worksheet: Excel.Worksheet, cells: SpecCell[]): void {
  if (cells.length === 0) return;
  const box = boundingBox(cells);
  const { top, left } = box;
  const contents = matrix<string | number | boolean>(
    box.bottom - top + 1,
    box.right - left + 1,
    '',
  );
  const formats = matrix(box.bottom - top + 1, box.right - left + 1, 'General');
  for (const cell of cells) {
    contents[cell.row - top][cell.col - left] = cellContent(cell);
    if (cell.numFmt) formats[cell.row - top][cell.col - left] = cell.numFmt;
  }
  const whole = worksheet.getRange(rangeToA1(box));
  whole.numberFormat = formats;
  whole.formulas = contents;

  for (const cell of cells) {
    const fill = cell.fill ?? (cell.highlight ? HIGHLIGHT_COLOR : undefined);
    if (!cell.bold && !fill && !cell.wrap && !cell.link) continue;
    const range = worksheet.getRange(toA1(cell.row, cell.col));
    if (cell.bold) range.format.font.bold = true;
    if (fill) range.format.fill.color = fill;
    if (cell.wrap) range.format.wrapText = true;
    if (cell.link) {
      range.hyperlink = {
        documentReference: cell.link,
        textToDisplay: linkText(cell),
        screenTip: cell.link,
      };
    }
  }
}

/** Deletes the sheet this call added; a failure here must not hide the error that led here. */
async function removeQuietly(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
): Promise<void> {
  try {
    worksheet.delete();
    await context.sync();
  } catch {
    // The sheet may never have been added: nothing to remove.
  }
}

/** Looped rather than spread: a report of many thousands of cells exceeds the argument limit. */
function boundingBox(cells: readonly SpecCell[]): CellRange {
  const box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const { row, col } of cells) {
    box.top = Math.min(box.top, row);
    box.left = Math.min(box.left, col);
    box.bottom = Math.max(box.bottom, row);
    box.right = Math.max(box.right, col);
  }
  return box;
}

function cellContent(cell: SpecCell): string | number | boolean {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (typeof cell.value === 'string') return cell.value === '' ? '' : `'${cell.value}`;
  return cell.value ?? '';
}

function matrix<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}
