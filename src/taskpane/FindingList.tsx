/** Findings grouped by sheet, then by check; each with its message and a link to its cell. */
import { useMemo, type ReactNode } from 'react';
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../checks/finding';
import { SEVERITY_LABELS, orderFindings, sheetLabel } from '../laporan/outcome';
import type { CellTarget } from './SheetPreview';

const useStyles = makeStyles({
  sheet: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  sheetHeading: {
    display: 'inline',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  ruleHeading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  ruleId: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  where: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Fluent's own focus mark on a link is a double underline, easy to miss in a long list.
  link: {
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: '2px',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  message: { display: 'block', overflowWrap: 'anywhere' },
});

const BADGE_COLORS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingGroup {
  sheet: string;
  /** The sheet is hidden in Excel: its group comes after the visible sheets'. */
  hidden: boolean;
  rules: { rule: string; description: string; findings: Finding[] }[];
}

/**
 * The first `limit` findings in the pane's order (see orderFindings), grouped by sheet, then by
 * check.
 */
export function groupFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
  checkOrder: readonly { id: string; description: string }[],
  limit = Infinity,
): FindingGroup[] {
  const sorted = orderFindings(
    findings,
    sheetOrder,
    checkOrder.map((check) => check.id),
  ).slice(0, limit);
  const groups: FindingGroup[] = [];
  for (const finding of sorted) {
    let group = groups[groups.length - 1];
    if (group?.sheet !== finding.sheet) {
      group = { sheet: finding.sheet, hidden: finding.hidden === true, rules: [] };
      groups.push(group);
    }
    let rule = group.rules[group.rules.length - 1];
    if (rule?.rule !== finding.rule) {
      const description = checkOrder.find((check) => check.id === finding.rule)?.description;
      rule = { rule: finding.rule, description: description ?? finding.rule, findings: [] };
      group.rules.push(rule);
    }
    rule.findings.push(finding);
  }
  return groups;
}

/** `BAB III!L31` inside a message, for the workbook's own sheet names (longest first). */
function referencePattern(sheets: readonly string[]): RegExp | null {
  if (sheets.length === 0) return null;
  const names = [...sheets]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(${names.join('|')})!([A-Z]{1,3}[1-9]\\d{0,6})(?![A-Za-z0-9])`, 'g');
}

/** A message with each reference to another cell as a link to that cell. */
function MessageText({
  message,
  pattern,
  linkClass,
  onOpen,
}: {
  message: string;
  pattern: RegExp | null;
  linkClass: string;
  onOpen: (target: CellTarget) => void;
}) {
  if (!pattern) return <>{message}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    const [text, sheet, cell] = match;
    const at = match.index ?? 0;
    parts.push(message.slice(last, at));
    parts.push(
      <Link
        key={at}
        as="button"
        inline
        className={linkClass}
        data-testid="message-link"
        aria-label={`Buka sel ${cell} di sheet ${sheet}`}
        onClick={() => onOpen({ sheet, cell })}
      >
        {text}
      </Link>,
    );
    last = at + text.length;
  }
  parts.push(message.slice(last));
  return <>{parts}</>;
}

export function FindingList({
  groups,
  sheets,
  onOpen,
  renderActions,
}: {
  groups: FindingGroup[];
  /** The workbook's sheet names, to find references to other cells in the messages. */
  sheets: readonly string[];
  onOpen: (target: CellTarget) => void;
  /** What the user can do with one finding, or with a group of them (FixAction). */
  renderActions?: (findings: readonly Finding[]) => ReactNode;
}) {
  const styles = useStyles();
  const pattern = useMemo(() => referencePattern(sheets), [sheets]);
  return (
    <div>
      {groups.map((group) => (
        // Open at first; the user may fold a sheet away. A native <details> needs no script
        // for the keyboard (Enter or Space on its summary).
        <details key={group.sheet} open className={styles.sheet}>
          <summary className={styles.summary}>
            <h3 className={styles.sheetHeading}>
              {sheetLabel(group.sheet, group.hidden)} (
              {group.rules.reduce((sum, rule) => sum + rule.findings.length, 0)})
            </h3>
          </summary>
          {group.rules.map((rule) => (
            <section key={rule.rule} aria-label={`${rule.description} (${rule.rule})`}>
              <h4 className={styles.ruleHeading}>
                {rule.description} <span className={styles.ruleId}>{rule.rule}</span>
              </h4>
              {rule.findings.length > 1 && renderActions?.(rule.findings)}
              <ul className={styles.list}>
                {rule.findings.map((finding, i) => (
                  <li
                    key={`${finding.cell}-${i}`}
                    className={styles.item}
                    data-testid="finding"
                    data-rule={finding.rule}
                    data-severity={finding.severity}
                    data-sheet={finding.sheet}
                    data-cell={finding.cell}
                  >
                    <span className={styles.where}>
                      <Link
                        as="button"
                        className={styles.link}
                        data-testid="finding-link"
                        onClick={() => onOpen(finding)}
                        aria-label={`Buka sel ${finding.cell} di sheet ${finding.sheet}`}
                      >
                        {finding.cell}
                      </Link>
                      <Badge appearance="tint" color={BADGE_COLORS[finding.severity]} size="small">
                        {SEVERITY_LABELS[finding.severity]}
                      </Badge>
                    </span>
                    <span className={styles.message}>
                      <MessageText
                        message={finding.message}
                        pattern={pattern}
                        linkClass={styles.link}
                        onOpen={onOpen}
                      />
                    </span>
                    {renderActions?.([finding])}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </details>
      ))}
    </div>
  );
}
