/**
 * The five tables as blocks of cells from a given row down: each value a link to the workbook's
 * cell (or a yellow input), each computed cell a native formula with the value core computes.
 */
import { formatAngka } from '../core/angka';
import type { Arah } from '../core/capaian';
import { serapan } from '../core/capaian';
import { attempt, capaianResult, predikatResult, type Result } from '../sheetgen/results';
import { capaianOf, targetFormula, unlessEmpty } from '../sheetgen/formulas';
import { predikatFormulaOf } from '../sheetgen/predikat-formula';
import { toA1, type CellRange } from '../workbook/model';
import type { ChartSpec, SpecCell } from '../sheetgen/sheet-spec';
import type { EfisiensiRow, SourceValue, TabelId, TabelIndicator, TabelPlan } from './types';

const NUMBER_FORMAT = '#,##0.00';
const MONEY_FORMAT = '#,##0';
/** SUM takes at most 255 arguments; longer lists are summed in groups. */
const SUM_GROUP = 200;

export interface Block {
  cells: SpecCell[];
  merges: CellRange[];
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
}

/** What blocks share: table 1's capaian cell of each indicator, when table 1 is written. */
export interface BlockContext {
  plan: TabelPlan;
  capaianCells: Map<string, string>;
}

type Value = { formula: string; result: Result } | { value: number | null; highlight?: boolean };

/** A workbook value: a link to its cell, a constant, or a yellow blank to fill. */
function source(value: SourceValue, highlight = true): Value {
  if (value.ref !== undefined && value.reading !== undefined) {
    return { formula: targetFormula(value.ref, value.reading), result: value.value ?? '' };
  }
  return value.value === null ? { value: null, highlight } : { value: value.value };
}

function resultOf(value: Value): Result {
  return 'formula' in value ? value.result : (value.value ?? '');
}

class Builder {
  readonly cells: SpecCell[] = [];
  readonly merges: CellRange[] = [];

  text(row: number, col: number, value: string, bold = false): void {
    this.cells.push({ row, col, value, wrap: true, ...(bold ? { bold } : {}) });
  }

  put(row: number, col: number, value: Value, numFmt = NUMBER_FORMAT): Result {
    this.cells.push({ row, col, numFmt, ...value });
    return resultOf(value);
  }

  formula(row: number, col: number, formula: string, result: Result, numFmt?: string): Result {
    this.cells.push({ row, col, formula, result, ...(numFmt ? { numFmt } : {}) });
    return result;
  }

  headers(row: number, titles: string[], first = 1): void {
    titles.forEach((title, i) => this.text(row, first + i, title, true));
  }

  tall(row: number, col: number, title: string): void {
    this.text(row, col, title, true);
    this.merges.push({ top: row, left: col, bottom: row + 1, right: col });
  }

  across(row: number, left: number, right: number, title: string): void {
    this.text(row, left, title, true);
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
  }
}

function block(
  builder: Builder,
  headerRow: number,
  dataRows: number[],
  width: number,
  top: number,
  chart?: Block['chart'],
): Block {
  const bottom = dataRows.length > 0 ? dataRows[dataRows.length - 1] : headerRow;
  const result: Block = {
    cells: builder.cells,
    merges: builder.merges,
    top,
    headerRow,
    dataRows,
    height: bottom - top + 1,
    width,
  };
  if (chart) result.chart = chart;
  return result;
}

/**
 * What a formula guarded by unlessEmpty gives: an operand's error (Excel's `=""` test passes it
 * on), else empty while an operand is, else what `compute` makes of the numbers.
 */
function guarded(values: Result[], compute: (...numbers: number[]) => Result): Result {
  const error = values.find((value) => typeof value === 'string' && value !== '');
  if (error !== undefined) return error;
  return values.some((value) => value === '') ? '' : compute(...(values as number[]));
}

function capaianCell(
  b: Builder,
  row: number,
  col: number,
  arah: Arah,
  realisasi: [string, Result],
  target: [string, Result],
): Result {
  return b.formula(
    row,
    col,
    capaianOf(arah, realisasi[0], target[0]),
    capaianResult(realisasi[1], target[1], arah),
    NUMBER_FORMAT,
  );
}

/** Tabel capaian kinerja tahun N: target, realisasi, capaian with arah, predikat. */
function capaianBlock(context: BlockContext, top: number): Block {
  const { plan } = context;
  const b = new Builder();
  b.headers(top, [
    'No.',
    'Sasaran / Tujuan',
    'Satuan',
    'Indikator Kinerja',
    `Target ${plan.year}`,
    `Realisasi ${plan.year}`,
    'Capaian (%)',
    'Predikat',
  ]);
  const rows = plan.indicators.map((indicator, i) => {
    const r = top + 1 + i;
    b.cells.push({ row: r, col: 1, value: i + 1 });
    b.text(r, 2, indicator.sasaran);
    b.text(r, 3, indicator.satuan ?? '');
    b.text(r, 4, indicator.indicator);
    const target = b.put(r, 5, source(indicator.target));
    const realisasi = b.put(r, 6, source(indicator.realisasi));
    const capaian = capaianCell(
      b,
      r,
      7,
      indicator.arah,
      [toA1(r, 6), realisasi],
      [toA1(r, 5), target],
    );
    b.formula(r, 8, predikatFormulaOf(plan.scale, toA1(r, 7)), predikatResult(capaian, plan.scale));
    context.capaianCells.set(indicator.id, toA1(r, 7));
    return r;
  });
  const last = top + plan.indicators.length;
  return block(b, top, rows, blockWidth(plan, 1), top, {
    type: 'column',
    title: `Target dan Realisasi Kinerja ${plan.year}`,
    source: { top, left: 4, bottom: last, right: 6 },
  });
}

/** How realisasi moved from one year to the next, judged by arah (lower is better when turun). */
function change(previous: Result, current: Result, arah: Arah): Result {
  return guarded([previous, current], (before, now) => {
    if (now === before) return 'tetap';
    return now > before === (arah === 'naik') ? 'naik' : 'turun';
  });
}

function changeFormula(previous: string, current: string, arah: Arah): string {
  const [up, down] = arah === 'naik' ? ['"naik"', '"turun"'] : ['"turun"', '"naik"'];
  return unlessEmpty(
    [previous, current],
    `IF(${current}=${previous},"tetap",IF(${current}>${previous},${up},${down}))`,
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
function perbandinganBlock(context: BlockContext, top: number): Block {
  const { plan } = context;
  const { years } = plan;
  const n = years.length;
  const b = new Builder();
  const realisasiCol = 3;
  const targetCol = realisasiCol + n;
  const capaianCol = targetCol + n;
  const changeCol = capaianCol + n;
  const width = blockWidth(plan, 2);
  b.tall(top, 1, 'No.');
  b.tall(top, 2, 'Indikator Kinerja');
  b.across(top, realisasiCol, targetCol - 1, 'Realisasi');
  b.across(top, targetCol, capaianCol - 1, 'Target');
  b.across(top, capaianCol, changeCol - 1, 'Capaian (%)');
  if (n > 1) b.tall(top, changeCol, `Perubahan kinerja ${years[n - 2]}–${years[n - 1]}`);
  for (const first of [realisasiCol, targetCol, capaianCol]) {
    years.forEach((year, i) => b.text(top + 1, first + i, String(year), true));
  }
  // Only indicators with an earlier year: the others have nothing to compare.
  const listed = plan.indicators.filter((indicator) => Object.keys(indicator.history).length > 0);
  const rows = listed.map((indicator, i) => {
    const r = top + 2 + i;
    b.cells.push({ row: r, col: 1, value: i + 1 });
    b.text(r, 2, indicator.indicator);
    const realisasi: Result[] = [];
    years.forEach((year, y) => {
      const values = yearValues(indicator, year, plan.year);
      const own = year === plan.year;
      const at = (value: SourceValue | undefined): Value =>
        value ? source(value, own) : { value: null };
      realisasi.push(b.put(r, realisasiCol + y, at(values?.realisasi)));
      const target = b.put(r, targetCol + y, at(values?.target));
      capaianCell(
        b,
        r,
        capaianCol + y,
        indicator.arah,
        [toA1(r, realisasiCol + y), realisasi[y]],
        [toA1(r, targetCol + y), target],
      );
    });
    if (n > 1) {
      const [previous, current] = [toA1(r, targetCol - 2), toA1(r, targetCol - 1)];
      b.formula(
        r,
        changeCol,
        changeFormula(previous, current, indicator.arah),
        change(realisasi[n - 2], realisasi[n - 1], indicator.arah),
      );
    }
    return r;
  });
  const last = top + 1 + listed.length;
  return block(b, top + 1, rows, width, top, {
    type: 'column',
    title: `Realisasi Kinerja ${years[0]}–${years[n - 1]}`,
    source: { top: top + 1, left: 2, bottom: last, right: targetCol - 1 },
  });
}

/** What remains of the Renstra target: lower is better when turun; nothing once reached. */
function sisa(target: Result, realisasi: Result, arah: Arah): Result {
  return guarded([target, realisasi], (t, r) => Math.max(0, arah === 'naik' ? t - r : r - t));
}

/** Tabel terhadap target akhir Renstra: realisasi to date, capaian against it, what remains. */
function renstraBlock(context: BlockContext, top: number): Block {
  const { plan } = context;
  const b = new Builder();
  b.headers(top, [
    'No.',
    'Indikator Kinerja',
    'Target Akhir Renstra',
    `Realisasi s.d. ${plan.year}`,
    'Capaian (%)',
    'Sisa target',
  ]);
  const rows = plan.indicators.map((indicator, i) => {
    const r = top + 1 + i;
    b.cells.push({ row: r, col: 1, value: i + 1 });
    b.text(r, 2, indicator.indicator);
    const target = b.put(r, 3, source(indicator.renstra));
    const realisasi = b.put(r, 4, source(indicator.realisasi));
    capaianCell(b, r, 5, indicator.arah, [toA1(r, 4), realisasi], [toA1(r, 3), target]);
    const [t, re] = [toA1(r, 3), toA1(r, 4)];
    const remaining = indicator.arah === 'naik' ? `MAX(0,${t}-${re})` : `MAX(0,${re}-${t})`;
    b.formula(
      r,
      6,
      unlessEmpty([t, re], remaining),
      sisa(target, realisasi, indicator.arah),
      NUMBER_FORMAT,
    );
    return r;
  });
  return block(b, top, rows, blockWidth(plan, 3), top);
}

/** Efisiensi (`7 = 5 − 6`): capaian kinerja − serapan anggaran, in percentage points. */
function efisiensiResult(kinerja: Result, serapanValue: Result): Result {
  return guarded([kinerja, serapanValue], (k, s) => k - s);
}

/** The capaian result table 1 gives an indicator. */
function indicatorCapaian(plan: TabelPlan, id: string): Result {
  const indicator = plan.indicators.find((row) => row.id === id);
  if (!indicator) return '';
  const realisasi = resultOf(source(indicator.realisasi));
  const target = resultOf(source(indicator.target));
  return capaianResult(realisasi, target, indicator.arah);
}

/** Kinerja as a formula: table 1's capaian cell, else computed here from the same sources. */
function kinerjaValue(context: BlockContext, id: string): Value {
  const result = indicatorCapaian(context.plan, id);
  const cell = context.capaianCells.get(id);
  if (cell !== undefined) return { formula: cell, result };
  const indicator = context.plan.indicators.find((row) => row.id === id)!;
  const [realisasi, target] = [operand(indicator.realisasi), operand(indicator.target)];
  if (realisasi === undefined || target === undefined) return { value: null, highlight: true };
  return { formula: capaianOf(indicator.arah, realisasi, target), result };
}

/**
 * A workbook value inside a formula: its link (in parentheses where it is an expression, so
 * `R/T*100` keeps its order around `'PK'!F2*100`), else its constant; undefined when unknown.
 */
function operand(value: SourceValue): string | undefined {
  if (value.ref !== undefined && value.reading !== undefined) {
    const formula = targetFormula(value.ref, value.reading);
    return value.reading === 'number' ? formula : `(${formula})`;
  }
  return value.value === null ? undefined : `(${value.value})`;
}

/** Serapan as stated, or computed from the program's pagu and realisasi in the budget table. */
function serapanValue(value: EfisiensiRow['serapan']): Value {
  if (!('pagu' in value)) return source(value);
  const [pagu, realisasi] = [operand(value.pagu), operand(value.realisasi)];
  if (pagu === undefined || realisasi === undefined) return { value: null, highlight: true };
  return {
    formula: unlessEmpty([pagu, realisasi], `${realisasi}/${pagu}*100`),
    result: serapanResult(value.pagu.value ?? '', value.realisasi.value ?? ''),
  };
}

/** Tabel efisiensi penggunaan sumber daya, numbered as the seed: `7 = 5 − 6`. */
function efisiensiBlock(context: BlockContext, top: number): Block {
  const { plan } = context;
  const b = new Builder();
  b.headers(top, [
    'No. (1)',
    'Sasaran (2)',
    'Program (3)',
    'Indikator (4)',
    `Capaian kinerja ${plan.year} (%) (5)`,
    `Serapan anggaran ${plan.year} (%) (6)`,
    'Efisiensi (7 = 5 − 6)',
  ]);
  const rows = plan.efisiensi.map((row, i) => {
    const r = top + 1 + i;
    b.cells.push({ row: r, col: 1, value: i + 1 });
    b.text(r, 2, row.sasaran);
    b.text(r, 3, row.program);
    b.text(r, 4, row.indicator);
    const kinerja = b.put(
      r,
      5,
      'indicatorId' in row.kinerja
        ? kinerjaValue(context, row.kinerja.indicatorId)
        : source(row.kinerja),
    );
    const absorbed = b.put(r, 6, serapanValue(row.serapan));
    b.formula(
      r,
      7,
      unlessEmpty([toA1(r, 5), toA1(r, 6)], `${toA1(r, 5)}-${toA1(r, 6)}`),
      efisiensiResult(kinerja, absorbed),
      NUMBER_FORMAT,
    );
    return r;
  });
  return block(b, top, rows, blockWidth(plan, 4), top, {
    type: 'bar',
    title: `Capaian Kinerja dan Serapan Anggaran ${plan.year}`,
    source: { top, left: 4, bottom: top + plan.efisiensi.length, right: 6 },
  });
}

/** SUM as Excel computes it: empty cells count 0, an error passes on. */
function sumOf(results: Result[]): Result {
  const error = results.find((value) => typeof value === 'string' && value !== '');
  if (error !== undefined) return error;
  return results.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
}

function sumFormula(cells: string[]): string {
  if (cells.length <= SUM_GROUP) return `SUM(${cells.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < cells.length; i += SUM_GROUP)
    groups.push(`SUM(${cells.slice(i, i + SUM_GROUP).join(',')})`);
  return `SUM(${groups.join(',')})`;
}

function serapanResult(pagu: Result, realisasi: Result): Result {
  return guarded([pagu, realisasi], (p, r) => attempt(() => serapan(p, r)));
}

/**
 * Tabel realisasi anggaran: pagu and realisasi of each line linked to the budget table, a
 * parent's the SUM of its children (by code), serapan of each, the JUMLAH of the programs.
 */
function anggaranBlock(context: BlockContext, top: number): Block {
  const { plan } = context;
  const lines = plan.anggaran;
  const b = new Builder();
  b.headers(top, [
    'No.',
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Pagu (Rp)',
    'Realisasi (Rp)',
    'Serapan (%)',
  ]);
  const rowOf = (i: number) => top + 1 + i;
  const amounts: [Result, Result][] = new Array(lines.length);
  // Children come after their parents: fill from the bottom so each parent's sum is known.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const r = rowOf(i);
    const pair = [4, 5].map((col, k) => {
      if (line.children.length === 0) {
        return b.put(r, col, source(k === 0 ? line.pagu : line.realisasi), MONEY_FORMAT);
      }
      const cells = line.children.map((child) => toA1(rowOf(child), col));
      const result = sumOf(line.children.map((child) => amounts[child][k]));
      return b.formula(r, col, sumFormula(cells), result, MONEY_FORMAT);
    }) as [Result, Result];
    amounts[i] = pair;
  }
  const serapanCell = (r: number, pair: [Result, Result]) =>
    b.formula(
      r,
      6,
      unlessEmpty([toA1(r, 4), toA1(r, 5)], `${toA1(r, 5)}/${toA1(r, 4)}*100`),
      serapanResult(pair[0], pair[1]),
      NUMBER_FORMAT,
    );
  const rows = lines.map((line, i) => {
    const r = rowOf(i);
    b.cells.push({ row: r, col: 1, value: i + 1 });
    b.text(r, 2, line.kode, line.level === 0);
    b.text(r, 3, line.label, line.level === 0);
    serapanCell(r, amounts[i]);
    return r;
  });
  const total = rowOf(lines.length);
  b.across(total, 1, 3, 'JUMLAH');
  const roots = lines.flatMap((line, i) => (line.level === 0 ? [i] : []));
  const pair = [4, 5].map((col, k) =>
    b.formula(
      total,
      col,
      sumFormula(roots.map((i) => toA1(rowOf(i), col))),
      sumOf(roots.map((i) => amounts[i][k])),
      MONEY_FORMAT,
    ),
  ) as [Result, Result];
  serapanCell(total, pair);
  return block(b, top, [...rows, total], blockWidth(plan, 5), top);
}

/** Columns a table takes: table 2 one per year for realisasi, target and capaian, and the change. */
export function blockWidth(plan: TabelPlan, id: TabelId): number {
  const n = plan.years.length;
  return { 1: 8, 2: 2 + 3 * n + (n > 1 ? 1 : 0), 3: 6, 4: 7, 5: 6 }[id];
}

export const BLOCKS: Record<TabelId, (context: BlockContext, top: number) => Block> = {
  1: capaianBlock,
  2: perbandinganBlock,
  3: renstraBlock,
  4: efisiensiBlock,
  5: anggaranBlock,
};

/** A cell's value as the pane previews it: `98,34`, `Berhasil`, `#DIV/0!`, `` for empty. */
export function previewText(cell: SpecCell | undefined): string {
  if (!cell) return '';
  const value = cell.formula !== undefined ? cell.result : cell.value;
  if (typeof value === 'number') return formatAngka(value, Number.isInteger(value) ? 0 : 2);
  return value === null || value === undefined ? '' : String(value);
}
