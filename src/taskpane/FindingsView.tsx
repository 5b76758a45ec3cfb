/**
 * A validation's findings to work through: filters by severity, check and sheet with their
 * counts, a search, hidden sheets off at first, and the list a page of lines at a time. Loaded
 * after the first validation: the pane's start-up script does not carry it.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../checks/finding';
import { formatAngka } from '../core/angka';
import { SEVERITIES, SEVERITY_LABELS, sheetLabel } from '../laporan/outcome';
import { FindingList, type RenderFindingActions } from './FindingList';
import {
  NO_FILTER,
  facetCounts,
  filterFindings,
  findingSections,
  hiddenCount,
  type FindingFilter,
} from './finding-filter';
import type { CellTarget } from './SheetPreview';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(240px, 100%), 1fr))',
    gap: tokens.spacingVerticalS,
  },
  // A select is as wide as its longest choice unless let shrink: a long title cuts, not the pane.
  select: { minWidth: 0 },
  severities: { display: 'flex', flexWrap: 'wrap', border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  line: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** Lines (a finding or a folded group) drawn at once; more follow on request. */
const LINES_PER_PAGE = 200;

export interface FindingsViewProps {
  findings: readonly Finding[];
  /** The checks that ran, in registry order. */
  checks: readonly { id: string; title: string }[];
  /** The workbook's sheets in order, with whether each is hidden. */
  sheets: readonly { name: string; hidden: boolean }[];
  onOpen: (target: CellTarget) => void;
  renderActions?: RenderFindingActions;
}

/**
 * One filter's choices: `Semua pemeriksaan (293)`, then each value that has findings under the
 * other filters, or is the one chosen, with its count.
 */
function FacetSelect(props: {
  label: string;
  all: string;
  testId: string;
  values: readonly { value: string; label: string }[];
  counts: Map<string, number>;
  chosen: string | undefined;
  onChoose: (value: string | undefined) => void;
}) {
  const { counts, chosen } = props;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return (
    <Field label={props.label}>
      <Select
        className={useStyles().select}
        data-testid={props.testId}
        value={chosen ?? ''}
        onChange={(_, data) => props.onChoose(data.value || undefined)}
      >
        <option value="">
          {props.all} ({formatAngka(total)})
        </option>
        {props.values
          .filter(({ value }) => counts.has(value) || value === chosen)
          .map(({ value, label }) => (
            <option key={value} value={value}>
              {label} ({formatAngka(counts.get(value) ?? 0)})
            </option>
          ))}
      </Select>
    </Field>
  );
}

export default function FindingsView({
  findings,
  checks,
  sheets,
  onOpen,
  renderActions,
}: FindingsViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [limit, setLimit] = useState(LINES_PER_PAGE);
  const [shownFindings, setShownFindings] = useState(findings);
  if (findings !== shownFindings) {
    // Validated again: the filters stay (the user is working through them), the pages go.
    setShownFindings(findings);
    setLimit(LINES_PER_PAGE);
  }
  // Typing stays quick over thousands of findings: the list follows a moment later.
  const query = useDeferredValue(filter.query);
  const applied = useMemo(() => ({ ...filter, query }), [filter, query]);
  const change = (next: Partial<FindingFilter>) => {
    setFilter({ ...filter, ...next });
    setLimit(LINES_PER_PAGE);
  };

  const sheetNames = useMemo(() => sheets.map((sheet) => sheet.name), [sheets]);
  const filtered = useMemo(() => filterFindings(findings, applied), [findings, applied]);
  const { sections, lines } = useMemo(
    () => findingSections(filtered, sheetNames, checks, limit),
    [filtered, sheetNames, checks, limit],
  );
  const severityCounts = facetCounts(findings, applied, 'severity');
  const ruleCounts = facetCounts(findings, applied, 'rule');
  const sheetCounts = facetCounts(findings, applied, 'sheet');
  const hidden = hiddenCount(findings, applied);
  const anyHidden = findings.some((finding) => finding.hidden);
  const noSeverity = SEVERITIES.every((severity) => !filter.severities[severity]);

  return (
    <div className={styles.stack} data-testid="findings-view">
      <fieldset className={styles.severities}>
        <legend className={styles.legend}>Tampilkan tingkat</legend>
        {SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            checked={filter.severities[severity]}
            onChange={(_, data) =>
              change({ severities: { ...filter.severities, [severity]: data.checked === true } })
            }
            label={`${SEVERITY_LABELS[severity]} (${formatAngka(severityCounts.get(severity) ?? 0)})`}
          />
        ))}
      </fieldset>
      <div className={styles.filters}>
        <FacetSelect
          label="Pemeriksaan"
          all="Semua pemeriksaan"
          testId="filter-rule"
          values={checks.map((check) => ({ value: check.id, label: check.title }))}
          counts={ruleCounts}
          chosen={filter.rule}
          onChoose={(rule) => change({ rule })}
        />
        <FacetSelect
          label="Sheet"
          all="Semua sheet"
          testId="filter-sheet"
          values={sheets.map((sheet) => ({
            value: sheet.name,
            label: sheetLabel(sheet.name, sheet.hidden),
          }))}
          counts={sheetCounts}
          chosen={filter.sheet}
          onChoose={(sheet) => change({ sheet })}
        />
        <Field label="Cari">
          <Input
            type="search"
            data-testid="filter-search"
            placeholder="pesan, sel, atau sheet"
            value={filter.query}
            onChange={(_, data) => change({ query: data.value })}
          />
        </Field>
      </div>
      {anyHidden && (
        <p className={styles.line} data-testid="hidden-sheets">
          Sheet tersembunyi: {formatAngka(hidden)} temuan{' '}
          {filter.showHidden ? 'ditampilkan' : 'disembunyikan'} —{' '}
          <Button
            size="small"
            data-testid="toggle-hidden"
            onClick={() => {
              const showHidden = !filter.showHidden;
              // A hidden sheet chosen in the filter goes with its findings.
              const sheet = sheets.find((candidate) => candidate.name === filter.sheet);
              change({
                showHidden,
                sheet: !showHidden && sheet?.hidden ? undefined : filter.sheet,
              });
            }}
          >
            {filter.showHidden ? 'Sembunyikan' : 'Tampilkan'}
          </Button>
        </p>
      )}
      <p className={styles.line} role="status" data-testid="shown-count">
        {filtered.length === findings.length
          ? `${formatAngka(findings.length)} temuan ditampilkan.`
          : `${formatAngka(filtered.length)} dari ${formatAngka(findings.length)} temuan ditampilkan.`}
      </p>
      {filtered.length === 0 && (
        <p className={styles.line} data-testid="nothing-shown">
          {noSeverity
            ? 'Semua tingkat disembunyikan: tidak ada temuan yang ditampilkan. Centang salah satu tingkat di atas.'
            : 'Tidak ada temuan yang cocok dengan saringan ini.'}{' '}
          {!noSeverity && (
            <Button size="small" onClick={() => change({ ...NO_FILTER, showHidden: true })}>
              Tampilkan semua temuan
            </Button>
          )}
        </p>
      )}
      {sections.length > 0 && (
        <FindingList
          sections={sections}
          sheets={sheetNames}
          onOpen={onOpen}
          renderActions={renderActions}
        />
      )}
      {lines > limit && (
        <div>
          <Button data-testid="more-findings" onClick={() => setLimit(limit + LINES_PER_PAGE)}>
            Tampilkan {Math.min(LINES_PER_PAGE, lines - limit)} baris berikutnya
          </Button>{' '}
          <span className={styles.line}>
            ({limit} dari {formatAngka(lines)} baris ditampilkan)
          </span>
        </div>
      )}
    </div>
  );
}
