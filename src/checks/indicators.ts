/**
 * The indicator rows the checks compare, read from the workbook's one indicator model
 * (workbook/indicators): each mention with its values per year as cell readings, grouped by the
 * indicator the model matched it to.
 */
import type { Arah } from '../core/capaian';
import { listOf, type OneOrMany } from '../core/one-or-many';
import {
  INDICATOR_KINDS,
  type Indicator,
  type IndicatorMention,
  type IndicatorModel,
  type YearValues,
} from '../facts/indicators';
import type { Sheet } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { CheckContext } from './context';
import type { CellNumber } from '../workbook/cell-number';

/** Shared by every row with the same reading in the same column: never changed. */
export interface ValueCell {
  readonly col: number;
  readonly reading: CellNumber;
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
  predikat?: { readonly col: number; readonly text: string };
}

export interface IndicatorRow {
  readonly table: DetectedTable;
  readonly sheet: Sheet;
  readonly row: number;
  readonly name: string;
  /** The indicator this row names, as the model matched it across tables (none for `-`). */
  readonly indicator?: Indicator;
  /** Arah stated on this row. */
  readonly arah?: Arah;
  readonly groups: IndicatorGroup[];
}

export function indicators(context: CheckContext): IndicatorModel {
  return context.facts.indicators.model;
}

export function indicatorRows(context: CheckContext): IndicatorRow[] {
  return context.shared(collectIndicatorRows);
}

/**
 * A row read from its mention: table, row, name and arah are the mention's, not copies, and a
 * row of one year (most) keeps that year's values without a list: tens of thousands of rows.
 */
class MentionRow implements IndicatorRow {
  constructor(
    private readonly mention: IndicatorMention,
    readonly sheet: Sheet,
    readonly indicator: Indicator | undefined,
    private readonly values: OneOrMany<IndicatorGroup>,
  ) {}

  get table(): DetectedTable {
    return this.mention.table;
  }

  get row(): number {
    return this.mention.row;
  }

  get name(): string {
    return this.mention.name;
  }

  get arah(): Arah | undefined {
    return this.mention.arah?.value;
  }

  get groups(): IndicatorGroup[] {
    return listOf(this.values);
  }
}

function collectIndicatorRows(context: CheckContext): IndicatorRow[] {
  const model = indicators(context);
  const valueCell = shared((col, reading: CellNumber): ValueCell => ({ col, reading }));
  const predikat = shared((col, text: string) => ({ col, text }));
  const number = (sheet: Sheet, row: number, col: number | undefined): ValueCell | undefined =>
    col === undefined ? undefined : valueCell(col, context.number(sheet, row, col));
  // Every field set at once, absent ones undefined: a field added later costs each of tens of
  // thousands of rows a second object.
  const groupOf = (sheet: Sheet, row: number, { year, cols }: YearValues): IndicatorGroup => ({
    year,
    target: number(sheet, row, cols.target),
    targetSebelum: number(sheet, row, cols.targetSebelum),
    realisasi: number(sheet, row, cols.realisasi),
    capaian: number(sheet, row, cols.capaian),
    predikat:
      cols.predikat === undefined
        ? undefined
        : predikat(cols.predikat, context.text(sheet, row, cols.predikat)),
  });
  return model.mentions.filter(isIndicatorRow).map((mention) => {
    const sheet = context.sheet(mention.table.sheet);
    const { years, row } = mention;
    return new MentionRow(
      mention,
      sheet,
      model.indicatorOf(mention),
      years.length === 1
        ? groupOf(sheet, row, years[0])
        : years.map((values) => groupOf(sheet, row, values)),
    );
  });
}

/**
 * One object per column and value, made by `make` when first asked for: readings are shared per
 * distinct value and a table's rows repeat a few values (a target, `%`, a predikat), so tens of
 * thousands of rows hold a few hundred cells.
 */
function shared<K, V>(make: (col: number, key: K) => V): (col: number, key: K) => V {
  const byCol = new Map<number, Map<K, V>>();
  return (col, key) => {
    let byKey = byCol.get(col);
    if (byKey === undefined) byCol.set(col, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = make(col, key)));
    return value;
  };
}

function isIndicatorRow(mention: IndicatorMention): boolean {
  return INDICATOR_KINDS.includes(mention.table.kind);
}

/** Indicator rows by the indicator they name. */
export function rowsByIndicator(context: CheckContext): Map<Indicator, IndicatorRow[]> {
  return context.shared(indexRows);
}

function indexRows(context: CheckContext): Map<Indicator, IndicatorRow[]> {
  const index = new Map<Indicator, IndicatorRow[]>();
  for (const row of indicatorRows(context)) {
    if (!row.indicator) continue;
    const list = index.get(row.indicator);
    if (list) list.push(row);
    else index.set(row.indicator, [row]);
  }
  return index;
}

/** An indicator's name for a message: quoted, cut short when long. */
export function quoted(name: string, max = 60): string {
  return `"${name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name}"`;
}
