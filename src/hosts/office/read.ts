/**
 * Reads the open workbook into the host-neutral model through Office.js. The number of
 * `context.sync()` calls depends on the workbook's size, never on its row count as such: one
 * sync for the sheet list, one for every sheet's used range, merges and tables, then the cells of
 * all sheets in as few batches as Excel on the web's 5 MB payload limit allows.
 *
 * Excel fails `getMergedAreasOrNullObject` on a range with more than 512 merged areas, and one
 * failing request fails its whole batch. When the merges of whole sheets cannot be read, they are
 * asked again per band of rows, halving a band that fails; a sheet that still fails is read
 * without merges, and the model says so in `notices`. The workbook is always read.
 */
import { Sheet, type CellRange, type WorkbookModel } from '../../workbook/model';
import { readMarker, type OutputMarker } from '../../sheetgen/output-marker';
import { mergedAreas } from './address';
import { BYTES_PER_CELL, PAYLOAD_BUDGET, splitAllowance } from './payload';

export interface ReadOptions {
  /** Largest estimated payload per batch, in bytes. */
  budgetBytes?: number;
  /** Called after each sync: `done` of `total` steps (the total may grow when a batch is split). */
  onProgress?: (done: number, total: number) => void;
}

/** Syncs one read may spend asking for merges band by band, before the rest go without. */
export const MAX_MERGE_REQUESTS = 100;

/** A block of whole rows of one sheet's used range, in 0-based sheet indexes as Office.js uses. */
interface Block {
  sheet: Sheet;
  worksheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookModel> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET;
  const maySplit = splitAllowance();
  const progress = { done: 0, total: 3 };
  const step = async (): Promise<void> => {
    await context.sync();
    progress.done += 1;
    options.onProgress?.(progress.done, Math.max(progress.total, progress.done));
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/worksheet/name');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await step();

  const outputs = outputsOf(names.items);
  const sheets = worksheets.items.map((worksheet) => {
    const sheet = new Sheet(worksheet.name);
    sheet.hidden = worksheet.visibility !== 'Visible';
    sheet.generatedBy = outputs.get(worksheet.name);
    return { worksheet, sheet };
  });
  const queueOutlines = (withMerges: boolean) => {
    const outlines = sheets.map(({ worksheet, sheet }) => {
      // valuesOnly: formatting alone must not stretch the range the cells are read from.
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = withMerges ? worksheet.getRange().getMergedAreasOrNullObject() : null;
      merged?.load('address');
      return { worksheet, sheet, used, merged };
    });
    const tableRanges = tables.items.map((table) => {
      const range = table.getRange();
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return { table, range };
    });
    return { outlines, tableRanges };
  };
  let queued = queueOutlines(true);
  let mergesRead = true;
  try {
    await step();
  } catch {
    // Most likely a sheet over the 512 merged areas: read the rest first, the merges by band.
    progress.total += 1;
    queued = queueOutlines(false);
    mergesRead = false;
    await step();
  }
  const { outlines, tableRanges } = queued;

  const byName = new Map(outlines.map((outline) => [outline.sheet.name, outline.sheet]));
  for (const { table, range } of tableRanges) {
    byName.get(table.worksheet.name)?.excelTables.push({
      name: table.name,
      range: toCellRange(range),
      hasHeaderRow: table.showHeaders,
    });
  }
  const blocks: Block[] = [];
  for (const { worksheet, sheet, used, merged } of outlines) {
    if (merged && merged.isNullObject !== true) sheet.merges.push(...mergedAreas(merged.address));
    if (used.isNullObject === true) continue;
    blocks.push({ sheet, worksheet, ...pick(used) });
  }
  const notices = mergesRead ? [] : await readMergesByBand(blocks);

  const batches = packBatches(blocks, Math.max(1, Math.floor(budget / BYTES_PER_CELL)));
  progress.total = progress.done + batches.length;
  for (const batch of batches) await readBatch(batch);
  const model: WorkbookModel = { sheets: outlines.map((outline) => outline.sheet) };
  if (notices.length > 0) model.notices = notices;
  return model;

  async function readBatch(batch: Block[]): Promise<void> {
    const loaded = batch.map((block) => {
      const range = block.worksheet.getRangeByIndexes(
        block.rowIndex,
        block.columnIndex,
        block.rowCount,
        block.columnCount,
      );
      range.load('values,valueTypes,numberFormat,formulas');
      return { block, range };
    });
    try {
      await step();
    } catch (error) {
      const halves = splitInHalves(batch);
      if (!halves || !maySplit(error)) throw error;
      progress.total += 1;
      for (const half of halves) await readBatch(half);
      return;
    }
    for (const { block, range } of loaded) storeCells(block, range);
  }

  /**
   * Asks each sheet's merged areas over the rows of its used range (whole rows), all sheets in
   * one request; a request that fails is asked again in halves (first the list of bands, then a
   * band's rows). Returns what the user must be told about sheets read without merges.
   */
  async function readMergesByBand(used: Block[]): Promise<string[]> {
    const unread = new Set<Sheet>();
    let requests = 0;
    const ask = async (bands: Block[]): Promise<void> => {
      if (bands.length === 0) return;
      if (requests >= MAX_MERGE_REQUESTS) {
        for (const band of bands) unread.add(band.sheet);
        return;
      }
      requests += 1;
      progress.total += 1;
      const asked = bands.map((band) => {
        const rows = `${band.rowIndex + 1}:${band.rowIndex + band.rowCount}`;
        const areas = band.worksheet.getRange(rows).getMergedAreasOrNullObject();
        areas.load('address');
        return { band, areas };
      });
      try {
        await step();
      } catch {
        const halves = splitInHalves(bands);
        if (!halves) unread.add(bands[0].sheet);
        else for (const half of halves) await ask(half);
        return;
      }
      for (const { band, areas } of asked) {
        if (areas.isNullObject === true) continue;
        // An area is kept by the band holding its top row, so none is counted twice.
        const mine = mergedAreas(areas.address).filter(
          (area) => area.top > band.rowIndex && area.top <= band.rowIndex + band.rowCount,
        );
        band.sheet.merges.push(...mine);
      }
    };
    await ask(used);
    return [...unread].map((sheet) => {
      sheet.merges.length = 0;
      return (
        `Sheet "${sheet.name}" dibaca tanpa sel gabungan: Excel tidak dapat memberikannya ` +
        '(lebih dari 512 area gabungan dalam satu permintaan). Tabel di sheet ini mungkin tidak ' +
        'dikenali sepenuhnya; periksa .xlsx-nya dengan halaman web atau perintah lkj.'
      );
    });
  }
}

function pick(range: Excel.Range): Omit<Block, 'sheet' | 'worksheet'> {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

function toCellRange(range: Excel.Range): CellRange {
  return {
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
  };
}

/**
 * Groups blocks into batches of at most `maxCells` cells each, cutting a sheet into blocks of
 * whole rows where it does not fit; small sheets share a batch.
 */
export function packBatches<T extends Omit<Block, 'sheet' | 'worksheet'>>(
  blocks: T[],
  maxCells: number,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let room = maxCells;
  for (const block of blocks) {
    let rowIndex = block.rowIndex;
    let rowsLeft = block.rowCount;
    while (rowsLeft > 0) {
      const rowsThatFit = Math.floor(room / block.columnCount);
      if (rowsThatFit <= 0 && current.length > 0) {
        batches.push(current);
        current = [];
        room = maxCells;
        continue;
      }
      // A single row wider than the budget still goes alone: a row is the smallest block.
      const rowCount = Math.min(rowsLeft, Math.max(1, rowsThatFit));
      current.push({ ...block, rowIndex, rowCount });
      room -= rowCount * block.columnCount;
      rowIndex += rowCount;
      rowsLeft -= rowCount;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Two halves of a list of blocks, or of its one block's rows; null when that is one row. */
function splitInHalves(blocks: Block[]): [Block[], Block[]] | null {
  if (blocks.length > 1) {
    const middle = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, middle), blocks.slice(middle)];
  }
  const [block] = blocks;
  if (block.rowCount < 2) return null;
  const upper = Math.ceil(block.rowCount / 2);
  return [
    [{ ...block, rowCount: upper }],
    [{ ...block, rowIndex: block.rowIndex + upper, rowCount: block.rowCount - upper }],
  ];
}

function storeCells(block: Block, range: Excel.Range): void {
  const { values, valueTypes, numberFormat, formulas } = range;
  for (let r = 0; r < block.rowCount; r++) {
    for (let c = 0; c < block.columnCount; c++) {
      const formula = formulas[r][c];
      const hasFormula = typeof formula === 'string' && formula.startsWith('=');
      const type = valueTypes[r][c];
      if (type === 'Empty' && !hasFormula) continue;
      const format = numberFormat[r][c];
      const value = values[r][c] as string | number | boolean;
      const isError = type === 'Error';
      block.sheet.setCell(block.rowIndex + r + 1, block.columnIndex + c + 1, {
        value: isError || type === 'Empty' ? null : value,
        ...(typeof format === 'string' && format !== 'General' ? { numFmt: format } : {}),
        ...(hasFormula ? { formula: formula.slice(1) } : {}),
        ...(isError ? { error: String(value) } : {}),
      });
    }
  }
}

/** The output markers among the workbook's names (output-marker.ts); one of a deleted sheet reads `#REF!` and is none. */
export function markersOf(names: readonly Excel.NamedItem[]): OutputMarker[] {
  return names.flatMap((item) => readMarker(item.name, String(item.formula)) ?? []);
}

/** The generator whose marker names the sheet, by sheet name. */
function outputsOf(names: readonly Excel.NamedItem[]): Map<string, string> {
  return new Map(markersOf(names).map((marker) => [marker.sheet, marker.generator]));
}
