/**
 * Bounds the work and memory of reading one .xlsx, counted as the reader streams its parts: the
 * cells and rows the sheets hold, rows and columns beyond Excel's limits, and the areas of merges
 * and defined names. A merge or a name is measured as a range (rows × columns), never expanded.
 * Limits are chosen by measurement (README, "Batas berkas").
 */
import { formatAngka } from '../../core/angka';
import { WorkbookReadError } from './read-error';
import { damaged } from './zip-guard';

/** Excel's own limits: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
/**
 * Cells in the whole workbook. Validating one (read, detection, facts, checks) peaks at up to
 * about 410 bytes per cell where every value differs, so about 3.6 million would fit a 1.5 GB
 * heap; the time to read up to the limit before refusing bounds it lower (docs/decisions.md).
 */
export const MAX_CELLS = 2_000_000;
/** `<row>` elements in the whole workbook. */
export const MAX_ROWS = 1_500_000;
/** Cells covered by merges and by defined names, together: a merge is applied cell by cell. */
export const MAX_RANGE_CELLS = 500_000;

function refused(what: string, limit: number, unit: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas terlalu besar untuk dibaca: ${what}; batasnya ${formatAngka(limit, 0)} ${unit}. ` +
      'Bagi workbook menjadi beberapa berkas, atau hapus lembar dan sel yang tidak dipakai.',
  );
}

/** Text from the file for a message: short, whatever the file holds. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function beyondExcel(what: string): never {
  throw damaged(
    `${what} melewati batas Excel ${formatAngka(MAX_ROW, 0)} baris × ${formatAngka(MAX_COL, 0)} kolom`,
  );
}

const CELL_ADDRESS = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/;

/** `AB` → 28: a column's letters as its number (no bound checked); here, not in the
 * model, so the pane's start-up script does not carry it. */
export function columnNumber(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col;
}

/** `AB12` → its row and column, refusing what is no address or lies beyond Excel's sheet. */
export function checkedCell(ref: string): { row: number; col: number } {
  const match = CELL_ADDRESS.exec(ref);
  if (!match) throw damaged(`alamat sel tidak sah: ${shown(ref)}`);
  const col = columnNumber(match[1]);
  if (col > MAX_COL) beyondExcel(`sel ${shown(ref)}`);
  return { row: checkedRow(match[2]), col };
}

export function checkedRow(text: string): number {
  const row = Number(text);
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) beyondExcel(`baris ${shown(text)}`);
  return row;
}

/**
 * The column of a `<c>` written without its address, the one after `col` in `row`: refused where
 * that lies beyond Excel's sheet, as an addressed cell would be (a row counted past the last row,
 * a column past XFD); the counts of rows and cells alone allow more.
 */
export function nextCell(row: number, col: number): number {
  if (row > MAX_ROW) beyondExcel(`baris ${formatAngka(row, 0)}`);
  if (col >= MAX_COL) beyondExcel(`kolom ke-${formatAngka(col + 1, 0)}`);
  return col + 1;
}

/** A `<col max>`: a column range must end within Excel's sheet. */
export function checkColumnSpan(max: string | undefined): void {
  const last = Number(max ?? 0);
  if (!(last <= MAX_COL)) beyondExcel(`kolom ke-${shown(String(last))}`);
}

/** `A1:B2` (or `A1`) as a range, its corners checked, in either order. */
export function checkedRange(ref: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [from, to = from] = ref.split(':');
  const a = checkedCell(from);
  const b = checkedCell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The counts of one file, refusing as soon as one passes its limit. */
export class WorkCounter {
  private cells = 0;
  private rows = 0;
  private rangeCells = 0;

  cell(): void {
    if (++this.cells > MAX_CELLS) {
      throw refused(`lebih dari ${formatAngka(MAX_CELLS, 0)} sel`, MAX_CELLS, 'sel per workbook');
    }
  }

  row(): void {
    if (++this.rows > MAX_ROWS) {
      throw refused(`lebih dari ${formatAngka(MAX_ROWS, 0)} baris`, MAX_ROWS, 'baris per workbook');
    }
  }

  /** Adds the area of a merge or a name's range; `what` names it in a refusal. */
  range(ref: string, what: string): ReturnType<typeof checkedRange> {
    const range = checkedRange(ref);
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    this.rangeCells += area;
    if (this.rangeCells > MAX_RANGE_CELLS) {
      throw refused(
        `${what} ${shown(ref)} mencakup ${formatAngka(area, 0)} sel`,
        MAX_RANGE_CELLS,
        'sel dalam sel gabungan dan nama rentang',
      );
    }
    return range;
  }

  /**
   * The `Sheet!$A$1:$B$9` ranges in a defined name's text. Whole rows or columns (`$A:$A`,
   * `$1:$3`) are never expanded, so they are not counted.
   */
  definedName(text: string): void {
    const ranges = /\$?[A-Za-z]+\$?\d+:\$?[A-Za-z]+\$?\d+/g;
    for (let range = ranges.exec(text); range; range = ranges.exec(text)) {
      this.range(range[0], 'nama rentang');
    }
  }
}
