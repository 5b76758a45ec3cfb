/**
 * "Jenis indikator": the indicators on Renja forms with the jenis the workbook gives them and
 * where from, each with a choice that overrides it. A choice re-runs the validation with it.
 * Part of the start-up script: as a chunk of its own it would share the Fluent components with
 * it, which keeps webpack from joining them into one module and costs more than the panel.
 */
import { useState } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Akumulasi } from '../core/akumulasi';
import type { JenisIndikator } from '../checks/jenis-indikator';
import { Notice } from './Notice';
import { errorMessage } from './useValidation';

export const JENIS_LABELS: Record<Akumulasi, string> = {
  kumulatif: 'Kumulatif',
  'nilai-akhir': 'Nilai akhir',
  'rata-rata': 'Rata-rata',
};

/** `nilai akhir, dari kolom Jenis (Renja!D5)`, `kumulatif, dari nama/satuan`, `belum diketahui`. */
export function autoText(entry: JenisIndikator): string {
  const { auto } = entry;
  if (!auto) return 'belum diketahui';
  const source =
    auto.from === 'kolom' ? `dari kolom Jenis (${auto.sheet}!${auto.cell})` : 'dari nama/satuan';
  return `${JENIS_LABELS[auto.value].toLowerCase()}, ${source}`;
}

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  heading: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  hint: { margin: `${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  name: { overflowWrap: 'anywhere' },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface JenisPanelProps {
  hostKind: 'excel' | 'web';
  list: readonly JenisIndikator[];
  /** Indicators beyond the list's cap. */
  leftOut: number;
  /** The user's choices now in force, by indicator name. */
  chosen: Readonly<Record<string, Akumulasi>> | undefined;
  disabled: boolean;
  /** Stores the choices and validates again with them. */
  onChange: (jenis: Record<string, Akumulasi>) => Promise<void>;
}

export function JenisPanel(props: JenisPanelProps) {
  const { hostKind, list, leftOut, chosen = {}, disabled } = props;
  const styles = useStyles();
  const [failure, setFailure] = useState<string | null>(null);
  const unknown = list.filter((entry) => !entry.auto && !chosen[entry.name]).length;

  const choose = async (name: string, value: string) => {
    const next = { ...chosen };
    if (value === '') delete next[name];
    else next[name] = value as Akumulasi;
    setFailure(null);
    try {
      await props.onChange(next);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <details className={styles.panel} data-testid="jenis-indikator">
      <summary className={styles.heading}>
        Jenis indikator ({list.length + leftOut} indikator pada form Renja
        {unknown > 0 ? `, ${unknown} belum diketahui` : ''})
      </summary>
      <p className={styles.hint}>
        Jenis menentukan cara realisasi setahun dihimpun dari triwulan: kumulatif dijumlahkan, nilai
        akhir diambil dari triwulan terakhir, rata-rata dirata-ratakan. Indikator yang jenisnya
        belum diketahui tidak diperiksa cara penghimpunannya. Pilihan Anda{' '}
        {hostKind === 'excel' ? 'disimpan bersama dokumen ini' : 'disimpan di peramban ini'} dan
        langsung dipakai untuk validasi ulang.
      </p>
      {failure && <Notice intent="error">{failure}</Notice>}
      <ul className={styles.list}>
        {list.map((entry) => (
          <li key={entry.name}>
            <Field
              label={<span className={styles.name}>{entry.name}</span>}
              hint={`Dari workbook: ${autoText(entry)}.`}
            >
              <Select
                className={styles.select}
                value={chosen[entry.name] ?? ''}
                disabled={disabled}
                onChange={(_, data) => void choose(entry.name, data.value)}
              >
                <option value="">
                  Otomatis ({entry.auto ? JENIS_LABELS[entry.auto.value] : 'belum diketahui'})
                </option>
                {Object.entries(JENIS_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </li>
        ))}
      </ul>
      {leftOut > 0 && (
        <p className={styles.hint}>
          {leftOut} indikator lain tidak ditampilkan: daftar ini memuat paling banyak {list.length}{' '}
          indikator.
        </p>
      )}
    </details>
  );
}
