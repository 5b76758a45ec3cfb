/**
 * SKM processing tables as staff build them by hand (SKM.md §4), written as real .xlsx with
 * ExcelJS for tests that go through the real reader. The numbers are worked out here from the
 * answers the way a sheet's own formulas would, with the slips a test asks for.
 */
import { Workbook } from 'exceljs';

/** The worked example of SKM.md §5 (GASPUL): 29 respondents, Σ per unsur. */
export const SUMS_GASPUL = [105, 101, 100, 116, 102, 105, 106, 105, 115];
export const RESPONDENTS_GASPUL = 29;

export type Answer = number | string | null;

/** 29 answers per unsur adding up to each Σ: the fours first, then threes. */
export function answersFor(sums: readonly number[], respondents: number): Answer[][] {
  return Array.from({ length: respondents }, (_, r) =>
    sums.map((sum) => (r < sum - 3 * respondents ? 4 : 3)),
  );
}

export interface OlahSpec {
  /** Rows of answers (one per respondent); none for a table of stated NRR only. */
  answers?: Answer[][];
  /** The NRR stated when there are no answers. */
  nrr?: number[];
  /** Headers of the unsur columns; U1 … U9 by default. */
  headers?: string[];
  /** Keterangan text naming the weight, e.g. `NRR tertimbang per unsur = NRR per unsur x 0,111`. */
  keterangan?: string;
  /** The weight the NRR tertimbang cells apply (to the NRR rounded to 4 decimals). */
  applied: number;
  /** Divide Σ by every respondent, blanks included (the slip of public apps). */
  divideByAll?: boolean;
  /** IKM as stated; the sheet's own Σ NRR tertimbang × 25 (2 dp) when left out. */
  ikm?: number;
  mutu?: string;
  kinerja?: string;
  populasi?: number;
  /** Write the side table `NO | UNSUR PELAYANAN | NILAI RATA-RATA` in M3:O12 (the NRR shown). */
  side?: boolean;
  /** Rows of a sheet `Karakteristik` (the report's respondent characteristics), from A1. */
  profil?: (string | number | null)[][];
  /** Overrides of single cells, by A1 address, after everything is written. */
  cells?: Record<string, string | number | null>;
}

const UNSUR_NAMES = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Sarana dan Prasarana',
  'Penanganan Pengaduan, Saran dan Masukan',
];

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Sheet `Olah SKM`: title in A1, header in row 3 (`No Resp | U1 … U9`), answers from row 4, then
 * `Σ Nilai / Unsur`, `NRR / Unsur`, `NRR Tertimbang / Unsur` (total in K) and
 * `IKM Unit Pelayanan`, a blank row, the keterangan, the mutu and the kinerja.
 */
export async function olahSkmXlsx(spec: OlahSpec): Promise<Uint8Array> {
  const workbook = new Workbook();
  addOlahSkm(workbook, spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet `name` (default `Olah SKM`) laid out as olahSkmXlsx says, added to `workbook`. */
export function addOlahSkm(workbook: Workbook, spec: OlahSpec, name = 'Olah SKM'): void {
  const sheet = workbook.addWorksheet(name);
  sheet.getCell('A1').value =
    'PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT PER RESPONDEN DAN PER UNSUR PELAYANAN';
  const headers = spec.headers ?? Array.from({ length: 9 }, (_, i) => `U${i + 1}`);
  sheet.getRow(3).values = ['No Resp', ...headers];
  const answers = spec.answers ?? [];
  answers.forEach((row, r) => {
    sheet.getRow(4 + r).values = [r + 1, ...row];
  });
  let next = 4 + answers.length;
  let nrr = spec.nrr ?? [];
  if (answers.length > 0) {
    const filled = (c: number) =>
      answers.map((row) => row[c]).filter((v) => v !== null && v !== '');
    const sums = headers.map((_, c) =>
      filled(c).reduce((total: number, v) => total + (typeof v === 'number' ? v : 0), 0),
    );
    const counts = headers.map((_, c) => (spec.divideByAll ? answers.length : filled(c).length));
    sheet.getRow(next++).values = ['Σ Nilai / Unsur', ...sums, sums.reduce((a, b) => a + b)];
    nrr = sums.map((sum, c) => sum / counts[c]);
  }
  const shown = nrr.map((value) => round(value, 4));
  const nrrRow = sheet.getRow(next++);
  nrrRow.values = ['NRR / Unsur', ...shown];
  if (spec.side) {
    sheet.getRow(3).getCell(13).value = 'NO';
    sheet.getRow(3).getCell(14).value = 'UNSUR PELAYANAN';
    sheet.getRow(3).getCell(15).value = 'NILAI RATA-RATA';
    UNSUR_NAMES.forEach((name, i) => {
      const row = sheet.getRow(4 + i);
      row.getCell(13).value = `U${i + 1}`;
      row.getCell(14).value = name;
      row.getCell(15).value = shown[i];
    });
  }
  const weighted = shown.map((value) => round(value * spec.applied, 4));
  const total = weighted.reduce((a, b) => a + b, 0);
  sheet.getRow(next++).values = ['NRR Tertimbang / Unsur', ...weighted, round(total, 4)];
  const ikmRow = next++;
  sheet.getRow(ikmRow).values = ['IKM Unit Pelayanan', spec.ikm ?? round(total * 25, 2)];
  sheet.getCell(ikmRow, 2).numFmt = '0.00';
  next++;
  sheet.getCell(next++, 1).value = 'Keterangan:';
  if (spec.keterangan !== undefined) sheet.getCell(next++, 1).value = spec.keterangan;
  if (spec.mutu !== undefined) sheet.getRow(next++).values = ['Mutu Pelayanan', spec.mutu];
  if (spec.kinerja !== undefined) {
    sheet.getRow(next++).values = ['Kinerja Unit Pelayanan', spec.kinerja];
  }
  if (spec.populasi !== undefined) {
    sheet.getRow(next + 2).values = ['Jumlah Populasi Penerima Layanan (N)', spec.populasi];
  }
  for (const [address, value] of Object.entries(spec.cells ?? {})) {
    sheet.getCell(address).value = value;
  }
  if (spec.profil) {
    const profil = workbook.addWorksheet('Karakteristik');
    spec.profil.forEach((row, r) => {
      profil.getRow(r + 1).values = row;
    });
  }
}
