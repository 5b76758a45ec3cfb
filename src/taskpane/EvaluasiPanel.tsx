/**
 * "Buat Sheet Evaluasi Penghitungan": reads the workbook, previews the rows the generator plans
 * (the user may change each row's indicator type and arah), then writes the sheet as a new one.
 */
import { useMemo, useState } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { formatAngka } from '../core/angka';
import type { Arah } from '../core/capaian';
import {
  INDICATOR_TYPES,
  type EvaluasiPlan,
  type IndicatorType,
  type PlanOptions,
} from '../evaluasi/types';
import type { ValidationSettings } from '../laporan/outcome';
import type { PaneHost } from './host';
import { loadEngine } from './load-engine';
import { Notice } from './Notice';
import { errorMessage } from './useValidation';
import { Outcome, ReadingProgress, useWorkbookSheet, WriteSheet } from './WorkbookSheet';

/** Short, so the choice fits the narrowest pane; the formula is the field's hint. */
const TYPE_LABELS: Record<IndicatorType, string> = {
  persentase: 'Persentase',
  'rata-rata': 'Rata-rata',
  nilai: 'Nilai',
  jumlah: 'Jumlah',
};

const TYPE_HINTS: Record<IndicatorType, string> = {
  persentase: 'pembilang / penyebut × 100',
  'rata-rata': '(TW I + TW II + TW III + TW IV) / 4',
  nilai: 'satu angka',
  jumlah: 'satu angka hasil penjumlahan',
};

/** The input cells of each type, in the order of EvaluasiRow.inputs. */
const INPUT_NAMES: Record<IndicatorType, string[]> = {
  persentase: ['pembilang', 'penyebut'],
  'rata-rata': ['TW I', 'TW II', 'TW III', 'TW IV'],
  nilai: ['nilai'],
  jumlah: ['jumlah'],
};

const ARAH_LABELS: Record<Arah, string> = {
  naik: 'naik (makin tinggi makin baik)',
  turun: 'turun (makin rendah makin baik)',
};

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  choices: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  select: { minWidth: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  indicator: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** What the user chose per row (by EvaluasiRow.id), kept across re-planning. */
type Choices = Required<Pick<PlanOptions, 'types' | 'arah'>>;

const NO_CHOICES: Choices = { types: {}, arah: {} };

const show = (value: number | string | null | undefined) =>
  typeof value === 'number' ? formatAngka(value) : value || '–';

export function EvaluasiPanel({
  host,
  settings,
  canRun,
}: {
  host: PaneHost;
  settings: ValidationSettings;
  canRun: boolean;
}) {
  const styles = useStyles();
  // The plan follows from the workbook as read, the choices and the scale.
  const { reading, read, status, writing, prepare, write } = useWorkbookSheet(host, loadEngine);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const { skala } = settings;
  // Planned while drawing, so a planning failure becomes a message instead of a blank pane.
  const { plan, planFailure } = useMemo((): {
    plan: EvaluasiPlan | null;
    planFailure?: string;
  } => {
    if (!read) return { plan: null };
    try {
      const facts = new read.engine.WorkbookFacts(read.model, read.tables, {
        rumus: choices.types,
        arah: choices.arah,
        ...(skala ? { skala } : {}),
      });
      return { plan: read.engine.planEvaluasi(facts) };
    } catch (error) {
      return { plan: null, planFailure: errorMessage(error) };
    }
  }, [read, choices, skala]);

  const start = () => {
    setChoices(NO_CHOICES);
    void prepare();
  };

  /** Plans again with one row's type or arah changed, as the preview's selectors ask. */
  const choose = <K extends keyof Choices>(id: string, key: K, value: Choices[K][string]) =>
    setChoices((current) => ({ ...current, [key]: { ...current[key], [id]: value } }));

  return (
    <div className={styles.stack}>
      <p>
        Menyusun lampiran “Evaluasi Kinerja dan Penghitungan”: tiap indikator dengan formulasi,
        angka yang dimasukkan, hasil, capaian, dan predikat sebagai rumus Excel. Periksa pratinjau
        dulu; sheet ditulis sebagai sheet baru.
      </p>
      {!canRun && <p className={styles.detail}>Buka berkas .xlsx terlebih dahulu.</p>}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="evaluasi"
          disabled={!canRun || reading !== null}
          onClick={start}
        >
          Buat Sheet Evaluasi Penghitungan
        </Button>
      </div>
      <ReadingProgress reading={reading} />
      {planFailure && <Notice intent="error">{planFailure}</Notice>}
      {plan && plan.rows.length === 0 && (
        <Notice intent="error">
          Tidak ada indikator yang dikenali: workbook perlu tabel PK, capaian, atau penghitungan.
        </Notice>
      )}
      {read && plan && plan.rows.length > 0 && (
        <section aria-label="Pratinjau baris evaluasi" className={styles.stack}>
          <h2 className={styles.indicator}>
            Pratinjau: {plan.rows.length} indikator, tahun {plan.year}, skala {plan.scale}
          </h2>
          <ol className={styles.list}>
            {plan.rows.map((row, i) => {
              const result = read.engine.evaluateRow(row, plan.scale);
              const names = INPUT_NAMES[row.type];
              const missing = [
                ...names.filter((_, k) => row.inputs[k] === null),
                ...(row.target.value === null ? ['target'] : []),
              ];
              return (
                <li
                  key={row.id}
                  className={styles.row}
                  data-testid="evaluasi-row"
                  data-id={row.id}
                  data-type={row.type}
                  data-arah={row.arah}
                >
                  <h3 className={styles.indicator}>
                    {i + 1}. {row.indicator}
                  </h3>
                  <div className={styles.choices}>
                    <Field label="Jenis indikator" hint={TYPE_HINTS[row.type]}>
                      <Select
                        className={styles.select}
                        value={row.type}
                        onChange={(_, data) => choose(row.id, 'types', data.value as IndicatorType)}
                      >
                        {INDICATOR_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {TYPE_LABELS[type]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label="Arah">
                      <Select
                        className={styles.select}
                        value={row.arah}
                        onChange={(_, data) => choose(row.id, 'arah', data.value as Arah)}
                      >
                        {Object.entries(ARAH_LABELS).map(([arah, label]) => (
                          <option key={arah} value={arah}>
                            {label}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </div>
                  <span className={styles.detail}>
                    Data: {row.inputs.map((input, k) => `${names[k]} ${show(input)}`).join('; ')} ·
                    Hasil {show(result.hasil)} · Target {show(result.target)} · Capaian{' '}
                    {show(result.capaian)} · {result.predikat || '–'}
                  </span>
                  {missing.length > 0 && (
                    <span className={styles.detail} data-testid="evaluasi-missing">
                      “–” berarti belum diketahui dari workbook: {missing.join(', ')}. Di sheet
                      evaluasi sel itu berwarna kuning untuk diisi.
                    </span>
                  )}
                  {row.hasilFallback !== undefined && (
                    <span className={styles.detail} data-testid="evaluasi-fallback">
                      Penghitungan tidak ditemukan: Hasil memakai realisasi yang tertulis di
                      workbook ({show(row.hasilFallback)}).
                    </span>
                  )}
                  {row.target.value === 0 && (
                    <span className={styles.warning} data-testid="evaluasi-target-nol">
                      Target 0: capaian tidak dapat dihitung (#DIV/0!). Periksa target indikator ini
                      di workbook.
                    </span>
                  )}
                  {row.stated.penghitungan && (
                    <span className={styles.detail}>
                      Tertulis di workbook: {row.stated.penghitungan}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <WriteSheet
            notes={plan.notes}
            testId="tulis-evaluasi"
            disabled={writing}
            onWrite={() => void write(({ engine }, names) => engine.evaluasiSheet(plan, names))}
          >
            {host.kind === 'excel' ? 'Tulis sheet ke workbook' : 'Unduh dengan sheet evaluasi'}
          </WriteSheet>
        </section>
      )}
      <Outcome status={status} />
    </div>
  );
}
