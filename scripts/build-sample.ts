/**
 * Builds samples/klakah-2023.xlsx from samples/klakah-2023.data.ts (`npm run sample`).
 * The output is byte-for-byte the same on every run, so the committed file only changes when the
 * data does.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  BLOCK_GAP,
  KLAKAH_2023,
  WORKBOOK_DATE,
  type SampleBlock,
  type SampleCell,
  type SampleCellSpec,
  type SampleRow,
  type SampleSheet,
  type SampleValue,
} from '../samples/klakah-2023.data';

export const SAMPLE_PATH = path.join(__dirname, '..', 'samples', 'klakah-2023.xlsx');

export interface PlacedCell {
  row: number;
  col: number;
  value: SampleValue;
  numFmt?: string;
  bold?: boolean;
}

export interface PlacedBlock {
  id: string;
  /** Rows and columns of the table itself (titles excluded), 1-based. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PlacedSheet {
  name: string;
  cells: PlacedCell[];
  merges: { top: number; left: number; bottom: number; right: number }[];
  blocks: PlacedBlock[];
}

interface RowPlacement {
  row: number;
  style: 'data' | 'header' | 'numbering' | 'section';
  cells: SampleCell[];
}

function rowCells(row: SampleRow): SampleCell[] {
  return Array.isArray(row) ? row : row.cells;
}

function asSpec(cell: SampleCell): SampleCellSpec {
  return cell !== null && typeof cell === 'object' ? cell : { v: cell };
}

/** Where every block, cell and merge of the sample goes: shared by the writer and the tests. */
export function layoutSample(sheets: SampleSheet[] = KLAKAH_2023): PlacedSheet[] {
  return sheets.map((sheet) => {
    const placed: PlacedSheet = { name: sheet.name, cells: [], merges: [], blocks: [] };
    let next = 1;
    for (const block of sheet.blocks) {
      for (const line of block.title) {
        placed.cells.push({ row: next, col: block.col, value: line, bold: true });
        next += 1;
      }
      const top = next;
      const width = Math.max(...block.rows.map((r) => rowCells(r).length));
      block.rows.forEach((row, i) => {
        rowCells(row).forEach((cell, j) => {
          const spec = asSpec(cell);
          const at = { row: top + i, col: block.col + j };
          if (spec.v !== null)
            placed.cells.push({ ...at, value: spec.v, numFmt: spec.numFmt, bold: spec.bold });
          if (spec.span) {
            const [rows, cols] = spec.span;
            placed.merges.push({
              top: at.row,
              left: at.col,
              bottom: at.row + rows - 1,
              right: at.col + cols - 1,
            });
          }
        });
      });
      const bottom = top + block.rows.length - 1;
      placed.blocks.push({
        id: block.id,
        top,
        left: block.col,
        bottom,
        right: block.col + width - 1,
      });
      next = bottom + 1 + BLOCK_GAP;
    }
    return placed;
  });
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9D9D9' },
};

function styleBlock(ws: ExcelJS.Worksheet, block: SampleBlock, placed: PlacedBlock): void {
  const rows: RowPlacement[] = block.rows.map((row, i) => ({
    row: placed.top + i,
    style: Array.isArray(row) ? 'data' : row.style,
    cells: rowCells(row),
  }));
  for (const { row, style } of rows) {
    for (let col = placed.left; col <= placed.right; col++) {
      const cell = ws.getCell(row, col);
      if (style === 'header') {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      } else if (style === 'numbering') {
        cell.alignment = { horizontal: 'center' };
      } else if (style === 'section') {
        cell.font = { bold: true };
      } else {
        cell.alignment = { vertical: 'top', wrapText: true };
      }
      cell.border = BORDER;
    }
  }
}

/** The sample as an ExcelJS workbook, with fixed dates so that the file does not depend on when it was built. */
export function buildSampleWorkbook(sheets: SampleSheet[] = KLAKAH_2023): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lkj-excel (scripts/build-sample.ts)';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  const layout = layoutSample(sheets);
  sheets.forEach((sheet, s) => {
    const placed = layout[s];
    const ws = workbook.addWorksheet(sheet.name, {
      pageSetup: { paperSize: 9, orientation: 'landscape' },
    });
    sheet.widths.forEach((width, i) => {
      ws.getColumn(i + 1).width = width;
    });
    sheet.blocks.forEach((block, b) => {
      if (!block.plain) styleBlock(ws, block, placed.blocks[b]);
    });
    for (const cell of placed.cells) {
      const target = ws.getCell(cell.row, cell.col);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.bold) target.font = { bold: true };
    }
    for (const m of placed.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  });
  return workbook;
}

/**
 * JSZip (inside ExcelJS) stamps every zip entry with the current time. Overwrite the DOS time and
 * date of each entry, in the central directory and in its local header, with the workbook's date.
 */
export function fixZipTimestamps(zip: Buffer, date: Date = WORKBOOK_DATE): Buffer {
  const out = Buffer.from(zip);
  const dosTime =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate =
    ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('Bukan berkas zip: akhir direktori pusat tidak ditemukan');
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error('Direktori pusat zip rusak');
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

export async function sampleBytes(sheets: SampleSheet[] = KLAKAH_2023): Promise<Buffer> {
  const written = await buildSampleWorkbook(sheets).xlsx.writeBuffer();
  return fixZipTimestamps(Buffer.from(written));
}

async function main(): Promise<void> {
  await writeFile(SAMPLE_PATH, await sampleBytes());
  console.log(`Ditulis: ${path.relative(process.cwd(), SAMPLE_PATH)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
