/**
 * The values the sheet's formulas must give, computed by core: cached in the written file and
 * shown in the pane's preview. Mirrors the formulas cell by cell: an empty input gives an empty
 * result, a division by zero `#DIV/0!`, and an error flows on to Capaian and Predikat.
 */
import { persentase, rataRata } from '../core/capaian';
import type { ScaleName } from '../core/predikat';
import { attempt, capaianResult, predikatResult, type Result } from '../sheetgen/results';
import type { EvaluasiRow } from './types';

export type { Result };

export interface RowResults {
  penghitungan: string;
  hasil: Result;
  target: Result;
  capaian: Result;
  predikat: string;
}

/** Excel's text for a number joined into a string (`81,25`); the Indonesian decimal comma. */
export function numberText(value: number): string {
  return String(value).replace('.', ',');
}

function hasilOf(row: EvaluasiRow): Result {
  const inputs = row.inputs;
  if (inputs.some((input) => input === null)) return row.hasilFallback ?? '';
  const values = inputs as number[];
  switch (row.type) {
    case 'persentase':
      return attempt(() => persentase(values[0], values[1]));
    case 'rata-rata':
      return attempt(() => rataRata(values));
    case 'nilai':
    case 'jumlah':
      return values[0];
  }
}

function penghitunganOf(row: EvaluasiRow): string {
  if (row.inputs.some((input) => input === null)) return '';
  const texts = (row.inputs as number[]).map(numberText);
  switch (row.type) {
    case 'persentase':
      return `${texts[0]} / ${texts[1]} × 100%`;
    case 'rata-rata':
      return `(${texts.join(' + ')}) / 4`;
    case 'nilai':
    case 'jumlah':
      return texts[0];
  }
}

export function evaluateRow(row: EvaluasiRow, scale: ScaleName): RowResults {
  const hasil = hasilOf(row);
  const target: Result = row.target.value ?? '';
  const capaianValue = capaianResult(hasil, target, row.arah);
  return {
    penghitungan: penghitunganOf(row),
    hasil,
    target,
    capaian: capaianValue,
    predikat: predikatResult(capaianValue, scale),
  };
}
