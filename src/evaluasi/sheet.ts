/**
 * Lays the plan out as the "Evaluasi Penghitungan TAHUN" sheet: two title rows, a two-row header,
 * one row per indicator, a note on the marked cells, the signature block.
 */
import { freeSheetName, type SheetSpec, type SpecCell } from '../sheetgen/sheet-spec';
import { evaluateRow } from './compute';
import {
  capaianFormula,
  COL,
  hasilFormula,
  inputColumns,
  LAST_COL,
  penghitunganFormula,
  predikatFormula,
} from './formulas';
import { targetFormula } from '../sheetgen/formulas';
import { signatureLines } from '../facts/signature';
import type { EvaluasiPlan, EvaluasiRow } from './types';

const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 2;
const NUMBER_FORMAT = '#,##0.00';
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
  const cells: SpecCell[] = [];
  const merges: SheetSpec['merges'] = [];
  const across = (row: number, left: number, right: number) =>
    merges.push({ top: row, left, bottom: row, right });

  const titles = [
    'EVALUASI KINERJA DAN PENGHITUNGAN',
    [plan.unit, `TAHUN ${plan.year}`].filter(Boolean).join(' '),
  ];
  titles.forEach((title, i) => {
    cells.push({ row: i + 1, col: 1, value: title, bold: true });
    across(i + 1, 1, LAST_COL);
  });

  for (const [col, title] of TALL_HEADERS) {
    cells.push({ row: HEADER_ROW, col, value: title, bold: true, wrap: true });
    merges.push({ top: HEADER_ROW, left: col, bottom: HEADER_ROW + 1, right: col });
  }
  for (const group of INPUT_GROUPS) {
    cells.push({ row: HEADER_ROW, col: group.left, value: group.title, bold: true, wrap: true });
    if (group.labels.length > 1)
      across(HEADER_ROW, group.left, group.left + group.labels.length - 1);
    group.labels.forEach((label, i) => {
      cells.push({
        row: HEADER_ROW + 1,
        col: group.left + i,
        value: label,
        bold: true,
        wrap: true,
      });
    });
  }

  plan.rows.forEach((row, i) =>
    cells.push(...indicatorCells(plan, row, FIRST_DATA_ROW + i, i + 1)),
  );

  let next = FIRST_DATA_ROW + plan.rows.length + 1;
  if (cells.some((cell) => cell.highlight)) {
    cells.push({
      row: next,
      col: 1,
      value:
        'Sel berwarna kuning belum diketahui dari workbook: isi agar Hasil, Capaian dan Predikat terhitung.',
    });
    across(next, 1, LAST_COL);
    next += 2;
  }
  signatureLines(plan.signature).forEach((line, i) => {
    if (line.text !== '')
      cells.push({ row: next + i, col: SIGNATURE_LEFT, value: line.text, bold: line.bold });
    across(next + i, SIGNATURE_LEFT, LAST_COL);
  });

  return {
    name: freeSheetName(evaluasiSheetName(plan.year), existingSheetNames),
    cells,
    merges,
    columnWidths: { ...WIDTHS },
  };
}

function indicatorCells(plan: EvaluasiPlan, row: EvaluasiRow, r: number, no: number): SpecCell[] {
  const results = evaluateRow(row, plan.scale);
  const cells: SpecCell[] = [
    { row: r, col: COL.no, value: no },
    { row: r, col: COL.sasaran, value: row.sasaran, wrap: true },
    { row: r, col: COL.indikator, value: row.indicator, wrap: true },
    { row: r, col: COL.formulasi, value: row.formulasi, wrap: true },
  ];
  inputColumns(row.type).forEach((col, i) => {
    const value = row.inputs[i];
    cells.push(
      value === null ? { row: r, col, value: null, highlight: true } : { row: r, col, value },
    );
  });
  const number = { numFmt: NUMBER_FORMAT };
  cells.push(
    {
      row: r,
      col: COL.penghitungan,
      formula: penghitunganFormula(row.type, r),
      result: results.penghitungan,
      wrap: true,
    },
    {
      row: r,
      col: COL.hasil,
      formula: hasilFormula(row.type, r, row.hasilFallback),
      result: results.hasil,
      ...number,
    },
    targetCell(row, r),
    {
      row: r,
      col: COL.capaian,
      formula: capaianFormula(row.arah, r),
      result: results.capaian,
      ...number,
    },
    {
      row: r,
      col: COL.predikat,
      formula: predikatFormula(plan.scale, r),
      result: results.predikat,
    },
  );
  return cells;
}

/** A reference to the workbook's target cell; a constant when it cannot be one; marked when unknown. */
function targetCell(row: EvaluasiRow, r: number): SpecCell {
  const { value, ref, reading } = row.target;
  const cell: SpecCell = { row: r, col: COL.target, numFmt: NUMBER_FORMAT };
  if (ref !== undefined && reading !== undefined) {
    return { ...cell, formula: targetFormula(ref, reading), result: value };
  }
  return value === null ? { ...cell, value: null, highlight: true } : { ...cell, value };
}
