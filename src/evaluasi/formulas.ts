/** The sheet's columns and the formulas of Hasil and Penghitungan from an indicator's inputs. */
import { add, concat, div, mul, num, text, type Expr } from '../sheetgen/expr';
import { unlessEmpty } from '../sheetgen/formulas';
import type { IndicatorType } from './types';

/** The sheet's columns. */
export const COL = {
  no: 1,
  sasaran: 2,
  indikator: 3,
  formulasi: 4,
  pembilang: 5,
  penyebut: 6,
  tw1: 7,
  tw4: 10,
  nilai: 11,
  penghitungan: 12,
  hasil: 13,
  target: 14,
  capaian: 15,
  predikat: 16,
} as const;

export const LAST_COL = COL.predikat;

/** The input columns of a type, in the order of EvaluasiRow.inputs. */
export function inputColumns(type: IndicatorType): number[] {
  switch (type) {
    case 'persentase':
      return [COL.pembilang, COL.penyebut];
    case 'rata-rata':
      return [COL.tw1, COL.tw1 + 1, COL.tw1 + 2, COL.tw4];
    case 'nilai':
    case 'jumlah':
      return [COL.nilai];
  }
}

/** Hasil from the inputs; while one is empty, `fallback` (the stated realisasi) or nothing. */
export function hasilOf(type: IndicatorType, inputs: Expr[], otherwise?: Expr): Expr {
  switch (type) {
    case 'persentase':
      return unlessEmpty(inputs, mul(div(inputs[0], inputs[1]), num(100)), otherwise);
    case 'rata-rata':
      // A sum rather than AVERAGE: AVERAGE would silently skip a quarter typed as text.
      return unlessEmpty(inputs, div(inputs.reduce(add), num(4)), otherwise);
    case 'nilai':
    case 'jumlah':
      return unlessEmpty(inputs, inputs[0], otherwise);
  }
}

/** The numbers written out, built from the inputs so it follows them: `40 / 42 × 100%`. */
export function penghitunganOf(type: IndicatorType, inputs: Expr[]): Expr {
  switch (type) {
    case 'persentase':
      return unlessEmpty(inputs, concat(inputs[0], text(' / '), inputs[1], text(' × 100%')));
    case 'rata-rata': {
      const terms = inputs.flatMap((input, i) => (i === 0 ? [input] : [text(' + '), input]));
      return unlessEmpty(inputs, concat(text('('), ...terms, text(') / 4')));
    }
    case 'nilai':
    case 'jumlah':
      return unlessEmpty(inputs, concat(inputs[0], text('')));
  }
}
