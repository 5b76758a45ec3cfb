/**
 * The tables as blocks of cells from a given row down: each value a link to the workbook's
 * cell (or a yellow input), each computed cell a native formula with the value it gives. A block
 * is laid out in steps of some hundred rows (a budget table has thousands).
 */
import { formatAngka } from '../core/angka';
import type { Arah } from '../core/capaian';
import { SheetBuilder, type CellStyle } from '../sheetgen/builder';
import {
  div,
  EMPTY,
  eq,
  group,
  gt,
  iff,
  linked,
  max,
  mul,
  num,
  sub,
  text,
  type Expr,
} from '../sheetgen/expr';
import { capaianOf as coreCapaianOf, predikatOf, sumOf, unlessEmpty } from '../sheetgen/formulas';
import type { ChartSpec, SpecCell } from '../sheetgen/sheet-spec';
import { mapInSteps, stepDue, type Steps } from '../core/steps';
import type {
  Amount,
  AnggaranRow,
  EfisiensiRow,
  Kelompok,
  SourceValue,
  TabelId,
  TabelIndicator,
  TabelPlan,
  Tingkat,
} from './types';

const NUMBER: CellStyle = { numFmt: '#,##0.00' };
const MONEY: CellStyle = { numFmt: '#,##0' };
/** A yellow cell for what only the staff know: kendala, upaya, another unit's name. */
const TO_FILL: CellStyle = { wrap: true, highlight: true };

const YELLOW_NOTE =
  'Sel berwarna kuning tidak ditemukan di workbook: isi agar capaian, predikat dan jumlahnya terhitung.';
const PEMBANDING_NOTE =
  'Sel berwarna kuning diisi staf: realisasi perangkat daerah lain dan standar nasional yang tidak ada di workbook (kosongkan bila tidak ada pembandingnya).';
const PERMASALAHAN_NOTE =
  'Sel berwarna kuning diisi staf: kendala, upaya pemecahannya dan faktor keberhasilan tiap indikator.';

export interface Block {
  /** The block's cells and merges. */
  sheet: SheetBuilder;
  /** The block's first row (its header's first row). */
  top: number;
  /** The header's last row (the second where there are two), above the data rows. */
  headerRow: number;
  dataRows: number[];
  /** Rows used from `top`, blank rows after it not included. */
  height: number;
  width: number;
  /** The block's chart, without its anchor (the sheet puts it beside the block). */
  chart?: Omit<ChartSpec, 'anchor'>;
  /** The line under the block when it has yellow cells. */
  yellowNote: string;
}

/** What blocks share: tables 1 and 2's realisasi and capaian cell of each indicator, where written. */
export interface BlockContext {
  plan: TabelPlan;
  realisasiCells: Map<string, Expr>;
  capaianCells: Map<string, Expr>;
}

export function blockContext(plan: TabelPlan): BlockContext {
  return { plan, realisasiCells: new Map(), capaianCells: new Map() };
}

/**
 * The year's realisasi: table 3.1's cell where written and known (a reference to an empty cell
 * reads 0), else linked to its source as there.
 */
function realisasiCell(
  b: SheetBuilder,
  r: number,
  col: number,
  context: BlockContext,
  indicator: TabelIndicator,
): Expr {
  const cell = context.realisasiCells.get(indicator.id);
  if (cell !== undefined && indicator.realisasi.value !== null)
    return b.formula(r, col, cell, NUMBER);
  return b.source(r, col, indicator.realisasi, NUMBER);
}

/** A wrapped text cell. */
function textCell(b: SheetBuilder, row: number, col: number, value: string, bold = false): void {
  b.put(row, col, value, { wrap: true, ...(bold ? { bold } : {}) });
}

function headers(b: SheetBuilder, row: number, titles: string[]): void {
  titles.forEach((title, i) => b.header(row, 1 + i, title));
}

function block(
  sheet: SheetBuilder,
  headerRow: number,
  dataRows: number[],
  width: number,
  top: number,
  chart?: Block['chart'],
  yellowNote = YELLOW_NOTE,
): Block {
  const bottom = dataRows.length > 0 ? dataRows[dataRows.length - 1] : headerRow;
  const result: Block = {
    sheet,
    top,
    headerRow,
    dataRows,
    height: bottom - top + 1,
    width,
    yellowNote,
  };
  if (chart) result.chart = chart;
  return result;
}

/** The plan's indicators of one level, in order of first mention. */
export function indicatorsOf(plan: TabelPlan, tingkat: Tingkat): TabelIndicator[] {
  return plan.indicators.filter((indicator) => indicator.tingkat === tingkat);
}

/** "Program", or "Program / Kegiatan" where a row's name comes from such a column. */
function programHeader(listed: TabelIndicator[]): string {
  return listed.some((indicator) => indicator.kegiatan) ? 'Program / Kegiatan' : 'Program';
}

const KELOMPOK: readonly [Kelompok, string][] = [
  ['tujuan', 'TUJUAN'],
  ['sasaran', 'SASARAN'],
  ['tidak-diketahui', 'TUJUAN / SASARAN'],
  ['program', 'PROGRAM'],
];

/**
 * Table 3.3's indicators by group: every tujuan / sasaran indicator, and the program indicators
 * the workbook states a Renstra target for.
 */
export function renstraRows(plan: TabelPlan): TabelIndicator[] {
  return KELOMPOK.flatMap(([kelompok]) =>
    plan.indicators.filter(
      (indicator) =>
        indicator.kelompok === kelompok &&
        (indicator.tingkat === 'tujuan-sasaran' || indicator.renstra.value !== null),
    ),
  );
}

/**
 * Tabel 3.1 (tujuan / sasaran) and 3.2 (program, with its sasaran program) of year N: target,
 * realisasi, capaian with arah, predikat. The indicator stands in column 4 in both.
 */
function* capaianBlock(context: BlockContext, top: number, tingkat: Tingkat): Steps<Block> {
  const { plan } = context;
  const b = new SheetBuilder();
  const program = tingkat === 'program';
  const listed = indicatorsOf(plan, tingkat);
  headers(b, top, [
    'No.',
    program ? programHeader(listed) : 'Tujuan / Sasaran',
    program ? 'Sasaran Program' : 'Satuan',
    program ? `Indikator ${programHeader(listed)}` : 'Indikator Kinerja',
    `Target ${plan.year}`,
    `Realisasi ${plan.year}`,
    'Capaian (%)',
    'Predikat',
  ]);
  const rows = yield* mapInSteps(listed, (indicator, i) => {
    const r = top + 1 + i;
    b.put(r, 1, i + 1);
    textCell(b, r, 2, program ? indicator.program : indicator.sasaran);
    textCell(b, r, 3, program ? indicator.sasaran : (indicator.satuan ?? ''));
    textCell(b, r, 4, indicator.indicator);
    const target = b.source(r, 5, indicator.target, NUMBER);
    const realisasi = b.source(r, 6, indicator.realisasi, NUMBER);
    const capaian = b.formula(r, 7, capaianOf(indicator.arah, realisasi, target), NUMBER);
    b.formula(r, 8, predikatOf(plan.scale, capaian));
    context.realisasiCells.set(indicator.id, realisasi);
    context.capaianCells.set(indicator.id, capaian);
    return r;
  });
  if (program) return block(b, top, rows, blockWidth(plan, 2), top);
  return block(b, top, rows, blockWidth(plan, 1), top, {
    type: 'column',
    title: `Target dan Realisasi Kinerja ${plan.year}`,
    source: { top, left: 4, bottom: top + listed.length, right: 6 },
  });
}

/** How realisasi moved from one year to the next, judged by arah (lower is better when turun). */
function changeOf(previous: Expr, current: Expr, arah: Arah): Expr {
  const [up, down] = arah === 'naik' ? ['naik', 'turun'] : ['turun', 'naik'];
  return unlessEmpty(
    [previous, current],
    iff(eq(current, previous), text('tetap'), iff(gt(current, previous), text(up), text(down))),
  );
}

/** The year's target and realisasi of an indicator: the report year's are table 1's. */
function yearValues(indicator: TabelIndicator, year: number, reportYear: number) {
  if (year === reportYear) return { target: indicator.target, realisasi: indicator.realisasi };
  return indicator.history[year];
}

/**
 * Tabel perbandingan: realisasi, target and capaian per year, the change of kinerja from the
 * year before. Realisasi of the years stand side by side, so the chart can show them.
 */
function* perbandinganBlock(context: BlockContext, top: number): Steps<Block> {
  const { plan } = context;
  const { years } = plan;
  const n = years.length;
  const b = new SheetBuilder();
  const realisasiCol = 3;
  const targetCol = realisasiCol + n;
  const capaianCol = targetCol + n;
  const changeCol = capaianCol + n;
  const width = blockWidth(plan, 8);
  b.header(top, 1, 'No.', { rows: 2 });
  b.header(top, 2, 'Indikator Kinerja', { rows: 2 });
  b.header(top, realisasiCol, 'Realisasi', { cols: n });
  b.header(top, targetCol, 'Target', { cols: n });
  b.header(top, capaianCol, 'Capaian (%)', { cols: n });
  if (n > 1)
    b.header(top, changeCol, `Perubahan kinerja ${years[n - 2]}–${years[n - 1]}`, { rows: 2 });
  for (const first of [realisasiCol, targetCol, capaianCol]) {
    years.forEach((year, i) => b.header(top + 1, first + i, String(year)));
  }
  // Only indicators with an earlier year: the others have nothing to compare.
  const listed = plan.indicators.filter((indicator) => Object.keys(indicator.history).length > 0);
  const rows = yield* mapInSteps(listed, (indicator, i) => {
    const r = top + 2 + i;
    b.put(r, 1, i + 1);
    textCell(b, r, 2, indicator.indicator);
    const realisasi = years.map((year, y) => {
      const values = yearValues(indicator, year, plan.year);
      // Only the report year's unknowns are for the staff to fill.
      const at = (col: number, value: SourceValue | undefined) =>
        value ? b.source(r, col, value, NUMBER, year === plan.year) : b.put(r, col, null, NUMBER);
      const done = at(realisasiCol + y, values?.realisasi);
      const target = at(targetCol + y, values?.target);
      b.formula(r, capaianCol + y, capaianOf(indicator.arah, done, target), NUMBER);
      return done;
    });
    if (n > 1)
      b.formula(r, changeCol, changeOf(realisasi[n - 2], realisasi[n - 1], indicator.arah));
    return r;
  });
  const last = top + 1 + listed.length;
  return block(b, top + 1, rows, width, top, {
    type: 'column',
    title: `Realisasi Kinerja ${years[0]}–${years[n - 1]}`,
    source: { top: top + 1, left: 2, bottom: last, right: targetCol - 1 },
  });
}

/**
 * Tabel terhadap target akhir Renstra, grouped under TUJUAN / SASARAN rows as the report has
 * them: realisasi to date, capaian against it, what remains.
 */
function* renstraBlock(context: BlockContext, top: number): Steps<Block> {
  const { plan } = context;
  const b = new SheetBuilder();
  const width = blockWidth(plan, 3);
  headers(b, top, [
    'No.',
    'Indikator Kinerja',
    'Target Akhir Renstra',
    `Realisasi s.d. ${plan.year}`,
    'Capaian (%)',
    'Sisa target',
  ]);
  const rows: number[] = [];
  let r = top;
  let shown: Kelompok | undefined;
  yield* mapInSteps(renstraRows(plan), (indicator, i) => {
    if (indicator.kelompok !== shown) {
      shown = indicator.kelompok;
      r += 1;
      b.note(r, KELOMPOK.find(([k]) => k === shown)![1], width, { bold: true });
      rows.push(r);
    }
    r += 1;
    rows.push(r);
    b.put(r, 1, i + 1);
    textCell(b, r, 2, indicator.indicator);
    const target = b.source(r, 3, indicator.renstra, NUMBER);
    const realisasi = realisasiCell(b, r, 4, context, indicator);
    b.formula(r, 5, capaianOf(indicator.arah, realisasi, target), NUMBER);
    // What remains of the Renstra target: lower is better when turun; nothing once reached.
    const remaining = indicator.arah === 'naik' ? sub(target, realisasi) : sub(realisasi, target);
    b.formula(r, 6, unlessEmpty([target, realisasi], max(num(0), remaining)), NUMBER);
  });
  return block(b, top, rows, width, top);
}

/**
 * A row per indicator of a level under the header at `top`: No., its sasaran (a program
 * indicator: its program), its name; `rest` writes the cells from column 4 on.
 */
function listRows(
  b: SheetBuilder,
  plan: TabelPlan,
  top: number,
  tingkat: Tingkat,
  rest: (r: number, indicator: TabelIndicator) => void,
): Steps<number[]> {
  return mapInSteps(indicatorsOf(plan, tingkat), (indicator, i) => {
    const r = top + 1 + i;
    b.put(r, 1, i + 1);
    textCell(b, r, 2, tingkat === 'program' ? indicator.program : indicator.sasaran);
    textCell(b, r, 3, indicator.indicator);
    rest(r, indicator);
    return r;
  });
}

/**
 * Tabel 3.4: each tujuan / sasaran indicator's realisasi (as table 3.1) beside other units'
 * (linked where the workbook compares, yellow where not) and the national standard (yellow).
 */
function* pembandingBlock(context: BlockContext, top: number): Steps<Block> {
  const { plan } = context;
  const b = new SheetBuilder();
  const others = plan.pembanding;
  headers(b, top, [
    'No.',
    'Tujuan / Sasaran',
    'Indikator Kinerja',
    `Realisasi ${plan.year} ${plan.unit ?? 'unit ini'}`,
    ...(others.length > 0
      ? others.map((other) => `Realisasi ${other.unit}`)
      : ['Realisasi perangkat daerah lain (isi nama di judul)']),
    'Standar nasional',
  ]);
  const rows = yield* listRows(b, plan, top, 'tujuan-sasaran', (r, indicator) => {
    realisasiCell(b, r, 4, context, indicator);
    if (others.length === 0) b.input(r, 5, null, NUMBER);
    others.forEach((other, k) => {
      const value = other.values[indicator.id];
      if (value) b.source(r, 5 + k, value, NUMBER);
      else b.input(r, 5 + k, null, NUMBER);
    });
    b.input(r, 5 + Math.max(1, others.length), null, NUMBER);
  });
  return block(b, top, rows, blockWidth(plan, 4), top, undefined, PEMBANDING_NOTE);
}

/** Tabel 3.5: per tujuan / sasaran indicator, what only the staff know, as yellow cells. */
function* permasalahanBlock(context: BlockContext, top: number): Steps<Block> {
  const { plan } = context;
  const b = new SheetBuilder();
  headers(b, top, [
    'No.',
    'Tujuan / Sasaran',
    'Indikator Tujuan / Sasaran',
    'Kendala / permasalahan yang dihadapi dalam pencapaian kinerja',
    'Upaya menyelesaikan kendala / permasalahan',
    'Faktor keberhasilan tercapainya kinerja',
  ]);
  const rows = yield* listRows(b, plan, top, 'tujuan-sasaran', (r) => {
    for (const col of [4, 5, 6]) b.put(r, col, null, TO_FILL);
  });
  return block(b, top, rows, blockWidth(plan, 5), top, undefined, PERMASALAHAN_NOTE);
}

/** Tabel 3.7: the program indicators of table 3.2 and their capaian, as programs that supported it. */
function* penunjangBlock(context: BlockContext, top: number): Steps<Block> {
  const { plan } = context;
  const b = new SheetBuilder();
  const header = programHeader(indicatorsOf(plan, 'program'));
  headers(b, top, ['No.', header, `Indikator ${header}`, `Capaian kinerja ${plan.year} (%)`]);
  const rows = yield* listRows(b, plan, top, 'program', (r, indicator) =>
    kinerjaCell(b, r, 4, context, indicator.id),
  );
  return block(b, top, rows, blockWidth(plan, 7), top);
}

/**
 * A workbook value inside a formula: its link (in parentheses where it is an expression, so
 * `R/T*100` keeps its order around `'PK'!F2*100`), else its constant; undefined when unknown.
 */
function operand(value: SourceValue): Expr | undefined {
  if (value.ref !== undefined && value.reading !== undefined) {
    const link = linked(value.ref, value.reading, value.value);
    return value.reading === 'number' ? link : group(link);
  }
  return value.value === null ? undefined : group(num(value.value));
}

/** `then`, empty where the divisor is 0: a generated sheet holds no #DIV/0! (the plan notes it). */
function unlessZero(divisor: Expr, then: Expr): Expr {
  return iff(eq(divisor, num(0)), EMPTY, then);
}

/** Capaian as core computes it (both arah divide by the target); empty where the target is 0. */
function capaianOf(arah: Arah, realisasi: Expr, target: Expr): Expr {
  return unlessZero(target, coreCapaianOf(arah, realisasi, target));
}

/** Serapan anggaran: realisasi / pagu × 100; empty while either is, and where the pagu is 0. */
function serapanOf(pagu: Expr, realisasi: Expr): Expr {
  return unlessZero(pagu, unlessEmpty([pagu, realisasi], mul(div(realisasi, pagu), num(100))));
}

/**
 * Kinerja: table 1's capaian cell, else computed here from the same sources; a yellow input
 * when they are not known.
 */
function kinerjaCell(
  b: SheetBuilder,
  r: number,
  col: number,
  context: BlockContext,
  id: string,
): Expr {
  const cell = context.capaianCells.get(id);
  if (cell !== undefined) return b.formula(r, col, cell, NUMBER);
  const indicator = context.plan.indicators.find((row) => row.id === id)!;
  const [realisasi, target] = [operand(indicator.realisasi), operand(indicator.target)];
  if (realisasi === undefined || target === undefined) return b.input(r, col, null, NUMBER);
  return b.formula(r, col, capaianOf(indicator.arah, realisasi, target), NUMBER);
}

/** A budget amount inside a formula: its cell, or the SUM of its kelompok belanja cells. */
function amountOperand(amount: Amount): Expr | undefined {
  const parts = amount.map(operand);
  if (parts.some((part) => part === undefined)) return undefined;
  return parts.length === 1 ? parts[0] : sumOf(parts as Expr[]);
}

/** A budget amount's cell: the workbook's cell linked, or the SUM of its groups' cells. */
function amountCell(b: SheetBuilder, r: number, col: number, amount: Amount): Expr {
  if (amount.length === 1) return b.source(r, col, amount[0], MONEY);
  const expr = amountOperand(amount);
  return expr === undefined ? b.input(r, col, null, MONEY) : b.formula(r, col, expr, MONEY);
}

/** Serapan as stated, or computed from the program's pagu and realisasi in the budget table. */
function serapanCell(b: SheetBuilder, r: number, value: EfisiensiRow['serapan']): Expr {
  if (!('pagu' in value)) return b.source(r, 6, value, NUMBER);
  const [pagu, realisasi] = [amountOperand(value.pagu), amountOperand(value.realisasi)];
  if (pagu === undefined || realisasi === undefined) return b.input(r, 6, null, NUMBER);
  return b.formula(r, 6, serapanOf(pagu, realisasi), NUMBER);
}

/** Tabel efisiensi penggunaan sumber daya, numbered as the seed: `7 = 5 − 6`. */
function* efisiensiBlock(context: BlockContext, top: number): Steps<Block> {
  const { plan } = context;
  const b = new SheetBuilder();
  headers(b, top, [
    'No. (1)',
    'Sasaran (2)',
    'Program (3)',
    'Indikator (4)',
    `Capaian kinerja ${plan.year} (%) (5)`,
    `Serapan anggaran ${plan.year} (%) (6)`,
    'Efisiensi (7 = 5 − 6)',
  ]);
  const rows = yield* mapInSteps(plan.efisiensi, (row, i) => {
    const r = top + 1 + i;
    b.put(r, 1, i + 1);
    textCell(b, r, 2, row.sasaran);
    textCell(b, r, 3, row.program);
    textCell(b, r, 4, row.indicator);
    const kinerja =
      'indicatorId' in row.kinerja
        ? kinerjaCell(b, r, 5, context, row.kinerja.indicatorId)
        : b.source(r, 5, row.kinerja, NUMBER);
    const absorbed = serapanCell(b, r, row.serapan);
    // Efisiensi: capaian kinerja − serapan anggaran, in percentage points.
    b.formula(r, 7, unlessEmpty([kinerja, absorbed], sub(kinerja, absorbed)), NUMBER);
    return r;
  });
  return block(b, top, rows, blockWidth(plan, 6), top, {
    type: 'bar',
    title: `Capaian Kinerja dan Serapan Anggaran ${plan.year}`,
    source: { top, left: 4, bottom: top + plan.efisiensi.length, right: 6 },
  });
}

/** Table 9's pagu column; realisasi and serapan follow it. */
const PAGU = 5;
const SERAPAN = PAGU + 2;

/** An amount the workbook states unreadably is its parts' sum, where the line has parts. */
function summed(line: AnggaranRow, amount: Amount): boolean {
  return line.children.length > 0 && amount.some((cell) => cell.value === null);
}

/**
 * The lines the rows above `end` need: their own, and the parts their sums add up (a line shows
 * its parts' sum, or states an amount unreadably). Parts come after their line.
 */
function linesAbove(lines: AnggaranRow[], rowOf: number[], end: number): boolean[] {
  const needed = lines.map((_, i) => rowOf[i] < end);
  lines.forEach((line, i) => {
    if (needed[i] && (line.partsDiffer || summed(line, line.pagu) || summed(line, line.realisasi)))
      for (const part of line.children) needed[part] = true;
  });
  return needed;
}

/**
 * Tabel realisasi anggaran: each line with the indicator the budget table writes on it, pagu and
 * realisasi linked to the budget table as the workbook states them, serapan of each, the JUMLAH
 * the SUM of the programs. Where a line's parts (by code) add up to something else, a row below
 * it shows their SUM; where the workbook's own total row is not the JUMLAH, a row shows it too.
 * A preview of its first `shown` rows lays out only the lines they need: a budget has thousands.
 */
function* anggaranBlock(context: BlockContext, top: number, shown = Infinity): Steps<Block> {
  const { plan } = context;
  const lines = plan.anggaran;
  const jumlah = plan.anggaranJumlah;
  const b = new SheetBuilder();
  headers(b, top, [
    'No.',
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Indikator',
    'Pagu (Rp)',
    'Realisasi (Rp)',
    'Serapan (%)',
  ]);
  const rowOf: number[] = [];
  let next = top + 1;
  for (const line of lines) {
    rowOf.push(next);
    next += line.partsDiffer ? 2 : 1;
  }
  const total = next;
  const last = total + (jumlah.partsDiffer ? 1 : 0) + (jumlah.stated ? 1 : 0);
  // Its rows follow one another: the lines (a line's parts' sum under it), JUMLAH, rows under it.
  const rows = Array.from({ length: last - top }, (_, i) => top + 1 + i);
  const whole = last < top + 1 + shown;
  const needed = linesAbove(lines, rowOf, whole ? Infinity : top + 1 + shown);
  /** A row of pagu, realisasi and their serapan. */
  const amountsRow = (r: number, pagu: Expr, realisasi: Expr): [Expr, Expr] => {
    b.formula(r, SERAPAN, serapanOf(pagu, realisasi), NUMBER);
    return [pagu, realisasi];
  };
  const stated = new Array<[Expr, Expr]>(lines.length);
  const sums = new Array<[Expr, Expr] | undefined>(lines.length);
  /** SUM of lines' amounts: each one's parts where it shows them, else its own. */
  const sumCell = (r: number, col: number, of: number[]): Expr =>
    b.formula(r, col, sumOf(of.map((i) => (sums[i] ?? stated[i])[col - PAGU])), MONEY);
  const sumRow = (r: number, label: string, of: number[]): [Expr, Expr] => {
    textCell(b, r, 3, label);
    return amountsRow(r, sumCell(r, PAGU, of), sumCell(r, PAGU + 1, of));
  };
  // Children come after their parents: from the bottom, each line's parts are there.
  let laid = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!needed[i]) continue;
    if (stepDue(laid++)) yield;
    const line = lines[i];
    const r = rowOf[i];
    b.put(r, 1, i + 1);
    textCell(b, r, 2, line.kode, line.level === 0);
    textCell(b, r, 3, line.label, line.level === 0);
    textCell(b, r, 4, line.indikator);
    const [pagu, realisasi] = ([line.pagu, line.realisasi] as const).map((amount, k) =>
      summed(line, amount)
        ? sumCell(r, PAGU + k, line.children)
        : amountCell(b, r, PAGU + k, amount),
    );
    stated[i] = amountsRow(r, pagu, realisasi);
    if (line.partsDiffer) sums[i] = sumRow(r + 1, 'Menurut rinciannya', line.children);
  }
  if (!whole) return block(b, top, rows, blockWidth(plan, 9), top);
  const roots = lines.flatMap((line, i) => (line.level === 0 ? [i] : []));
  b.header(total, 1, 'JUMLAH', { cols: PAGU - 1 });
  const programs = (col: number) =>
    b.formula(total, col, sumOf(roots.map((i) => stated[i][col - PAGU])), MONEY);
  amountsRow(total, programs(PAGU), programs(PAGU + 1));
  // Labels that are not JUMLAH / TOTAL: read back, these rows are no totals of the rows above.
  let below = total + 1;
  if (jumlah.partsDiffer) sumRow(below++, 'Seluruh program menurut rinciannya', roots);
  if (jumlah.stated) {
    textCell(b, below, 3, `Tertulis di workbook (${jumlah.stated.cell})`);
    amountsRow(
      below,
      amountCell(b, below, PAGU, jumlah.stated.pagu),
      amountCell(b, below, PAGU + 1, jumlah.stated.realisasi),
    );
  }
  return block(b, top, rows, blockWidth(plan, 9), top);
}

/**
 * Columns a table takes: table 3.4 one per other unit (at least one to fill) and the standard;
 * table 8 one per year for realisasi, target and capaian, and the change.
 */
export function blockWidth(plan: TabelPlan, id: TabelId): number {
  const n = plan.years.length;
  const units = Math.max(1, plan.pembanding.length);
  return { 1: 8, 2: 8, 3: 6, 4: 5 + units, 5: 6, 6: 7, 7: 4, 8: 2 + 3 * n + (n > 1 ? 1 : 0), 9: 7 }[
    id
  ];
}

/**
 * Each table's block from row `top` down. `shown`: the data rows a preview shows; only the budget
 * table, thousands of lines, lays out no more than those need. The others are laid out whole:
 * tables 3.3–3.7 refer to table 3.1's cells, and an LKj has some dozens of indicators.
 */
export const BLOCKS: Record<
  TabelId,
  (context: BlockContext, top: number, shown?: number) => Steps<Block>
> = {
  1: (context, top) => capaianBlock(context, top, 'tujuan-sasaran'),
  2: (context, top) => capaianBlock(context, top, 'program'),
  3: renstraBlock,
  4: pembandingBlock,
  5: permasalahanBlock,
  6: efisiensiBlock,
  7: penunjangBlock,
  8: perbandinganBlock,
  9: anggaranBlock,
};

/** A cell's value as the pane previews it: `98,34`, `Berhasil`, `#DIV/0!`, `` for empty. */
export function previewText(cell: SpecCell | undefined): string {
  if (!cell) return '';
  const value = cell.formula !== undefined ? cell.result : cell.value;
  if (typeof value === 'number') return formatAngka(value, Number.isInteger(value) ? 0 : 2);
  return value === null || value === undefined ? '' : String(value);
}
