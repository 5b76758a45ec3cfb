/**
 * "Buat Sheet Evaluasi Penghitungan": reads the workbook, previews the rows the generator plans
 * (the user may change each row's indicator type and arah), then writes the sheet as a new one.
 */
import type { CSSProperties } from 'react';
import { Field, Select } from '@fluentui/react-components';
import { formatAngka } from '../core/angka';
import type { Arah } from '../core/capaian';
import { SCALE_LABEL } from '../core/predikat';
import { INDICATOR_TYPES, type IndicatorType } from '../evaluasi/types';
import type { EvaluasiChoices } from './engine-types';
import { GeneratorPanel, panelStyles } from './GeneratorPanel';
import { useGeneratorPlan, type GeneratorTabProps } from './useGeneratorPlan';

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

const styles = {
  ...panelStyles,
  choices: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: 'var(--spacingHorizontalM)',
  },
  warning: { color: 'var(--colorPaletteDarkOrangeForeground1)', overflowWrap: 'anywhere' },
} satisfies Record<string, CSSProperties>;

/** What the user chose per row, kept across re-planning. */
type Choices = EvaluasiChoices;

const NO_CHOICES: Choices = { types: {}, arah: {} };

const show = (value: number | string | null | undefined) =>
  typeof value === 'number' ? formatAngka(value) : value || '–';

export function EvaluasiPanel({ host, settings, canRun }: GeneratorTabProps) {
  const state = useGeneratorPlan({ host, settings, generator: 'evaluasi', noChoices: NO_CHOICES });
  const { plan: preview, setChoices } = state;
  const plan = preview?.plan;

  /** Plans again with one row's type or arah changed, as the preview's selectors ask. */
  const choose = <K extends keyof Choices>(id: string, key: K, value: Choices[K][string]) =>
    setChoices((current) => ({ ...current, [key]: { ...current[key], [id]: value } }));

  return (
    <GeneratorPanel
      state={state}
      canRun={canRun}
      intro={
        'Menyusun lampiran “Evaluasi Kinerja dan Penghitungan”: tiap indikator dengan formulasi, ' +
        'angka yang dimasukkan, hasil, capaian, dan predikat sebagai rumus Excel. Periksa pratinjau ' +
        'dulu; sheet ditulis sebagai sheet baru.'
      }
      start={{
        testId: 'evaluasi',
        label: 'Buat Sheet Evaluasi Penghitungan',
      }}
      empty={
        plan?.rows.length === 0
          ? 'Tidak ada indikator yang dikenali: workbook perlu tabel PK, capaian, atau penghitungan.'
          : undefined
      }
      preview={
        preview
          ? {
              label: 'Pratinjau baris evaluasi',
              summary:
                `Sheet evaluasi siap: ${preview.plan.rows.length} indikator, tahun ` +
                `${preview.plan.year}, skala predikat ${SCALE_LABEL[preview.plan.scale]}.`,
              notes: preview.plan.notes,
              content: (
                <>
                  <ol style={styles.list}>
                    {preview.plan.rows.map((row, i) => {
                      // What the sheet's formulas compute, worked out by the engine.
                      const result = preview.results[i];
                      const names = INPUT_NAMES[row.type];
                      const missing = [
                        ...names.filter((_, k) => row.inputs[k] === null),
                        ...(row.target.value === null ? ['target'] : []),
                      ];
                      return (
                        <li
                          key={row.id}
                          style={styles.row}
                          data-testid="evaluasi-row"
                          data-id={row.id}
                          data-type={row.type}
                          data-arah={row.arah}
                        >
                          <h3 style={styles.heading}>
                            {i + 1}. {row.indicator}
                          </h3>
                          <div style={styles.choices}>
                            <Field label="Jenis indikator" hint={TYPE_HINTS[row.type]}>
                              <Select
                                style={styles.select}
                                value={row.type}
                                onChange={(_, data) =>
                                  choose(row.id, 'types', data.value as IndicatorType)
                                }
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
                                style={styles.select}
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
                          <span style={styles.detail}>
                            Data:{' '}
                            {row.inputs.map((input, k) => `${names[k]} ${show(input)}`).join('; ')}{' '}
                            · Hasil {show(result.hasil)} · Target {show(result.target)} · Capaian{' '}
                            {show(result.capaian)} · {result.predikat || '–'}
                          </span>
                          {missing.length > 0 && (
                            <span style={styles.detail} data-testid="evaluasi-missing">
                              “–” berarti belum diketahui dari workbook: {missing.join(', ')}. Di
                              sheet evaluasi sel itu berwarna kuning untuk diisi.
                            </span>
                          )}
                          {row.hasilFallback !== undefined && (
                            <span style={styles.detail} data-testid="evaluasi-fallback">
                              Penghitungan tidak ditemukan: Hasil memakai realisasi yang tertulis di
                              workbook ({show(row.hasilFallback)}).
                            </span>
                          )}
                          {row.target.value === 0 && (
                            <span style={styles.warning} data-testid="evaluasi-target-nol">
                              Target 0: capaian tidak dapat dihitung (#DIV/0!). Periksa target
                              indikator ini di workbook.
                            </span>
                          )}
                          {row.stated.penghitungan && (
                            <span style={styles.detail}>
                              Tertulis di workbook: {row.stated.penghitungan}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ol>
                </>
              ),
            }
          : undefined
      }
      write={{
        testId: 'tulis-evaluasi',
        label: host.kind === 'excel' ? 'Tulis sheet ke workbook' : 'Unduh dengan sheet evaluasi',
      }}
    />
  );
}
