/** Anything a plain name (letters and digits, single spaces between words) does not hold. */
const NOT_PLAIN = /[^\p{L}\p{N} ]| {2}|^ | $/u;
const MISSPELT = /\b(?:presentase|prosentase)\b/;
const MISSPELT_ALL = new RegExp(MISSPELT.source, 'g');

/**
 * One indicator is written slightly differently from table to table (case, spacing,
 * punctuation, the common misspelling `presentase`); this key matches them.
 */
export function normalizeIndicatorName(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain already: a replace would copy each of tens of thousands for nothing.
  // A run of anything else becomes one space, so no two spaces are left to join.
  const spaced = NOT_PLAIN.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : lower;
  return MISSPELT.test(spaced) ? spaced.replace(MISSPELT_ALL, 'persentase') : spaced;
}
