/** The LKj formulas (DOMAIN section 3). Full precision: rounding is for display only. */
import { LkjError } from './errors';

/** Whether a higher (`naik`) or a lower (`turun`: poverty rate, processing days) realisasi is better. */
export type Arah = 'naik' | 'turun';

function requireDivisor(divisor: number, what: string): void {
  if (divisor === 0)
    throw new LkjError('#DIV/0!', `${what} bernilai 0, pembagian tidak dapat dihitung`);
}

/**
 * Capaian in percent. `naik`: realisasi / target × 100; `turun`: (2 × target − realisasi) /
 * target × 100. No capping: 105 % stays 105 %.
 */
export function capaian(target: number, realisasi: number, arah: Arah = 'naik'): number {
  requireDivisor(target, 'target');
  return arah === 'turun' ? ((2 * target - realisasi) / target) * 100 : (realisasi / target) * 100;
}

/**
 * Capaian of a lower-is-better indicator as some apps write it, "tren negatif": target /
 * realisasi × 100 (DOMAIN section 9). A convention to recognise, not the rule.
 */
export function capaianTrenNegatif(target: number, realisasi: number): number {
  requireDivisor(realisasi, 'realisasi');
  return (target / realisasi) * 100;
}

/** pembilang / penyebut × 100 (40 of 42 fasilitasi followed up: 95,238…). */
export function persentase(pembilang: number, penyebut: number): number {
  requireDivisor(penyebut, 'penyebut');
  return (pembilang / penyebut) * 100;
}

/** Arithmetic mean of the components (IKM of four quarters). */
export function rataRata(values: number[]): number {
  requireDivisor(values.length, 'jumlah komponen');
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Serapan anggaran: realisasi / pagu × 100. */
export function serapan(pagu: number, realisasi: number): number {
  requireDivisor(pagu, 'pagu');
  return (realisasi / pagu) * 100;
}

/** Efisiensi: capaian kinerja − capaian anggaran (serapan), in percentage points. */
export function efisiensi(capaianKinerja: number, serapanAnggaran: number): number {
  return capaianKinerja - serapanAnggaran;
}

const ARAH_WORDS: Record<string, Arah> = {
  naik: 'naik',
  positif: 'naik',
  maximize: 'naik',
  maksimal: 'naik',
  maksimum: 'naik',
  max: 'naik',
  tinggi: 'naik',
  meningkat: 'naik',
  '↑': 'naik',
  '+': 'naik',
  'semakin tinggi semakin baik': 'naik',
  'higher is better': 'naik',
  turun: 'turun',
  negatif: 'turun',
  minimize: 'turun',
  minimal: 'turun',
  minimum: 'turun',
  min: 'turun',
  rendah: 'turun',
  menurun: 'turun',
  '↓': 'turun',
  'semakin rendah semakin baik': 'turun',
  'lower is better': 'turun',
};

/** Reads an `Arah` / `Polaritas` cell; undefined when the text names no direction. */
export function readArah(text: string): Arah | undefined {
  return ARAH_WORDS[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}
