/**
 * One indicator is written slightly differently from table to table (case, spacing,
 * punctuation, the common misspelling `presentase`); this key matches them.
 */
export function normalizeIndicatorName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(presentase|prosentase)\b/g, 'persentase')
    .replace(/\s+/g, ' ')
    .trim();
}
