/**
 * The sheet's native Excel formulas (`,` separators, English names, nothing an add-in supplies),
 * so the sheet computes in Excel without the add-in and in LibreOffice. They mirror compute.ts.
 */
import type { ScaleName } from '../core/predikat';
import type { Arah } from '../core/capaian';
import { toA1 } from '../workbook/model';
import { predikatFormulaOf } from '../sheetgen/predikat-formula';
import { capaianOf, unlessEmpty } from '../sheetgen/formulas';
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
export function hasilFormula(type: IndicatorType, row: number, fallback?: number): string {
  const cells = inputColumns(type).map((col) => toA1(row, col));
  const otherwise = fallback === undefined ? undefined : String(fallback);
  switch (type) {
    case 'persentase':
      return unlessEmpty(cells, `${cells[0]}/${cells[1]}*100`, otherwise);
    case 'rata-rata':
      // A sum rather than AVERAGE: AVERAGE would silently skip a quarter typed as text.
      return unlessEmpty(cells, `(${cells.join('+')})/4`, otherwise);
    case 'nilai':
    case 'jumlah':
      return unlessEmpty(cells, cells[0], otherwise);
  }
}

/** The numbers written out, built from the inputs so it follows them: `40 / 42 × 100%`. */
export function penghitunganFormula(type: IndicatorType, row: number): string {
  const cells = inputColumns(type).map((col) => toA1(row, col));
  switch (type) {
    case 'persentase':
      return unlessEmpty(cells, `${cells[0]}&" / "&${cells[1]}&" × 100%"`);
    case 'rata-rata':
      return unlessEmpty(cells, `"("&${cells.join('&" + "&')}&") / 4"`);
    case 'nilai':
    case 'jumlah':
      return unlessEmpty(cells, `${cells[0]}&""`);
  }
}

export function capaianFormula(arah: Arah, row: number): string {
  return capaianOf(arah, toA1(row, COL.hasil), toA1(row, COL.target));
}

export function predikatFormula(scale: ScaleName, row: number): string {
  return predikatFormulaOf(scale, toA1(row, COL.capaian));
}
