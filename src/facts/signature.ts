/**
 * The signature block under a generated sheet, copied from one the workbook already has (place and
 * date, jabatan, name, NIP), found by its `NIP. …` line outside every table. The sheet with the
 * workbook's own penghitungan is searched first.
 */
import { readNip } from '../core/nip';
import { isPangkatLine } from '../core/pangkat';
import type { ModelReader } from '../workbook/cells';
import type { Cell, CellRef } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';

/** A signature block under a generated sheet; lines the workbook does not give stay blank. */
export interface Signature {
  /** `Klakah, 31 Januari 2024`. */
  placeDate?: string;
  /** `CAMAT KLAKAH`, possibly over several lines. */
  jabatan: string[];
  name?: string;
  /** `PEMBINA UTAMA MUDA`, when the block gives one between the name and the NIP. */
  pangkat?: string;
  /** `NIP. 19780415 199803 1 911`, only when the NIP is a valid one. */
  nip?: string;
  source?: CellRef;
}

const NIP_LINE = /^NIP\b\.?\s*:?\s*[\d\s]{8,}$/i;
/** What every NIP line starts with: a cheap test before the whole line's. */
const NIP_START = /^\s*NIP/i;
/** `Klakah, 31 Januari 2024`; the day is often left to fill in (`Lubuk Pakam, Desember 2025`). */
const PLACE_DATE = /^[^,\d]{2,40},\s*(?:\d{1,2}\s+)?\p{L}+\s+\d{4}$/u;
/** Lines above a name that are not a jabatan. */
const NOT_JABATAN = /^(pihak (pertama|kedua)|mengetahui|menyetujui|yang membuat)\b/i;
/** How far above the NIP the block's lines are looked for. */
const NAME_REACH = 3;
const BLOCK_REACH = 8;

export function findSignature(
  reader: ModelReader,
  tables: DetectedTable[],
): { signature: Signature; note?: string } {
  const sheets = [...reader.model.sheets].sort(
    (a, b) => Number(hasPenghitungan(tables, b.name)) - Number(hasPenghitungan(tables, a.name)),
  );
  for (const sheet of sheets) {
    const inTable = (row: number, col: number) =>
      tables.some(
        ({ sheet: name, range }) =>
          name === sheet.name &&
          row >= range.top &&
          row <= range.bottom &&
          col >= range.left &&
          col <= range.right,
      );
    // One pass over the cells without an entry per cell: a sheet of thousands of budget rows has
    // a handful of NIP lines at most.
    const nipCells: { row: number; col: number; cell: Cell }[] = [];
    sheet.forEachCell((row, col, cell) => {
      const { value } = cell;
      if (typeof value !== 'string' || !NIP_START.test(value)) return;
      if (NIP_LINE.test(value.trim()) && !inTable(row, col)) nipCells.push({ row, col, cell });
    });
    nipCells.sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { row, col, cell } of nipCells) {
      const found = blockAbove(reader, sheet.name, row, col, inTable);
      if (found === null) continue;
      const nipText = String(cell.value).replace(/\s+/g, ' ').trim();
      const nip = readNip(nipText);
      if (nip.valid) return { signature: { ...found, nip: nipText } };
      return {
        signature: found,
        note: `NIP penanda tangan "${nipText}" di lembar ${sheet.name} tidak valid (${nip.reason}); baris NIP dibiarkan kosong.`,
      };
    }
  }
  return { signature: { jabatan: [] } };
}

function hasPenghitungan(tables: DetectedTable[], sheet: string): boolean {
  return tables.some((table) => table.sheet === sheet && table.kind === 'penghitungan');
}

/** Name just above the NIP; jabatan lines and the place and date above the name. */
function blockAbove(
  reader: ModelReader,
  sheet: string,
  nipRow: number,
  col: number,
  inTable: (row: number, col: number) => boolean,
): Signature | null {
  const textAt = (row: number) =>
    row < 1 || inTable(row, col) ? '' : reader.text({ sheet, row, col });
  const lineAbove = (below: number) => {
    let row = below - 1;
    while (row >= below - NAME_REACH && textAt(row) === '') row--;
    return row;
  };
  let nameRow = lineAbove(nipRow);
  // A pangkat between the name and the NIP (`PEMBINA UTAMA MUDA`): the name is above it.
  const pangkat = isPangkatLine(textAt(nameRow)) ? textAt(nameRow) : undefined;
  if (pangkat !== undefined) nameRow = lineAbove(nameRow);
  const name = textAt(nameRow);
  if (name === '') return null;
  const signature: Signature = { jabatan: [], name, source: { sheet, row: nipRow, col } };
  if (pangkat !== undefined) signature.pangkat = pangkat;
  for (let row = nameRow - 1; row >= nameRow - BLOCK_REACH && row >= 1; row--) {
    if (inTable(row, col)) break;
    const line = textAt(row);
    if (line === '') continue;
    if (PLACE_DATE.test(line)) {
      signature.placeDate = line;
      break;
    }
    if (!NOT_JABATAN.test(line)) signature.jabatan.unshift(line);
  }
  return signature;
}
