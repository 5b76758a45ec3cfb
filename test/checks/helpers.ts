/**
 * Small workbooks built in code for the check tests: each table is written into a Sheet and
 * described by hand as a DetectedTable, so a check is tested on exactly the tables it is given.
 */
import { runChecks } from '../../src/checks';
import { WorkbookFacts } from '../../src/facts/facts';
import type { Check, ValidationOptions } from '../../src/checks/check';
import type { Finding } from '../../src/checks/finding';
import { Sheet, type Cell, type WorkbookModel } from '../../src/workbook/model';
import { writeRows, type CellInput } from '../support/sheets';
import type {
  ColumnEquation,
  ColumnRole,
  DetectedTable,
  EquationNode,
  TableColumn,
  TableKind,
} from '../../src/workbook/table-types';

export type { CellInput } from '../support/sheets';

/** Column `c` (0-based) in a column equation. */
export const col = (c: number): EquationNode => ({ type: 'column', col: c });
/** The columns added from left to right: `plus(7, 9)` is col 7 + col 9. */
export const plus = (...cols: number[]): EquationNode =>
  cols.map(col).reduce((left, right) => ({ type: 'binary', op: '+', left, right }));

export interface TableSpec {
  kind: TableKind;
  sheet?: string;
  /** Row of the header; data rows follow it. */
  top?: number;
  roles: ColumnRole[];
  /** Year of each column, for year groups. */
  years?: (number | undefined)[];
  /** Quarter label or unit name of each column (`target-triwulan`, `realisasi-unit`). */
  units?: (string | undefined)[];
  headers?: string[];
  /** Column numbers of a form's numbering row, and measures of its unit row (K, Rp, %). */
  numbers?: (number | undefined)[];
  measures?: (string | undefined)[];
  rows: CellInput[][];
  year?: number;
  title?: string;
  equations?: ColumnEquation[];
}

export function build(...specs: TableSpec[]): { model: WorkbookModel; tables: DetectedTable[] } {
  const sheets = new Map<string, Sheet>();
  const tables = specs.map((spec) => {
    const name = spec.sheet ?? 'Lembar1';
    const sheet = sheets.get(name) ?? new Sheet(name);
    sheets.set(name, sheet);
    const top = spec.top ?? 1;
    const columns: TableColumn[] = spec.roles.map((role, i) => {
      const column: TableColumn = { col: i + 1, role, header: spec.headers?.[i] ?? role };
      const year = spec.years?.[i];
      if (year !== undefined) column.year = year;
      const unit = spec.units?.[i];
      if (unit !== undefined) column.unit = unit;
      const number = spec.numbers?.[i];
      if (number !== undefined) column.number = number;
      const measure = spec.measures?.[i];
      if (measure !== undefined) column.measure = measure;
      return column;
    });
    writeRows(sheet, [columns.map((column) => column.header), ...spec.rows], top);
    const table: DetectedTable = {
      kind: spec.kind,
      sheet: name,
      range: { top, left: 1, bottom: top + spec.rows.length, right: spec.roles.length },
      headerRows: [top],
      columns,
      equations: spec.equations ?? [],
      dataRows: spec.rows.map((_, r) => top + 1 + r),
    };
    if (spec.year !== undefined) table.year = spec.year;
    if (spec.title !== undefined) table.title = spec.title;
    return table;
  });
  return { model: { sheets: [...sheets.values()] }, tables };
}

/** The findings of the given checks on the tables. */
export function findingsOf(
  checks: Check | Check[],
  specs: TableSpec[],
  options?: ValidationOptions,
): Finding[] {
  const { model, tables } = build(...specs);
  return runChecks(
    new WorkbookFacts(model, tables, options),
    Array.isArray(checks) ? checks : [checks],
  );
}

/** `rule@cell` of each finding, for compact assertions. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`);
}

/** A number shown with a percent format, as Excel stores it. */
export function percent(value: number, numFmt = '0.00%'): Cell {
  return { value, numFmt };
}
