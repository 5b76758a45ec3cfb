/**
 * The form's columns and its formulas. Blank and text cells count as not filled (COUNT,
 * ISNUMBER), as in core.
 */
import type { Akumulasi } from '../core/akumulasi';
import type { Arah } from '../core/capaian';
import {
  average,
  count,
  div,
  EMPTY,
  eq,
  iff,
  isNumber,
  mul,
  not,
  num,
  or,
  sub,
  sum,
  type Expr,
} from '../sheetgen/expr';
import type { Triwulan } from './types';

/**
 * Columns: (1) No, (2) Sasaran, (3) Program/Kegiatan, (4) Indikator with its Satuan and Jenis
 * under the same number, (5)–(14) each a K and an Rp column, (15) Unit penanggung jawab,
 * (16) Keterangan.
 */
export const COL = {
  no: 1,
  sasaran: 2,
  uraian: 3,
  indikator: 4,
  satuan: 5,
  jenis: 6,
  /** K column of (5); its Rp column is the next one, and so on up to (14). */
  renstra: 7,
  lalu: 9,
  target: 11,
  tw1: 13,
  tahunIni: 21,
  sdTahunIni: 23,
  capaian: 25,
  unitPj: 27,
  keterangan: 28,
} as const;

export const LAST_COL = COL.keterangan;

/** Offset of the Rp column from the K column of a numbered group. */
export type Measure = 'k' | 'rp';

export function col(kColumn: number, measure: Measure): number {
  return measure === 'k' ? kColumn : kColumn + 1;
}

export function quarterCol(tw: Triwulan, measure: Measure): number {
  return col(COL.tw1 + 2 * (tw - 1), measure);
}

/**
 * (12): the quarters by jenis; empty while none is filled. Quarters that are increments of a
 * level (`increments`) are summed, as the form that wrote them does.
 */
export function tahunIniOf(jenis: Akumulasi, quarters: Expr[], increments = false): Expr {
  const byJenis: Record<Akumulasi, () => Expr> = {
    kumulatif: () => sum(...quarters),
    'rata-rata': () => div(sum(...quarters), count(...quarters)),
    // The last filled quarter: nested IFs, which every engine evaluates alike.
    'nilai-akhir': () =>
      quarters.slice(1).reduce((earlier, cell) => iff(isNumber(cell), cell, earlier), quarters[0]),
  };
  return iff(eq(count(...quarters), num(0)), EMPTY, byJenis[increments ? 'kumulatif' : jenis]());
}

/** (13) = (6) + (12) for kumulatif; a level to date is this year's, else last year's. */
export function sdTahunIniOf(jenis: Akumulasi, lalu: Expr, tahunIni: Expr): Expr {
  if (jenis === 'kumulatif')
    return iff(eq(count(lalu, tahunIni), num(0)), EMPTY, sum(lalu, tahunIni));
  return iff(isNumber(tahunIni), tahunIni, iff(isNumber(lalu), lalu, EMPTY));
}

/**
 * (14) = (13) / (5) × 100, or for arah turun (2 × (5) − (13)) / (5) × 100 (DOMAIN §3); empty
 * without either and where (5) is 0: no #DIV/0! to spread into the rata-rata, no text in a
 * column of numbers (the plan's note names the row instead).
 */
export function capaianOf(sdTahunIni: Expr, renstra: Expr, arah: Arah = 'naik'): Expr {
  const realisasi = arah === 'turun' ? sub(mul(num(2), renstra), sdTahunIni) : sdTahunIni;
  return iff(
    or(not(isNumber(sdTahunIni)), not(isNumber(renstra))),
    EMPTY,
    iff(eq(renstra, num(0)), EMPTY, mul(div(realisasi, renstra), num(100))),
  );
}

/** The mean of the (14) cells that hold a number; empty when none does. */
export function rataRataOf(column: Expr): Expr {
  return iff(eq(count(column), num(0)), EMPTY, average(column));
}
