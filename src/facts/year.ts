/**
 * The year a workbook's report is about: one rule for the checks and every generator.
 *
 * 1. the user's choice;
 * 2. the year the latest Renja form states (a form is the report of its own year);
 * 3. the year most tables state (their title, or the year over their target column), the later
 *    one on a tie; a Renstra table's end year or a multi-year table's span is not what a report is
 *    about, and the most common year outvotes them (the highest year stated would be the Renstra's);
 * 4. a year in a sheet name (`PK 2023`).
 * Where none of these states a year there is none: the workbook does not say.
 */
import type { CellRef, WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';

export interface ReportYear {
  value: number;
  from: 'pilihan' | 'formulir' | 'tabel' | 'nama-lembar';
  /** The first table stating it (its top-left cell), for `tabel` and `formulir`. */
  cell?: CellRef;
  /** How many tables state it (`tabel`). */
  tables?: number;
}

/** A year written in a name or a title (`PK 2023`, `… TAHUN 2024`). */
export const YEAR_IN_TEXT = /(?<!\d)(20\d\d)(?!\d)/;

/** The table's year, or the year of its target column (`Tahun 2023` over Target | Realisasi). */
export function yearOf(table: DetectedTable): number | undefined {
  return table.year ?? table.columns.find((column) => column.role === 'target')?.year;
}

function cellOf(table: DetectedTable): CellRef {
  return { sheet: table.sheet, row: table.range.top, col: table.range.left };
}

export function reportYearOf(
  tables: readonly DetectedTable[],
  model: WorkbookModel,
  chosen?: number,
): ReportYear | undefined {
  if (chosen !== undefined) return { value: chosen, from: 'pilihan' };
  const form = [...tables].reverse().find((table) => table.kind === 'renja');
  if (form?.year !== undefined) return { value: form.year, from: 'formulir', cell: cellOf(form) };
  const stating = new Map<number, DetectedTable[]>();
  for (const table of tables) {
    const year = yearOf(table);
    if (year === undefined) continue;
    const list = stating.get(year);
    if (list) list.push(table);
    else stating.set(year, [table]);
  }
  let best: number | undefined;
  for (const [year, list] of stating) {
    const bestCount = best === undefined ? -1 : stating.get(best)!.length;
    if (list.length > bestCount || (list.length === bestCount && year > best!)) best = year;
  }
  if (best !== undefined) {
    const list = stating.get(best)!;
    return { value: best, from: 'tabel', cell: cellOf(list[0]), tables: list.length };
  }
  for (const sheet of model.sheets) {
    const match = YEAR_IN_TEXT.exec(sheet.name);
    if (match) return { value: Number(match[1]), from: 'nama-lembar' };
  }
  return undefined;
}

/** What every generator and host says when the workbook states no year and none was chosen. */
export const TAHUN_TIDAK_DIKETAHUI =
  'Tahun laporan tidak diketahui: workbook tidak menyebut tahun (judul tabel, tahun di atas kolom target, formulir Renja, atau nama sheet).';

/**
 * Planning a sheet without a year: the state a host shows (the pane asks for the year, the CLI
 * requires `--tahun`), never a year made up from today's date.
 */
export class YearUnknownError extends Error {
  readonly code = 'tahun-tidak-diketahui';
  constructor() {
    super(`${TAHUN_TIDAK_DIKETAHUI} Pilih tahun laporan.`);
    this.name = 'YearUnknownError';
  }
}

/**
 * The year a generated sheet is titled with: the report year (the user's choice included).
 * Without one it throws YearUnknownError: a generator never invents a year.
 */
export function sheetYear(year: ReportYear | undefined): number {
  if (year === undefined) throw new YearUnknownError();
  return year.value;
}
