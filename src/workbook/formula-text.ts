/**
 * A formula's text outside its string literals (`"…"`) and quoted sheet names (`'…'`), for the
 * rewrites that must leave those as they are. Both are matched from left to right, so a `'`
 * inside a string or a `"` inside a sheet name opens nothing.
 */
export function outsideQuotes(formula: string, change: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join('');
}
