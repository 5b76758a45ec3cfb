/**
 * One indicator is written slightly differently from table to table (case, spacing,
 * punctuation, the common misspelling `presentase`); this key matches them.
 */
export function normalizeIndicatorName(text: string): string {
  let normal = normalized.get(text);
  if (normal === undefined) {
    // Bounded: the pane and the web page's worker live across many workbooks.
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(text, (normal = normalize(text)));
  }
  return normal;
}

/**
 * Each distinct name normalised once: the indicator model, its jenis and the facts' keys each ask
 * for every name of the workbook (40.000 rows: four regular expressions each, three times over).
 */
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 100_000;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(presentase|prosentase)\b/g, 'persentase')
    .replace(/\s+/g, ' ')
    .trim();
}
