/**
 * Lays the plan out as the "Evaluasi Renja TW n TAHUN" sheet, the Permendagri 86/2017 form E.81:
 * three title rows, a two-row header, the numbering row with its equations, the K / Rp row, one
 * row per indicator, the footer rows, the two signature blocks.
 */
import type { Akumulasi } from '../core/akumulasi';
import { formatAngka } from '../core/angka';
import type { Arah } from '../core/capaian';
import type { ScaleName } from '../core/predikat';
import { SheetBuilder, titleRows, type CellStyle } from '../sheetgen/builder';
import { valuesOf, type Expr, type Result } from '../sheetgen/expr';
import { predikatOf } from '../sheetgen/formulas';
import { freeSheetName, type SheetSpec } from '../sheetgen/sheet-spec';
import { BLANK_LINE, signatureBlock, signatureLines } from '../sheetgen/signature';
import {
  capaianOf,
  col,
  COL,
  LAST_COL,
  quarterCol,
  rataRataOf,
  sdTahunIniOf,
  tahunIniOf,
  type Measure,
} from './formulas';
import {
  JENIS_LABEL,
  NOTE_PREFIX,
  TRIWULAN,
  type RenjaMeasure,
  type RenjaPlan,
  type RenjaRow,
  type Triwulan,
} from './types';

const HEADER_ROW = 5;
/** The first row of a form without the RKPD sasaran's list above it. */
export const FIRST_DATA_ROW = HEADER_ROW + 4;

/** Where the header, numbering, K/Rp and first data rows are: below the list, when there is one. */
interface FormRows {
  header: number;
  numbering: number;
  unit: number;
  firstData: number;
}

export function formRowsOf(plan: Pick<RenjaPlan, 'sasaranRkpd'>): FormRows {
  const list = plan.sasaranRkpd;
  // The heading, its items and a blank row between title and list, list and form.
  const header = list ? HEADER_ROW + list.items.length + 2 : HEADER_ROW;
  return { header, numbering: header + 2, unit: header + 3, firstData: header + 4 };
}

/** The RKPD sasaran's indicators and targets, between the title and the form (E.81). */
function sasaranRkpdCells(b: SheetBuilder, plan: RenjaPlan): void {
  const list = plan.sasaranRkpd;
  if (!list) return;
  const top = HEADER_ROW;
  b.note(top, list.heading, LAST_COL, { bold: true, wrap: true });
  list.items.forEach((item, i) => b.note(top + 1 + i, item, LAST_COL, { wrap: true }));
}
const FORMAT: Record<Measure, string> = { k: '#,##0.00', rp: '#,##0' };
const PERCENT_FORMAT = '#,##0.00';
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The Renja form's scale: Permendagri 86/2017. */
export const RENJA_SCALE: ScaleName = 'P86';

/**
 * The K / Rp groups (5)–(14), with their header and number (or equation). The years are written
 * as the official form writes them: they tell a reader (and the validator) that (13) is to date
 * and (5) the end of the period, not one year's realisasi against its pagu.
 */
const groups = (year: number): { left: number; header: string; number: string }[] => [
  {
    left: COL.renstra,
    header: 'Target Renstra Perangkat Daerah pada Akhir Periode Renstra',
    number: '5',
  },
  {
    left: COL.lalu,
    header: `Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu (Tahun ${year - 1})`,
    number: '6',
  },
  {
    left: COL.target,
    header: `Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun ${year})`,
    number: '7',
  },
  {
    left: COL.tahunIni,
    header: 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi',
    number: '12 = 8 + 9 + 10 + 11',
  },
  {
    left: COL.sdTahunIni,
    header: `Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun ${year}`,
    number: '13 = 6 + 12',
  },
  {
    left: COL.capaian,
    header: `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun ${year} (%)`,
    number: '14 = 13 / 5 x 100',
  },
];

/** Header cells spanning both header rows, with their number. */
const TALL_HEADERS: [number, string, string][] = [
  [COL.no, 'No', '1'],
  [COL.sasaran, 'Sasaran', '2'],
  [COL.uraian, 'Program / Kegiatan / Sub Kegiatan', '3'],
  [COL.unitPj, 'Unit Perangkat Daerah Penanggung Jawab', '15'],
  [COL.keterangan, 'Keterangan', '16'],
];

const FOOTER_TEXTS = [
  'Faktor pendorong keberhasilan pencapaian',
  'Faktor penghambat pencapaian kinerja',
  'Tindak lanjut yang diperlukan dalam triwulan berikutnya',
  'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya',
];

const WIDTHS: Record<number, number> = {
  [COL.no]: 5,
  [COL.sasaran]: 24,
  [COL.uraian]: 32,
  [COL.indikator]: 32,
  [COL.satuan]: 10,
  [COL.jenis]: 12,
  [COL.unitPj]: 18,
  [COL.keterangan]: 18,
};
for (let c = COL.renstra; c < COL.unitPj; c++) WIDTHS[c] = (c - COL.renstra) % 2 === 0 ? 10 : 16;

export function renjaSheetName(plan: Pick<RenjaPlan, 'tw' | 'year'>): string {
  return `Evaluasi Renja TW ${plan.tw} ${plan.year}`;
}

export function romanTw(tw: Triwulan): string {
  return ROMAN[tw - 1];
}

export function renjaSheet(plan: RenjaPlan, existingSheetNames: string[]): SheetSpec {
  const rows = formRowsOf(plan);
  return layout(plan).sheet.spec({
    name: freeSheetName(renjaSheetName(plan), existingSheetNames),
    columnWidths: { ...WIDTHS },
    frozenRows: rows.unit,
    print: {
      landscape: true,
      fitToWidth: true,
      titleRows: { first: rows.header, last: rows.unit },
    },
  });
}

/** The form's cells, and its footer's for the preview. */
function layout(plan: RenjaPlan): { sheet: SheetBuilder; footer: FooterCells } {
  const b = new SheetBuilder();
  titleRows(
    b,
    [
      'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN/KOTA',
      `PERANGKAT DAERAH: ${plan.unit ?? BLANK_LINE}`,
      `PERIODE PELAKSANAAN: TRIWULAN ${romanTw(plan.tw)} TAHUN ${plan.year}`,
    ],
    LAST_COL,
  );
  sasaranRkpdCells(b, plan);
  const rows = formRowsOf(plan);
  const first = rows.firstData;
  headerCells(b, plan.year, rows);

  plan.rows.forEach((row, i) => rowCells(b, plan.tw, row, first + i, i + 1));
  const lastDataRow = first + Math.max(plan.rows.length, 1) - 1;

  let next = lastDataRow + 1;
  const label = (row: number, value: string, right: number) =>
    b.note(row, value, right, { bold: true, wrap: true });
  label(next, 'Rata-rata capaian kinerja (%)', COL.capaian - 1);
  // Which rows it averages, beside it: the label itself stays the form's (readers look for it).
  b.put(next, COL.unitPj, averagedLabel(plan.rows), { wrap: true });
  b.merge(next, COL.unitPj, next, LAST_COL);
  const [rataRataK, rataRataRp] = (['k', 'rp'] as const).map((measure) => {
    const column = col(COL.capaian, measure);
    const mean = rataRataOf(b.range(column, first, lastDataRow));
    return b.formula(next, column, mean, { numFmt: PERCENT_FORMAT, bold: true });
  });
  next++;
  label(next, 'Predikat kinerja', COL.capaian - 1);
  const predikat = b.formula(next, COL.capaian, predikatOf(RENJA_SCALE, rataRataK), {
    bold: true,
  });
  b.merge(next, COL.capaian, next, COL.capaian + 1);
  next++;
  for (const footerText of FOOTER_TEXTS) {
    label(next, footerText, COL.jenis);
    b.input(next, COL.renstra, null, { wrap: true });
    b.merge(next, COL.renstra, next, LAST_COL);
    next++;
  }
  next++;
  b.note(
    next,
    `Sel kuning diisi: realisasi triwulan ${romanTw(plan.tw)} (K dan Rp), isian yang belum diketahui dari workbook, jenis yang ditebak, serta faktor dan tindak lanjut. Predikat memakai skala Permendagri 86/2017.`,
    LAST_COL,
    { wrap: true },
  );
  next += 2;
  signatureCells(b, plan, next);
  return { sheet: b, footer: { rataRataK, rataRataRp, predikat } };
}

function headerCells(b: SheetBuilder, year: number, rows: FormRows): void {
  const numbered = (column: number, number: string, cols = 1) =>
    b.header(rows.numbering, column, number, { cols });
  for (const [column, title, number] of TALL_HEADERS) {
    b.header(rows.header, column, title, { rows: 2 });
    numbered(column, number);
  }
  b.header(rows.header, COL.indikator, 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)', {
    cols: COL.jenis - COL.indikator + 1,
  });
  b.header(rows.header + 1, COL.indikator, 'Indikator');
  b.header(rows.header + 1, COL.satuan, 'Satuan');
  b.header(rows.header + 1, COL.jenis, 'Jenis');
  numbered(COL.indikator, '4', COL.jenis - COL.indikator + 1);
  for (const group of groups(year)) {
    b.header(rows.header, group.left, group.header, { rows: 2, cols: 2 });
    numbered(group.left, group.number, 2);
  }
  b.header(rows.header, COL.tw1, 'Realisasi Kinerja dan Anggaran pada Triwulan', {
    cols: COL.tahunIni - COL.tw1,
  });
  for (const tw of TRIWULAN) {
    const left = quarterCol(tw, 'k');
    b.header(rows.header + 1, left, romanTw(tw), { cols: 2 });
    numbered(left, String(7 + tw), 2);
  }
  for (let c = COL.renstra; c < COL.unitPj; c += 2) {
    b.header(rows.unit, c, 'K');
    b.header(rows.unit, c + 1, 'Rp');
  }
}

/** (12) Realisasi tahun berjalan, (13) Renstra s.d. tahun berjalan, (14) tingkat capaian (%). */
interface MeasureCells {
  tahunIni: Expr;
  sdTahunIni: Expr;
  capaian: Expr;
}

interface FooterCells {
  /** Rata-rata capaian kinerja (%): the mean of the rows' (14) K; '' when none has one. */
  rataRataK: Expr;
  /** The same over (14) Rp. */
  rataRataRp: Expr;
  predikat: Expr;
}

export type MeasureResults = Record<keyof MeasureCells, Result>;
export type FooterResults = Record<keyof FooterCells, Result>;

export interface RowResults {
  k: MeasureResults;
  rp?: MeasureResults;
}

/**
 * What the footer's rata-rata capaian kinerja averages, said beside it: (14) of every indicator
 * row, as the validator's summary-row rule and the E.81 forms read here compute it. The official
 * form's per-program rata-rata rows (Sukabumi 2018: each program's rows, then "dari seluruh
 * program") are not laid out yet.
 */
export function averagedLabel(rows: readonly RenjaRow[]): string {
  const numbers = rows.flatMap((row, i) => (row.indicator === '' ? [] : [i + 1]));
  if (numbers.length === 0) return 'Belum ada baris indikator.';
  return `Rata-rata (14) semua ${numbers.length} baris indikator (No ${numbers[0]}–${numbers[numbers.length - 1]}): program (outcome), kegiatan dan sub kegiatan (output) bersama; baris tanpa angka tidak dihitung.`;
}

const ARAH_FROM: Record<RenjaRow['arahFrom'], string> = {
  pilihan: 'dipilih pengguna',
  workbook: 'kolom Arah/Polaritas',
  nama: 'dari nama indikator',
  bawaan: 'bawaan',
};

/** A capaian above this is worth a yellow note (DOMAIN §9), not an error. */
export const PERIKSA_ABOVE = 150;

function rowCells(b: SheetBuilder, tw: Triwulan, row: RenjaRow, r: number, no: number): void {
  b.put(r, COL.no, no);
  const texts: [number, string][] = [
    [COL.sasaran, row.sasaran],
    [COL.uraian, row.uraian],
    [COL.indikator, row.indicator],
    [COL.satuan, row.satuan],
    [COL.unitPj, row.unitPj],
  ];
  for (const [column, value] of texts) {
    if (value !== '') b.put(r, column, value, { wrap: true });
  }
  if (row.indicator !== '') {
    b.put(
      r,
      COL.jenis,
      JENIS_LABEL[row.jenis],
      row.jenisFrom === 'tebakan' ? { highlight: true } : {},
    );
  }
  const capaian = measuresOf(b, tw, row, r).map(({ measure, cells }) => ({
    measure,
    value: cells.capaian.value(),
  }));
  const notes = [...row.notes];
  // Each note on the capaian cell it is about as well (DOMAIN §9), where the host can write one.
  const onCapaian = (measure: Measure, note: string) =>
    b.annotate(r, col(COL.capaian, measure), `${note[0].toUpperCase()}${note.slice(1)}`);
  if (row.indicator !== '' && row.arah === 'turun') {
    const note = `arah turun (${ARAH_FROM[row.arahFrom]}): tingkat capaian (14) K = (2 × (5) − (13)) / (5) × 100, makin rendah realisasi makin baik.`;
    notes.unshift(note);
    onCapaian('k', note);
  }
  const high = capaian.filter(({ value }) => typeof value === 'number' && value > PERIKSA_ABOVE);
  if (high.length > 0) {
    const shown = ({ measure, value }: (typeof high)[number]) =>
      `${measure === 'k' ? 'K' : 'Rp'} ${formatAngka(value as number, 2)} %`;
    const periksa = (which: string) =>
      `periksa: tingkat capaian (14) ${which} di atas ${PERIKSA_ABOVE} % saat lembar dibuat (target, satuan atau triwulan yang dijumlah).`;
    notes.push(periksa(high.map(shown).join(', ')));
    for (const one of high) onCapaian(one.measure, periksa(shown(one)));
  }
  const keterangan = [
    row.keterangan,
    ...(notes.length > 0 ? [`${NOTE_PREFIX} ${notes.join(' ')}`] : []),
  ]
    .filter((part) => part !== '')
    .join(' ');
  if (keterangan !== '')
    b.put(
      r,
      COL.keterangan,
      keterangan,
      high.length > 0 ? { wrap: true, highlight: true } : { wrap: true },
    );
}

/** The row's K cells (where it has an indicator) and Rp cells (where it carries a budget). */
function measuresOf(
  b: SheetBuilder,
  tw: Triwulan,
  row: RenjaRow,
  r: number,
): { measure: Measure; cells: MeasureCells }[] {
  const out: { measure: Measure; cells: MeasureCells }[] = [];
  if (row.indicator !== '')
    out.push({ measure: 'k', cells: measureCells(b, tw, row.k, kRule(row), r, 'k') });
  if (row.rp) out.push({ measure: 'rp', cells: measureCells(b, tw, row.rp, RP_RULE, r, 'rp') });
  return out;
}

/** How a measure's quarters make the year and its capaian: Rp is summed, higher is better. */
interface MeasureRule {
  jenis: Akumulasi;
  arah: Arah;
  increments?: boolean;
}

const RP_RULE: MeasureRule = { jenis: 'kumulatif', arah: 'naik' };

function kRule(row: RenjaRow): MeasureRule {
  return { jenis: row.jenis, arah: row.arah, increments: row.increments === true };
}

/**
 * What the row's formulas give, as the sheet caches them: the pane's preview. The quarter only
 * decides which cells are yellow, not what they give.
 */
export function rowResults(row: RenjaRow): RowResults {
  const b = new SheetBuilder();
  const of = (measure: RenjaMeasure, rule: MeasureRule, m: Measure) =>
    valuesOf(measureCells(b, 4, measure, rule, FIRST_DATA_ROW, m));
  const results: RowResults = { k: of(row.k, kRule(row), 'k') };
  if (row.rp) results.rp = of(row.rp, RP_RULE, 'rp');
  return results;
}

/** The footer's rata-rata and predikat, as the sheet caches them. */
export function footerResults(plan: RenjaPlan): FooterResults {
  return valuesOf(layout(plan).footer);
}

function measureCells(
  b: SheetBuilder,
  tw: Triwulan,
  measure: RenjaMeasure,
  { jenis, arah, increments }: MeasureRule,
  r: number,
  m: Measure,
): MeasureCells {
  const style: CellStyle = { numFmt: FORMAT[m] };
  const input = (column: number, value: number | undefined, open: boolean) =>
    open ? b.input(r, column, value ?? null, style) : b.put(r, column, value ?? null, style);
  const renstra = input(col(COL.renstra, m), measure.renstra, measure.renstra === undefined);
  const lalu = input(col(COL.lalu, m), measure.lalu, measure.lalu === undefined);
  input(col(COL.target, m), measure.target, measure.target === undefined);
  const quarters = TRIWULAN.map((quarter) => {
    const value = measure.quarters[quarter - 1];
    // Quarters up to TW n are inputs: the open one always, an earlier one while it is empty.
    const open = quarter === tw || (quarter < tw && value === undefined);
    return input(quarterCol(quarter, m), value, open);
  });
  const tahunIni = b.formula(
    r,
    col(COL.tahunIni, m),
    tahunIniOf(jenis, quarters, increments),
    style,
  );
  const sdTahunIni = b.formula(
    r,
    col(COL.sdTahunIni, m),
    sdTahunIniOf(jenis, lalu, tahunIni),
    style,
  );
  const capaian = b.formula(r, col(COL.capaian, m), capaianOf(sdTahunIni, renstra, arah), {
    numFmt: PERCENT_FORMAT,
  });
  return { tahunIni, sdTahunIni, capaian };
}

/**
 * "Disusun" on the left, the Kepala Perangkat Daerah's block as the workbook gives it (else lines
 * to write on); "Dievaluasi" on the right, the Kepala Bappeda's, left to write on.
 */
function signatureCells(b: SheetBuilder, plan: RenjaPlan, top: number): void {
  const disusun =
    plan.signature.jabatan.length > 0
      ? plan.signature
      : {
          ...plan.signature,
          jabatan: [plan.unit === undefined ? `KEPALA ${BLANK_LINE}` : `KEPALA ${plan.unit}`],
        };
  const blocks = [
    { left: COL.uraian, right: COL.jenis, caption: 'Disusun', signature: disusun },
    {
      left: COL.sdTahunIni,
      right: LAST_COL,
      caption: 'Dievaluasi',
      signature: { jabatan: [`KEPALA BAPPEDA ${BLANK_LINE}`] },
    },
  ];
  for (const block of blocks) {
    // The caption first: a reader of the form takes that row as the end of its body.
    const lines = [{ text: block.caption }, ...signatureLines(block.signature)];
    signatureBlock(b, top, block.left, block.right, lines);
  }
}
