/**
 * The panel around a generator's preview (Evaluasi, Tabel LKj, Evaluasi Renja). Once a sheet is
 * planned, what was built, the button that writes it, the writing's steps and the outcome come
 * first, where the user is (focus moves to the button); then what it makes, the button that reads
 * the workbook, its steps and the button that cancels them, a planning failure or an empty plan,
 * and the preview with the plan's notes.
 */
import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { Notice } from './Notice';
import { StepProgress } from './StepProgress';
import type { PlanState } from './useGeneratorPlan';

const column: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: 'var(--spacingVerticalM)',
};

/** The panels' shared styles, in Fluent's CSS variables: inline, so the Renja chunk takes them too. */
export const panelStyles = {
  stack: column,
  actions: { display: 'flex', flexWrap: 'wrap', gap: 'var(--spacingHorizontalS)' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  select: { minWidth: 0 },
  row: {
    ...column,
    gap: 'var(--spacingVerticalXS)',
    padding: 'var(--spacingVerticalS) 0',
    borderBottom: '1px solid var(--colorNeutralStroke2)',
  },
  heading: {
    fontWeight: 'var(--fontWeightSemibold)',
    margin: 0,
    fontSize: 'var(--fontSizeBase300)',
  },
  detail: { color: 'var(--colorNeutralForeground2)', overflowWrap: 'anywhere' },
} satisfies Record<string, CSSProperties>;

export interface GeneratorPanelProps {
  state: PlanState;
  canRun: boolean;
  /** What the generator makes. */
  intro: ReactNode;
  /** Choices made before reading (the quarter of the Renja form). */
  before?: ReactNode;
  /** Reads the workbook and plans (`state.prepare` unless the panel resets more). */
  start: { testId: string; label: string; onClick?: () => void };
  /** Why the plan makes no sheet, when it makes none. */
  empty?: string;
  /**
   * The plan's preview, when there is one to show, under its `label` heading; `summary`: what was
   * built, in a line (rows or tables, year), shown above the write button.
   */
  preview?: { label: string; summary: string; content: ReactNode; notes: readonly string[] };
  /** Writes the sheet (`state.write` unless the layout takes other options). */
  write: { testId: string; label: string; disabled?: boolean; onClick?: () => void };
}

export function GeneratorPanel({
  state: { step, planFailure, status, prepare, write: writeSheet, cancel, tahun, setTahun },
  canRun,
  intro,
  before,
  start,
  empty,
  preview,
  write,
}: GeneratorPanelProps) {
  const styles = panelStyles;
  const summaryId = useId();
  const previewId = useId();
  const writeButton = useRef<HTMLButtonElement>(null);
  /** Set by the start button: the next plan shown takes the focus to its write button. */
  const focusOnPlan = useRef(false);
  const built = preview && !empty ? preview : undefined;
  const outcome = status && <Notice intent={status.intent}>{status.message}</Notice>;
  // A run's steps and its cancel button stand by the button that started it: writing (once
  // built) at the top, reading below the start button.
  const running = step && (
    <>
      <div style={styles.actions}>
        <Button data-testid={`${start.testId}-batal`} onClick={cancel}>
          Batalkan
        </Button>
      </div>
      <StepProgress step={step} label="Kemajuan penyusunan" />
    </>
  );

  // Only after the user's own reading: a plan redrawn for a choice in the preview leaves the
  // focus on that choice.
  useEffect(() => {
    if (step !== null || !focusOnPlan.current) return;
    if (built) writeButton.current?.focus();
    if (built || planFailure || empty) focusOnPlan.current = false;
  }, [step, built, planFailure, empty]);

  return (
    <div style={styles.stack}>
      {built && (
        <section aria-labelledby={summaryId} style={styles.stack} data-testid="hasil-susun">
          <h2 id={summaryId} style={styles.heading}>
            {built.summary}
          </h2>
          {built.notes.length > 0 && (
            <span style={styles.detail} data-testid="jumlah-catatan">
              {built.notes.length} catatan, di bawah pratinjau.
            </span>
          )}
          <div style={styles.actions}>
            <Button
              ref={writeButton}
              appearance="primary"
              data-testid={write.testId}
              disabled={step !== null || write.disabled}
              onClick={write.onClick ?? (() => void writeSheet())}
            >
              {write.label}
            </Button>
          </div>
          {running}
          {outcome}
        </section>
      )}
      <p>{intro}</p>
      {!canRun && <p style={styles.detail}>Buka berkas Excel terlebih dahulu.</p>}
      {before}
      <TahunField tahun={tahun} onChange={setTahun} />
      <div style={styles.actions}>
        <Button
          appearance={built ? 'secondary' : 'primary'}
          data-testid={start.testId}
          disabled={!canRun || step !== null}
          onClick={() => {
            focusOnPlan.current = true;
            (start.onClick ?? (() => void prepare()))();
          }}
        >
          {start.label}
        </Button>
      </div>
      {!built && running}
      {planFailure && <Notice intent="error">{planFailure}</Notice>}
      {empty && <Notice intent="error">{empty}</Notice>}
      {!built && outcome}
      {built && (
        <section aria-labelledby={previewId} style={styles.stack}>
          <h2 id={previewId} style={styles.heading}>
            {built.label}
          </h2>
          {built.content}
          {built.notes.map((note) => (
            <span key={note} style={styles.detail}>
              Catatan: {note}
            </span>
          ))}
        </section>
      )}
    </div>
  );
}

/** Years a report may be for: a typo such as 225 or 20255 is no year. */
const TAHUN_TYPED = /^(19|20)\d\d$/;

/**
 * The report year: the workbook's when left empty; typed where the workbook states none (the plan
 * then fails asking for it) or to make the sheet for another year. Never made up from today.
 */
function TahunField({
  tahun,
  onChange,
}: {
  tahun?: number;
  onChange: (tahun: number | undefined) => void;
}) {
  const [text, setText] = useState(tahun === undefined ? '' : String(tahun));
  const typed = text.trim();
  const invalid = typed !== '' && !TAHUN_TYPED.test(typed);
  return (
    <Field
      label="Tahun laporan"
      hint="Kosongkan untuk memakai tahun yang disebut workbook."
      validationMessage={invalid ? 'Isi tahun dengan empat angka, misalnya 2025.' : undefined}
    >
      <Input
        inputMode="numeric"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = data.value.trim();
          onChange(TAHUN_TYPED.test(next) ? Number(next) : undefined);
        }}
      />
    </Field>
  );
}
