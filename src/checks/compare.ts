/**
 * Comparing a stated number with a recomputed one (tolerance from the stated decimals, DOMAIN
 * section 3) and showing recomputed numbers in messages.
 */
import { formatAngka } from '../core/angka';
import { matchesStated } from '../core/tolerance';
import type { CellNumber } from '../workbook/cell-number';
import { cleanFloat } from '../workbook/cell-number';

/**
 * Whether the stated cell agrees with `computed`: rounded or truncated to its decimals (a typed
 * number's own, where it has fewer than its format shows), or within
 * `extra` (the user's tolerance, in the same units). A stated `-` agrees with a computed 0.
 */
export function agrees(stated: CellNumber, computed: number, extra = 0): boolean {
  // A division by a number too small to show, or a sum past Excel's range: nothing to dispute.
  if (!Number.isFinite(computed)) return true;
  if (stated.nil) return Math.abs(computed) <= 0.005 + extra;
  if (stated.value === null) return false;
  return (
    matchesStated(stated.value, stated.typedDecimals ?? stated.decimals, computed) !== false ||
    Math.abs(stated.value - computed) <= extra
  );
}

/** Rounds half away from zero, ignoring binary noise (84.185 → 84.19). */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = cleanFloat(Math.abs(value) * factor);
  // Near Excel's largest number the scaling overflows, and such a number carries no decimals.
  if (!Number.isFinite(scaled)) return value;
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** A recomputed number for a message: at most `decimals` decimals (2 by default), no trailing zeros. */
export function shownNumber(value: number, decimals = 2): string {
  const text = formatAngka(roundTo(value, decimals), decimals);
  return text.includes(',') ? text.replace(/,?0+$/, '') : text;
}

/** The number a finding's `expected` carries: rounded like the message shows it. */
export function expectedNumber(value: number, decimals = 2): number {
  return roundTo(value, decimals);
}

/** The stated cell for `actual`: its number, or the text as written. */
export function actualOf(stated: CellNumber): number | string {
  return stated.value ?? stated.shown;
}

export { cents } from '../facts/budget';
