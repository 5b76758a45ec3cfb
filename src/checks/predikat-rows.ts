/**
 * The predikat rows of a Renja form (reported under `predikat-salah`): each label is the band of
 * the capaian just above it in its column (the nearest number in the summary rows over it), on the
 * sheet's own scale when the cell's formula writes one as an IF chain (`IF(Y38<=50,"Sangat
 * Rendah",IF(Y38<=65,"Rendah",…,"Sangat Tinggi"))`), else on the P86 scale (or the user's).
 */
import { predikat, sameLabel, SCALE_LABEL, type ScaleName } from '../core/predikat';
import { isNumberLike } from '../workbook/detect-text';
import type { Check } from './check';
import { finding } from './check';
import { shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';

type Rule = Pick<Check, 'id' | 'severity'>;

/** One test of an IF chain: `value <= limit` gives `label`. */
interface Step {
  op: '<=' | '<' | '>=' | '>';
  limit: number;
  label: string;
}

/** A scale written in a formula: its steps in order, and the label when none holds. */
export interface FormulaScale {
  steps: Step[];
  otherwise: string;
}

/** Predikat rows hold a few labels each; a longer formula is no scale. */
const MAX_FORMULA = 1000;
const STEP =
  /^\s*IF\(\s*\$?[A-Z]{1,3}\$?\d{1,7}\s*(<=|<|>=|>)\s*(-?\d+(?:\.\d+)?)\s*,\s*"([^"]{1,60})"\s*,/i;

/** The IF chain of a formula as a scale; undefined when the formula is not one. */
export function formulaScale(formula: string | undefined): FormulaScale | undefined {
  if (formula === undefined || formula.length > MAX_FORMULA) return undefined;
  const steps: Step[] = [];
  let rest = formula.replace(/^=/, '');
  for (let match = STEP.exec(rest); match; match = STEP.exec(rest)) {
    steps.push({ op: match[1] as Step['op'], limit: Number(match[2]), label: match[3] });
    rest = rest.slice(match[0].length);
  }
  const last = /^\s*"([^"]{1,60})"\s*(\)*)\s*$/.exec(rest);
  if (steps.length === 0 || !last || last[2].length !== steps.length) return undefined;
  return { steps, otherwise: last[1] };
}

const HOLDS: Record<Step['op'], (value: number, limit: number) => boolean> = {
  '<=': (value, limit) => value <= limit,
  '<': (value, limit) => value < limit,
  '>=': (value, limit) => value >= limit,
  '>': (value, limit) => value > limit,
};

/** The label a formula scale gives a value, as Excel evaluates the chain. */
export function rateBy(scale: FormulaScale, value: number): string {
  for (const { op, limit, label } of scale.steps) if (HOLDS[op](value, limit)) return label;
  return scale.otherwise;
}

function scaleText(scale: FormulaScale): string {
  const steps = scale.steps.map(
    ({ op, limit, label }) =>
      `${op.replace('<=', '≤').replace('>=', '≥')}${shownNumber(limit)} ${label}`,
  );
  return `${steps.join(', ')}, selebihnya ${scale.otherwise}`;
}

/** Findings on every predikat row of every Renja form. */
export function predikatRowFindings(context: CheckContext, rule: Rule): Finding[] {
  return context.tables.flatMap((table) => {
    if (!table.predikatRows) return [];
    const sheet = context.sheet(table.sheet);
    const summaryRows = new Set((table.summaryRows ?? []).map((summary) => summary.row));
    const rataRataRows = new Set(
      (table.summaryRows ?? []).filter((s) => s.role === 'rata-rata').map((s) => s.row),
    );
    return table.predikatRows.flatMap((row) =>
      table.columns.flatMap((column) => {
        const cell = sheet.getCell(row, column.col);
        const stated = typeof cell?.value === 'string' ? cell.value.trim() : '';
        if (stated === '' || isNumberLike(stated)) return [];
        // The capaian it rates: its rata-rata row's, else the first number under that in the
        // percentage rows; a label that fits another number of these rows is no slip either.
        let top = row - 1;
        while (summaryRows.has(top - 1) && !rataRataRows.has(top)) top--;
        const rated: { row: number; value: number }[] = [];
        for (let above = top; above < row && summaryRows.has(above); above++) {
          const value = context.number(sheet, above, column.col).value;
          if (value !== null) rated.push({ row: above, value });
        }
        if (rated.length === 0) return [];
        const own = formulaScale(cell?.formula);
        const scale: ScaleName = context.skala ?? 'P86';
        const band = (value: number) => {
          try {
            return own ? rateBy(own, value) : predikat(value, scale);
          } catch {
            return undefined; // under the scale's lowest band: nothing to rate against
          }
        };
        const bands = rated.map(({ value }) => band(value));
        const expected = bands[0];
        if (expected === undefined || bands.some((b) => b !== undefined && sameLabel(stated, b)))
          return [];
        const scaleName = own
          ? `skala di rumus sel: ${scaleText(own)}`
          : `skala ${SCALE_LABEL[scale]}`;
        return [
          finding(
            rule,
            context.at(sheet, row, column.col),
            `Predikat tertulis "${stated}", seharusnya "${expected}" (capaian ${shownNumber(rated[0].value)} di baris ${rated[0].row}, ${scaleName})`,
            expected,
            stated,
          ),
        ];
      }),
    );
  });
}
