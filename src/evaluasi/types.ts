/** What the generator plans before it lays out the sheet: the pane previews this. */
import type { Arah } from '../core/capaian';
import type { ScaleName } from '../core/predikat';
import type { TargetReading } from '../workbook/cells';
import type { Signature } from '../facts/signature';

import type { IndicatorType } from '../facts/penghitungan';
export { INDICATOR_TYPES, INPUT_COUNT, type IndicatorType } from '../facts/penghitungan';

/** A cell of the workbook the plan took something from (1-based, as in Excel). */
import type { CellRef } from '../workbook/model';
export type { CellRef };

/** How the Target formula reads the workbook's cell (NUMBERVALUE for text). */
export type { TargetReading } from '../workbook/cells';

export interface EvaluasiTarget {
  /** Target in the indicator's units (percent units for percentages); null when unknown. */
  value: number | null;
  /** The cell the Target formula refers to; absent when the target is written as a constant. */
  ref?: CellRef;
  reading?: TargetReading;
}

export interface EvaluasiRow {
  /** Stable key of the indicator (its normalised name): the key of the per-row overrides. */
  id: string;
  indicator: string;
  /** Tujuan or sasaran the indicator belongs to; empty when the workbook does not say. */
  sasaran: string;
  satuan?: string;
  type: IndicatorType;
  /** Why this type: chosen by the user, read from the penghitungan, the formulasi, or the name. */
  typeFrom: 'pilihan' | 'penghitungan' | 'formulasi' | 'nama';
  arah: Arah;
  arahFrom: 'pilihan' | 'workbook' | 'bawaan';
  formulasi: string;
  formulasiFromWorkbook: boolean;
  /**
   * The input cells, INPUT_COUNT[type] of them: [pembilang, penyebut], [TW I … TW IV] or
   * [value]; null where nothing is known (the sheet marks those cells for the staff to fill).
   */
  inputs: (number | null)[];
  inputsFrom: 'penghitungan' | 'ikm-triwulan' | 'realisasi' | null;
  /**
   * The realisasi the workbook states, when no input is known: Hasil shows it until the staff
   * fill the inputs, so the row is not left without a result (the plan notes it).
   */
  hasilFallback?: number;
  /** Where a formula reads that realisasi (the IKM cell of a processing table); else a constant. */
  hasilFallbackRef?: { ref: CellRef; reading: TargetReading };
  target: EvaluasiTarget;
  /** What the workbook states, for the preview: its realisasi and its penghitungan's result. */
  stated: { realisasi?: number; hasil?: number; penghitungan?: string };
  /** The indicator's cell in the table it was first found in. */
  source: CellRef;
}

/** The signature block under the sheet, copied from the workbook's. */
export type { Signature } from '../facts/signature';

export interface EvaluasiPlan {
  year: number;
  /** `KECAMATAN KLAKAH`, from a title in the workbook, when one names the unit. */
  unit?: string;
  scale: ScaleName;
  rows: EvaluasiRow[];
  signature: Signature;
  /** Things the user should know (Bahasa Indonesia): an invalid NIP left out, a target not found. */
  notes: string[];
}

export interface PlanOptions {
  /** Predikat scale; default: the one the workbook's predikat labels use, else LKJ. */
  skala?: ScaleName;
  /** Per-indicator type chosen in the pane, by EvaluasiRow.id. */
  types?: Record<string, IndicatorType>;
  /** Per-indicator arah chosen in the pane, by EvaluasiRow.id. */
  arah?: Record<string, Arah>;
}
