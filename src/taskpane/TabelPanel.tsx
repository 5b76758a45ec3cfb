/**
 * "Susun Tabel LKj": reads the workbook, previews each BAB III table the generator can build
 * (those without data say why), lets the user choose which to write, then writes them as one
 * new sheet. Part of the start-up script (a lazy chunk sharing Fluent would un-inline Fluent's
 * modules and cost more); its engine is loaded when first used.
 */
import { useMemo, useState } from 'react';
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { TabelId, TabelPlan, TabelSection } from '../tabel/types';
import type { ValidationSettings } from '../laporan/outcome';
import type { PaneHost } from './host';
import { Notice } from './Notice';
import { errorMessage } from './useValidation';
import { Outcome, ReadingProgress, useWorkbookSheet, WriteSheet } from './WorkbookSheet';

/** The generator and table detection, as a chunk of their own loaded when first used. */
const loadTabelEngine = () => import(/* webpackChunkName: "tabel" */ './tabel-engine');

/** Rows a preview shows; the sheet holds them all. */
const PREVIEW_ROWS = 8;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
});

/**
 * A table's rows as lines of `header: value` pairs: readable in the narrowest pane without
 * scrolling sideways, however many columns the table has.
 */
function Preview({ section }: { section: TabelSection }) {
  const styles = useStyles();
  const { header, rows } = section.preview;
  return (
    <>
      <ol className={styles.list} aria-label={`Pratinjau ${section.title}`}>
        {rows.slice(0, PREVIEW_ROWS).map((row, r) => (
          <li key={r} className={styles.detail}>
            {row.map((text, i) => `${header[i] ? `${header[i]}: ` : ''}${text || '–'}`).join(' · ')}
          </li>
        ))}
      </ol>
      {rows.length > PREVIEW_ROWS && (
        <span className={styles.detail}>
          … dan {rows.length - PREVIEW_ROWS} baris lagi di sheet.
        </span>
      )}
    </>
  );
}

export default function TabelPanel({
  host,
  settings,
  canRun,
}: {
  host: PaneHost;
  settings: ValidationSettings;
  canRun: boolean;
}) {
  const styles = useStyles();
  const { reading, read, status, writing, prepare, write } = useWorkbookSheet(
    host,
    loadTabelEngine,
  );
  /** Tables the user unticked; every table with data is written unless unticked. */
  const [skipped, setSkipped] = useState<ReadonlySet<TabelId>>(new Set());
  const { skala } = settings;
  const { plan, planFailure } = useMemo((): { plan: TabelPlan | null; planFailure?: string } => {
    if (!read) return { plan: null };
    try {
      const facts = new read.engine.WorkbookFacts(read.model, read.tables, skala ? { skala } : {});
      return { plan: read.engine.planTabel(facts) };
    } catch (error) {
      return { plan: null, planFailure: errorMessage(error) };
    }
  }, [read, skala]);
  const chosen = plan
    ? plan.sections.filter((s) => s.hasData && !skipped.has(s.id)).map((s) => s.id)
    : [];

  const start = () => {
    setSkipped(new Set());
    void prepare();
  };

  const toggle = (id: TabelId, on: boolean) =>
    setSkipped((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className={styles.stack}>
      <p>
        Menyusun tabel BAB III LKj (PermenPAN-RB 53/2014) dari data workbook: capaian kinerja tahun
        ini, perbandingan dengan tahun-tahun sebelumnya, terhadap target akhir Renstra, efisiensi
        penggunaan sumber daya, dan realisasi anggaran. Angka merujuk ke sel sumbernya; capaian,
        predikat dan jumlah adalah rumus Excel.{' '}
        {host.kind === 'excel'
          ? 'Grafik dibuat di samping tabelnya.'
          : 'Grafik hanya dibuat di Excel (panel add-in), tidak di berkas unduhan.'}
      </p>
      {!canRun && <p className={styles.detail}>Buka berkas .xlsx terlebih dahulu.</p>}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="tabel"
          disabled={!canRun || reading !== null}
          onClick={start}
        >
          Susun Tabel LKj
        </Button>
      </div>
      <ReadingProgress reading={reading} />
      {planFailure && <Notice intent="error">{planFailure}</Notice>}
      {plan && (
        <section aria-label="Pratinjau tabel LKj" className={styles.stack}>
          <h2 className={styles.heading}>
            Tahun {plan.year}, skala {plan.scale}
          </h2>
          {plan.sections.map((section) => (
            <div key={section.id} className={styles.section} data-testid="tabel-section">
              <Checkbox
                label={`${section.id}. ${section.title}`}
                checked={section.hasData && !skipped.has(section.id)}
                disabled={!section.hasData}
                onChange={(_, data) => toggle(section.id, data.checked === true)}
              />
              {section.hasData ? (
                <Preview section={section} />
              ) : (
                <span className={styles.detail}>Tidak disusun: {section.reason}</span>
              )}
            </div>
          ))}
          <WriteSheet
            notes={plan.notes}
            testId="tulis-tabel"
            disabled={writing || chosen.length === 0}
            onWrite={() =>
              void write(({ engine }, names) => engine.tabelSheet(plan, names, chosen))
            }
          >
            {host.kind === 'excel' ? 'Tulis tabel ke workbook' : 'Unduh dengan sheet tabel'}
          </WriteSheet>
        </section>
      )}
      <Outcome status={status} />
    </div>
  );
}
