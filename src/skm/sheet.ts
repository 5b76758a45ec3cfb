/**
 * Lays the plan out as the sheet "Pengolahan SKM TAHUN": per unsur Σ, filled answers, NRR, NRR
 * tertimbang, nilai konversi, mutu, kinerja and rank, all live formulas over the answer cells of
 * the staff's sheet; the IKM under the weight stated in one cell (and under the other convention
 * where its mutu letter differs); the per-unsur table the chart shows; respondent characteristics;
 * the Rencana Tindak Lanjut of the three lowest unsur; the sample; per Jenis Layanan / Periode
 * blocks; and notes saying what came from where.
 */
import { BATAS_MUTU, UNSUR_SKM, type BobotSkm, type MutuSkm } from '../core/skm';
import type { SurveyAnswer } from '../facts/skm';
import { SheetBuilder, titleRows } from '../sheetgen/builder';
import {
  add,
  averageIf,
  BLANK,
  concat,
  count,
  countBelow,
  countIf,
  div,
  EMPTY,
  eq,
  gt,
  gte,
  ifError,
  iff,
  index,
  lt,
  matchExact,
  mul,
  num,
  or,
  range,
  reference,
  round,
  rows,
  sub,
  sum,
  text,
  type Expr,
} from '../sheetgen/expr';
import {
  freeSheetName,
  sheetReference,
  type ChartSpec,
  type SheetSpec,
} from '../sheetgen/sheet-spec';
import { columnLetters } from '../workbook/equation-text';
import { toA1 } from '../workbook/model';
import type { CellValue, SkmPlan, SkmSurveyPlan } from './types';

export function skmSheetName(year: number): string {
  return `Pengolahan SKM ${year}`;
}

const WIDTH = 13;
const WIDTHS: Record<number, number> = {
  1: 14,
  2: 34,
  3: 24,
  4: 12,
  5: 12,
  6: 12,
  7: 12,
  8: 12,
  9: 10,
  10: 14,
  11: 11,
};
const CHART_ROWS = 16;
const PRIORITIES = 3;
const NUMBER = '0.00';
const NRR_FORMAT = '0.0000';

/** `'Data'!F4:F32` over the staff's cells, each holding what the plan read there. */
function sourceRange(
  sheet: string,
  col: number,
  first: number,
  last: number,
  valueAt: (row: number) => CellValue,
): Expr {
  const cells: Expr[] = [];
  for (let row = first; row <= last; row++) {
    cells.push(reference(toA1(row, col), constant(valueAt(row))));
  }
  return range(sheetReference(sheet, toA1(first, col)), toA1(last, col), cells);
}

function constant(value: CellValue): Expr {
  if (value === null) return BLANK;
  if (typeof value === 'number') return num(value);
  return text(String(value));
}

function answerAt(answers: readonly SurveyAnswer[]): (row: number) => CellValue {
  const byRow = new Map(answers.map((answer) => [answer.row, answer.value ?? answer.text ?? null]));
  return (row) => byRow.get(row) ?? null;
}

/** A profile or split column over the respondent rows, each cell holding the value read there. */
function columnRange(
  plan: SkmSurveyPlan,
  column: { col: number; values: readonly CellValue[] },
): Expr {
  const byRow = new Map<number, CellValue>();
  plan.unsur[0].answers.forEach((answer, i) => byRow.set(answer.row, column.values[i]));
  return sourceRange(
    plan.sheet,
    column.col,
    plan.firstRow,
    plan.lastRow,
    (row) => byRow.get(row) ?? null,
  );
}

/**
 * The conversion table on a value 25–100 (SKM.md §6) from core's bands: compared at two
 * decimals, lower bounds inclusive; empty while the value is.
 */
export function mutuFormula(value: Expr, field: keyof MutuSkm): Expr {
  const rounded = round(value, 2);
  const bands = [...BATAS_MUTU].sort((a, b) => a.min - b.min);
  let formula: Expr = text(bands[0].mutu[field]);
  for (const band of bands.slice(1)) {
    formula = iff(gte(rounded, num(band.min)), text(band.mutu[field]), formula);
  }
  const outside = or(lt(value, num(bands[0].min)), gt(value, num(100)));
  return iff(eq(value, EMPTY), EMPTY, iff(outside, text('di luar 25–100'), formula));
}

/** The weight as a formula: 1/9 as a division, so the cell holds the exact ninth. */
function weightExpr(bobot: BobotSkm): Expr {
  return bobot.teks === '1/9' ? div(num(1), num(9)) : num(bobot.nilai);
}

export function skmSheet(plan: SkmPlan, existingSheetNames: string[]): SheetSpec {
  const survey = plan.survey;
  if (!survey || plan.year === undefined) throw new Error('Rencana SKM tanpa jawaban');
  const b = new SheetBuilder();
  const charts: ChartSpec[] = [];
  titleRows(
    b,
    [
      'PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT PER UNSUR PELAYANAN',
      [plan.unit, `TAHUN ${plan.year}`].filter(Boolean).join(' '),
    ],
    WIDTH,
  );

  const { sheet, firstRow, lastRow } = survey;
  const answerRanges = survey.unsur.map((unsur) =>
    sourceRange(sheet, unsur.col, firstRow, lastRow, answerAt(unsur.answers)),
  );

  let row = 4;
  b.put(row, 1, 'Sumber jawaban', { bold: true });
  b.put(
    row,
    2,
    `Sheet "${sheet}", baris ${firstRow}–${lastRow} (sheet itu tidak diubah; rumus di bawah merujuk selnya)`,
  );
  b.merge(row, 2, row, WIDTH);
  row++;
  b.put(row, 1, 'Jumlah responden', { bold: true });
  const respondents = absolute(b.formula(row, 3, rows(answerRanges[0])), row, 3);
  row++;
  b.put(row, 1, 'Bobot per unsur', { bold: true });
  // 1/9 as a division (the exact ninth); a decimal weight as the number it is.
  const weightCell =
    survey.bobot.teks === '1/9'
      ? b.formula(row, 3, weightExpr(survey.bobot), { numFmt: NRR_FORMAT })
      : b.put(row, 3, survey.bobot.nilai, { numFmt: NRR_FORMAT });
  const weight = absolute(weightCell, row, 3);
  b.put(
    row,
    4,
    survey.bobot.teks === '1/9'
      ? '1/9 (aturan PermenPAN-RB 14/2017); semua NRR tertimbang merujuk sel ini'
      : '0,111 (konvensi yang dipilih; aturannya 1/9); semua NRR tertimbang merujuk sel ini',
  );
  b.merge(row, 4, row, WIDTH);
  row += 2;

  // Per unsur.
  const headerRow = row;
  [
    'No',
    'Unsur Pelayanan',
    'Kolom Sumber',
    'Σ Nilai',
    'Jawaban Terisi',
    'NRR',
    'NRR Tertimbang',
    'Nilai Konversi (NRR × 25)',
    'Mutu',
    'Kinerja',
    'Peringkat (1 = terendah)',
  ].forEach((title, i) => b.header(row, i + 1, title));
  const top = headerRow + 1;
  const bottom = top + UNSUR_SKM.length - 1;
  const perUnsur = survey.unsur.map((unsur, i) => {
    const r = top + i;
    b.put(r, 1, `U${unsur.nomor}`);
    b.put(r, 2, unsur.nama);
    b.put(r, 3, `${columnLetters(unsur.col)} — ${unsur.header}`, { wrap: true });
    const total = b.formula(r, 4, sum(answerRanges[i]));
    const filled = b.formula(r, 5, count(answerRanges[i]));
    const nrr = b.formula(r, 6, iff(eq(filled, num(0)), EMPTY, div(total, filled)), {
      numFmt: NRR_FORMAT,
    });
    const weighted = iff(eq(nrr, EMPTY), EMPTY, mul(nrr, weight));
    b.formula(r, 7, weighted, { numFmt: NRR_FORMAT });
    const konversi = b.formula(r, 8, iff(eq(nrr, EMPTY), EMPTY, mul(nrr, num(25))), {
      numFmt: NUMBER,
    });
    const letter = b.formula(r, 9, mutuFormula(konversi, 'huruf'));
    b.formula(r, 10, mutuFormula(konversi, 'kinerja'));
    return { nrr, konversi, letter };
  });
  const nrrRange = b.range(6, top, bottom);
  perUnsur.forEach(({ nrr }, i) => {
    const r = top + i;
    const rank = add(countBelow(nrrRange, nrr), countIf(b.range(6, top, r), nrr));
    b.formula(r, 11, iff(eq(nrr, EMPTY), EMPTY, rank));
  });
  row = bottom + 1;
  b.put(row, 2, 'Σ NRR Tertimbang', { bold: true });
  const weightedSum = b.formula(row, 7, sum(b.range(7, top, bottom)), { numFmt: NRR_FORMAT });
  row++;
  const complete = eq(count(nrrRange), num(UNSUR_SKM.length));
  b.put(row, 2, 'IKM Unit Pelayanan (Σ NRR tertimbang × 25)', { bold: true });
  const ikmRow = row;
  const ikm = b.formula(row, 7, iff(complete, mul(weightedSum, num(25)), EMPTY), {
    numFmt: NUMBER,
    bold: true,
  });
  const mutu = b.formula(row, 9, mutuFormula(ikm, 'huruf'), { bold: true });
  b.formula(row, 10, mutuFormula(ikm, 'kinerja'), { bold: true });
  row++;
  const rawOther = iff(complete, mul(mul(sum(nrrRange), weightExpr(survey.other)), num(25)), EMPTY);
  b.put(row, 2, `IKM bila bobot ${survey.other.teks} (terisi hanya bila mutunya berbeda)`);
  const other = b.formula(row, 7, iff(eq(mutuFormula(rawOther, 'huruf'), mutu), EMPTY, rawOther), {
    numFmt: NUMBER,
  });
  b.formula(row, 9, mutuFormula(other, 'huruf'));
  b.formula(row, 10, mutuFormula(other, 'kinerja'));
  row += 2;

  // Nilai per unsur, the chart's source.
  b.note(row, 'Nilai per Unsur Pelayanan', 4, { bold: true });
  row++;
  const chartHeader = row;
  ['No', 'Unsur Pelayanan', 'Nilai IKM Konversi', 'Mutu Pelayanan'].forEach((title, i) =>
    b.header(row, i + 1, title),
  );
  survey.unsur.forEach((unsur, i) => {
    const r = chartHeader + 1 + i;
    b.put(r, 1, i + 1);
    b.put(r, 2, `U${unsur.nomor} ${unsur.nama}`);
    b.formula(r, 3, perUnsur[i].konversi, { numFmt: NUMBER });
    b.formula(r, 4, perUnsur[i].letter);
  });
  row = chartHeader + UNSUR_SKM.length + 1;
  b.put(row, 2, 'NILAI IKM UNIT PELAYANAN', { bold: true });
  b.formula(row, 3, ikm, { numFmt: NUMBER, bold: true });
  b.formula(row, 4, mutu, { bold: true });
  charts.push({
    type: 'column',
    title: 'Nilai Konversi per Unsur Pelayanan',
    source: { top: chartHeader, left: 2, bottom: chartHeader + UNSUR_SKM.length, right: 3 },
    anchor: { row: chartHeader - 1, col: 6 },
  });
  row = Math.max(row + 2, chartHeader - 1 + CHART_ROWS);

  row = characteristics(b, survey, respondents, row);
  row = rencanaTindakLanjut(b, survey, top, bottom, row);
  row = sample(b, survey, respondents, row);
  for (const split of survey.splits) row = splitBlock(b, survey, split, answerRanges, weight, row);
  notes(b, plan, survey, ikmRow, row);

  const spec = b.spec({
    name: freeSheetName(skmSheetName(plan.year), existingSheetNames),
    columnWidths: { ...WIDTHS },
    frozenRows: 2,
    print: { landscape: true, fitToWidth: true },
  });
  spec.charts = charts;
  return spec;
}

/** `$C$6`: the weight cell as every row's formula refers to it. */
function absolute(cell: Expr, row: number, col: number): Expr {
  return reference(`$${columnLetters(col)}$${row}`, cell);
}

function characteristics(
  b: SheetBuilder,
  survey: SkmSurveyPlan,
  respondents: Expr,
  start: number,
): number {
  if (survey.profiles.length === 0) return start;
  let row = start;
  b.note(row, 'Karakteristik Responden', 5, { bold: true });
  row++;
  ['No', 'Karakteristik', 'Indikator', 'Jumlah', 'Persentase (%)'].forEach((title, i) =>
    b.header(row, i + 1, title),
  );
  row++;
  const total = respondents;
  survey.profiles.forEach((profile, p) => {
    const cells = columnRange(survey, profile);
    const first = row;
    b.put(row, 1, p + 1);
    b.put(row, 2, profile.label);
    const counts: Expr[] = [];
    for (const category of profile.categories) {
      const criterion = b.put(row, 3, category.value);
      const counted = b.formula(row, 4, countIf(cells, criterion));
      counts.push(counted);
      b.formula(row, 5, percent(counted, total), { numFmt: NUMBER });
      row++;
    }
    const counted = profile.categories.reduce((n, category) => n + category.count, 0);
    if (counted < survey.respondents) {
      b.put(row, 3, 'Tidak diisi / lainnya');
      const rest = b.formula(row, 4, sub(total, sum(b.range(4, first, row - 1))));
      b.formula(row, 5, percent(rest, total), { numFmt: NUMBER });
      row++;
    }
    b.put(row, 3, 'Jumlah', { bold: true });
    b.formula(row, 4, sum(b.range(4, first, row - 1)), { bold: true });
    b.formula(row, 5, sum(b.range(5, first, row - 1)), { numFmt: NUMBER, bold: true });
    row++;
  });
  return row + 1;
}

function percent(part: Expr, total: Expr): Expr {
  return iff(eq(total, num(0)), EMPTY, mul(div(part, total), num(100)));
}

function rencanaTindakLanjut(
  b: SheetBuilder,
  survey: SkmSurveyPlan,
  top: number,
  bottom: number,
  start: number,
): number {
  let row = start;
  b.note(row, 'Rencana Tindak Lanjut: tiga unsur dengan NRR terendah (sel kuning diisi staf)', 6, {
    bold: true,
  });
  row++;
  [
    'No',
    'Prioritas Unsur',
    'Nilai Konversi',
    'Program / Kegiatan',
    'Waktu (TW I–IV)',
    'Penanggung Jawab',
  ].forEach((title, i) => b.header(row, i + 1, title));
  row++;
  const names = b.range(2, top, bottom);
  const konversi = b.range(8, top, bottom);
  const ranks = b.range(11, top, bottom);
  for (let k = 1; k <= Math.min(PRIORITIES, survey.unsur.length); k++) {
    b.put(row, 1, k);
    const at = matchExact(num(k), ranks);
    b.formula(row, 2, ifError(index(names, at), EMPTY));
    b.formula(row, 3, ifError(index(konversi, at), EMPTY), { numFmt: NUMBER });
    for (let col = 4; col <= 6; col++) b.input(row, col, null, { wrap: true });
    row++;
  }
  return row + 1;
}

function sample(b: SheetBuilder, survey: SkmSurveyPlan, respondents: Expr, start: number): number {
  let row = start;
  b.note(row, 'Jumlah Responden Minimum (Krejcie dan Morgan)', 4, { bold: true });
  row++;
  if (!survey.population || survey.sampelMinimum === undefined) {
    b.note(
      row,
      'Jumlah populasi (N) tidak disebut (lkj skm --populasi N, isian panel, atau sel "Jumlah Populasi" di workbook): sampel minimum tidak dihitung.',
      WIDTH,
    );
    return row + 2;
  }
  b.put(row, 1, 'Populasi (N)');
  b.put(row, 3, survey.population.value);
  b.put(row, 4, `dari ${survey.population.source}`);
  b.merge(row, 4, row, WIDTH);
  row++;
  b.put(row, 1, 'Sampel minimum');
  const minimum = b.put(row, 3, survey.sampelMinimum);
  b.put(
    row,
    4,
    'tabel Krejcie dan Morgan (baris N pertama ≥ populasi), dihitung saat lembar dibuat',
  );
  b.merge(row, 4, row, WIDTH);
  row++;
  b.put(row, 1, 'Responden');
  const have = b.formula(row, 3, respondents);
  row++;
  b.put(row, 1, 'Keterangan');
  b.formula(
    row,
    3,
    iff(
      lt(have, minimum),
      concat(text('Kurang '), sub(minimum, have), text(' responden dari sampel minimum')),
      text('Memenuhi sampel minimum'),
    ),
  );
  b.merge(row, 3, row, WIDTH);
  return row + 2;
}

function splitBlock(
  b: SheetBuilder,
  survey: SkmSurveyPlan,
  split: SkmSurveyPlan['splits'][number],
  answerRanges: Expr[],
  weight: Expr,
  start: number,
): number {
  let row = start;
  b.note(
    row,
    `Hasil per ${split.label} (kolom ${columnLetters(split.col)} "${split.header}"): NRR rata-rata jawaban terisi per kelompok`,
    WIDTH,
    { bold: true },
  );
  row++;
  [
    split.label,
    'Responden',
    ...survey.unsur.map((unsur) => `U${unsur.nomor}`),
    'IKM',
    'Mutu',
  ].forEach((title, i) => b.header(row, i + 1, title));
  row++;
  const keys = columnRange(survey, split);
  for (const key of split.keys) {
    const criterion = b.put(row, 1, key);
    b.formula(row, 2, countIf(keys, criterion));
    answerRanges.forEach((answers, i) =>
      b.formula(row, 3 + i, ifError(averageIf(keys, criterion, answers), EMPTY), {
        numFmt: NRR_FORMAT,
      }),
    );
    const group = b.rangeAcross(row, 3, 2 + answerRanges.length);
    const ikm = b.formula(
      row,
      3 + answerRanges.length,
      iff(eq(count(group), num(answerRanges.length)), mul(mul(sum(group), weight), num(25)), EMPTY),
      { numFmt: NUMBER },
    );
    b.formula(row, 4 + answerRanges.length, mutuFormula(ikm, 'huruf'));
    row++;
  }
  return row + 1;
}

function notes(
  b: SheetBuilder,
  plan: SkmPlan,
  survey: SkmSurveyPlan,
  ikmRow: number,
  start: number,
): void {
  let row = start;
  b.note(row, 'Catatan', WIDTH, { bold: true });
  row++;
  const lines = [
    `Jawaban: sheet "${survey.sheet}", ${survey.respondents} responden (baris ${survey.firstRow}–${survey.lastRow}); kolom tiap unsur di kolom "Kolom Sumber", dicocokkan menurut judul kolomnya.`,
    'NRR = Σ nilai / jumlah jawaban terisi (jawaban kosong tidak ikut dibagi); NRR tertimbang = NRR × bobot; IKM = Σ NRR tertimbang × 25 (kosong bila ada unsur tanpa jawaban); nilai konversi = NRR × 25.',
    `Mutu: ${BATAS_MUTU.map((band) => `${band.mutu.huruf} (${band.mutu.kinerja}) ≥ ${band.min.toFixed(2).replace('.', ',')}`).join('; ')}; dibandingkan pada dua desimal, batas bawah termasuk (SKM.md §6).`,
    `IKM unit pelayanan di baris ${ikmRow}. Peringkat 1 = NRR terendah; nilai sama diurutkan menurut nomor unsur.`,
    ...plan.notes,
  ];
  for (const line of lines) {
    b.note(row, line, WIDTH, { wrap: true });
    row++;
  }
}
