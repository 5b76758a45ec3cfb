/**
 * The summary rows of a Renja form (reported under `hitung-salah`): a rata-rata row holds, per
 * column, the average of its program's line rows for K (and for capaian percentages) and their
 * sum for Rp — a SUM where the row averages is a slip, and the other way round. A percentage row
 * under it holds each rata-rata as a percentage of its target: the quarters and column 12 of
 * column 7 (`13 = 12/7*100`), columns 6 and 14 of column 5 (`15 = 14/5*100`), the capaian columns
 * the equation applied to the rata-rata row — not to the percentages again. A cell may also copy
 * a summary cell above it, or add the row's own percentages as an additive column equation does.
 */
import { columnLetters, columnsIn, expressionText, isAdditive } from '../workbook/equation-text';
import { ratioOperands } from '../workbook/detect-kind';
import type { Sheet } from '../workbook/model';
import type {
  ColumnEquation,
  DetectedTable,
  EquationNode,
  SummaryRow,
  TableColumn,
} from '../workbook/table-types';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, agrees, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { CellNumber } from './reading';
import { evaluate, evaluateWith } from './rumus-kolom';

type Rule = Pick<Check, 'id' | 'severity'>;

/** Findings on every summary row of every Renja form. */
export function summaryRowFindings(context: CheckContext, rule: Rule): Finding[] {
  return context.tables.flatMap((table) => {
    if (!table.summaryRows) return [];
    const sheet = context.sheet(table.sheet);
    const form = new FormColumns(table);
    return table.summaryRows.flatMap((summary) =>
      summary.role === 'rata-rata'
        ? rataRataFindings(context, rule, sheet, form, summary)
        : persenFindings(context, rule, sheet, form, summary, table.summaryRows ?? []),
    );
  });
}

/** What the equations of a form say about each column. */
class FormColumns {
  readonly measured: TableColumn[];
  /** Result column of a ratio equation (`15 = 14/5*100`) → the equation. */
  readonly ratios = new Map<number, ColumnEquation>();
  /** Column → the denominator of the ratio it is the numerator of, or of the sum it is part of. */
  readonly denominators = new Map<number, number>();
  /** Result column of an additive equation (`12 = 8+9+10+11`) → the equation. */
  readonly sums = new Map<number, ColumnEquation>();
  /** Result column of any equation → the equation. */
  readonly equations = new Map<number, ColumnEquation>();

  constructor(table: DetectedTable) {
    this.measured = table.columns.filter((column) => column.measure !== undefined);
    for (const equation of table.equations) {
      this.equations.set(equation.resultCol, equation);
      const operands = ratioOperands(equation.expression);
      if (operands) {
        this.ratios.set(equation.resultCol, equation);
        this.denominators.set(operands[0], operands[1]);
      } else if (isAdditive(equation.expression)) this.sums.set(equation.resultCol, equation);
    }
    // A part of a sum is a percentage of what the sum is a percentage of (a quarter of 7, as 12).
    for (const [result, equation] of this.sums) {
      const denominator = this.denominators.get(result);
      if (denominator === undefined) continue;
      for (const col of columnsIn(equation.expression)) {
        if (!this.denominators.has(col)) this.denominators.set(col, denominator);
      }
    }
  }

  /** K and capaian percentages are averaged; Rp amounts are summed. */
  isSummed(column: TableColumn): boolean {
    return column.measure === 'Rp' && !this.ratios.has(column.col);
  }
}

/** What a rata-rata cell should hold, and the other values that would not be a slip. */
interface Aggregate {
  expected: number;
  /** Also right: with the program rows, or with line cells that break their equation corrected. */
  accepted: number[];
  /** The other aggregation (the sum where the row averages, or the average where it sums). */
  other: number;
  summed: boolean;
}

function aggregate(
  context: CheckContext,
  sheet: Sheet,
  form: FormColumns,
  summary: Extract<SummaryRow, { role: 'rata-rata' }>,
  column: TableColumn,
): Aggregate | undefined {
  const stated = (row: number) => context.number(sheet, row, column.col).value ?? undefined;
  const equation = form.equations.get(column.col);
  const corrected = (row: number) =>
    (equation && evaluate(context, sheet, row, equation.expression)) ?? stated(row);
  const summed = form.isSummed(column);
  const over = (rows: number[], value: (row: number) => number | undefined) => {
    const values = rows.map(value).filter((v): v is number => v !== undefined);
    const sum = values.reduce((a, b) => a + b, 0);
    return values.length === 0 ? undefined : { sum, average: sum / values.length };
  };
  const lines = over(summary.lines, stated);
  if (!lines) return undefined;
  const pick = (found: { sum: number; average: number } | undefined) =>
    found && (summed ? found.sum : found.average);
  const accepted = [
    pick(over(summary.lines, corrected)),
    summary.parents.length > 0
      ? pick(over([...summary.parents, ...summary.lines], stated))
      : undefined,
  ].filter((v): v is number => v !== undefined);
  return {
    expected: summed ? lines.sum : lines.average,
    accepted,
    other: summed ? lines.average : lines.sum,
    summed,
  };
}

function rataRataFindings(
  context: CheckContext,
  rule: Rule,
  sheet: Sheet,
  form: FormColumns,
  summary: Extract<SummaryRow, { role: 'rata-rata' }>,
): Finding[] {
  return form.measured.flatMap((column) => {
    const stated = context.number(sheet, summary.row, column.col);
    if (stated.value === null) return [];
    const found = aggregate(context, sheet, form, summary, column);
    if (!found) return [];
    const { expected, accepted, other, summed } = found;
    const agreesWith = (value: number) => agrees(stated, value, context.toleransi);
    if (agreesWith(expected) || accepted.some(agreesWith)) return [];
    const decimals = Math.max(2, stated.decimals);
    const range = rowsText(columnLetters(column.col), summary.lines);
    const how = summed
      ? `jumlah ${range} (kolom Rp dijumlahkan)`
      : `rata-rata ${range} (kolom ${column.measure === 'K' ? 'K' : 'capaian'} dirata-ratakan)`;
    const note = agreesWith(other)
      ? `; yang tertulis adalah ${summed ? 'rata-ratanya' : 'jumlahnya'}`
      : '';
    return [
      finding(
        rule,
        context.at(sheet, summary.row, column.col),
        `Baris rata-rata: tertulis ${stated.shown}, seharusnya ${shownNumber(expected, decimals)}, ${how}${note}`,
        expectedNumber(expected, decimals),
        actualOf(stated),
      ),
    ];
  });
}

function persenFindings(
  context: CheckContext,
  rule: Rule,
  sheet: Sheet,
  form: FormColumns,
  summary: Extract<SummaryRow, { role: 'persen' }>,
  all: SummaryRow[],
): Finding[] {
  const { row, base } = summary;
  const above = all.filter((other) => other.row < row && other.row >= base).map((s) => s.row);
  const rataRata = all.find(
    (other): other is Extract<SummaryRow, { role: 'rata-rata' }> =>
      other.row === base && other.role === 'rata-rata',
  );
  // The rata-rata as it should be, where a cell of it is a slip: a percentage of the right
  // rata-rata is right too (the slip is reported once, on the rata-rata row).
  const rightBase = (col: number) => {
    const column = form.measured.find((c) => c.col === col);
    const found = rataRata && column && aggregate(context, sheet, form, rataRata, column);
    return found?.expected ?? context.number(sheet, base, col).value ?? undefined;
  };
  return form.measured.flatMap((column) => {
    const stated = context.number(sheet, row, column.col);
    if (stated.value === null) return [];
    const ratio = form.ratios.get(column.col);
    const denominator = form.denominators.get(column.col);
    // A capaian column: its equation on the rata-rata row. Any other: the rata-rata of the
    // column as a percentage of the rata-rata of its target column.
    const expression: EquationNode | undefined = ratio
      ? ratio.expression
      : denominator === undefined
        ? undefined
        : percentOf(column.col, denominator);
    if (!expression) return [];
    const expected = evaluate(context, sheet, base, expression);
    const agreesWith = (value: number | undefined) =>
      value !== undefined && agrees(stated, value, context.toleransi);
    if (expected === undefined || agreesWith(expected)) return [];
    if (agreesWith(evaluateWith(expression, rightBase))) return [];
    const copies = above.some((other) =>
      sameNumber(stated, context.number(sheet, other, column.col)),
    );
    const sum = form.sums.get(column.col);
    const ownSum = sum && evaluate(context, sheet, row, sum.expression);
    if (copies || agreesWith(ownSum)) return [];
    const decimals = Math.max(2, stated.decimals);
    const cells = expressionText(expression, (col) => `${columnLetters(col)}${base}`);
    const values = expressionText(expression, (col) => context.number(sheet, base, col).shown);
    const how = ratio ? `, rumus kolom ${ratio.text.trim()} pada baris rata-rata` : '';
    return [
      finding(
        rule,
        context.at(sheet, row, column.col),
        `Baris persentase: tertulis ${stated.shown}, seharusnya ${shownNumber(expected, decimals)} ` +
          `(${cells} = ${values}${how})`,
        expectedNumber(expected, decimals),
        actualOf(stated),
      ),
    ];
  });
}

function percentOf(col: number, denominator: number): EquationNode {
  return {
    type: 'binary',
    op: '*',
    left: {
      type: 'binary',
      op: '/',
      left: { type: 'column', col },
      right: { type: 'column', col: denominator },
    },
    right: { type: 'number', value: 100 },
  };
}

function sameNumber(a: CellNumber, b: CellNumber): boolean {
  return a.value !== null && b.value !== null && Math.abs(a.value - b.value) < 1e-9;
}

/** `K18:K37` for a run of rows; `K18, K20, K21` otherwise (at most three, then how many). */
function rowsText(letters: string, rows: number[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (last - first + 1 === rows.length) return `${letters}${first}:${letters}${last}`;
  const named = rows.slice(0, 3).map((row) => `${letters}${row}`);
  return rows.length > 3 ? `${named.join(', ')} … (${rows.length} baris)` : named.join(', ');
}
