/** The predikat scale and the tolerance, kept with the document (Excel) or in the browser (web). */
import { useState } from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { SCALE_LABEL, type ScaleName } from '../core/predikat';
import type { ValidationSettings } from '../laporan/outcome';
import { errorMessage } from './useValidation';

/** Short labels, so the choice fits Excel's narrowest pane; the bands are the field's hint. */
const SCALE_OPTIONS: { value: ScaleName | ''; label: string; bands: string }[] = [
  { value: '', label: 'Otomatis', bands: 'Dikenali dari label predikat tiap tabel.' },
  {
    value: 'LKJ',
    label: SCALE_LABEL.LKJ,
    bands: '≥95 Sangat berhasil, ≥80 Berhasil, ≥50 Cukup berhasil.',
  },
  { value: 'P86', label: SCALE_LABEL.P86, bands: '≥91 Sangat Tinggi … Sangat Rendah.' },
  { value: 'IKM', label: SCALE_LABEL.IKM, bands: 'A ≥88,31 … D ≥25.' },
];

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '480px',
  },
  // A native select is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, maxWidth: '100%' },
});

export function SettingsPanel({
  hostKind,
  settings,
  onSave,
}: {
  hostKind: 'excel' | 'web';
  settings: ValidationSettings;
  onSave: (settings: ValidationSettings) => Promise<void>;
}) {
  const styles = useStyles();
  const [skala, setSkala] = useState<string>(settings.skala ?? '');
  const [toleransi, setToleransi] = useState(String(settings.toleransi).replace('.', ','));
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const parsed = Number(toleransi.trim().replace(',', '.'));
  const invalid = toleransi.trim() === '' || !Number.isFinite(parsed) || parsed < 0;

  const save = async () => {
    // The jenis choices are made in the validation tab and stay as they are.
    const next: ValidationSettings = { ...settings, toleransi: parsed };
    delete next.skala;
    if (skala) next.skala = skala as ScaleName;
    try {
      await onSave(next);
      setStatus({
        ok: true,
        message:
          hostKind === 'excel'
            ? 'Pengaturan disimpan bersama dokumen ini. Berlaku pada validasi berikutnya.'
            : 'Pengaturan disimpan di peramban ini. Berlaku pada validasi berikutnya.',
      });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) void save();
      }}
    >
      <Field
        label="Skala predikat"
        hint={`Dipakai untuk memeriksa kolom predikat. ${SCALE_OPTIONS.find((option) => option.value === skala)?.bands ?? ''}`}
      >
        <Select
          className={styles.select}
          value={skala}
          onChange={(_, data) => {
            setSkala(data.value);
            setStatus(null);
          }}
        >
          {SCALE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Toleransi tambahan (poin persen)"
        hint="0 berarti angka dianggap benar bila sama setelah dibulatkan ke jumlah desimal yang tertulis."
        validationMessage={invalid ? 'Isi dengan angka 0 atau lebih, misalnya 0,5.' : undefined}
      >
        <Input
          inputMode="decimal"
          value={toleransi}
          onChange={(_, data) => {
            // A "disimpan" note would speak of values no longer in the form.
            setToleransi(data.value);
            setStatus(null);
          }}
        />
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={invalid}>
          Simpan pengaturan
        </Button>
      </div>
      {status && <Notice intent={status.ok ? 'success' : 'error'}>{status.message}</Notice>}
    </form>
  );
}
