/**
 * "Evaluasi Renja": the quarterly Renja evaluation form (Permendagri 86/2017, E.81). Reads the
 * workbook, previews the rows the generator plans for the chosen quarter (the user may set each
 * indicator's jenis), then writes the form as a new sheet. Loaded lazily by App; the generator
 * runs in the host's engine.
 */
import { useMemo, useState } from 'react';
import type { Field, Select } from '@fluentui/react-components';
import { AKUMULASI_TYPES, type Akumulasi } from '../core/akumulasi';
import { formatAngka } from '../core/angka';
import { JENIS_LABEL, type RenjaPlan, type Triwulan } from '../renja/types';
import type { Result } from '../sheetgen/expr';
import type { RenjaChoices } from './engine-types';
import type { GeneratorPanel, panelStyles } from './GeneratorPanel';
import type { GeneratorTabProps, useGeneratorPlan } from './useGeneratorPlan';

/**
 * What this chunk takes from App rather than importing: a module of the start-up bundle that a
 * lazy chunk imports can no longer be inlined there, and the bundle grows (measured: Fluent's
 * modules, taskpane.js 160.5 → 166.2 kB gzip; the generator panel and its hook, +0.4 kB), over the
 * 170 kB budget of test/build/bundle-size.test.ts inside Excel.
 */
export interface PanelKit {
  Field: typeof Field;
  Select: typeof Select;
  GeneratorPanel: typeof GeneratorPanel;
  useGeneratorPlan: typeof useGeneratorPlan;
  styles: typeof panelStyles;
}

const JENIS_HINT: Record<RenjaPlan['rows'][number]['jenisFrom'], string> = {
  pilihan: 'dipilih',
  workbook: 'dari kolom Jenis di formulir',
  nama: 'dikenali dari nama dan satuan',
  tebakan: 'tebakan: periksa',
};

const NO_CHOICES: RenjaChoices = { jenis: {} };

const show = (value: Result | undefined) =>
  typeof value === 'number' ? formatAngka(value) : value || '–';

export default function RenjaPanel({
  host,
  settings,
  canRun,
  kit,
}: GeneratorTabProps & { kit: PanelKit }) {
  const { Field, Select, GeneratorPanel, useGeneratorPlan, styles } = kit;
  // The quarter is chosen before reading; the user's jenis per row id in the preview. The jenis
  // chosen per indicator name in the Validasi tab come with the settings.
  const [tw, setTw] = useState<Triwulan | undefined>(undefined);
  const noChoices = useMemo(() => ({ ...NO_CHOICES, ...(tw ? { tw } : {}) }), [tw]);
  const state = useGeneratorPlan({ host, settings, generator: 'renja', noChoices });
  const { plan, setChoices } = state;
  const setJenis = (row: string, jenis: Akumulasi) =>
    setChoices((current) => ({ ...current, jenis: { ...current.jenis, [row]: jenis } }));
  // Another quarter plans again at once, keeping the jenis chosen.
  const chooseTw = (next: Triwulan | undefined) => {
    setTw(next);
    setChoices(({ jenis }) => ({ jenis, ...(next ? { tw: next } : {}) }));
  };
  const footer = plan?.footer;
  return (
    <GeneratorPanel
      state={state}
      canRun={canRun}
      intro={
        'Menyusun formulir Evaluasi Renja triwulanan (Permendagri 86/2017, E.81): kolom (1)–(16), K ' +
        'dan Rp, realisasi triwulan sebagai isian kuning, rumus menurut jenis indikator, rata-rata ' +
        'capaian dan predikat. Bila workbook sudah memuat formulir triwulan lalu, barisnya dibawa dan ' +
        'triwulan berikutnya dibuka. Ditulis sebagai sheet baru.'
      }
      before={
        <Field label="Triwulan" hint="Otomatis: sesudah triwulan terakhir yang terisi di formulir">
          <Select
            style={styles.select}
            value={tw === undefined ? '' : String(tw)}
            onChange={(_, data) =>
              chooseTw(data.value === '' ? undefined : (Number(data.value) as Triwulan))
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
      }
      start={{
        testId: 'renja',
        label: 'Siapkan Formulir Evaluasi Renja',
      }}
      empty={
        plan?.rowCount === 0
          ? 'Tidak ada formulir Renja, indikator (tabel PK atau capaian) atau program (tabel anggaran) yang dikenali.'
          : undefined
      }
      preview={
        plan && footer
          ? {
              label: 'Pratinjau formulir Renja',
              summary:
                `Formulir Renja siap: ${plan.rowCount} baris, triwulan ${plan.tw} tahun ` +
                `${plan.year}, ${
                  plan.source.kind === 'form'
                    ? `dari formulir di lembar "${plan.source.sheet}"`
                    : 'dari tabel PK, capaian dan anggaran'
                }.`,
              notes: plan.notes,
              content: (
                <>
                  <span style={styles.detail} data-testid="renja-footer">
                    Rata-rata capaian kinerja {show(footer.rataRataK)} · Predikat{' '}
                    {footer.predikat || '–'}
                  </span>
                  <ol style={styles.list}>
                    {plan.rows.map(({ row, results }, i) => {
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
                                onChange={(_, data) => setJenis(row.id, data.value as Akumulasi)}
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
                  {plan.rowCount > plan.rows.length && (
                    <span style={styles.detail}>
                      {plan.rowCount - plan.rows.length} baris lain tidak ditampilkan; semuanya
                      ditulis ke sheet.
                    </span>
                  )}
                </>
              ),
            }
          : undefined
      }
      write={{
        testId: 'tulis-renja',
        label: host.kind === 'excel' ? 'Tulis sheet ke workbook' : 'Unduh dengan formulir Renja',
      }}
    />
  );
}
