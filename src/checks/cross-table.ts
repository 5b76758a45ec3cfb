/**
 * The same indicator (same normalised name) and year stated in several tables: which statements
 * disagree with the reference one. Shared by target-berbeda and realisasi-berbeda.
 */
import { finding, type Check } from './check';
import { actualOf, agrees } from './compare';
import type { CheckContext } from './context';
import { quoted, rowsByIndicator, type IndicatorRow, type ValueCell } from './indicators';
import type { Finding } from './finding';
import type { CellNumber } from '../workbook/cell-number';

interface Statement {
  row: IndicatorRow;
  year?: number;
  /** The cell stating the value (the sesudah target where the target was revised). */
  cell: ValueCell;
  /** Values this statement accepts: the value, and the target before revision. */
  values: CellNumber[];
}

interface Conflict {
  statement: Statement;
  reference: Statement;
  /** How many statements agree with the reference (itself included). */
  agreeing: number;
}

/** A finding of `check` on each statement that disagrees with the reference. */
export function conflictFindings(
  context: CheckContext,
  check: Pick<Check, 'id' | 'severity'>,
  field: Field,
): Finding[] {
  return conflictsOf(context, field).map((conflict) => {
    const { statement, reference } = conflict;
    return finding(
      check,
      context.at(statement.row.sheet, statement.row.row, statement.cell.col),
      describeConflict(context, field === 'target' ? 'Target' : 'Realisasi', conflict),
      reference.cell.reading.value ?? undefined,
      actualOf(statement.cell.reading),
    );
  });
}

type Field = 'target' | 'realisasi';

function conflictsOf(context: CheckContext, field: Field): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const rows of rowsByIndicator(context).values()) {
    if (rows.length < 2 || rows.every((row) => row.table === rows[0].table)) continue;
    for (const statements of statementsByYear(rows, field).values()) {
      conflicts.push(...conflictsAmong(statements, field));
    }
  }
  return conflicts;
}

function statementsByYear(
  rows: IndicatorRow[],
  field: Field,
): Map<number | undefined, Statement[]> {
  const byYear = new Map<number | undefined, Statement[]>();
  for (const row of rows) {
    for (const group of row.groups) {
      const cell = group[field];
      if (!cell || cell.reading.value === null) continue;
      const values = [cell.reading];
      const sebelum = group.targetSebelum?.reading;
      if (field === 'target' && sebelum && sebelum.value !== null) values.push(sebelum);
      const list = byYear.get(group.year) ?? [];
      list.push({ row, year: group.year, cell, values });
      byYear.set(group.year, list);
    }
  }
  return byYear;
}

function conflictsAmong(statements: Statement[], field: Field): Conflict[] {
  if (statements.every((s) => s.row.table === statements[0].row.table)) return [];
  const compatible = (a: Statement, b: Statement): boolean =>
    a.values.some((x) => b.values.some((y) => valuesAgree(x, y)));
  const reference = referenceOf(statements, field, compatible);
  const agreeing = statements.filter((s) => compatible(s, reference)).length;
  return statements
    .filter((s) => s.row.table !== reference.row.table && !compatible(s, reference))
    .map((statement) => ({ statement, reference, agreeing }));
}

/** Two stated numbers agree when either, within its own decimals, matches the other. */
function valuesAgree(a: CellNumber, b: CellNumber): boolean {
  if (a.value === null || b.value === null) return false;
  return agrees(a, b.value) || agrees(b, a.value);
}

/**
 * The statement others are measured against: for targets the Perjanjian Kinerja (a revised one
 * first); otherwise the value most tables agree on, the earliest on a tie.
 */
function referenceOf(
  statements: Statement[],
  field: Field,
  compatible: (a: Statement, b: Statement) => boolean,
): Statement {
  if (field === 'target') {
    const pk = statements.filter((s) => s.row.table.kind === 'pk');
    const preferred = pk.find((s) => s.values.length > 1) ?? pk[0];
    if (preferred) return preferred;
  }
  let best = statements[0];
  let bestCount = -1;
  for (const candidate of statements) {
    const count = statements.filter((s) => compatible(s, candidate)).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * `Target 85,23 untuk "LPPdes" tahun 2023 berbeda dengan 95,23 (sebelum perubahan 85,23) di
 * Lampiran PK (PK!D24) dan 2 tabel lain`.
 */
function describeConflict(
  context: CheckContext,
  what: string,
  { statement, reference, agreeing }: Conflict,
): string {
  const [value, sebelum] = reference.values;
  const revision = sebelum ? ` (sebelum perubahan ${sebelum.shown})` : '';
  const others = agreeing > 1 ? ` dan ${agreeing - 1} tabel lain` : '';
  const year = statement.year === undefined ? '' : ` tahun ${statement.year}`;
  return (
    `${what} ${statement.cell.reading.shown} untuk ${quoted(statement.row.name)}${year} ` +
    `berbeda dengan ${value.shown}${revision} di ${placeOf(context, reference)}${others}`
  );
}

/** Where a statement is: the table's title, when it has one, and the cell. */
function placeOf(context: CheckContext, statement: Statement): string {
  const { sheet, cell } = context.at(statement.row.sheet, statement.row.row, statement.cell.col);
  const title = statement.row.table.title;
  if (!title) return `${sheet}!${cell}`;
  return `${title.length > 40 ? `${title.slice(0, 39)}…` : title} (${sheet}!${cell})`;
}
