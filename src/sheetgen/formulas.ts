/**
 * The LKj formulas every generated sheet writes, as expressions (native Excel: `,` separators,
 * English names, nothing an add-in supplies), so a sheet computes in Excel without the add-in and
 * in LibreOffice, and the values cached beside them are what they give.
 */
import type { Arah } from '../core/capaian';
import { SCALES, type ScaleName } from '../core/predikat';
import { div, EMPTY, eq, gte, iff, mul, num, or, round, sub, sum, text, type Expr } from './expr';

/**
 * `IF(OR(E6="",F6=""),"",then)`: an operand left empty gives an empty result (or `otherwise`),
 * not #DIV/0!; an operand's error passes on.
 */
export function unlessEmpty(operands: Expr[], then: Expr, otherwise: Expr = EMPTY): Expr {
  const tests = operands.map((operand) => eq(operand, EMPTY));
  return iff(tests.length === 1 ? tests[0] : or(...tests), otherwise, then);
}

/** Capaian in percent: naik r/t×100, turun (2t−r)/t×100; empty while an operand is. */
export function capaianOf(arah: Arah, realisasi: Expr, target: Expr): Expr {
  const ratio =
    arah === 'turun' ? div(sub(mul(num(2), target), realisasi), target) : div(realisasi, target);
  return unlessEmpty([realisasi, target], mul(ratio, num(100)));
}

/** Capaian is compared with the bands after rounding away binary noise (94,999999999999 is 95). */
const PREDIKAT_DECIMALS = 9;

/**
 * `IF(Y9="","",IF(ROUND(Y9,9)>=91,"Sangat Tinggi",…))`: the scale's bands as nested IFs, highest
 * first; below the lowest bound (IKM under 25) no predikat; empty while the capaian is.
 */
export function predikatOf(scale: ScaleName, capaian: Expr): Expr {
  const rounded = round(capaian, PREDIKAT_DECIMALS);
  const lowestFirst = [...SCALES[scale]].sort((a, b) => a.min - b.min);
  let formula = EMPTY;
  for (const band of lowestFirst) {
    formula =
      band.min === -Infinity
        ? text(band.label)
        : iff(gte(rounded, num(band.min)), text(band.label), formula);
  }
  return iff(eq(capaian, EMPTY), EMPTY, formula);
}

/** SUM takes at most 255 arguments; longer lists are summed in groups. */
const SUM_GROUP = 200;

export function sumOf(cells: Expr[]): Expr {
  if (cells.length <= SUM_GROUP) return sum(...cells);
  const groups: Expr[] = [];
  for (let i = 0; i < cells.length; i += SUM_GROUP)
    groups.push(sum(...cells.slice(i, i + SUM_GROUP)));
  return sum(...groups);
}
