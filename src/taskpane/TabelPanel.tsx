/**
 * "Susun Tabel LKj": reads the workbook, previews each BAB III table the generator can build
 * (those without data say why), lets the user choose which to write, then writes them as one
 * new sheet. Part of the start-up script (a lazy chunk sharing Fluent would un-inline Fluent's
 * modules and cost more); the generator runs in the host's engine.
 */
import { useState, type CSSProperties } from 'react';
import { Checkbox } from '@fluentui/react-components';
import { SCALE_LABEL } from '../core/predikat';
import type { TabelId } from '../tabel/types';
import type { TabelPreview } from './engine-types';
import { GeneratorPanel, panelStyles } from './GeneratorPanel';
import { useGeneratorPlan, type GeneratorTabProps } from './useGeneratorPlan';

const styles = {
  ...panelStyles,
  list: {
    margin: 0,
    paddingLeft: 'var(--spacingHorizontalL)',
    display: 'flex',
    flexDirection: 'column',
    gap: 'var(--spacingVerticalXS)',
  },
} satisfies Record<string, CSSProperties>;

/**
 * A table's rows as lines of `header: value` pairs: readable in the narrowest pane without
 * scrolling sideways, however many columns the table has.
 */
function Preview({ section }: { section: TabelPreview['sections'][number] }) {
  const { header, rows } = section.preview;
  return (
    <>
      <ol style={styles.list} aria-label={`Pratinjau ${section.title}`}>
        {rows.map((row, r) => (
          <li key={r} style={styles.detail}>
            {row.map((text, i) => `${header[i] ? `${header[i]}: ` : ''}${text || '–'}`).join(' · ')}
          </li>
        ))}
      </ol>
      {section.rowCount > rows.length && (
        <span style={styles.detail}>
          … dan {section.rowCount - rows.length} baris lagi di sheet.
        </span>
      )}
    </>
  );
}

export default function TabelPanel({ host, settings, canRun }: GeneratorTabProps) {
  // The tables ticked only choose what is written, so they are no choice the plan depends on.
  const state = useGeneratorPlan({ host, settings, generator: 'tabel', noChoices: null });
  const { plan } = state;
  /** Tables the user unticked; every table with data is written unless unticked. */
  const [skipped, setSkipped] = useState<ReadonlySet<TabelId>>(new Set());
  const chosen = plan
    ? plan.sections.filter((s) => s.hasData && !skipped.has(s.id)).map((s) => s.id)
    : [];

  const start = () => {
    setSkipped(new Set());
    void state.prepare();
  };

  const toggle = (id: TabelId, on: boolean) =>
    setSkipped((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <GeneratorPanel
      state={state}
      canRun={canRun}
      intro={
        <>
          Menyusun tabel BAB III LKj (PermenPAN-RB 53/2014) dari data workbook: capaian kinerja
          tahun ini, perbandingan dengan tahun-tahun sebelumnya, terhadap target akhir Renstra,
          efisiensi penggunaan sumber daya, dan realisasi anggaran. Angka merujuk ke sel sumbernya;
          capaian, predikat dan jumlah adalah rumus Excel.{' '}
          {host.kind === 'excel'
            ? 'Grafik dibuat di samping tabelnya.'
            : 'Grafik hanya dibuat di Excel (panel add-in), tidak di berkas unduhan.'}
        </>
      }
      start={{ testId: 'tabel', label: 'Susun Tabel LKj', onClick: start }}
      preview={
        plan
          ? {
              label: 'Pratinjau tabel LKj',
              summary:
                `Tabel LKj siap: ${plan.sections.filter((s) => s.hasData).length} dari ` +
                `${plan.sections.length} tabel berisi data, tahun ${plan.year}, skala predikat ` +
                `${SCALE_LABEL[plan.scale]}.`,
              notes: plan.notes,
              content: (
                <>
                  {plan.sections.map((section) => (
                    <div key={section.id} style={styles.row} data-testid="tabel-section">
                      <Checkbox
                        label={`${section.id}. ${section.title}`}
                        checked={section.hasData && !skipped.has(section.id)}
                        disabled={!section.hasData}
                        onChange={(_, data) => toggle(section.id, data.checked === true)}
                      />
                      {section.hasData ? (
                        <Preview section={section} />
                      ) : (
                        <span style={styles.detail}>Tidak disusun: {section.reason}</span>
                      )}
                    </div>
                  ))}
                </>
              ),
            }
          : undefined
      }
      write={{
        testId: 'tulis-tabel',
        label: host.kind === 'excel' ? 'Tulis tabel ke workbook' : 'Unduh dengan sheet tabel',
        disabled: chosen.length === 0,
        onClick: () => void state.write({ tabel: chosen }),
      }}
    />
  );
}
