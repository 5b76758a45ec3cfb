/**
 * The respondents' characteristics as an SKM report tabulates them (SKM.md §9):
 * `No. | KARAKTERISTIK | INDIKATOR | JUMLAH | PERSENTASE`, one group per characteristic (JENIS
 * KELAMIN, PENDIDIKAN, PEKERJAAN, JENIS LAYANAN), its name written once or merged down the group.
 */
import type { CellNumber } from '../workbook/cell-number';
import { gridOf } from '../workbook/detect-grid';
import { normalize } from '../workbook/detect-rules/lexicon';
import type { Sheet } from '../workbook/model';

export interface ProfilBaris {
  row: number;
  jumlah: CellNumber;
  persen: CellNumber;
}

export interface ProfilKelompok {
  sheet: Sheet;
  /** The characteristic as written (`JENIS KELAMIN`). */
  nama: string;
  /** The group's first row and the columns of its counts and percentages. */
  row: number;
  jumlahCol: number;
  persenCol: number;
  rows: ProfilBaris[];
}

export interface ProfilReader {
  number(sheet: Sheet, row: number, col: number): CellNumber;
  text(sheet: Sheet, row: number, col: number): string;
}

const HEADER = {
  karakteristik: /^karakteristik(?: responden)?$/,
  jumlah: /^(?:jumlah|frekuensi)(?: responden)?$/,
  persen: /^(?:persentase|presentase|prosentase|persen|%)(?: %)?$/,
};
const KARAKTERISTIK = /^\s*karakteristik/i;
/** A total row closes the table; it is no indicator of a group. */
const TOTAL = /^(?:jumlah|total)\b/;

/** Every characteristics table of the workbook, group by group. */
export function profilSkmOf(reader: ProfilReader, sheets: readonly Sheet[]): ProfilKelompok[] {
  return sheets.flatMap((sheet) => {
    const grid = gridOf(sheet);
    const groups: ProfilKelompok[] = [];
    // Indexed: a for-of over tens of thousands of rows makes a result object per row until
    // the loop is optimised.
    for (let i = 0; i < grid.rows.length; i++) {
      const row = grid.rows[i];
      const cols = grid.cols(row);
      // A cheap look at the raw text first: most rows of a workbook are turned away here.
      const karakteristik = karakteristikCol(sheet, row, cols);
      if (karakteristik === undefined) continue;
      if (!HEADER.karakteristik.test(normalize(reader.text(sheet, row, karakteristik)))) continue;
      const find = (pattern: RegExp) =>
        cols.find((col) => pattern.test(normalize(reader.text(sheet, row, col))));
      const jumlah = find(HEADER.jumlah);
      const persen = find(HEADER.persen);
      if (jumlah === undefined || persen === undefined) continue;
      groups.push(...groupsUnder(reader, sheet, row, karakteristik, jumlah, persen));
    }
    return groups;
  });
}

/** The first column whose raw text starts with `karakteristik` (a loop: no closure per row). */
function karakteristikCol(sheet: Sheet, row: number, cols: readonly number[]): number | undefined {
  for (const col of cols) {
    const value = sheet.value(row, col);
    if (typeof value === 'string' && KARAKTERISTIK.test(value)) return col;
  }
  return undefined;
}

function groupsUnder(
  reader: ProfilReader,
  sheet: Sheet,
  header: number,
  karakteristikCol: number,
  jumlahCol: number,
  persenCol: number,
): ProfilKelompok[] {
  const grid = gridOf(sheet);
  const groups: ProfilKelompok[] = [];
  let last = header;
  for (const row of grid.rows) {
    if (row <= header) continue;
    if (row > last + 1) break;
    last = row;
    const nama = reader.text(sheet, row, karakteristikCol);
    if (TOTAL.test(normalize(nama))) break;
    // `Jumlah | 29 | 100` under a group's indicators: its total, not one of them.
    const labels = grid.cols(row).filter((col) => col > karakteristikCol && col < jumlahCol);
    if (labels.some((col) => TOTAL.test(normalize(reader.text(sheet, row, col))))) continue;
    const jumlah = reader.number(sheet, row, jumlahCol);
    const persen = reader.number(sheet, row, persenCol);
    const current = groups[groups.length - 1];
    if (nama !== '' && nama !== current?.nama) {
      groups.push({ sheet, nama, row, jumlahCol, persenCol, rows: [] });
    }
    if (jumlah.value === null && persen.value === null) continue;
    groups[groups.length - 1]?.rows.push({ row, jumlah, persen });
  }
  return groups.filter((group) => group.rows.length > 0);
}
