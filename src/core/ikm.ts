/** IKM from the SKM survey (PermenPAN-RB 14/2017, DOMAIN section 5). */
import { formatAngka } from './angka';
import { LkjError } from './errors';
import { predikat } from './predikat';

/** The nine unsur, in the order of the questionnaire's columns. */
export const UNSUR_SKM = [
  'Persyaratan',
  'Prosedur',
  'Waktu pelayanan',
  'Biaya/Tarif',
  'Produk spesifikasi jenis pelayanan',
  'Kompetensi pelaksana',
  'Perilaku pelaksana',
  'Penanganan pengaduan, saran dan masukan',
  'Sarana dan prasarana',
];

/**
 * A row per respondent, one answer 1–4 per unsur. NRR per unsur = mean of its answers;
 * IKM = Σ(NRR × 1/9) × 25. An answer outside 1–4 is reported, never clamped.
 */
export function ikmFromAnswers(rows: number[][]): { ikm: number; nrr: number[] } {
  const columns = UNSUR_SKM.length;
  if (rows.length === 0) throw new LkjError('#N/A', 'tidak ada jawaban responden');
  const sums = new Array<number>(columns).fill(0);
  rows.forEach((row, r) => {
    if (row.length !== columns) {
      throw new LkjError(
        '#VALUE!',
        `baris ${r + 1} berisi ${row.length} kolom; jawaban SKM harus ${columns} kolom (satu per unsur)`,
      );
    }
    row.forEach((answer, c) => {
      if (!Number.isInteger(answer) || answer < 1 || answer > 4) {
        throw new LkjError(
          '#VALUE!',
          `jawaban baris ${r + 1} kolom ${c + 1} (${UNSUR_SKM[c]}) bernilai ${answer}; harus bilangan bulat 1–4`,
        );
      }
      sums[c] += answer;
    });
  });
  const nrr = sums.map((sum) => sum / rows.length);
  const ikm = (nrr.reduce((total, value) => total + value, 0) / columns) * 25;
  return { ikm, nrr };
}

/** Mutu pelayanan for an IKM value 25–100: `A (Sangat Baik)` … `D (Tidak Baik)`. */
export function mutuIkm(ikm: number): string {
  if (ikm > 100)
    throw new LkjError('#NUM!', `IKM ${formatAngka(ikm)} di atas 100; nilai IKM antara 25 dan 100`);
  return predikat(ikm, 'IKM');
}
