/** "Validasi Workbook LKj": run, progress, summary, severity filter, findings, report. */
import { useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  ProgressBar,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Notice } from './Notice';
import type { Finding, Severity } from '../checks/finding';
import { FindingList, groupFindings } from './FindingList';
import { SEVERITIES, SEVERITY_LABELS, countBySeverity, summaryText } from './report';
import type { AddedSheet } from './host';
import { errorMessage, type Progress, type Validation } from './useValidation';

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
});

/** What to do first, before there is anything to show. */
function emptyStateText(hostKind: 'excel' | 'web', canRun: boolean): string {
  if (!canRun) {
    return 'Belum ada berkas yang dibuka. Buka atau seret berkas .xlsx laporan kinerja ke kotak di atas, lalu tekan “Validasi Workbook LKj”.';
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
  onRun: () => void;
  onOpen: (finding: Finding) => void;
  onReport: (findings: Finding[]) => Promise<AddedSheet>;
}

export function ValidationPanel(props: ValidationPanelProps) {
  const { hostKind, canRun, progress, result, onRun, onOpen } = props;
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
  const busy = progress.kind === 'reading' || progress.kind === 'checking';

  const findings = useMemo(() => result?.findings ?? [], [result]);
  const groups = useMemo(
    () =>
      groupFindings(
        findings.filter((finding) => shown[finding.severity]),
        result?.model.sheets.map((sheet) => sheet.name) ?? [],
        result?.checks ?? [],
      ),
    [findings, shown, result],
  );
  const counts = countBySeverity(findings);

  const writeReport = async () => {
    setReportState({ busy: true });
    try {
      const added = await props.onReport(findings);
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
      {busy && (
        <Field
          validationMessage={
            progress.kind === 'reading'
              ? `Membaca workbook… (${progress.done}/${progress.total})`
              : 'Memeriksa tabel…'
          }
          validationState="none"
        >
          <ProgressBar
            aria-label="Kemajuan validasi"
            value={
              progress.kind === 'reading' && progress.total > 0
                ? progress.done / progress.total
                : undefined
            }
          />
        </Field>
      )}
      {progress.kind === 'error' && <Notice intent="error">{progress.message}</Notice>}
      {reportState.message && (
        <Notice intent={reportState.failed ? 'error' : 'success'}>{reportState.message}</Notice>
      )}
      {result && (
        <div role="status" data-testid="summary">
          {findings.length === 0
            ? `Tidak ada temuan di ${result.tables.length} tabel yang dikenali.`
            : `${findings.length} temuan di ${result.tables.length} tabel: ${summaryText(findings)}.`}
        </div>
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
      {groups.length > 0 && <FindingList groups={groups} onOpen={onOpen} />}
    </div>
  );
}
