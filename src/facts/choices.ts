/** What the user settles where the workbook is silent or ambiguous: every reader takes the same. */
import type { Akumulasi } from '../core/akumulasi';
import type { Arah } from '../core/capaian';
import type { ScaleName } from '../core/predikat';
import type { IndicatorType } from './penghitungan';

export interface FactChoices {
  /** Predikat scale for every table; by default recognised from the workbook's labels. */
  skala?: ScaleName;
  /**
   * Extra absolute tolerance, in percentage points, for a stated number against the one it is
   * recomputed as; default 0.
   */
  toleransi?: number;
  /** Jenis per indicator (its name or key): how quarters make the year. */
  jenis?: Readonly<Record<string, Akumulasi>>;
  /** How an indicator's result is computed from its components, per indicator key. */
  rumus?: Readonly<Record<string, IndicatorType>>;
  /** Arah per indicator key, over an Arah / Polaritas column. */
  arah?: Readonly<Record<string, Arah>>;
  /** The report year, where the workbook states none or the user wants another. */
  tahun?: number;
}
