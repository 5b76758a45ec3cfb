/**
 * Indicator rows of every table that gives targets, realisasi or capaian, grouped by year, and
 * the arah of each indicator (from an Arah / Polaritas column of any table naming it).
 */
import { readArah, type Arah } from '../core/capaian';
import { normalizeIndicatorName } from '../core/names';
import type { Sheet } from '../workbook/model';
import type { ColumnRole, DetectedTable, TableKind } from '../workbook/table-types';
import type { CheckContext } from './context';
import type { CellNumber } from './reading';

export interface ValueCell {
  col: number;
  reading: CellNumber;
}

/** The values of one indicator row for one year. */
export interface IndicatorGroup {
  year?: number;
  /** The target capaian uses: the `sesudah` one where the target was revised. */
  target?: ValueCell;
  /** The target before revision, where the table gives one. */
  targetSebelum?: ValueCell;
  /** Realisasi, or the hasil of a penghitungan. */
  realisasi?: ValueCell;
  capaian?: ValueCell;
  predikat?: { col: number; text: string };
}

export interface IndicatorRow {
  table: DetectedTable;
  sheet: Sheet;
  row: number;
  name: string;
  /** Normalised name: the same indicator in two tables has the same key. */
  key: string;
  /** Arah stated on this row. */
  arah?: Arah;
  groups: IndicatorGroup[];
}

/** Tables whose rows are indicators with their own target / realisasi. */
const INDICATOR_KINDS: readonly TableKind[] = ['pk', 'capaian', 'multi-tahun', 'penghitungan'];

const GROUP_FIELD: Partial<Record<ColumnRole, ValueField>> = {
  target: 'target',
  'target-sesudah': 'target',
  'target-sebelum': 'targetSebelum',
  realisasi: 'realisasi',
  hasil: 'realisasi',
  capaian: 'capaian',
};

export function indicatorRows(context: CheckContext): IndicatorRow[] {
  return context.shared(collectIndicatorRows);
}

function collectIndicatorRows(context: CheckContext): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const table of context.tables) {
    if (!INDICATOR_KINDS.includes(table.kind)) continue;
    const nameCol = table.columns.find((c) => c.role === 'indikator')?.col;
    if (nameCol === undefined) continue;
    const arahCol = table.columns.find((c) => c.role === 'arah')?.col;
    const sheet = context.sheet(table.sheet);
    const layout = groupLayout(context, table);
    for (const row of table.dataRows) {
      const name = context.text(sheet, row, nameCol);
      const arahText = arahCol === undefined ? '' : context.text(sheet, row, arahCol);
      rows.push({
        table,
        sheet,
        row,
        name,
        key: name === '' ? '' : normalizeIndicatorName(name),
        arah: arahText === '' ? undefined : readArah(arahText),
        groups: layout.map(({ year, fields, predikat }) => {
          const group: IndicatorGroup = { year };
          for (const [field, col] of fields) {
            group[field] = { col, reading: context.number(sheet, row, col) };
          }
          if (predikat !== undefined) {
            group.predikat = { col: predikat, text: context.text(sheet, row, predikat) };
          }
          return group;
        }),
      });
    }
  }
  return rows;
}

type ValueField = 'target' | 'targetSebelum' | 'realisasi' | 'capaian';

/** Which column gives which value of each year group: worked out once per table. */
function groupLayout(
  context: CheckContext,
  table: DetectedTable,
): { year?: number; fields: Map<ValueField, number>; predikat?: number }[] {
  const byYear = new Map<
    number | undefined,
    { year?: number; fields: Map<ValueField, number>; predikat?: number }
  >();
  for (const column of table.columns) {
    const field = GROUP_FIELD[column.role];
    if (field === undefined && column.role !== 'predikat') continue;
    const year = column.year ?? table.year ?? context.reportYear;
    const group = byYear.get(year) ?? { year, fields: new Map<ValueField, number>() };
    byYear.set(year, group);
    if (field === undefined) group.predikat ??= column.col;
    else if (!group.fields.has(field)) group.fields.set(field, column.col);
  }
  return [...byYear.values()];
}

/** Indicator rows by normalised name (unnamed rows left out). */
export function rowsByIndicator(context: CheckContext): Map<string, IndicatorRow[]> {
  return context.shared(indexRows);
}

function indexRows(context: CheckContext): Map<string, IndicatorRow[]> {
  const index = new Map<string, IndicatorRow[]>();
  for (const row of indicatorRows(context)) {
    if (row.key === '') continue;
    const list = index.get(row.key);
    if (list) list.push(row);
    else index.set(row.key, [row]);
  }
  return index;
}

/** Arah of each indicator key, from any table that states it. */
export function arahByIndicator(context: CheckContext): Map<string, Arah> {
  return context.shared(collectArah);
}

function collectArah(context: CheckContext): Map<string, Arah> {
  const arah = new Map<string, Arah>();
  for (const row of indicatorRows(context)) {
    if (row.arah !== undefined && row.key !== '' && !arah.has(row.key)) arah.set(row.key, row.arah);
  }
  return arah;
}

/** An indicator's name for a message: quoted, cut short when long. */
export function quoted(name: string, max = 60): string {
  return `"${name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name}"`;
}
