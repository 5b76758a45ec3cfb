/**
 * Lays the plan out as the "Evaluasi Penghitungan TAHUN" sheet: two title rows, a two-row header,
 * one row per indicator, a note on the marked cells, the signature block.
 */
import type { ScaleName } from '../core/predikat';
import { SheetBuilder, titleRows } from '../sheetgen/builder';
import { linked, num, valuesOf, type Expr, type Result } from '../sheetgen/expr';
import { capaianOf, predikatOf } from '../sheetgen/formulas';
import { freeSheetName, type SheetSpec } from '../sheetgen/sheet-spec';
import { signatureBlock, signatureLines } from '../sheetgen/signature';
import { COL, hasilOf, inputColumns, LAST_COL, penghitunganOf } from './formulas';
import type { EvaluasiPlan, EvaluasiRow } from './types';

const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 2;
const NUMBER = { numFmt: '#,##0.00' };
/** Columns of the signature block: the last four, under Hasil … Predikat. */
const SIGNATURE_LEFT = COL.hasil;

const WIDTHS: Record<number, number> = {
  [COL.no]: 5,
  [COL.sasaran]: 26,
  [COL.indikator]: 34,
  [COL.formulasi]: 34,
  [COL.pembilang]: 10,
  [COL.penyebut]: 10,
  [COL.tw1]: 8,
  [COL.tw1 + 1]: 8,
  [COL.tw1 + 2]: 8,
  [COL.tw4]: 8,
  [COL.nilai]: 10,
  [COL.penghitungan]: 30,
  [COL.hasil]: 11,
  [COL.target]: 11,
  [COL.capaian]: 11,
  [COL.predikat]: 16,
};

/** Header cells spanning both header rows. */
const TALL_HEADERS: [number, string][] = [
  [COL.no, 'No.'],
  [COL.sasaran, 'Tujuan / Sasaran'],
  [COL.indikator, 'Indikator'],
  [COL.formulasi, 'Formulasi'],
  [COL.penghitungan, 'Penghitungan'],
  [COL.hasil, 'Hasil'],
  [COL.target, 'Target'],
  [COL.capaian, 'Capaian (%)'],
  [COL.predikat, 'Predikat'],
];

/** Input groups: a group header over its columns' own headers. */
const INPUT_GROUPS: { title: string; left: number; labels: string[] }[] = [
  { title: 'Data persentase', left: COL.pembilang, labels: ['Pembilang', 'Penyebut'] },
  {
    title: 'Data triwulan (rata-rata)',
    left: COL.tw1,
    labels: ['TW I', 'TW II', 'TW III', 'TW IV'],
  },
  { title: 'Data nilai / jumlah', left: COL.nilai, labels: ['Nilai'] },
];

export function evaluasiSheetName(year: number): string {
  return `Evaluasi Penghitungan ${year}`;
}

export function evaluasiSheet(plan: EvaluasiPlan, existingSheetNames: string[]): SheetSpec {
  const b = new SheetBuilder();
  titleRows(
    b,
    [
      'EVALUASI KINERJA DAN PENGHITUNGAN',
      [plan.unit, `TAHUN ${plan.year}`].filter(Boolean).join(' '),
    ],
    LAST_COL,
  );
  for (const [col, title] of TALL_HEADERS) b.header(HEADER_ROW, col, title, { rows: 2 });
  for (const group of INPUT_GROUPS) {
    b.header(HEADER_ROW, group.left, group.title, { cols: group.labels.length });
    group.labels.forEach((label, i) => b.header(HEADER_ROW + 1, group.left + i, label));
  }

  plan.rows.forEach((row, i) => indicatorCells(b, plan.scale, row, FIRST_DATA_ROW + i, i + 1));

  let next = FIRST_DATA_ROW + plan.rows.length + 1;
  if (b.hasInputs()) {
    b.note(
      next,
      'Sel berwarna kuning belum diketahui dari workbook: isi agar Hasil, Capaian dan Predikat terhitung.',
      LAST_COL,
    );
    next += 2;
  }
  signatureBlock(b, next, SIGNATURE_LEFT, LAST_COL, signatureLines(plan.signature));

  return b.spec({
    name: freeSheetName(evaluasiSheetName(plan.year), existingSheetNames),
    columnWidths: { ...WIDTHS },
  });
}

/** The computed cells of an indicator's row. */
interface RowCells {
  penghitungan: Expr;
  hasil: Expr;
  target: Expr;
  capaian: Expr;
  predikat: Expr;
}

function indicatorCells(
  b: SheetBuilder,
  scale: ScaleName,
  row: EvaluasiRow,
  r: number,
  no: number,
): RowCells {
  b.put(r, COL.no, no);
  b.put(r, COL.sasaran, row.sasaran, { wrap: true });
  b.put(r, COL.indikator, row.indicator, { wrap: true });
  b.put(r, COL.formulasi, row.formulasi, { wrap: true });
  const inputs = inputColumns(row.type).map((col, i) => {
    const value = row.inputs[i];
    return value === null ? b.input(r, col, null) : b.put(r, col, value);
  });
  const penghitungan = b.formula(r, COL.penghitungan, penghitunganOf(row.type, inputs), {
    wrap: true,
  });
  const fallback =
    row.hasilFallback === undefined
      ? undefined
      : row.hasilFallbackRef
        ? linked(row.hasilFallbackRef.ref, row.hasilFallbackRef.reading, row.hasilFallback)
        : num(row.hasilFallback);
  const hasil = b.formula(r, COL.hasil, hasilOf(row.type, inputs, fallback), NUMBER);
  // A reference to the workbook's target cell; a constant when it cannot be one; marked when unknown.
  const target = b.source(r, COL.target, row.target, NUMBER);
  const capaian = b.formula(r, COL.capaian, capaianOf(row.arah, hasil, target), NUMBER);
  const predikat = b.formula(r, COL.predikat, predikatOf(scale, capaian));
  return { penghitungan, hasil, target, capaian, predikat };
}

export type RowResults = Record<keyof RowCells, Result>;

/** What the row's formulas give, as the sheet caches them: the pane's preview. */
export function evaluateRow(row: EvaluasiRow, scale: ScaleName): RowResults {
  return valuesOf(indicatorCells(new SheetBuilder(), scale, row, FIRST_DATA_ROW, 1));
}
