/**
 * Every NIP in the workbook: in SDM tables (a NIP column, or a "NAMA / NIP" column holding
 * "NAME NIP. 19791016 199810 1 902") and, outside tables, in signature blocks ("NIP. …").
 */
import { gridOf } from '../workbook/detect-grid';
import type { CellRange, Sheet } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { CheckContext } from './context';
import { columnOf } from './tables';

export interface NipCell {
  sheet: Sheet;
  row: number;
  col: number;
  /** The NIP as written, spaces kept. */
  text: string;
  /** The holder's name, where the table gives it. */
  name: string;
  /** Stored as a number: Excel keeps only 15 significant digits of it. */
  numeric: boolean;
  /** In an SDM table (names known), not a signature block. */
  inTable: boolean;
  /** The row, or the section it lies in, says the holder is PPPK: the number is an NI PPPK. */
  pppk: boolean;
}

/** A status (`PPPK`, `P3K`) or section row (`PEGAWAI PPPK`) naming the holder's kind. */
const PPPK_WORD = /\bP(?:PPK|3K)\b/i;
/** PPPK golongan run I–XVII; above IV only PPPK have them (a PNS golongan carries a letter). */
const PPPK_GOLONGAN =
  /^(?:gol(?:ongan)?\.?\s*)?(?:XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V)$/i;

/** `NIP.`, `NIP :` or `NIP` followed by the digits and the spaces between them. */
const NIP_IN_TEXT = /\bNIP\b\s*\.?\s*:?\s*(\d[\d ]*\d|\d)/i;

export function nipCells(context: CheckContext): NipCell[] {
  return context.shared(collectNipCells);
}

function collectNipCells(context: CheckContext): NipCell[] {
  const cells: NipCell[] = [];
  for (const table of context.tables) {
    if (table.kind !== 'sdm') continue;
    const sheet = context.sheet(table.sheet);
    const nip = columnOf(table, 'nip');
    const combined = columnOf(table, 'nama-nip');
    const nameCol = columnOf(table, 'nama')?.col;
    const golongan = columnOf(table, 'golongan')?.col;
    const sectionSaysPppk = (row: number): boolean => {
      const section = Math.max(-1, ...(table.sectionRows ?? []).filter((r) => r < row));
      return section > 0 && rowSays(context, table, section, PPPK_WORD);
    };
    for (const row of table.dataRows) {
      const pppk =
        rowSays(context, table, row, PPPK_WORD) ||
        sectionSaysPppk(row) ||
        (golongan !== undefined && PPPK_GOLONGAN.test(context.text(sheet, row, golongan)));
      if (nip) {
        const value = sheet.value(row, nip.col);
        const name = nameCol === undefined ? '' : context.text(sheet, row, nameCol);
        if (typeof value === 'number')
          cells.push({
            sheet,
            row,
            col: nip.col,
            text: String(value),
            name,
            numeric: true,
            inTable: true,
            pppk,
          });
        else if (typeof value === 'string' && /\d/.test(value)) {
          cells.push({
            sheet,
            row,
            col: nip.col,
            text: value.replace(/^\s*NIP\s*\.?\s*:?/i, '').trim(),
            name,
            numeric: false,
            inTable: true,
            pppk,
          });
        }
      }
      if (combined) {
        const text = context.text(sheet, row, combined.col);
        const match = NIP_IN_TEXT.exec(text);
        if (match) {
          const name = text.slice(0, match.index).replace(/[\s,;]+$/, '');
          cells.push({
            sheet,
            row,
            col: combined.col,
            text: match[1].trim(),
            name,
            numeric: false,
            inTable: true,
            pppk,
          });
        }
      }
    }
  }
  // Signature blocks: outside the tables (numbers never hold a NIP) and the SDM columns read above.
  for (const sheet of context.model.sheets) {
    const grid = gridOf(sheet);
    const ranges = context.tables.filter((t) => t.sheet === sheet.name).map((t) => t.range);
    // Indexed: every filled cell of the workbook is walked, and a for-of makes objects for each.
    for (let r = 0; r < grid.rows.length; r++) {
      const row = grid.rows[r];
      const cols = grid.cols(row);
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c];
        if (insideAny(ranges, row, col)) continue;
        const value = sheet.value(row, col);
        const match = typeof value === 'string' ? NIP_IN_TEXT.exec(value) : null;
        if (match)
          cells.push({
            sheet,
            row,
            col,
            text: match[1].trim(),
            name: '',
            numeric: false,
            inTable: false,
            pppk: false,
          });
      }
    }
  }
  return cells;
}

/** Whether the cell lies in one of the ranges (no list per row: a sheet has many rows). */
function insideAny(ranges: readonly CellRange[], row: number, col: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (r.top <= row && row <= r.bottom && r.left <= col && col <= r.right) return true;
  }
  return false;
}

/** Whether a cell of the table's row matches `pattern`. */
function rowSays(
  context: CheckContext,
  table: DetectedTable,
  row: number,
  pattern: RegExp,
): boolean {
  const sheet = context.sheet(table.sheet);
  for (let col = table.range.left; col <= table.range.right; col++)
    if (pattern.test(context.text(sheet, row, col))) return true;
  return false;
}
