/** The SKM generator's plan: the survey's answers as the processing sheet's formulas will read them. */
import type { BobotSkm, MutuSkm } from '../core/skm';
import type { SurveyAnswer } from '../facts/skm';
import type { Cell } from '../workbook/model';

/** The weight the user chose: the regulation's, or the 0,111 many units use (SKM.md §5). */
export type BobotPilihan = '1/9' | '0,111';
export const BOBOT_PILIHAN: readonly BobotPilihan[] = ['1/9', '0,111'];

export interface SkmOptions {
  bobot?: BobotPilihan;
  /** The population N the Krejcie–Morgan minimum is read for, over the one a sheet states. */
  populasi?: number;
}

export type CellValue = Cell['value'];

/**
 * One unsur with what SUM and COUNT make of its answer cells: every number counts (0, 5 and 3,5
 * too, listed in `tidakSah` for the notes), text and blanks do not.
 */
export interface SkmUnsur {
  nomor: number;
  nama: string;
  header: string;
  col: number;
  answers: SurveyAnswer[];
  jumlah: number;
  terisi: number;
  /** Σ / terisi; undefined without a number to divide by. */
  nrr?: number;
  konversi?: number;
  mutu?: MutuSkm;
  /** Numbers outside 1–4, and filled cells that hold no number. */
  tidakSah: SurveyAnswer[];
  teks: SurveyAnswer[];
}

/** A respondent characteristic (Jenis Kelamin …) with its values, counted by COUNTIF. */
export interface SkmProfile {
  label: string;
  header: string;
  col: number;
  values: CellValue[];
  categories: { value: string | number; count: number }[];
  /** Values COUNTIF would read as a pattern (`*`, `<`), left to the remainder row. */
  skipped: string[];
}

/** A column splitting the result (Jenis Layanan, Triwulan), with its values in order of appearance. */
export interface SkmSplit {
  label: string;
  header: string;
  col: number;
  values: CellValue[];
  keys: (string | number)[];
}

export interface SkmSurveyPlan {
  sheet: string;
  firstRow: number;
  lastRow: number;
  respondents: number;
  order: 'kuesioner' | 'ruang-lingkup';
  unsur: SkmUnsur[];
  bobot: BobotSkm;
  /** The other convention, whose IKM the sheet shows where its mutu letter differs. */
  other: BobotSkm;
  ikm?: number;
  mutu?: MutuSkm;
  ikmOther?: number;
  mutuOther?: MutuSkm;
  /** Unsur indexes from the lowest NRR (ties in unsur order). */
  ranking: number[];
  profiles: SkmProfile[];
  splits: SkmSplit[];
  population?: { value: number; source: string };
  sampelMinimum?: number;
}

export interface SkmPlan {
  /** Undefined without a survey: nothing to title. */
  year?: number;
  unit?: string;
  /** The survey processed; undefined when the workbook has no raw answers. */
  survey?: SkmSurveyPlan;
  /** Why no sheet is made, when none is. */
  missing?: string;
  notes: string[];
}
