/**
 * Predikat scales (DOMAIN section 4): lower bound inclusive, top band open. `LKJ` is the scale
 * printed in the Klakah LKj and the default.
 */
import { formatAngka } from './angka';
import { LkjError } from './errors';

export type ScaleName = 'LKJ' | 'P86' | 'IKM';

/** A band: every value from `min` up to the next band's `min` gets `label`. */
export interface Band {
  min: number;
  label: string;
}

export const SCALES: Record<ScaleName, Band[]> = {
  LKJ: [
    { min: 95, label: 'Sangat berhasil' },
    { min: 80, label: 'Berhasil' },
    { min: 50, label: 'Cukup berhasil' },
    { min: -Infinity, label: 'Tidak berhasil' },
  ],
  P86: [
    { min: 91, label: 'Sangat Tinggi' },
    { min: 76, label: 'Tinggi' },
    { min: 66, label: 'Sedang' },
    { min: 51, label: 'Rendah' },
    { min: -Infinity, label: 'Sangat Rendah' },
  ],
  IKM: [
    { min: 88.31, label: 'A (Sangat Baik)' },
    { min: 76.61, label: 'B (Baik)' },
    { min: 65, label: 'C (Kurang Baik)' },
    { min: 25, label: 'D (Tidak Baik)' },
  ],
};

export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

/** A scale as the user reads it, named by its source: the short ids are for options and formulas. */
export const SCALE_LABEL: Record<ScaleName, string> = {
  LKJ: 'LKj',
  P86: 'Permendagri 86/2017',
  IKM: 'IKM (PermenPAN-RB 14/2017)',
};

/** The label of the highest band whose lower bound `capaian` reaches; bands may come in any order. */
export function predikat(capaian: number, scale: ScaleName | Band[] = 'LKJ'): string {
  const bands = typeof scale === 'string' ? SCALES[scale] : scale;
  let best: Band | undefined;
  let lowest = Infinity;
  for (const band of bands) {
    if (band.min <= capaian && (best === undefined || band.min > best.min)) best = band;
    if (band.min < lowest) lowest = band.min;
  }
  if (best === undefined) {
    throw new LkjError(
      '#NUM!',
      bands.length === 0
        ? 'skala predikat kosong'
        : `nilai ${formatAngka(capaian)} di bawah batas terendah skala (${formatAngka(lowest)})`,
    );
  }
  return best.label;
}

function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '');
}

/** Case- and space-insensitive: `Tidakberhasil` is `Tidak berhasil`. */
export function sameLabel(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** The scale a table uses, from the labels it states; undefined when none or several fit best. */
export function recogniseScale(labels: string[]): ScaleName | undefined {
  const keys = labels.map(labelKey).filter((key) => key !== '');
  let found: ScaleName | undefined;
  let bestCount = 0;
  let tie = false;
  for (const name of SCALE_NAMES) {
    const known = new Set(SCALES[name].map((band) => labelKey(band.label)));
    const count = keys.filter((key) => known.has(key)).length;
    if (count > bestCount) {
      found = name;
      bestCount = count;
      tie = false;
    } else if (count === bestCount && count > 0) tie = true;
  }
  return tie ? undefined : found;
}
