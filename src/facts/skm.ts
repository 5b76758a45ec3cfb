/**
 * The survey's raw answers (SKM.md §3), answered once for the SKM generator and its checks: per
 * table of kind `skm`, the respondent rows, the nine unsur columns in the kuesioner order with
 * every answer cell as read, the profile columns and the columns that split the result (Jenis
 * Layanan, Triwulan / Periode); and the population an info sheet states (`Jumlah Populasi`).
 */
import { UNSUR_SKM } from '../core/skm';
import type { ModelReader } from '../workbook/cells';
import { SURVEY_ROLES } from '../workbook/detect-rules/roles/survey-columns';
import type { CellRef, WorkbookModel } from '../workbook/model';
import type { ColumnRole, DetectedTable } from '../workbook/table-types';

/** A profile or split column of the survey. */
export interface SurveyColumn {
  role: ColumnRole;
  col: number;
  header: string;
}

/**
 * One answer cell as read, never corrected: `value` is the number the cell holds (0, 5 or 3,5
 * too: the checks report them), null when it holds none; `text` is what a filled cell holds that
 * is no number (`4` typed as text, `-`, an error value). A blank has neither.
 */
export interface SurveyAnswer {
  row: number;
  value: number | null;
  text?: string;
}

export interface SurveyUnsur {
  /** Number in the kuesioner order (U1 … U9), whatever the column's position. */
  nomor: number;
  nama: string;
  col: number;
  header: string;
  /** One per respondent row, in row order. */
  answers: SurveyAnswer[];
}

/** A row under the respondents that sums them up (`Jumlah`, `NRR / Unsur`, `IKM`). */
export interface SurveySummaryRow {
  row: number;
  label: string;
}

export interface SurveyAnswers {
  table: DetectedTable;
  sheet: string;
  /** Respondent rows, top to bottom. */
  rows: number[];
  /** The nine unsur in the kuesioner order (U1 … U9). */
  unsur: SurveyUnsur[];
  /** `kuesioner` when Sarana (U8) stands left of Pengaduan (U9), else `ruang-lingkup` (SKM.md §2). */
  order: 'kuesioner' | 'ruang-lingkup';
  /** No, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, Jenis Layanan, Tanggal, Saran, as found. */
  profile: SurveyColumn[];
  /** Columns whose values split the result: Jenis Layanan, then Triwulan / Periode. */
  splits: SurveyColumn[];
  /** Rows under the respondents that sum them up: not respondents. */
  summaryRows: SurveySummaryRow[];
  /** Trailing rows without a single answer (a numbered template's empty rows): not respondents. */
  emptyRows: number[];
}

/** No and the survey's roles other than its unsur, in the order the profile lists them. */
const PROFILE_ROLES: readonly ColumnRole[] = [
  'no',
  ...[...SURVEY_ROLES].filter((role) => role !== 'unsur-skm'),
];
const SPLIT_ROLES: readonly ColumnRole[] = ['jenis-layanan', 'periode'];

/** The label, in the table's first column, of a row that sums the respondents up. */
const SUMMARY_LABEL =
  /^\s*(?:[σ∑Σ]|jumlah|total|nrr|rata|nilai|ikm|mutu|kinerja|bobot|keterangan|skm)/i;

/** Every raw-answers table of the workbook, read. */
export function surveysOf(reader: ModelReader, tables: readonly DetectedTable[]): SurveyAnswers[] {
  return tables.filter((table) => table.kind === 'skm').map((table) => readSurvey(reader, table));
}

function readSurvey(reader: ModelReader, table: DetectedTable): SurveyAnswers {
  const sheet = reader.sheet(table.sheet);
  if (!sheet) throw new Error(`Lembar tidak ditemukan: ${table.sheet}`);
  const unsurColumns = UNSUR_SKM.map((unsur) => {
    const column = table.columns.find((candidate) => candidate.unsur === unsur.nomor);
    if (!column) throw new Error(`Tabel SKM tanpa kolom U${unsur.nomor}`);
    return { unsur, column };
  });
  // Sums are labelled in the table's first column (often merged across the profile columns);
  // a Saran that reads "Nilai …" is an answer, not a label.
  const labelCol = table.range.left;
  const answerOf = (row: number, col: number): SurveyAnswer => {
    const cell = sheet.getCell(row, col);
    if (cell?.error !== undefined) return { row, value: null, text: cell.error };
    const value = cell?.value ?? null;
    if (typeof value === 'number') return { row, value };
    if (value === null || (typeof value === 'string' && value.trim() === '')) {
      return { row, value: null };
    }
    return { row, value: null, text: String(value) };
  };
  const answered = (row: number) =>
    unsurColumns.some(({ column }) => {
      const answer = answerOf(row, column.col);
      return answer.value !== null || answer.text !== undefined;
    });

  const summaryRows: SurveySummaryRow[] = [];
  let rows: number[] = [];
  for (const row of table.dataRows) {
    const label = reader.textAt(sheet, row, labelCol);
    // Once the sums begin, every row after them is theirs (NRR, NRR tertimbang, IKM …).
    if (SUMMARY_LABEL.test(label) || summaryRows.length > 0) summaryRows.push({ row, label });
    else rows.push(row);
  }
  let lastAnswered = rows.length - 1;
  while (lastAnswered >= 0 && !answered(rows[lastAnswered])) lastAnswered--;
  const emptyRows = rows.slice(lastAnswered + 1);
  rows = rows.slice(0, lastAnswered + 1);

  const columnsWith = (roles: readonly ColumnRole[]) =>
    roles.flatMap((role) => {
      const column = table.columns.find((candidate) => candidate.role === role);
      return column ? [{ role, col: column.col, header: column.header }] : [];
    });
  const col = (nomor: number) => unsurColumns[nomor - 1].column.col;
  return {
    table,
    sheet: table.sheet,
    rows,
    unsur: unsurColumns.map(({ unsur, column }) => ({
      nomor: unsur.nomor,
      nama: unsur.nama,
      col: column.col,
      header: column.header,
      answers: rows.map((row) => answerOf(row, column.col)),
    })),
    order: col(8) < col(9) ? 'kuesioner' : 'ruang-lingkup',
    profile: columnsWith(PROFILE_ROLES),
    splits: columnsWith(SPLIT_ROLES),
    summaryRows,
    emptyRows,
  };
}

/** The survey's population as a sheet states it. */
export interface StatedPopulation {
  value: number;
  cell: CellRef;
}

const POPULATION_LABEL = /^\s*jumlah\s+populasi\b/i;
/**
 * What may follow `Jumlah Populasi` in a survey's label: nothing, or the service's users
 * (`Penerima Layanan (N)`, `Pengguna Layanan`, `Responden`). `Jumlah populasi ternak` or
 * `… penduduk` on an indicator row is another population, never the survey's N.
 */
const SURVEY_POPULATION_REST =
  /^[\s:()n.-]*$|penerima|pengguna|layanan|responden|pelanggan|pemohon/i;

/** Whether the text labels a survey's population (`Jumlah Populasi Penerima Layanan (N)`). */
export function isSurveyPopulationLabel(text: string): boolean {
  const label = POPULATION_LABEL.exec(text);
  return label !== null && SURVEY_POPULATION_REST.test(text.slice(label[0].length));
}
/** Cells right of the label searched for its number (`Parameter | Isi Data`, a colon between). */
const POPULATION_REACH = 3;

/**
 * `Jumlah Populasi Penerima Layanan (N) | 1.250`: the first whole number right of the label, on
 * the first sheet that states one; undefined where none does.
 */
export function statedPopulation(
  reader: ModelReader,
  model: WorkbookModel,
): StatedPopulation | undefined {
  for (const sheet of model.sheets) {
    let found: StatedPopulation | undefined;
    sheet.forEachCell((row, col, cell) => {
      if (found || typeof cell.value !== 'string' || !isSurveyPopulationLabel(cell.value)) return;
      for (let right = col + 1; right <= col + POPULATION_REACH && !found; right++) {
        const value = reader.numberAt(sheet, row, right).value;
        if (value !== null && Number.isInteger(value) && value >= 1) {
          found = { value, cell: { sheet: sheet.name, row, col: right } };
        }
      }
    });
    if (found) return found;
  }
  return undefined;
}
