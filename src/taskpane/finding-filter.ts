/**
 * Which findings the pane shows (severity, check, sheet, search, hidden sheets) and how alike
 * findings fold into one line. Pure: the finding list draws what these return.
 */
import type { Finding, Severity } from '../checks/finding';
import { orderFindings } from '../laporan/outcome';
import { fromA1 } from '../workbook/model';

export interface FindingFilter {
  severities: Readonly<Record<Severity, boolean>>;
  /** A check id; undefined: every check. */
  rule?: string;
  /** A sheet name; undefined: every sheet. */
  sheet?: string;
  /** Words that must each occur in the message, the sheet's name or the cell's address. */
  query: string;
  /** Findings on sheets hidden in Excel: off at first (they are mostly old copies). */
  showHidden: boolean;
}

export const NO_FILTER: FindingFilter = {
  severities: { error: true, warning: true, info: true },
  query: '',
  showHidden: false,
};

type Facet = 'severity' | 'rule' | 'sheet' | 'hidden';

function passes(finding: Finding, filter: FindingFilter, words: string[], except?: Facet) {
  if (except !== 'severity' && !filter.severities[finding.severity]) return false;
  if (except !== 'rule' && filter.rule !== undefined && finding.rule !== filter.rule) return false;
  if (except !== 'sheet' && filter.sheet !== undefined && finding.sheet !== filter.sheet) {
    return false;
  }
  if (except !== 'hidden' && finding.hidden && !filter.showHidden) return false;
  if (words.length === 0) return true;
  const text = `${finding.sheet}!${finding.cell} ${finding.message}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

const wordsOf = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/** The findings the filter lets through, in the order given. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = wordsOf(filter.query);
  return findings.filter((finding) => passes(finding, filter, words));
}

/**
 * How many findings each check, sheet or severity would show with every other filter as it is:
 * the counts beside the filter's choices.
 */
export function facetCounts(
  findings: readonly Finding[],
  filter: FindingFilter,
  facet: 'rule' | 'sheet' | 'severity',
): Map<string, number> {
  const words = wordsOf(filter.query);
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (!passes(finding, filter, words, facet)) continue;
    counts.set(finding[facet], (counts.get(finding[facet]) ?? 0) + 1);
  }
  return counts;
}

/** Findings on hidden sheets the other filters let through: shown or not by `showHidden`. */
export function hiddenCount(findings: readonly Finding[], filter: FindingFilter): number {
  const words = wordsOf(filter.query);
  return findings.filter((finding) => finding.hidden && passes(finding, filter, words, 'hidden'))
    .length;
}

/**
 * What stays the same between findings of one slip repeated down a column: the message with the
 * parts that differ from cell to cell masked (quoted text, cell addresses, numbers). Excel's
 * error values are kept, so that #DIV/0! and #REF! never fold together.
 */
export function messageTemplate(message: string): string {
  return message.replace(
    /(#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!))|"[^"]*"|“[^”]*”|\b\$?[A-Z]{1,3}\$?[1-9]\d*\b|[-−]?\d+(?:[.,]\d+)*/g,
    (match, error: string | undefined) => {
      if (error) return error;
      if (/^["“]/.test(match)) return '"…"';
      return /^\$?[A-Z]/.test(match) ? '@' : '#';
    },
  );
}

/** Findings folded into one line: same sheet, same check, same message but for its values. */
export function groupKey(finding: Finding): string {
  return `${finding.sheet}\u0000${finding.rule}\u0000${messageTemplate(finding.message)}`;
}

/** `kolom F–I`, `kolom L, N`: the columns of a group's cells, runs of neighbours joined. */
export function columnsText(findings: readonly Finding[]): string {
  const columns = new Map<number, string>();
  for (const { cell } of findings) columns.set(fromA1(cell).col, /^[A-Z]+/.exec(cell)?.[0] ?? '');
  const sorted = [...columns.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1;
    const first = columns.get(sorted[i]);
    runs.push(end === i ? `${first}` : `${first}–${columns.get(sorted[end])}`);
    i = end + 1;
  }
  // A group spread over many columns names the first few; its cells list says the rest.
  const MAX_RUNS = 3;
  const named = runs.length > MAX_RUNS ? [...runs.slice(0, MAX_RUNS), '…'] : runs;
  return `kolom ${named.join(', ')}`;
}

/**
 * Alike findings folded into one line from this many on: two lines are quicker read than a fold
 * opened.
 */
export const FOLD_FROM = 3;

/** One line of the list: a single finding, or FOLD_FROM or more alike (see groupKey). */
export interface FindingRow {
  key: string;
  findings: Finding[];
}

export interface SheetSection {
  sheet: string;
  /** The sheet is hidden in Excel: its section comes after the visible sheets'. */
  hidden: boolean;
  /** Every finding of the sheet the filter let through, also those beyond the lines drawn. */
  count: number;
  rules: { rule: string; title: string; rows: FindingRow[] }[];
}

/**
 * The findings in the pane's order (see orderFindings) as lines, alike ones folded, then the
 * first `limit` lines by sheet and check. `lines` counts them all, for "show more".
 */
export function findingSections(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
  checks: readonly { id: string; title: string }[],
  limit = Infinity,
): { sections: SheetSection[]; lines: number } {
  const ordered = orderFindings(
    findings,
    sheetOrder,
    checks.map((check) => check.id),
  ).map((finding) => ({ finding, key: groupKey(finding) }));
  const alike = new Map<string, number>();
  const perSheet = new Map<string, number>();
  for (const { finding, key } of ordered) {
    alike.set(key, (alike.get(key) ?? 0) + 1);
    perSheet.set(finding.sheet, (perSheet.get(finding.sheet) ?? 0) + 1);
  }
  // A fold stands where its first finding would; single findings keep their own places.
  const rows = new Map<string, FindingRow>();
  ordered.forEach(({ finding, key }, i) => {
    const folded = (alike.get(key) ?? 0) >= FOLD_FROM;
    const rowKey = folded ? key : `${key}\u0000${i}`;
    const row = rows.get(rowKey);
    if (row) row.findings.push(finding);
    else rows.set(rowKey, { key: rowKey, findings: [finding] });
  });
  // The key starts with sheet and check, and the order sorts by them: a sheet's lines, and a
  // check's within them, come together.
  const sections: SheetSection[] = [];
  for (const row of [...rows.values()].slice(0, limit)) {
    const [first] = row.findings;
    let section = sections[sections.length - 1];
    if (section?.sheet !== first.sheet) {
      section = {
        sheet: first.sheet,
        hidden: first.hidden === true,
        count: perSheet.get(first.sheet) ?? 0,
        rules: [],
      };
      sections.push(section);
    }
    let rule = section.rules[section.rules.length - 1];
    if (rule?.rule !== first.rule) {
      const title = checks.find((check) => check.id === first.rule)?.title ?? first.rule;
      rule = { rule: first.rule, title, rows: [] };
      section.rules.push(rule);
    }
    rule.rows.push(row);
  }
  return { sections, lines: rows.size };
}
