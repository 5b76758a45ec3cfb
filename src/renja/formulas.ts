/**
 * The form's columns and its native Excel formulas (`,` separators, English names, no add-in
 * function), so it computes in Excel without the add-in and in LibreOffice. They mirror
 * compute.ts. Blank and text cells count as not filled (COUNT, ISNUMBER), as in core.
 */
import type { Akumulasi } from '../core/akumulasi';
import { toA1 } from '../workbook/model';
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

function quarterCells(row: number, measure: Measure): string[] {
  return ([1, 2, 3, 4] as const).map((tw) => toA1(row, quarterCol(tw, measure)));
}

/** (12): the quarters by jenis; empty while none is filled. */
export function tahunIniFormula(jenis: Akumulasi, row: number, measure: Measure): string {
  const cells = quarterCells(row, measure);
  const list = cells.join(',');
  let value: string;
  switch (jenis) {
    case 'kumulatif':
      value = `SUM(${list})`;
      break;
    case 'rata-rata':
      value = `SUM(${list})/COUNT(${list})`;
      break;
    case 'nilai-akhir':
      // The last filled quarter: nested IFs, which every engine evaluates alike.
      value = cells
        .slice(1)
        .reduce((earlier, cell) => `IF(ISNUMBER(${cell}),${cell},${earlier})`, cells[0]);
      break;
  }
  return `IF(COUNT(${list})=0,"",${value})`;
}

/** (13) = (6) + (12) for kumulatif; a level to date is this year's, else last year's. */
export function sdTahunIniFormula(jenis: Akumulasi, row: number, measure: Measure): string {
  const lalu = toA1(row, col(COL.lalu, measure));
  const tahunIni = toA1(row, col(COL.tahunIni, measure));
  if (jenis === 'kumulatif') return `IF(COUNT(${lalu},${tahunIni})=0,"",SUM(${lalu},${tahunIni}))`;
  return `IF(ISNUMBER(${tahunIni}),${tahunIni},IF(ISNUMBER(${lalu}),${lalu},""))`;
}

/**
 * (14) = (13) / (5) × 100; empty without either and where (5) is 0: no #DIV/0! to spread into the
 * rata-rata, no text in a column of numbers (the plan's note names the row instead).
 */
export function capaianFormula(row: number, measure: Measure): string {
  const sd = toA1(row, col(COL.sdTahunIni, measure));
  const renstra = toA1(row, col(COL.renstra, measure));
  return (
    `IF(OR(NOT(ISNUMBER(${sd})),NOT(ISNUMBER(${renstra}))),"",` +
    `IF(${renstra}=0,"",${sd}/${renstra}*100))`
  );
}

/** The mean of the (14) cells that hold a number; empty when none does. */
export function rataRataFormula(top: number, bottom: number, measure: Measure): string {
  const column = col(COL.capaian, measure);
  const range = `${toA1(top, column)}:${toA1(bottom, column)}`;
  return `IF(COUNT(${range})=0,"",AVERAGE(${range}))`;
}
