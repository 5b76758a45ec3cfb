/** What the BAB III tables generator plans before it lays out the sheet: the pane previews this. */
import type { Arah } from '../core/capaian';
import type { ScaleName } from '../core/predikat';
import type { CellLinkValue } from '../facts/links';

/**
 * The tables of LKj BAB III (PermenPAN-RB 53/2014), numbered as the sheet titles them: 1–7 are
 * the seed report's Tabel 3.1–3.7; 8 compares earlier years (the report's unnumbered second
 * "Tabel 3.2"), 9 is the realisasi anggaran of its section 3.2.
 */
export type TabelId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const TABEL_IDS: readonly TabelId[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Where an indicator belongs: a program's (a row naming its program, or a table headed
 * "… Program"), else the unit's tujuan / sasaran.
 */
export type Tingkat = 'tujuan-sasaran' | 'program';

/** The group of table 3.3: a Renstra table's section row says TUJUAN or SASARAN, else unknown. */
export type Kelompok = 'tujuan' | 'sasaran' | 'program' | 'tidak-diketahui';

/** A number the sheet links to (a formula over the workbook's cell) or writes as a constant. */
export type SourceValue = CellLinkValue;

/** One indicator's row, shared by the tables that list indicators. */
export interface TabelIndicator {
  id: string;
  indicator: string;
  /** The tujuan / sasaran (of a program indicator: the sasaran program) written over it. */
  sasaran: string;
  tingkat: Tingkat;
  /** The program a program indicator's row names; '' where none does. */
  program: string;
  /** Its program column is headed "Program/Kegiatan": `program` may name a kegiatan. */
  kegiatan?: boolean;
  kelompok: Kelompok;
  satuan?: string;
  arah: Arah;
  /** Target of the report year (PK, sesudah perubahan first). */
  target: SourceValue;
  /** Realisasi of the report year. */
  realisasi: SourceValue;
  /** Target and realisasi per earlier year the workbook holds (by year; missing years absent). */
  history: Record<number, { target: SourceValue; realisasi: SourceValue }>;
  /** Target at the end of the Renstra period; value null (a yellow input) when not stated. */
  renstra: SourceValue;
}

/** Table 4: another unit's realisasi, per indicator id (a missing one is a yellow input). */
export interface PembandingColumn {
  unit: string;
  values: Record<string, SourceValue>;
}

/** Table 6: capaian kinerja against serapan anggaran, per sasaran or program. */
export interface EfisiensiRow {
  sasaran: string;
  program: string;
  indicator: string;
  /**
   * Capaian kinerja: computed from the indicator's target and realisasi (as table 1 does) when
   * the row names a known indicator; else the workbook's stated cell.
   */
  kinerja: { indicatorId: string } | SourceValue;
  /**
   * Serapan anggaran (%) as the workbook's efisiensi table states it; where the workbook has no
   * such table, computed from the program's pagu and realisasi in the budget table.
   */
  serapan: SourceValue | { pagu: Amount; realisasi: Amount };
}

/** An amount of the budget: the cells whose sum it is (one, or one per kelompok belanja). */
export type Amount = SourceValue[];

/** Table 9: one line of the budget, its amounts as the workbook states them. */
export interface AnggaranRow {
  /** The line's own code, whole. */
  kode: string;
  label: string;
  /** The indicator the budget table writes on the line's row; '' where none. */
  indikator: string;
  /** 0 for a program (a root), 1 for its kegiatan, … */
  level: number;
  pagu: Amount;
  realisasi: Amount;
  /** Indexes into TabelPlan.anggaran of its parts (empty for a leaf, or where not certain). */
  children: number[];
  /** Its parts add up to other amounts than it states: the table shows their sum below it. */
  partsDiffer: boolean;
}

/** Table 9's JUMLAH, the sum of its programs, against what the workbook states. */
export interface AnggaranJumlah {
  /** The programs' parts add up to other amounts than the programs state. */
  partsDiffer: boolean;
  /** The workbook's own total row (`'Anggaran'!E59`), where it is not the sum of the programs. */
  stated?: { cell: string; pagu: Amount; realisasi: Amount };
}

export interface TabelSection {
  id: TabelId;
  /** `Tabel 3.1 Capaian Kinerja Tahun 2023`. */
  title: string;
  /** False when the workbook has nothing for it: the sheet leaves it out. */
  hasData: boolean;
  /** Why it has no data, for the pane (Bahasa Indonesia). */
  reason?: string;
  /**
   * Header and rows as the pane previews them (values formatted the Indonesian way): every row,
   * or the first `TabelOptions.previewRows`.
   */
  preview: { header: string[]; rows: string[][] };
  /** The table's rows, where the preview holds fewer of them. */
  rowCount?: number;
}

export interface TabelPlan {
  year: number;
  unit?: string;
  scale: ScaleName;
  indicators: TabelIndicator[];
  /** Years of table 8, oldest first, the report year last. */
  years: number[];
  /** Other units' realisasi the workbook compares with (table 4), its own unit's left out. */
  pembanding: PembandingColumn[];
  efisiensi: EfisiensiRow[];
  anggaran: AnggaranRow[];
  anggaranJumlah: AnggaranJumlah;
  sections: TabelSection[];
  /** Per table, where its numbers come from and what is left to fill (Bahasa Indonesia). */
  notes: string[];
}

export interface TabelOptions {
  /** The tables to write; default all that have data. */
  tabel?: readonly TabelId[];
  /** Rows of each table the plan's preview holds (the pane shows a few); default all. */
  previewRows?: number;
}
