/**
 * "Olah SKM": finds the survey's raw answers, previews what the processing sheet's formulas give
 * per unsur and for the unit (under the weight chosen, with the population for the sample), then
 * writes the sheet "Pengolahan SKM TAHUN" (in Excel with a bar chart of the nine konversi values).
 * Loaded lazily by App, with what it shares from the start-up bundle (SkmKit); the generator
 * runs in the host's engine.
 */
import { useMemo, useState } from 'react';
import type { Input } from '@fluentui/react-components';
import { formatAngka } from '../core/angka';
import { BOBOT_PILIHAN, type BobotPilihan } from '../skm/types';
import type { SkmChoices, SkmPreview } from './engine-types';
import type { PanelKit } from './RenjaPanel';
import type { GeneratorTabProps } from './useGeneratorPlan';

/** The Renja panel's kit, and the text field the population is typed in. */
export interface SkmKit extends PanelKit {
  Input: typeof Input;
}

const BOBOT_LABEL: Record<BobotPilihan, string> = {
  '1/9': '1/9 (aturan PermenPAN-RB 14/2017)',
  '0,111': '0,111 (konvensi sebagian unit)',
};

const show = (value: number | undefined, decimals = 2) =>
  value === undefined ? '–' : formatAngka(value, decimals);

/** Whole numbers written with or without thousands dots (`1.250`). */
function readPopulasi(text: string): number | undefined {
  const plain = text.trim().replace(/\./g, '');
  return /^\d+$/.test(plain) && Number(plain) >= 1 ? Number(plain) : undefined;
}

function Preview({ plan, styles }: { plan: SkmPreview; styles: PanelKit['styles'] }) {
  const survey = plan.survey;
  if (!survey) return null;
  const differs = survey.mutuOther && survey.mutu && survey.mutuOther.huruf !== survey.mutu.huruf;
  return (
    <>
      <h2 style={styles.heading}>
        Tahun {plan.year} · {survey.respondents} responden di sheet “{survey.sheet}” · bobot{' '}
        {survey.bobot.teks}
      </h2>
      <ol style={styles.list} aria-label="Pratinjau nilai per unsur">
        {survey.unsur.map((unsur) => (
          <li key={unsur.nomor} style={styles.detail}>
            U{unsur.nomor} {unsur.nama}: Σ {unsur.jumlah} dari {unsur.terisi} jawaban · NRR{' '}
            {show(unsur.nrr, 4)} · konversi {show(unsur.konversi)} · {unsur.mutu?.huruf ?? '–'}
          </li>
        ))}
      </ol>
      <p style={styles.heading} data-testid="skm-ikm">
        IKM {show(survey.ikm)}
        {survey.mutu ? ` — mutu ${survey.mutu.huruf} (${survey.mutu.kinerja})` : ''}
      </p>
      {differs && (
        <span style={styles.detail}>
          Dengan bobot {survey.other.teks} IKM menjadi {show(survey.ikmOther)}, mutu{' '}
          {survey.mutuOther?.huruf}: sheet menampilkan keduanya.
        </span>
      )}
      {survey.population && survey.sampelMinimum !== undefined && (
        <span style={styles.detail}>
          Sampel minimum (Krejcie dan Morgan) untuk N = {survey.population.value}:{' '}
          {survey.sampelMinimum} responden
          {survey.respondents < survey.sampelMinimum
            ? ` — kurang ${survey.sampelMinimum - survey.respondents}.`
            : ' — terpenuhi.'}
        </span>
      )}
      {survey.splits.length > 0 && (
        <span style={styles.detail}>Juga hasil per {survey.splits.join(' dan per ')}.</span>
      )}
    </>
  );
}

export default function SkmPanel({
  host,
  settings,
  canRun,
  kit,
}: GeneratorTabProps & { kit: SkmKit }) {
  const { Field, Select, Input, GeneratorPanel, useGeneratorPlan, styles } = kit;
  const [bobot, setBobot] = useState<BobotPilihan>('1/9');
  const [populasiText, setPopulasiText] = useState('');
  const populasi = readPopulasi(populasiText);
  const noChoices = useMemo(
    (): SkmChoices => ({ bobot, ...(populasi === undefined ? {} : { populasi }) }),
    [bobot, populasi],
  );
  const state = useGeneratorPlan({ host, settings, generator: 'skm', noChoices });
  const { plan, setChoices } = state;
  // A choice changed after the preview plans again with it.
  const choose = (next: SkmChoices) => {
    if (plan) setChoices(() => next);
  };
  const populasiInvalid = populasiText.trim() !== '' && populasi === undefined;

  return (
    <GeneratorPanel
      state={state}
      canRun={canRun}
      intro={
        <>
          Mengolah jawaban Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017) dari sheet jawaban
          responden menjadi NRR per unsur, IKM, mutu dan kinerja unit, karakteristik responden,
          peringkat unsur dengan Rencana Tindak Lanjut, dan sampel minimum. Semua rumus Excel yang
          merujuk sel jawaban; sheet jawaban tidak diubah.{' '}
          {host.kind === 'excel'
            ? 'Grafik nilai konversi per unsur dibuat di samping tabelnya.'
            : 'Grafik hanya dibuat di Excel (panel add-in), tidak di berkas unduhan.'}
        </>
      }
      before={
        <>
          <Field label="Bobot per unsur">
            <Select
              value={bobot}
              onChange={(_, data) => {
                const next = data.value as BobotPilihan;
                setBobot(next);
                choose({ ...noChoices, bobot: next });
              }}
            >
              {BOBOT_PILIHAN.map((choice) => (
                <option key={choice} value={choice}>
                  {BOBOT_LABEL[choice]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="Jumlah populasi (N)"
            hint="Untuk sampel minimum; kosongkan untuk memakai sel “Jumlah Populasi” di workbook."
            validationMessage={populasiInvalid ? 'Isi bilangan bulat, misalnya 1250.' : undefined}
          >
            <Input
              inputMode="numeric"
              value={populasiText}
              onChange={(_, data) => {
                setPopulasiText(data.value);
                const next = readPopulasi(data.value);
                if (data.value.trim() === '' || next !== undefined) {
                  choose({ bobot, ...(next === undefined ? {} : { populasi: next }) });
                }
              }}
            />
          </Field>
        </>
      }
      start={{ testId: 'skm', label: 'Olah SKM' }}
      empty={plan?.missing}
      preview={
        plan?.survey
          ? {
              label: 'Pratinjau pengolahan SKM',
              summary:
                `Pengolahan SKM siap: ${plan.survey.respondents} responden, tahun ${plan.year}, ` +
                `IKM ${show(plan.survey.ikm)}` +
                (plan.survey.mutu ? ` (mutu ${plan.survey.mutu.huruf}).` : '.'),
              notes: plan.notes,
              content: <Preview plan={plan} styles={styles} />,
            }
          : undefined
      }
      write={{
        testId: 'tulis-skm',
        label: host.kind === 'excel' ? 'Tulis sheet SKM ke workbook' : 'Unduh dengan sheet SKM',
      }}
    />
  );
}
