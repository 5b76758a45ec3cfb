/**
 * Whether two tables name the same indicator. Tables spell one indicator differently
 * (`di tindak lanjuti` / `ditindaklanjuti`, `desa dalam menyusun` / `desa yang menyusun`, `Nilai
 * IKM Kecamatan` / `Nilai IKM Pelayanan Kecamatan Klakah`), while sibling indicators differ in one
 * word (`… menetapkan RKPdes …` / `… menetapkan LPPdes …`). So: the same letters ignoring spaces,
 * or every word of one name in the other; one word replaced is another indicator.
 */
import { normalizeIndicatorName } from '../core/names';

/** A short name contained in a longer one matches only with at least this many words. */
const MIN_CONTAINED_WORDS = 3;

export interface IndicatorKey {
  compact: string;
  words: Set<string>;
}

export function indicatorKey(name: string): IndicatorKey {
  const normal = normalizeIndicatorName(name);
  return { compact: normal.replace(/ /g, ''), words: new Set(normal.split(' ').filter(Boolean)) };
}

export function sameIndicator(a: IndicatorKey, b: IndicatorKey): boolean {
  if (a.compact === '' || b.compact === '') return false;
  if (a.compact === b.compact) return true;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  const smaller = Math.min(a.words.size, b.words.size);
  return shared === smaller && smaller >= MIN_CONTAINED_WORDS;
}
