/**
 * Targets and realisasi as staff write them beside their unit or as a verdict (DOMAIN §9):
 * "24 partai politik", "≥ 80 % penduduk" hold one number; "WTP", "Opini WTP", "Baik" hold none
 * and are a legitimate qualitative value. Read only where core readAngka finds no number. Words
 * before the number are not read past: they are labels (`PROGRAM 1 s.d. …`, `Tahun 2023`).
 */
import { readAngka } from './angka';

export type NilaiTertulis =
  /** Exactly one number, first (after a comparison sign), then words: its unit. */
  | { kind: 'angka-satuan'; value: number; decimals: number; words: string }
  /** Words without a number: a verdict or qualitative value. */
  | { kind: 'kata' };

/** The one number: digits with their separators, a sign or accounting brackets, a percent sign. */
const ONE_NUMBER = /^([<>=≤≥±~]*)\s*((?:Rp\.?\s*)?[-−+]?\(?\d[\d.,]*\)?(?:\s*%)?)\s*([^\d]*)$/i;
const LETTER = /\p{L}/u;
/** Magnitude words change the number itself ("2 juta"): reading 2 would be wrong. */
const MAGNITUDE = /^(ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\b\.?/i;

export function readNilaiTertulis(text: string): NilaiTertulis | undefined {
  const trimmed = text.trim();
  if (!/\d/.test(trimmed)) return LETTER.test(trimmed) ? { kind: 'kata' } : undefined;
  const match = ONE_NUMBER.exec(trimmed);
  if (!match) return undefined;
  const [, , number, after] = match;
  if (!LETTER.test(after) || MAGNITUDE.test(after)) return undefined;
  const angka = readAngka(number);
  if (angka.value === null || angka.problem !== undefined) return undefined;
  const words = after.replace(/\s+/g, ' ').trim();
  return { kind: 'angka-satuan', value: angka.value, decimals: angka.decimals, words };
}
