/**
 * Every NIP in the workbook: in SDM tables (a NIP column, or a "NAMA / NIP" column holding
 * "NAME NIP. 19791016 199810 1 902") and, outside tables, in signature blocks ("NIP. …").
 */
import { gridOf } from '../workbook/detect-grid';
import type { Sheet } from '../workbook/model';
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
}

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
    for (const row of table.dataRows) {
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
          });
        }
      }
    }
  }
  // Signature blocks: outside the tables (numbers never hold a NIP) and the SDM columns read above.
  for (const sheet of context.model.sheets) {
    const grid = gridOf(sheet);
    const ranges = context.tables.filter((t) => t.sheet === sheet.name).map((t) => t.range);
    for (const row of grid.rows) {
      const across = ranges.filter((r) => r.top <= row && row <= r.bottom);
      for (const col of grid.cols(row)) {
        if (across.some((r) => r.left <= col && col <= r.right)) continue;
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
          });
      }
    }
  }
  return cells;
}
