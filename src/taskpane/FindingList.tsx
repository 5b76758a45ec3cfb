/** Findings grouped by sheet, then by check; each with its message and a link to its cell. */
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../checks/finding';
import { fromA1 } from '../workbook/model';
import { SEVERITIES, SEVERITY_LABELS } from './report';

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
  rules: { rule: string; description: string; findings: Finding[] }[];
}

/**
 * Sheets in workbook order; within a sheet errors before warnings before info, then checks in
 * registry order; findings top to bottom, then left to right. Sheets and checks the lists do not
 * know come last, so nothing found is ever hidden.
 */
export function groupFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
  checkOrder: readonly { id: string; description: string }[],
): FindingGroup[] {
  const rank = (order: readonly string[], key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const ruleIds = checkOrder.map((check) => check.id);
  const sorted = [...findings].sort((a, b) => {
    const first = fromA1(a.cell);
    const second = fromA1(b.cell);
    return (
      rank(sheetOrder, a.sheet) - rank(sheetOrder, b.sheet) ||
      a.sheet.localeCompare(b.sheet) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      rank(ruleIds, a.rule) - rank(ruleIds, b.rule) ||
      a.rule.localeCompare(b.rule) ||
      first.row - second.row ||
      first.col - second.col
    );
  });
  const groups: FindingGroup[] = [];
  for (const finding of sorted) {
    let group = groups[groups.length - 1];
    if (group?.sheet !== finding.sheet) {
      group = { sheet: finding.sheet, rules: [] };
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

export function FindingList({
  groups,
  onOpen,
}: {
  groups: FindingGroup[];
  onOpen: (finding: Finding) => void;
}) {
  const styles = useStyles();
  return (
    <div>
      {groups.map((group) => (
        // Open at first; the user may fold a sheet away. A native <details> needs no script
        // for the keyboard (Enter or Space on its summary).
        <details key={group.sheet} open className={styles.sheet}>
          <summary className={styles.summary}>
            <h3 className={styles.sheetHeading}>
              {group.sheet} ({group.rules.reduce((sum, rule) => sum + rule.findings.length, 0)})
            </h3>
          </summary>
          {group.rules.map((rule) => (
            <section key={rule.rule} aria-label={`${rule.description} (${rule.rule})`}>
              <h4 className={styles.ruleHeading}>
                {rule.description} <span className={styles.ruleId}>{rule.rule}</span>
              </h4>
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
                    <span className={styles.message}>{finding.message}</span>
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
