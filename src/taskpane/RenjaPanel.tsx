/**
 * "Evaluasi Renja": the quarterly Renja evaluation form (Permendagri 86/2017, E.81). Reads the
 * workbook, previews the rows the generator plans for the chosen quarter (the user may set each
 * indicator's jenis), then writes the form as a new sheet. Loaded lazily by App, with its engine.
 *
 * It takes the Fluent components from App (`kit`) and styles with Fluent's CSS variables rather
 * than importing Fluent: a module shared with this chunk can no longer be inlined into the pane's
 * start-up bundle, which then grows by several kB (measured: taskpane.js 160.5 → 166.2 kB gzip,
 * Excel's start-up 173.6 kB, over the 170 kB of test/build/bundle-size.test.ts).
 */
import { useMemo, useState, type CSSProperties } from 'react';
import type { Button, Field, ProgressBar, Select } from '@fluentui/react-components';
import { AKUMULASI_TYPES, type Akumulasi } from '../core/akumulasi';
import { formatAngka } from '../core/angka';
import { WorkbookFacts } from '../facts/facts';
import {
  footerResults,
  JENIS_LABEL,
  planRenja,
  renjaSheet,
  rowResults,
  type RenjaPlan,
  type Result,
  type Triwulan,
} from '../renja';
import { detectTables } from '../workbook/detect';
import type { WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { PaneHost } from './host';
import type { Notice } from './Notice';
import { errorMessage } from './useValidation';

/** The components App already ships in the start-up bundle. */
export interface PanelKit {
  Button: typeof Button;
  Field: typeof Field;
  ProgressBar: typeof ProgressBar;
  Select: typeof Select;
  Notice: typeof Notice;
}

/** Rows shown in the preview at most; the sheet holds them all. */
const PREVIEW_ROWS = 150;

const JENIS_HINT: Record<RenjaPlan['rows'][number]['jenisFrom'], string> = {
  pilihan: 'dipilih',
  workbook: 'dari kolom Jenis di formulir',
  nama: 'dikenali dari nama dan satuan',
  tebakan: 'tebakan: periksa',
};

const column: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: 'var(--spacingVerticalM)',
};
const styles: Record<string, CSSProperties> = {
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
};

interface Read {
  model: WorkbookModel;
  tables: DetectedTable[];
}

const show = (value: Result | undefined) =>
  typeof value === 'number' ? formatAngka(value) : value || '–';

export default function RenjaPanel({
  host,
  canRun,
  kit: { Button, Field, ProgressBar, Select, Notice },
}: {
  host: PaneHost;
  canRun: boolean;
  kit: PanelKit;
}) {
  const [tw, setTw] = useState<Triwulan | undefined>(undefined);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [jenis, setJenis] = useState<Record<string, Akumulasi>>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [writing, setWriting] = useState(false);
  const { plan, planFailure } = useMemo((): { plan: RenjaPlan | null; planFailure?: string } => {
    if (!read) return { plan: null };
    try {
      const facts = new WorkbookFacts(read.model, read.tables);
      return { plan: planRenja(facts, { jenis, ...(tw ? { tw } : {}) }) };
    } catch (error) {
      return { plan: null, planFailure: errorMessage(error) };
    }
  }, [read, jenis, tw]);

  const prepare = async () => {
    setStatus(null);
    setRead(null);
    setJenis({});
    setReading({ done: 0, total: 1 });
    try {
      const model = await host.readWorkbook((done, total) => setReading({ done, total }));
      setRead({ model, tables: detectTables(model) });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    } finally {
      setReading(null);
    }
  };

  const write = async () => {
    if (!read || !plan) return;
    setWriting(true);
    try {
      const names = read.model.sheets.map((sheet) => sheet.name);
      const added = await host.addSheet(renjaSheet(plan, names));
      setStatus({ ok: true, message: added.note });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    } finally {
      setWriting(false);
    }
  };

  const footer = plan ? footerResults(plan) : null;
  return (
    <div style={styles.stack}>
      <p>
        Menyusun formulir Evaluasi Renja triwulanan (Permendagri 86/2017, E.81): kolom (1)–(16), K
        dan Rp, realisasi triwulan sebagai isian kuning, rumus menurut jenis indikator, rata-rata
        capaian dan predikat. Bila workbook sudah memuat formulir triwulan lalu, barisnya dibawa dan
        triwulan berikutnya dibuka. Ditulis sebagai sheet baru.
      </p>
      {!canRun && <p style={styles.detail}>Buka berkas .xlsx terlebih dahulu.</p>}
      <Field label="Triwulan" hint="Otomatis: sesudah triwulan terakhir yang terisi di formulir">
        <Select
          style={styles.select}
          value={tw === undefined ? '' : String(tw)}
          onChange={(_, data) =>
            setTw(data.value === '' ? undefined : (Number(data.value) as Triwulan))
          }
        >
          <option value="">Otomatis</option>
          {(['I', 'II', 'III', 'IV'] as const).map((label, i) => (
            <option key={label} value={String(i + 1)}>
              Triwulan {label}
            </option>
          ))}
        </Select>
      </Field>
      <div style={styles.actions}>
        <Button
          appearance="primary"
          data-testid="renja"
          disabled={!canRun || reading !== null}
          onClick={() => void prepare()}
        >
          Siapkan Formulir Evaluasi Renja
        </Button>
      </div>
      {reading && (
        <Field
          validationMessage={`Membaca workbook… (${reading.done}/${reading.total})`}
          validationState="none"
        >
          <ProgressBar
            aria-label="Kemajuan membaca"
            value={reading.total ? reading.done / reading.total : undefined}
          />
        </Field>
      )}
      {planFailure && <Notice intent="error">{planFailure}</Notice>}
      {plan && plan.rows.length === 0 && (
        <Notice intent="error">
          Tidak ada formulir Renja, indikator (tabel PK atau capaian) atau program (tabel anggaran)
          yang dikenali.
        </Notice>
      )}
      {plan && footer && plan.rows.length > 0 && (
        <section aria-label="Pratinjau formulir Renja" style={styles.stack}>
          <h2 style={styles.heading}>
            Pratinjau: {plan.rows.length} baris, triwulan {plan.tw} tahun {plan.year},{' '}
            {plan.source.kind === 'form'
              ? `dari formulir di lembar "${plan.source.sheet}"`
              : 'dari tabel PK, capaian dan anggaran'}
          </h2>
          <span style={styles.detail} data-testid="renja-footer">
            Rata-rata capaian kinerja {show(footer.rataRataK)} · Predikat {footer.predikat || '–'}
          </span>
          <ol style={styles.list}>
            {plan.rows.slice(0, PREVIEW_ROWS).map((row, i) => {
              const results = rowResults(row);
              return (
                <li
                  key={row.id}
                  style={styles.row}
                  data-testid="renja-row"
                  data-jenis={row.indicator === '' ? '' : row.jenis}
                >
                  <h3 style={styles.heading}>
                    {i + 1}. {row.uraian}
                    {row.uraian && row.indicator ? ' — ' : ''}
                    {row.indicator}
                  </h3>
                  {row.indicator !== '' && (
                    <Field label="Jenis indikator" hint={JENIS_HINT[row.jenisFrom]}>
                      <Select
                        style={styles.select}
                        value={row.jenis}
                        onChange={(_, data) =>
                          setJenis((current) => ({ ...current, [row.id]: data.value as Akumulasi }))
                        }
                      >
                        {AKUMULASI_TYPES.map((value) => (
                          <option key={value} value={value}>
                            {JENIS_LABEL[value]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  )}
                  <span style={styles.detail}>
                    {row.indicator !== '' &&
                      `K: tahun ini ${show(results.k.tahunIni)}, s.d. tahun ini ${show(results.k.sdTahunIni)}, capaian ${show(results.k.capaian)}`}
                    {row.indicator !== '' && results.rp && ' · '}
                    {results.rp &&
                      `Rp: tahun ini ${show(results.rp.tahunIni)}, capaian ${show(results.rp.capaian)}`}
                  </span>
                </li>
              );
            })}
          </ol>
          {plan.rows.length > PREVIEW_ROWS && (
            <span style={styles.detail}>
              {plan.rows.length - PREVIEW_ROWS} baris lain tidak ditampilkan; semuanya ditulis ke
              sheet.
            </span>
          )}
          {plan.notes.map((note) => (
            <span key={note} style={styles.detail}>
              Catatan: {note}
            </span>
          ))}
          <div style={styles.actions}>
            <Button
              appearance="primary"
              data-testid="tulis-renja"
              disabled={writing}
              onClick={() => void write()}
            >
              {host.kind === 'excel' ? 'Tulis sheet ke workbook' : 'Unduh dengan formulir Renja'}
            </Button>
          </div>
        </section>
      )}
      {status && <Notice intent={status.ok ? 'success' : 'error'}>{status.message}</Notice>}
    </div>
  );
}
