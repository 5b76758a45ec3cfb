/** "Validasi Workbook LKj": run, progress, summary, severity filter, findings, report. */
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { StepProgress } from './StepProgress';
import type { Akumulasi } from '../core/akumulasi';
import type { RenderFindingActions } from './FindingList';
import { JenisPanel } from './JenisPanel';
import { outcomeOf, outcomeText, settingsText, sheetLabel } from '../laporan/outcome';
import type { ValidationSettings } from '../laporan/outcome';
import type { AddedSheet } from './host';
import type { CellTarget } from './SheetPreview';
import { errorMessage, isBusy, type Progress, type Validation } from './useValidation';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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

// Filters and list come after the first validation, outside the start-up script.
const FindingsView = lazy(() => import(/* webpackChunkName: "findings" */ './FindingsView'));

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
  /** Drawn beside each finding and each folded line of alike findings. */
  renderActions?: RenderFindingActions;
}

export function ValidationPanel(props: ValidationPanelProps) {
  const { hostKind, canRun, progress, result, settings, onRun, onOpen, onJenis } = props;
  const styles = useStyles();
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
  if (result !== shownResult) {
    // A new validation: the note about the report written from the previous one goes.
    setShownResult(result);
    setReportState({ busy: false });
  }
  // After a validation, focus goes to what it found (the button that started it was disabled).
  useEffect(() => {
    if (result) summary.current?.focus();
  }, [result]);

  const sheets = useMemo(
    () => result?.model.sheets.map(({ name, hidden }) => ({ name, hidden })) ?? [],
    [result],
  );
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
      {result && result.findings.length > 0 && (
        <Suspense fallback={<p className={styles.hint}>Memuat daftar temuan…</p>}>
          <FindingsView
            findings={result.findings}
            checks={result.checks}
            sheets={sheets}
            onOpen={onOpen}
            renderActions={props.renderActions}
          />
        </Suspense>
      )}
    </div>
  );
}
