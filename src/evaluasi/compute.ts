/**
 * The values the sheet's formulas must give, computed by core: cached in the written file and
 * shown in the pane's preview. Mirrors the formulas cell by cell: an empty input gives an empty
 * result, a division by zero `#DIV/0!`, and an error flows on to Capaian and Predikat.
 */
import { capaian, persentase, rataRata, type Arah } from '../core/capaian';
import { LkjError } from '../core/errors';
import type { ScaleName } from '../core/predikat';
import { predikatValue } from '../workbook/predikat-formula';
import type { EvaluasiRow } from './types';

/** A number, '' for an empty result, or an Excel error such as `#DIV/0!`. */
export type Result = number | string;

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

export function attempt(compute: () => number): Result {
  try {
    return compute();
  } catch (error) {
    if (error instanceof LkjError) return error.code;
    throw error;
  }
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

/** What capaianOf's formula gives: empty while an operand is, an operand's error passed on. */
export function capaianResult(hasil: Result, target: Result, arah: Arah): Result {
  if (typeof hasil === 'string' && hasil !== '') return hasil;
  if (typeof target === 'string' && target !== '') return target;
  if (hasil === '' || target === '') return '';
  return attempt(() => capaian(target as number, hasil as number, arah));
}

/** What predikatFormulaOf gives for a capaian result: an error or emptiness passed on. */
export function predikatResult(capaianValue: Result, scale: ScaleName): string {
  return typeof capaianValue === 'string' ? capaianValue : predikatValue(capaianValue, scale);
}
