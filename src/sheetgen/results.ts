/**
 * The values the generated formulas give, computed by core: cached in the written file and shown
 * in the pane's preview. An empty operand gives an empty result, a division by zero `#DIV/0!`, and
 * an error flows on.
 */
import { capaian, type Arah } from '../core/capaian';
import { LkjError } from '../core/errors';
import type { ScaleName } from '../core/predikat';
import { predikatValue } from './predikat-formula';

/** A number, '' for an empty result, or an Excel error such as `#DIV/0!`. */
export type Result = number | string;

export function attempt(compute: () => number): Result {
  try {
    return compute();
  } catch (error) {
    if (error instanceof LkjError) return error.code;
    throw error;
  }
}

/** What capaianOf's formula gives: empty while an operand is, an operand's error passed on. */
export function capaianResult(hasil: Result, target: Result, arah: Arah): Result {
  if (typeof hasil === 'string' && hasil !== '') return hasil;
  if (typeof target === 'string' && target !== '') return target;
  if (hasil === '' || target === '') return '';
  return attempt(() => capaian(target as number, hasil as number, arah));
}

/** What predikatFormulaOf gives for a capaian result: an error or emptiness passed on. */
export function predikatResult(capaianValue: Result, scale: ScaleName): string {
  return typeof capaianValue === 'string' ? capaianValue : predikatValue(capaianValue, scale);
}
