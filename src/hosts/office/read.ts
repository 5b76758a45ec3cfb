/**
 * Reads the open workbook into the host-neutral model through Office.js. The number of
 * `context.sync()` calls depends on the workbook's size, never on its row count as such: one
 * sync for the sheet list, one for every sheet's used range, merges and tables, then the cells of
 * all sheets in as few batches as Excel on the web's 5 MB payload limit allows.
 */
import { Sheet, type CellRange, type WorkbookModel } from '../../workbook/model';
import { mergedAreas } from './address';
import { BYTES_PER_CELL, PAYLOAD_BUDGET, isPayloadTooLarge } from './payload';

export interface ReadOptions {
  /** Largest estimated payload per batch, in bytes. */
  budgetBytes?: number;
  /** Called after each sync: `done` of `total` steps (the total may grow when a batch is split). */
  onProgress?: (done: number, total: number) => void;
}

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
  await step();

  const outlines = worksheets.items.map((worksheet) => {
    // valuesOnly: formatting alone must not stretch the range the cells are read from.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = worksheet.getRange().getMergedAreasOrNullObject();
    merged.load('address');
    const sheet = new Sheet(worksheet.name);
    sheet.hidden = worksheet.visibility !== 'Visible';
    return { worksheet, sheet, used, merged };
  });
  const tableRanges = tables.items.map((table) => {
    const range = table.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return { table, range };
  });
  await step();

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
    if (merged.isNullObject !== true) sheet.merges.push(...mergedAreas(merged.address));
    if (used.isNullObject === true) continue;
    blocks.push({ sheet, worksheet, ...pick(used) });
  }

  const batches = packBatches(blocks, Math.max(1, Math.floor(budget / BYTES_PER_CELL)));
  progress.total = 2 + batches.length;
  for (const batch of batches) await readBatch(batch);
  return { sheets: outlines.map((outline) => outline.sheet) };

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
      const halves = splitBatch(batch);
      if (!isPayloadTooLarge(error) || !halves) throw error;
      progress.total += 1;
      for (const half of halves) await readBatch(half);
      return;
    }
    for (const { block, range } of loaded) storeCells(block, range);
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

/** Two smaller batches, or null when the batch is one row already. */
function splitBatch(batch: Block[]): [Block[], Block[]] | null {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const [block] = batch;
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
