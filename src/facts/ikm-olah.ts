/**
 * The IKM an SKM processing table built by hand states, for the workbook's IKM indicator (issue
 * 22 item 5): its realisasi where no table states one. Only a table of the report year counts (or
 * one stating no year where the workbook's tables name one year); two such tables and none is
 * taken. The add-in's own "Pengolahan SKM" sheet is an output and never among the tables.
 */
import { gridOf } from '../workbook/detect-grid';
import type { DetectedTable } from '../workbook/table-types';
import type { OlahSkm, SkmNumber } from './olah-skm';
import { YEAR_IN_TEXT as YEAR, yearOf, type ReportYear } from './year';

/** An indicator whose result is the IKM: `Nilai IKM …`, `Indeks Kepuasan Masyarakat`, `Nilai SKM`. */
export const IKM_NAME = /\b(ikm|indeks kepuasan|nilai skm)\b/i;

/** Rows over a processing table's header where its title (`… TAHUN 2024`) may stand. */
const TITLE_ROWS = 3;

export type IkmOlah =
  { kind: 'satu'; olah: OlahSkm; ikm: SkmNumber } | { kind: 'banyak'; count: number };

export interface IkmOlahSource {
  readonly olahSkm: OlahSkm[];
  readonly tables: readonly DetectedTable[];
  readonly year: ReportYear | undefined;
}

/** The processing tables stating an IKM of the report year; undefined where none does. */
export function ikmOlahOf(source: IkmOlahSource): IkmOlah | undefined {
  const year = source.year?.value;
  if (year === undefined) return undefined;
  const stated = new Set(source.tables.map(yearOf).filter((y) => y !== undefined));
  const oneYear = stated.size === 0 || (stated.size === 1 && stated.has(year));
  const candidates = source.olahSkm.filter((olah) => {
    if (olah.ikm?.reading.value === undefined || olah.ikm.reading.value === null) return false;
    const own = olahYear(olah);
    return own === undefined ? oneYear : own === year;
  });
  if (candidates.length === 0) return undefined;
  if (candidates.length > 1) return { kind: 'banyak', count: candidates.length };
  return { kind: 'satu', olah: candidates[0], ikm: candidates[0].ikm! };
}

/** The year a processing table's title over it, else its sheet's name, states. */
function olahYear({ sheet, table }: OlahSkm): number | undefined {
  const grid = gridOf(sheet);
  for (const row of grid.rows) {
    if (row < table.range.top - TITLE_ROWS) continue;
    if (row >= table.range.top) break;
    for (const col of grid.cols(row)) {
      const value = sheet.value(row, col);
      const match = typeof value === 'string' ? YEAR.exec(value) : null;
      if (match) return Number(match[1]);
    }
  }
  const match = YEAR.exec(sheet.name);
  return match ? Number(match[1]) : undefined;
}
