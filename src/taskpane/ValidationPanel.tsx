/** "Validasi Workbook LKj": run, progress, summary, severity filter, findings, report. */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { StepProgress } from './StepProgress';
import type { Akumulasi } from '../core/akumulasi';
import type { Finding, Severity } from '../checks/finding';
import { FindingList, groupFindings } from './FindingList';
import { JenisPanel } from './JenisPanel';
import {
  SEVERITIES,
  SEVERITY_LABELS,
  countBySeverity,
  outcomeOf,
  outcomeText,
  settingsText,
  sheetLabel,
} from '../laporan/outcome';
import type { ValidationSettings } from '../laporan/outcome';
import type { AddedSheet } from './host';
import type { CellTarget } from './SheetPreview';
import { errorMessage, isBusy, type Progress, type Validation } from './useValidation';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filter: {
    display: 'flex',
    flexWrap: 'wrap',
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '520px' },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  unchecked: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

/**
 * Findings drawn at once: thousands of them in one render would hold the page for a long
 * moment; more follow on request.
 */
const FINDINGS_PER_PAGE = 200;

const sameSettings = (a: ValidationSettings, b: ValidationSettings) =>
  a.skala === b.skala && a.toleransi === b.toleransi;

/** What to do first, before there is anything to show. */
function emptyStateText(hostKind: 'excel' | 'web', canRun: boolean): string {
  if (!canRun) {
    return 'Belum ada berkas yang dibuka. Buka atau seret berkas Excel laporan kinerja ke kotak di atas, lalu tekan “Validasi Workbook LKj”.';
  }
  return hostKind === 'excel'
    ? 'Tekan “Validasi Workbook LKj” untuk memeriksa semua sheet workbook ini: angka, capaian, predikat, jumlah, dan NIP. Workbook tidak diubah.'
    : 'Berkas siap. Tekan “Validasi Workbook LKj” untuk memeriksa semua sheet-nya: angka, capaian, predikat, jumlah, dan NIP.';
}

export interface ValidationPanelProps {
  /** Excel writes the report into the workbook; the web page downloads it. */
  hostKind: 'excel' | 'web';
  canRun: boolean;
  progress: Progress;
  result: Validation | null;
  /** The settings now in force: a result computed under others is marked out of date. */
  settings: ValidationSettings;
  onRun: () => void;
  /** Ends a running validation. */
  onCancel: () => void;
  onOpen: (target: CellTarget) => void;
  onReport: () => Promise<AddedSheet>;
  /** Stores the user's jenis per indicator and validates again with them. */
  onJenis?: (jenis: Record<string, Akumulasi>) => Promise<void>;
  /** What the user can do with one finding, or with a group of them (FixAction). */
  renderActions?: (findings: readonly Finding[]) => ReactNode;
}

export function ValidationPanel(props: ValidationPanelProps) {
  const { hostKind, canRun, progress, result, settings, onRun, onOpen, onJenis } = props;
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
    info: true,
  });
  const [reportState, setReportState] = useState<{
    busy: boolean;
    message?: string;
    failed?: boolean;
  }>({
    busy: false,
  });
  const busy = isBusy(progress);
  const summary = useRef<HTMLDivElement>(null);
  const [shownResult, setShownResult] = useState(result);
  const [limit, setLimit] = useState(FINDINGS_PER_PAGE);
  if (result !== shownResult) {
    // A new validation: the note about the report written from the previous one goes.
    setShownResult(result);
    setReportState({ busy: false });
    setLimit(FINDINGS_PER_PAGE);
  }
  // After a validation, focus goes to what it found (the button that started it was disabled).
  useEffect(() => {
    if (result) summary.current?.focus();
  }, [result]);

  const findings = useMemo(() => result?.findings ?? [], [result]);
  const sheetNames = useMemo(() => result?.model.sheets.map((sheet) => sheet.name) ?? [], [result]);
  const filtered = useMemo(
    () => findings.filter((finding) => shown[finding.severity]),
    [findings, shown],
  );
  const groups = useMemo(
    () => groupFindings(filtered, sheetNames, result?.checks ?? [], limit),
    [filtered, sheetNames, result, limit],
  );
  const counts = countBySeverity(findings);
  const stale = result !== null && !sameSettings(result.settings, settings);

  const writeReport = async () => {
    setReportState({ busy: true });
    try {
      const added = await props.onReport();
      setReportState({ busy: false, message: added.note });
    } catch (error) {
      setReportState({ busy: false, failed: true, message: errorMessage(error) });
    }
  };

  return (
    <div className={styles.stack}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="validasi"
          disabled={!canRun || busy}
          onClick={onRun}
        >
          Validasi Workbook LKj
        </Button>
        {busy && (
          <Button data-testid="batal" onClick={props.onCancel}>
            Batalkan
          </Button>
        )}
        {result && (
          <Button
            data-testid="laporan"
            disabled={busy || reportState.busy}
            onClick={() => void writeReport()}
          >
            {hostKind === 'excel' ? 'Tulis laporan ke sheet' : 'Unduh laporan'}
          </Button>
        )}
      </div>
      {!result && progress.kind === 'idle' && (
        <p className={styles.hint} data-testid="empty-state">
          {emptyStateText(hostKind, canRun)}
        </p>
      )}
      {isBusy(progress) && <StepProgress step={progress} label="Kemajuan validasi" />}
      {progress.kind === 'cancelled' && (
        <Notice intent="warning">Validasi dibatalkan; tidak ada temuan yang ditampilkan.</Notice>
      )}
      {progress.kind === 'error' && <Notice intent="error">{progress.message}</Notice>}
      {reportState.message && (
        <Notice intent={reportState.failed ? 'error' : 'success'}>{reportState.message}</Notice>
      )}
      {result && (
        <div
          ref={summary}
          tabIndex={-1}
          className={styles.summary}
          data-testid="summary-block"
          aria-label="Ringkasan validasi"
        >
          <div role="status" data-testid="summary">
            {outcomeText(outcomeOf(result))}
          </div>
          <span className={styles.detail} data-testid="summary-settings">
            {settingsText(result.settings)}.
          </span>
          {result.uncheckedSheets.length > 0 && (
            <div data-testid="unchecked">
              <span>Sheet yang tidak diperiksa ({result.uncheckedSheets.length}):</span>
              <ul className={styles.unchecked}>
                {result.uncheckedSheets.map((unchecked) => (
                  <li key={unchecked.sheet} data-sheet={unchecked.sheet}>
                    {sheetLabel(unchecked.sheet, unchecked.hidden)}: {unchecked.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {stale && (
        <Notice intent="warning">
          Hasil ini sudah tidak sesuai pengaturan: dihitung dengan{' '}
          {settingsText(result.settings).replace(/^Skala/, 'skala')}, sekarang{' '}
          {settingsText(settings).replace(/^Skala/, 'skala')}. Tekan “Validasi Workbook LKj” lagi.
        </Notice>
      )}
      {result && onJenis && result.jenis.list.length > 0 && (
        <JenisPanel
          hostKind={hostKind}
          list={result.jenis.list}
          leftOut={result.jenis.leftOut}
          chosen={settings.jenis}
          disabled={busy}
          onChange={onJenis}
        />
      )}
      {result && findings.length > 0 && (
        <fieldset className={styles.filter}>
          <legend className={styles.legend}>Tampilkan tingkat</legend>
          {SEVERITIES.map((severity) => (
            <Checkbox
              key={severity}
              checked={shown[severity]}
              onChange={(_, data) => setShown({ ...shown, [severity]: data.checked === true })}
              label={`${SEVERITY_LABELS[severity]} (${counts[severity]})`}
            />
          ))}
        </fieldset>
      )}
      {result && findings.length > 0 && groups.length === 0 && (
        <p className={styles.hint} data-testid="nothing-shown">
          Semua tingkat disembunyikan: tidak ada temuan yang ditampilkan. Centang salah satu tingkat
          di atas.
        </p>
      )}
      {groups.length > 0 && (
        <FindingList
          groups={groups}
          sheets={sheetNames}
          onOpen={onOpen}
          renderActions={props.renderActions}
        />
      )}
      {filtered.length > limit && (
        <div>
          <Button data-testid="more-findings" onClick={() => setLimit(limit + FINDINGS_PER_PAGE)}>
            Tampilkan {Math.min(FINDINGS_PER_PAGE, filtered.length - limit)} temuan berikutnya
          </Button>{' '}
          <span className={styles.detail}>
            ({limit} dari {filtered.length} ditampilkan)
          </span>
        </div>
      )}
    </div>
  );
}
