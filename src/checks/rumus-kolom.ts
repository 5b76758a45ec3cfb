import { applyOperator } from '../core/penghitungan';
import { columnsIn, expressionText, isAdditive } from '../workbook/equation-text';
import { toA1, type Sheet } from '../workbook/model';
import { ratioOperands } from '../workbook/detect-kind';
import type { CellNumber } from '../workbook/cell-number';
import type { ColumnEquation, DetectedTable, EquationNode } from '../workbook/table-types';
import { akumulasiVerdicts } from './akumulasi-salah';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, agrees, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { quarterTargetFindings } from './target-triwulan';

export const rule: Check = {
  id: 'rumus-kolom',
  title: 'Tidak sesuai rumus kolom',
  severity: 'error',
  description:
    'Baris yang melanggar rumus kolom yang tertulis di baris penomoran tabel (misalnya 7=5-6 atau 15 = 14 / 6 x 100), atau target triwulan yang tidak sampai pada target tahunan (dijumlahkan untuk indikator kumulatif, triwulan terakhir untuk nilai akhir).',
  supersededBy: [
    'akumulasi-salah',
    'efisiensi-salah',
    'serapan-salah',
    'capaian-salah',
    'arah-turun',
    'jumlah-salah',
    'target-nol',
    'sel-error',
    'angka-format',
  ],
  check(context) {
    const { rightByJenis } = akumulasiVerdicts(context);
    return context.tables.flatMap((table) => {
      const sheet = context.sheet(table.sheet);
      const written = table.equations.flatMap((equation) =>
        table.dataRows.flatMap((row) => {
          // The numbering row sums the quarters; a nilai-akhir row rightly carries its last one.
          if (rightByJenis.has(`${sheet.name}!${toA1(row, equation.resultCol)}`)) return [];
          const stated = context.number(sheet, row, equation.resultCol);
          if (stated.value === null && !stated.nil) {
            return emptyTotal(context, table, sheet, row, equation);
          }
          const value =
            evaluate(context, sheet, row, equation.expression) ??
            partialSum(context, sheet, row, equation, stated);
          if (value === undefined || agrees(stated, value, context.toleransi)) return [];
          // A `%` column under `5 = 4/3` holds the ratio in percent: 4/3 × 100 is as written.
          const percent = inPercent(table, stated, equation);
          const computed = percent ? value * 100 : value;
          if (percent && agrees(stated, computed, context.toleransi)) return [];
          const decimals = Math.max(2, stated.decimals);
          const operands = expressionText(equation.expression, (col) => {
            const part = context.number(sheet, row, col);
            return part.empty ? 'kosong' : part.shown;
          });
          return [
            finding(
              rule,
              context.at(sheet, row, equation.resultCol),
              `Rumus kolom ${equation.text.trim()}: tertulis ${stated.shown}, seharusnya ${shownNumber(computed, decimals)} ` +
                `(${operands}${percent ? ' × 100' : ''})`,
              expectedNumber(computed, decimals),
              actualOf(stated),
            ),
          ];
        }),
      );
      return written.concat(quarterTargetFindings(rule, context, table));
    });
  },
};

/**
 * A sum the numbering row states, left as an empty cell (no formula, no value) where its parts
 * hold numbers and a capaian formula of the row divides it: the capaian shows 0 % from a cell
 * nobody filled. An empty total that nothing computes from is a row the form leaves blank
 * (program rows carrying only Rp). No number is proposed: for a nilai-akhir indicator the right
 * total is not the sum (akumulasi-salah's rule).
 */
function emptyTotal(
  context: CheckContext,
  table: DetectedTable,
  sheet: Sheet,
  row: number,
  equation: ColumnEquation,
): Finding[] {
  const col = equation.resultCol;
  if (!isAdditive(equation.expression) || sheet.getCell(row, col)) return [];
  if (context.text(sheet, row, col) !== '') return [];
  const parts = columnsIn(equation.expression).map((part) => context.number(sheet, row, part));
  if (!parts.some((part) => part.value !== null && part.value !== 0)) return [];
  const capaian = table.equations.find(
    (ratio) =>
      ratioOperands(ratio.expression)?.[0] === col &&
      sheet.getCell(row, ratio.resultCol)?.formula !== undefined,
  );
  if (!capaian) return [];
  const written = parts.map((part) => (part.value === null ? 'kosong' : part.shown)).join(' + ');
  return [
    finding(
      rule,
      context.at(sheet, row, col),
      `Rumus kolom ${equation.text.trim()}: sel kosong, padahal bahannya terisi (${written}); ` +
        `capaian ${toA1(row, capaian.resultCol)} dihitung dari sel kosong ini`,
    ),
  ];
}

/**
 * A stated sum some of whose parts are empty (quarters not filled yet): Excel adds an empty cell
 * as 0, but a total that is one of the filled parts (the last quarter of a level) or their mean
 * (with or without a 0 typed ahead) may be right for the indicator's jenis. Only a total that is
 * none of these is disputed, against the sum of the filled parts; without a filled non-zero part
 * there is nothing to tell.
 */
function partialSum(
  context: CheckContext,
  sheet: Sheet,
  row: number,
  equation: ColumnEquation,
  stated: CellNumber,
): number | undefined {
  if (!isAdditive(equation.expression)) return undefined;
  const filled = columnsIn(equation.expression).flatMap((col) => {
    const part = context.number(sheet, row, col);
    return part.nil ? [0] : part.value === null ? [] : [part.value];
  });
  if (!filled.some((value) => value !== 0)) return undefined;
  const sum = filled.reduce((total, value) => total + value, 0);
  // A 0 typed ahead in a quarter not reached yet is no part of a mean.
  const reached = filled.filter((value) => value !== 0);
  const plausible = [...filled, sum / filled.length, sum / reached.length];
  return plausible.some((value) => agrees(stated, value, context.toleransi)) ? undefined : sum;
}

/** Percent columns: headed `%`/persen/persentase, or shown with a percent format. */
const PERCENT_HEADER = /%|\bpersen(?:tase)?\b|\bprosentase\b/i;

/** The equation is a bare ratio (no × 100) stating a column that shows percentages. */
function inPercent(table: DetectedTable, stated: CellNumber, equation: ColumnEquation): boolean {
  const { expression } = equation;
  if (expression.type !== 'binary' || expression.op !== '/') return false;
  const header = table.columns.find((column) => column.col === equation.resultCol)?.header ?? '';
  return stated.fromPercentFormat || PERCENT_HEADER.test(header);
}

/** The right-hand side on one row; undefined when an operand holds no number or a divisor is 0. */
export function evaluate(
  context: CheckContext,
  sheet: Sheet,
  row: number,
  node: EquationNode,
): number | undefined {
  return evaluateWith(node, (col) => {
    const reading = context.number(sheet, row, col);
    return reading.nil ? 0 : (reading.value ?? undefined);
  });
}

/** The expression with each column's value from `operand`; undefined as for `evaluate`. */
export function evaluateWith(
  node: EquationNode,
  operand: (col: number) => number | undefined,
): number | undefined {
  if (node.type === 'number') return node.value;
  if (node.type === 'column') return operand(node.col);
  const left = evaluateWith(node.left, operand);
  const right = evaluateWith(node.right, operand);
  if (left === undefined || right === undefined || (node.op === '/' && right === 0))
    return undefined;
  return applyOperator(node.op, left, right);
}
