/**
 * Raw SKM answer sheets as real .xlsx files (the layout of SKM.md §3: profile columns, U1 … U9,
 * Saran), in either unsur order and with the headers written three ways.
 */
import { Workbook } from 'exceljs';
import { UNSUR_SKM } from '../../src/core/skm';

export interface Respondent {
  jenisKelamin: 'L' | 'P';
  pendidikan: string;
  pekerjaan: string;
  layanan: string;
  /** Answers in the kuesioner order U1 … U9; null is a blank, a string is typed as text. */
  answers: (number | string | null)[];
}

export interface SurveySheet {
  sheetName?: string;
  /** Title line above the header (`DATA SURVEI … TAHUN 2024`), when given. */
  title?: string;
  /** Column order of the unsur: the kuesioner's, or the regulation's (8 and 9 swapped). */
  order?: 'kuesioner' | 'ruang-lingkup';
  /** `U1 (Persyaratan)`, `Persyaratan`, or `U1` alone (numbers follow the column order). */
  headers?: 'nomor-nama' | 'nama' | 'nomor';
  respondents: Respondent[];
  /** Numbered rows with no answers after the respondents (a template's empty rows). */
  trailingEmpty?: number;
  /** Without a Jenis Layanan column. */
  withoutLayanan?: boolean;
  /** A `Triwulan` column holding these labels, respondent by respondent (cycled). */
  triwulan?: string[];
  /** An `Info_Umum` sheet stating `Jumlah Populasi Penerima Layanan (N)`. */
  population?: number;
  /** Rows of other sheets, written before the survey sheet. */
  otherSheets?: { name: string; rows: (string | number | null)[][] }[];
}

/** Unsur numbers (kuesioner order) in the order their columns stand. */
export function columnOrder(order: SurveySheet['order'] = 'kuesioner'): number[] {
  return order === 'kuesioner' ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [1, 2, 3, 4, 5, 6, 7, 9, 8];
}

const SHORT = ['', 'Persyaratan', 'Prosedur', 'Waktu', 'Biaya', 'Produk', 'Kompetensi', 'Perilaku'];

function unsurHeader(nomor: number, position: number, headers: SurveySheet['headers']): string {
  const name = UNSUR_SKM[nomor - 1].nama;
  if (headers === 'nama') return name;
  // Without names a column is read by its number: the number of its position.
  if (headers === 'nomor') return `U${position}`;
  return `U${position} (${SHORT[nomor] ?? name})`;
}

/** Where the survey sheet puts things, for the tests' expectations (1-based). */
export interface SurveyLayout {
  sheetName: string;
  headerRow: number;
  firstRow: number;
  /** Column of each unsur, by kuesioner number (index 0 unused). */
  unsurCol: number[];
  layananCol?: number;
  triwulanCol?: number;
}

export function surveyLayout(spec: SurveySheet): SurveyLayout {
  const headerRow = spec.title ? 3 : 1;
  const profile = spec.withoutLayanan ? 4 : 5;
  const unsurCol = [0];
  columnOrder(spec.order).forEach((nomor, position) => (unsurCol[nomor] = profile + 1 + position));
  const layout: SurveyLayout = {
    sheetName: spec.sheetName ?? 'Data_Survei_Mentah',
    headerRow,
    firstRow: headerRow + 1,
    unsurCol,
  };
  if (!spec.withoutLayanan) layout.layananCol = 5;
  if (spec.triwulan) layout.triwulanCol = profile + 11;
  return layout;
}

export async function surveyWorkbook(spec: SurveySheet): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const other of spec.otherSheets ?? []) workbook.addWorksheet(other.name).addRows(other.rows);
  const layout = surveyLayout(spec);
  const sheet = workbook.addWorksheet(layout.sheetName);
  if (spec.title) sheet.getCell(1, 1).value = spec.title;
  const order = columnOrder(spec.order);
  const header = [
    'No',
    'Jenis Kelamin (L/P)',
    'Pendidikan Terakhir',
    'Pekerjaan',
    ...(spec.withoutLayanan ? [] : ['Jenis Layanan']),
    ...order.map((nomor, i) => unsurHeader(nomor, i + 1, spec.headers ?? 'nomor-nama')),
    'Saran / Masukan',
    ...(spec.triwulan ? ['Triwulan'] : []),
  ];
  sheet.getRow(layout.headerRow).values = header;
  spec.respondents.forEach((respondent, i) => {
    const row = layout.firstRow + i;
    sheet.getCell(row, 1).value = i + 1;
    sheet.getCell(row, 2).value = respondent.jenisKelamin;
    sheet.getCell(row, 3).value = respondent.pendidikan;
    sheet.getCell(row, 4).value = respondent.pekerjaan;
    if (layout.layananCol) sheet.getCell(row, layout.layananCol).value = respondent.layanan;
    for (let nomor = 1; nomor <= 9; nomor++) {
      const answer = respondent.answers[nomor - 1];
      if (answer !== null) sheet.getCell(row, layout.unsurCol[nomor]).value = answer;
    }
    if (spec.triwulan && layout.triwulanCol) {
      sheet.getCell(row, layout.triwulanCol).value = spec.triwulan[i % spec.triwulan.length];
    }
  });
  for (let extra = 0; extra < (spec.trailingEmpty ?? 0); extra++) {
    sheet.getCell(layout.firstRow + spec.respondents.length + extra, 1).value =
      spec.respondents.length + extra + 1;
  }
  if (spec.population !== undefined) {
    const info = workbook.addWorksheet('Info_Umum');
    info.addRows([
      ['Parameter', 'Isi Data'],
      ['Nama Dinas/Badan', 'Kecamatan Contoh'],
      ['Jumlah Populasi Penerima Layanan (N)', spec.population],
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Respondents whose per-unsur sums are `sums` over `count` respondents, every answer filled
 * (the worked example of SKM.md §5: 29 respondents, Σ 105, 101, 100, 116, 102, 105, 106, 105, 115).
 */
export function respondentsWithSums(count: number, sums: readonly number[]): Respondent[] {
  const answers = sums.map((sum) => spread(sum, count));
  return Array.from({ length: count }, (_, i) => ({
    jenisKelamin: i % 3 === 0 ? 'P' : 'L',
    pendidikan: ['SMA', 'S1', 'SMP'][i % 3],
    pekerjaan: ['Swasta', 'PNS', 'Wirausaha', 'Lainnya'][i % 4],
    layanan: i % 2 === 0 ? 'KTP' : 'Akta',
    answers: answers.map((column) => column[i]),
  }));
}

/** `count` answers 1–4 adding up to `sum` (as even as whole numbers allow). */
function spread(sum: number, count: number): number[] {
  if (sum < count || sum > 4 * count)
    throw new Error(`Σ ${sum} tidak mungkin dari ${count} jawaban`);
  const base = Math.floor(sum / count);
  const extra = sum - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}
