/**
 * What table detection (workbook/detect) produces: every recognised table with what each
 * column was taken to mean. Checks and the evaluasi generator work only on this and the model.
 */
import type { CellRange } from './model';

export type TableKind =
  | 'pk'
  | 'capaian'
  | 'multi-tahun'
  | 'anggaran'
  | 'efisiensi'
  | 'penghitungan'
  | 'perbandingan-pd'
  | 'sdm'
  | 'ikm-triwulan'
  | 'renja'
  /** Raw answers of the Survei Kepuasan Masyarakat: one row per respondent, nine unsur columns. */
  | 'skm'
  /** A processing table of the SKM built by hand (SKM.md §4): answers, Σ, NRR, NRR tertimbang, IKM. */
  | 'olah-skm';

export type ColumnRole =
  | 'no'
  | 'tujuan'
  | 'sasaran'
  | 'program'
  | 'indikator'
  | 'satuan'
  | 'arah'
  /** How quarters make the year (Jenis / Sifat / Tipe: Kumulatif, Nilai Akhir, Rata-rata). */
  | 'jenis'
  | 'target'
  | 'target-sebelum'
  | 'target-sesudah'
  | 'realisasi'
  | 'capaian'
  | 'predikat'
  | 'kode'
  | 'uraian'
  | 'pagu'
  | 'realisasi-anggaran'
  | 'serapan'
  | 'capaian-kinerja'
  | 'capaian-anggaran'
  | 'efisiensi'
  | 'formulasi'
  | 'penghitungan'
  | 'hasil'
  | 'realisasi-unit'
  | 'nama'
  | 'nip'
  | 'nama-nip'
  | 'pangkat'
  | 'golongan'
  | 'jabatan'
  | 'triwulan'
  /** A quarter's target or realisasi beside the annual one (`target_tw1`, `Realisasi TW II`). */
  | 'target-triwulan'
  | 'realisasi-triwulan'
  | 'ikm'
  | 'keterangan'
  /** One of the nine SKM unsur (its number in `unsur`); the survey's profile and split columns. */
  | 'unsur-skm'
  | 'jenis-kelamin'
  | 'usia'
  | 'pendidikan'
  | 'pekerjaan'
  | 'jenis-layanan'
  | 'tanggal'
  | 'saran'
  /** A plain `Triwulan` / `Periode` / `Semester` column of the survey, whose values split it. */
  | 'periode'
  | 'lain';

/** Columns whose cells are numbers (targets, realisasi, amounts, percentages …). */
export const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target',
  'target-sebelum',
  'target-sesudah',
  'realisasi',
  'capaian',
  'pagu',
  'realisasi-anggaran',
  'serapan',
  'capaian-kinerja',
  'capaian-anggaran',
  'efisiensi',
  'hasil',
  'realisasi-unit',
  'triwulan',
  'target-triwulan',
  'realisasi-triwulan',
  'ikm',
]);

export interface TableColumn {
  col: number;
  role: ColumnRole;
  /** Header text as shown (group and sub-header joined with ` / `). */
  header: string;
  /** The header parts above the column's own text (`Kelompok Belanja / Operasi`), when grouped. */
  group?: string;
  /** Year of a year group (`Tahun 2023` over Target | Realisasi). */
  year?: number;
  /** Unit name for `realisasi-unit` (Klakah, Kedungjajang …) or quarter label for `triwulan`,
   * `target-triwulan` and `realisasi-triwulan`. */
  unit?: string;
  /** Column number as written in the numbering row (`(5)` or `5`), when there is one. */
  number?: number;
  /** Measure kind in a Renja form: K (kinerja), Rp, or % when the unit row says so. */
  measure?: string;
  /** An SKM unsur column's number in the kuesioner order (U1 … U9, SKM.md §2). */
  unsur?: number;
}

/**
 * The rows of an SKM processing table (SKM.md §4) under its answer rows, each where its label
 * (`Σ Nilai / Unsur`, `NRR / Unsur`, `NRR Tertimbang / Unsur`, `IKM Unit Pelayanan`) stands.
 */
export interface SkmRows {
  /** The column of the row labels (left of the unsur columns). */
  labelCol: number;
  jumlah?: number;
  nrr: number;
  tertimbang?: number;
  /** Nilai konversi per unsur: NRR × 25. */
  konversi?: number;
  /** Mutu per unsur, from the conversion table on the konversi. */
  mutu?: number;
  ikm?: number;
}

/** A column equation from a numbering row: `7=5-6`, `15 = 14 / 6 x 100`. */
export interface ColumnEquation {
  /** The text as written in the cell. */
  text: string;
  /** The sheet column whose value the equation states. */
  resultCol: number;
  /** Right-hand side over sheet columns, in a small expression tree. */
  expression: EquationNode;
}

export type EquationNode =
  | { type: 'column'; col: number }
  | { type: 'number'; value: number }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: EquationNode; right: EquationNode };

/**
 * A summary row of a Renja form: the rata-rata row of a program (K columns the average of its
 * line rows, Rp columns their sum) or a percentage row under it (the rata-rata as a percentage
 * of its target).
 */
export type SummaryRow =
  | {
      row: number;
      role: 'rata-rata';
      /** The line rows it summarises; empty when none precede it (a rata-rata of all programs). */
      lines: number[];
      /** Rows of the same group above its program row, and that row: some forms sum them too. */
      parents: number[];
    }
  | {
      row: number;
      role: 'persen';
      /** Its rata-rata row. */
      base: number;
    };

/**
 * One decision of detection, for `lkj inspect --why`: which rule (by id) set a column's role or
 * the table's kind, and what it decided. In the order made; a later step overrides an earlier one.
 */
export interface DetectionStep {
  /** The table's kind, or a column's role (the sheet column). */
  target: 'table' | number;
  rule: string;
  detail: string;
}

export interface DetectedTable {
  kind: TableKind;
  sheet: string;
  /** Whole table: title-free header through its last data row. */
  range: CellRange;
  /** Rows forming the header (one or two, more in forms). */
  headerRows: number[];
  /** The row of column numbers `(1) (2) …`, when there is one. */
  numberingRow?: number;
  columns: TableColumn[];
  equations: ColumnEquation[];
  /** Data rows only: repeated headers, numbering, unit and section rows (`TUJUAN`, `NON ASN`) excluded. */
  dataRows: number[];
  /** Section rows inside the table (`TUJUAN`, `NON ASN`): they start a new group of rows. */
  sectionRows?: number[];
  /** A Renja form's summary rows (rata-rata and percentage rows), not among the data rows. */
  summaryRows?: SummaryRow[];
  /** A Renja form's predikat rows (`Predikat kinerja`), not among the data rows. */
  predikatRows?: number[];
  /** An SKM processing table's rows; its data rows are the respondents' answers. */
  skm?: SkmRows;
  /** Year the table is about, from its title or header (`Tahun 2023`), when stated. */
  year?: number;
  /** Title text found just above the header (`Tabel 3.1 Indikator …`), when there is one. */
  title?: string;
  /** Name of the Excel Table it came from, when it was one. */
  excelTable?: string;
  /** The rules that decided the columns' roles and the kind, in order. */
  why?: DetectionStep[];
}
