/**
 * The columns of a Renja evaluation form (Permendagri 86/2017, E.81 and its variants), answered
 * once for the checks and the Renja generator, per measure (K, Rp): the quarter columns by their
 * label (I … IV); the year's realisasi, the realisasi to date and the capaian from the numbering
 * row's own equations (`12 = 8+9+10+11`, `13 = 6 + 12`, `14 = 13 / 5 × 100`); target Renstra (5),
 * realisasi s.d. tahun lalu (6) and target Renja (7) from the numbered groups before the first
 * quarter, the year's target from the divisor of the year's capaian where the equations state it.
 */
import { ratioOperands } from '../workbook/detect-kind';
import { columnsIn, isAdditive } from '../workbook/equation-text';
import type { ColumnEquation, DetectedTable, TableColumn } from '../workbook/table-types';

type Measure = 'K' | 'Rp';

const ROMAN: Record<string, 1 | 2 | 3 | 4> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/**
 * The columns of a Renja form that aggregate the quarters of one measure (K or Rp), read from
 * its column equations.
 */
export interface FormAggregates {
  /** The quarter columns, in order. */
  quarters: number[];
  /** The year's realisasi: the equation summing exactly those quarters. */
  year: number;
  /** The realisasi to date: an equation adding one column (the years before) to `year`. */
  toDate?: { col: number; before: number };
  /**
   * The year's Renja target (for Rp its pagu): for K, what tells increments from levels.
   */
  target?: number;
  /** Capaian equations (`15 = 14 / 6 x 100`), for the capaian a wrong aggregate carries. */
  ratios: ColumnEquation[];
}

function formAggregates(table: DetectedTable, measure: Measure = 'K'): FormAggregates | undefined {
  if (table.kind !== 'renja') return undefined;
  const quarterColumns = table.columns.filter(
    (column) => column.role === 'triwulan' && ofMeasure(column, measure),
  );
  const quarters = quarterColumns.map((column) => column.col);
  if (quarters.length < 2) return undefined;
  const sums = table.equations.filter((equation) => isAdditive(equation.expression));
  const yearSum = sums.find((equation) => sameColumns(columnsIn(equation.expression), quarters));
  if (!yearSum) return undefined;
  const year = yearSum.resultCol;
  const ratios = table.equations.filter((equation) => ratioOperands(equation.expression));
  const result: FormAggregates = { quarters, year, ratios };
  const toDate = sums.find((equation) => {
    const cols = columnsIn(equation.expression);
    return cols.length === 2 && cols.includes(year) && equation.resultCol !== year;
  });
  if (toDate) {
    const before = columnsIn(toDate.expression).find((col) => col !== year) as number;
    result.toDate = { col: toDate.resultCol, before };
  }
  const target = yearTarget(table, year, ratios, quarterColumns[0].number, measure);
  if (target !== undefined) result.target = target;
  return result;
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * The Renja target of the year: the divisor of the year's capaian (`13 = 12/7*100`), else the
 * column of the measure numbered just before the first quarter ("target Renja tahun berjalan").
 */
function yearTarget(
  table: DetectedTable,
  year: number,
  ratios: ColumnEquation[],
  firstQuarter: number | undefined,
  measure: Measure,
): number | undefined {
  for (const ratio of ratios) {
    const operands = ratioOperands(ratio.expression);
    if (operands && operands[0] === year) return operands[1];
  }
  if (firstQuarter === undefined) return undefined;
  return table.columns.find(
    (column) => column.number === firstQuarter - 1 && ofMeasure(column, measure),
  )?.col;
}

/** A column of the measure; a form without a unit row has K columns only. */
function ofMeasure(column: TableColumn, measure: Measure): boolean {
  return column.measure === measure || (measure === 'K' && column.measure === undefined);
}

/** The columns of one measure (K or Rp) of an E.81 form. */
export interface MeasureColumns {
  renstra?: number;
  lalu?: number;
  target?: number;
  quarters: (number | undefined)[];
}

/**
 * Which sheet column holds what: the quarter groups by their label (I … IV); the three numbered
 * groups before the first quarter are, in order, target Renstra (5), realisasi s.d. tahun lalu
 * (6) and target Renja (7). In a group, K and Rp come from the unit row, else first and last.
 */
function formColumns(table: DetectedTable): { k: MeasureColumns; rp: MeasureColumns } {
  const k: MeasureColumns = { quarters: [] };
  const rp: MeasureColumns = { quarters: [] };
  const groups = new Map<string, TableColumn[]>();
  for (const column of table.columns) {
    if (column.measure === '%' || column.role === 'satuan') continue;
    const key = column.number !== undefined ? `#${column.number}` : column.header;
    const group = groups.get(key);
    if (group) group.push(column);
    else groups.set(key, [column]);
  }
  const pick = (group: TableColumn[], measure: 'K' | 'Rp'): number | undefined => {
    if (group.some((column) => column.measure !== undefined))
      return group.find((column) => column.measure === measure)?.col;
    if (measure === 'K') return group[0].col;
    return group.length > 1 ? group[group.length - 1].col : undefined;
  };
  const quarterGroups = [...groups.values()].filter((group) => group[0].role === 'triwulan');
  for (const group of quarterGroups) {
    const tw = ROMAN[(group[0].unit ?? '').trim().toLowerCase()];
    if (tw === undefined) continue;
    k.quarters[tw - 1] = pick(group, 'K');
    rp.quarters[tw - 1] = pick(group, 'Rp');
  }
  const firstQuarter = Math.min(...quarterGroups.map((group) => group[0].col));
  const before = [...groups.values()].filter(
    (group) =>
      group[0].col < firstQuarter &&
      group.some((column) => column.measure !== undefined || column.role === 'target'),
  );
  const [renstra, lalu, target] = [before.at(-3), before.at(-2), before.at(-1)];
  for (const [field, group] of [
    ['renstra', renstra],
    ['lalu', lalu],
    ['target', target],
  ] as const) {
    if (!group) continue;
    k[field] = pick(group, 'K');
    rp[field] = pick(group, 'Rp');
  }
  return { k, rp };
}

/** A Renja form's columns, per measure: the carried columns and the quarters' aggregates. */
export interface RenjaForm {
  table: DetectedTable;
  k: MeasureColumns;
  rp: MeasureColumns;
  /** Where the numbering row's equations add up the quarters of the measure. */
  aggregates: { K?: FormAggregates; Rp?: FormAggregates };
}

/**
 * The form's columns. Where the equations say, they decide over the column order: the year's
 * target is what the year's capaian divides by (`12 = 11/6`), the realisasi before this year what
 * the to-date total adds (`13 = 5 + 11`), the Renstra target what the to-date capaian divides by
 * (`14 = 13/4`). A to-date total that adds the year's own target (`13 = 6 + 11`, as one Tabel
 * 2.2 writes) tells nothing of the years before: the column order stands there.
 */
export function renjaFormOf(table: DetectedTable): RenjaForm | undefined {
  if (table.kind !== 'renja') return undefined;
  const { k, rp } = formColumns(table);
  const aggregates: RenjaForm['aggregates'] = {};
  for (const [measure, columns] of [
    ['K', k],
    ['Rp', rp],
  ] as const) {
    const found = formAggregates(table, measure);
    if (!found) continue;
    aggregates[measure] = found;
    if (found.target !== undefined) columns.target = found.target;
    if (!found.toDate) continue;
    const { col, before } = found.toDate;
    if (before !== columns.target) columns.lalu = before;
    const renstra = found.ratios
      .map((ratio) => ratioOperands(ratio.expression))
      .find((operands) => operands?.[0] === col)?.[1];
    if (renstra !== undefined) columns.renstra = renstra;
  }
  return { table, k, rp, aggregates };
}

/** A form holding fewer rows than this share of another's summarises it (Tabel 2.2 RKPD). */
const SUMMARY_SHARE = 0.5;

/**
 * The form a generator carries on: the latest, leaving out a summary of another form (Tabel 2.2
 * RKPD under or beside the perangkat daerah's form holds one row per program, a fraction of the
 * form's rows); forms of similar size (a sheet per quarter) are told apart by order only.
 */
export function sourceForm(tables: readonly DetectedTable[]): DetectedTable | undefined {
  const forms = tables.filter((table) => table.kind === 'renja');
  const largest = Math.max(0, ...forms.map((form) => form.dataRows.length));
  return forms.filter((form) => form.dataRows.length >= largest * SUMMARY_SHARE).at(-1);
}
