/**
 * A predikat as a native Excel formula and as the value it gives, shared by every generated
 * sheet: the scale's bands as nested IFs, highest first; below the lowest bound, no predikat.
 */
import { LkjError } from '../core/errors';
import { predikat, SCALES, type ScaleName } from '../core/predikat';

/** Capaian is compared with the bands after rounding away binary noise (94,999999999999 is 95). */
export const PREDIKAT_DECIMALS = 9;

/** An Excel string literal. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `IF(Y9="","",IF(ROUND(Y9,9)>=91,"Sangat Tinggi",…))`: empty while the capaian cell is. */
export function predikatFormulaOf(scale: ScaleName, capaianCell: string): string {
  const rounded = `ROUND(${capaianCell},${PREDIKAT_DECIMALS})`;
  const lowestFirst = [...SCALES[scale]].sort((a, b) => a.min - b.min);
  let formula = '""';
  for (const band of lowestFirst) {
    formula =
      band.min === -Infinity
        ? quoted(band.label)
        : `IF(${rounded}>=${band.min},${quoted(band.label)},${formula})`;
  }
  return `IF(${capaianCell}="","",${formula})`;
}

/** What predikatFormulaOf gives for a capaian: '' below the scale's lowest band (IKM under 25). */
export function predikatValue(capaian: number, scale: ScaleName): string {
  const factor = 10 ** PREDIKAT_DECIMALS;
  try {
    return predikat(Math.round(capaian * factor) / factor, scale);
  } catch (error) {
    if (!(error instanceof LkjError)) throw error;
    return '';
  }
}
