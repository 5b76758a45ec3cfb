/**
 * Whether a stated number agrees with a recomputed one (DOMAIN section 3): the tolerance follows
 * the stated number's own decimals; staff who truncate instead of rounding are accepted too.
 */

/** Absorbs binary noise such as 95.225 being stored as 95.22499999999999. */
const RELATIVE_SLACK = 1e-9;

export function matchesStated(
  stated: number,
  statedDecimals: number,
  computed: number,
): 'rounded' | 'truncated' | false {
  // Excel rounds half away from zero, so work on magnitudes on the stated number's side.
  const flip = stated < 0 || (stated === 0 && computed < 0);
  const s = flip ? -stated : stated;
  const c = flip ? -computed : computed;
  const step = 10 ** -Math.max(0, statedDecimals);
  // Capped well inside the band: on large money the relative slack would otherwise exceed the
  // step itself and shrink the band to exact float equality.
  const slack = Math.min(RELATIVE_SLACK * Math.max(1, Math.abs(s), Math.abs(c)), step / 1000);
  const difference = c - s;
  if (difference >= -step / 2 - slack && difference < step / 2 - slack) return 'rounded';
  if (difference >= -slack && difference < step - slack) return 'truncated';
  return false;
}
