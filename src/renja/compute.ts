/**
 * The values the form's formulas must give, computed by core: cached in the written file and
 * shown in the pane's preview. Mirrors formulas.ts cell by cell: nothing filled gives an empty
 * result; so does a target of 0 (the plan names those rows in a note).
 */
import { akumulasiTahun, type Akumulasi } from '../core/akumulasi';
import type { ScaleName } from '../core/predikat';
import { predikatValue } from '../sheetgen/predikat-formula';
import type { RenjaMeasure, RenjaPlan, RenjaRow } from './types';

/** A number, or '' for an empty result. */
export type Result = number | string;

/** The Renja form's scale: Permendagri 86/2017. */
export const RENJA_SCALE: ScaleName = 'P86';

export interface MeasureResults {
  /** (12) Realisasi capaian Renja tahun berjalan. */
  tahunIni: Result;
  /** (13) Realisasi Renstra s.d. tahun berjalan. */
  sdTahunIni: Result;
  /** (14) Tingkat capaian Renstra (%). */
  capaian: Result;
}

export function measureResults(measure: RenjaMeasure, jenis: Akumulasi): MeasureResults {
  const filled = measure.quarters.some((value) => value !== undefined);
  const tahun = filled ? akumulasiTahun(measure.quarters, jenis) : undefined;
  const { lalu } = measure;
  let sdTahunIni: number | undefined;
  if (jenis === 'kumulatif') {
    sdTahunIni = lalu === undefined && tahun === undefined ? undefined : (lalu ?? 0) + (tahun ?? 0);
  } else {
    // A level (a percentage, an index, a mean) to date is this year's, not added to last year's.
    sdTahunIni = tahun ?? lalu;
  }
  let capaian: Result = '';
  if (sdTahunIni !== undefined && measure.renstra !== undefined) {
    capaian = measure.renstra === 0 ? '' : (sdTahunIni / measure.renstra) * 100;
  }
  return { tahunIni: tahun ?? '', sdTahunIni: sdTahunIni ?? '', capaian };
}

export interface RowResults {
  k: MeasureResults;
  rp?: MeasureResults;
}

export function rowResults(row: RenjaRow): RowResults {
  const results: RowResults = { k: measureResults(row.k, row.jenis) };
  if (row.rp) results.rp = measureResults(row.rp, 'kumulatif');
  return results;
}

export interface FooterResults {
  /** Rata-rata capaian kinerja (%): the mean of the rows' (14) K; '' when none has one. */
  rataRataK: Result;
  /** The same over (14) Rp. */
  rataRataRp: Result;
  predikat: string;
}

function mean(values: Result[]): Result {
  const numbers = values.filter((value): value is number => typeof value === 'number');
  return numbers.length === 0 ? '' : numbers.reduce((sum, v) => sum + v, 0) / numbers.length;
}

export function footerResults(plan: RenjaPlan): FooterResults {
  const rows = plan.rows.map(rowResults);
  // Rows without an indicator (a program's budget row) have no K cells.
  const rataRataK = mean(
    plan.rows.flatMap((row, i) => (row.indicator === '' ? [] : [rows[i].k.capaian])),
  );
  return {
    rataRataK,
    rataRataRp: mean(rows.map((row) => row.rp?.capaian ?? '')),
    predikat: typeof rataRataK === 'number' ? predikatValue(rataRataK, RENJA_SCALE) : '',
  };
}
