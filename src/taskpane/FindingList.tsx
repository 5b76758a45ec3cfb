/**
 * Findings by sheet, then by check; alike findings folded into one line that opens on its cells.
 * Each finding has its message and a link to its cell.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Badge, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../checks/finding';
import { formatAngka } from '../core/angka';
import { SEVERITY_LABELS, sheetLabel } from '../laporan/outcome';
import { columnsText, type FindingRow, type SheetSection } from './finding-filter';
import type { CellTarget } from './SheetPreview';

/** What a host adds beside one finding, or beside a folded line for all of its findings. */
export type RenderFindingActions = (findings: readonly Finding[]) => ReactNode;

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
  // The check's id is for whoever reads the CLI's output or DOMAIN §7: small, after the title.
  ruleId: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  cells: {
    listStyle: 'none',
    margin: 0,
    padding: `0 0 0 ${tokens.spacingHorizontalL}`,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  where: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
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
  toggle: { minWidth: 0, paddingLeft: 0, textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  message: { display: 'block', overflowWrap: 'anywhere' },
  example: { display: 'block', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

const BADGE_COLORS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

// Medium: a small badge's text is 10 px.
const SeverityBadge = ({ severity }: { severity: Severity }) => (
  <Badge appearance="tint" color={BADGE_COLORS[severity]} size="medium">
    {SEVERITY_LABELS[severity]}
  </Badge>
);

/** Cells of a folded line drawn at once; more follow on request. */
export const CELLS_PER_PAGE = 50;

/** `BAB III!L31` inside a message, for the workbook's own sheet names (longest first). */
function referencePattern(sheets: readonly string[]): RegExp | null {
  if (sheets.length === 0) return null;
  const names = [...sheets]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(${names.join('|')})!([A-Z]{1,3}[1-9]\\d{0,6})(?![A-Za-z0-9])`, 'g');
}

interface ListContext {
  pattern: RegExp | null;
  onOpen: (target: CellTarget) => void;
  renderActions?: RenderFindingActions;
  styles: ReturnType<typeof useStyles>;
}

/** A message with each reference to another cell as a link to that cell. */
function MessageText({ message, context }: { message: string; context: ListContext }) {
  const { pattern, styles, onOpen } = context;
  if (!pattern) return <>{message}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    const [text, sheet, cell] = match;
    const at = match.index ?? 0;
    parts.push(message.slice(last, at));
    parts.push(
      // The name starts with the text shown, so that speaking what one sees finds the link.
      <Link
        key={at}
        as="button"
        inline
        className={styles.link}
        data-testid="message-link"
        aria-label={`${text} — buka sel`}
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

function FindingItem({ finding, context }: { finding: Finding; context: ListContext }) {
  const { styles } = context;
  return (
    <li
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
          onClick={() => context.onOpen(finding)}
          aria-label={`${finding.cell} — buka sel di sheet ${finding.sheet}`}
        >
          {finding.cell}
        </Link>
        <SeverityBadge severity={finding.severity} />
        {context.renderActions?.([finding])}
      </span>
      <span className={styles.message}>
        <MessageText message={finding.message} context={context} />
      </span>
    </li>
  );
}

/** FOLD_FROM or more alike findings: one line with their number and columns, opening on the cells. */
function FoldedRow({ row, context }: { row: FindingRow; context: ListContext }) {
  const { styles } = context;
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(CELLS_PER_PAGE);
  const cellsId = useId();
  const [first] = row.findings;
  const total = row.findings.length;
  return (
    <li
      className={styles.item}
      data-testid="finding-group"
      data-rule={first.rule}
      data-sheet={first.sheet}
      data-count={total}
    >
      <span className={styles.where}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          data-testid="group-toggle"
          aria-expanded={open}
          aria-controls={open ? cellsId : undefined}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}&nbsp;</span>
          {formatAngka(total)} temuan serupa · {columnsText(row.findings)}
        </Button>
        <SeverityBadge severity={first.severity} />
        {context.renderActions?.(row.findings)}
      </span>
      {!open && (
        <span className={styles.example}>
          Contoh {first.cell}: {first.message}
        </span>
      )}
      {open && (
        <>
          <ul id={cellsId} className={styles.cells} aria-label={`${formatAngka(total)} sel`}>
            {row.findings.slice(0, shown).map((finding, i) => (
              <FindingItem key={`${finding.cell}-${i}`} finding={finding} context={context} />
            ))}
          </ul>
          {total > shown && (
            <Button
              size="small"
              data-testid="group-more"
              onClick={() => setShown(shown + CELLS_PER_PAGE)}
            >
              Tampilkan {Math.min(CELLS_PER_PAGE, total - shown)} sel berikutnya ({shown} dari{' '}
              {formatAngka(total)})
            </Button>
          )}
        </>
      )}
    </li>
  );
}

export function FindingList({
  sections,
  sheets,
  onOpen,
  renderActions,
}: {
  sections: SheetSection[];
  /** The workbook's sheet names, to find references to other cells in the messages. */
  sheets: readonly string[];
  onOpen: (target: CellTarget) => void;
  /** Drawn beside each finding and each folded line (the fixes' buttons). */
  renderActions?: RenderFindingActions;
}) {
  const styles = useStyles();
  const pattern = useMemo(() => referencePattern(sheets), [sheets]);
  const context: ListContext = { pattern, onOpen, renderActions, styles };
  return (
    <div data-testid="finding-list">
      {sections.map((section) => (
        // Open at first; the user may fold a sheet away. A native <details> needs no script
        // for the keyboard (Enter or Space on its summary).
        <details key={section.sheet} open className={styles.sheet}>
          <summary className={styles.summary}>
            <h2 className={styles.sheetHeading}>
              {sheetLabel(section.sheet, section.hidden)} ({formatAngka(section.count)})
            </h2>
          </summary>
          {section.rules.map((rule) => (
            <div key={rule.rule}>
              <h3 className={styles.ruleHeading}>
                {rule.title} <span className={styles.ruleId}>{rule.rule}</span>
              </h3>
              <ul className={styles.list}>
                {rule.rows.map((row) =>
                  row.findings.length === 1 ? (
                    <FindingItem key={row.key} finding={row.findings[0]} context={context} />
                  ) : (
                    <FoldedRow key={row.key} row={row} context={context} />
                  ),
                )}
              </ul>
            </div>
          ))}
        </details>
      ))}
    </div>
  );
}
