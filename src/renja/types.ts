/** What the Renja generator plans before it lays out the form: the pane previews this. */
import type { Akumulasi } from '../core/akumulasi';
import type { Arah } from '../core/capaian';
import type { Signature } from '../facts/signature';

/** Triwulan I–IV. */
export type Triwulan = 1 | 2 | 3 | 4;

export const TRIWULAN: readonly Triwulan[] = [1, 2, 3, 4];

/** How the form's Jenis column, and the pane, name each jenis. */
export const JENIS_LABEL: Record<Akumulasi, string> = {
  kumulatif: 'Kumulatif',
  'nilai-akhir': 'Nilai akhir',
  'rata-rata': 'Rata-rata',
};

/** Where the add-in's notes begin in a Keterangan cell: read back, they are not the staff's. */
export const NOTE_PREFIX = 'Catatan add-in:';

/** One measure (K or Rp) of a row: the form's columns (5), (6), (7) and (8)–(11). */
export interface RenjaMeasure {
  /** (5) Target Renstra akhir periode. */
  renstra?: number;
  /** (6) Realisasi capaian Renstra s.d. Renja tahun lalu. */
  lalu?: number;
  /** (7) Target Renja tahun berjalan. */
  target?: number;
  /** (8)–(11) Realisasi triwulan I–IV; undefined where not filled. */
  quarters: (number | undefined)[];
  /** (12) as the source form states it (the column its equation sums the quarters into). */
  stated?: number;
}

export interface RenjaRow {
  /** Stable key (position and indicator name): the key of the per-row jenis overrides. */
  id: string;
  sasaran: string;
  /** Program / kegiatan / sub kegiatan written on this row; empty on its further indicator rows. */
  uraian: string;
  indicator: string;
  satuan: string;
  /** How the K quarters make the year; Rp is always summed. */
  jenis: Akumulasi;
  /** Chosen by the user, read from a Jenis column, recognised from name and satuan, or a guess. */
  jenisFrom: 'pilihan' | 'workbook' | 'nama' | 'tebakan';
  /** Whether a lower realisasi is better: (14) K then follows the lower-is-better rule. */
  arah: Arah;
  /** Chosen by the user, read from an Arah/Polaritas column, known by name, or the default. */
  arahFrom: 'pilihan' | 'workbook' | 'nama' | 'bawaan';
  /**
   * The source form's quarters of a nilai-akhir indicator are increments of its level (their sum
   * is the year's value the form states): (12) K adds them up as the form does.
   */
  increments?: boolean;
  /** What the add-in says of this row (Bahasa Indonesia), written in Keterangan (16). */
  notes: string[];
  k: RenjaMeasure;
  /** Present on rows that carry a budget (the program or kegiatan's own row). */
  rp?: RenjaMeasure;
  unitPj: string;
  keterangan: string;
}

export interface RenjaPlan {
  year: number;
  /** The quarter the form reports: TW I … TW n filled or open, later ones not yet. */
  tw: Triwulan;
  /** `BADAN PERENCANAAN …`, when the workbook names the unit. */
  unit?: string;
  rows: RenjaRow[];
  /**
   * The indicator and target list of the RKPD sasaran the source form states above its table
   * ("Indikator dan target kinerja … yang mengacu pada sasaran RKPD:", then `1. …`), carried over.
   */
  sasaranRkpd?: { heading: string; items: string[] };
  /** Where the rows came from: an existing E.81 form (its sheet), or the workbook's tables. */
  source: { kind: 'form'; sheet: string } | { kind: 'tabel' };
  /** The "Disusun" block (Kepala Perangkat Daerah), copied from one the workbook has. */
  signature: Signature;
  /** Things the user should know (Bahasa Indonesia). */
  notes: string[];
}

export interface RenjaOptions {
  /** The quarter to report; default: the one after the form's last filled quarter, else I. */
  tw?: Triwulan;
  /** Per-row jenis chosen by the user, by RenjaRow.id. */
  jenis?: Record<string, Akumulasi>;
}
