/**
 * The rows of a Renja form's body by role (DOMAIN section 9): line items; summary rows (the
 * rata-rata capaian row of a program and the percentage rows under it); predikat rows; and the
 * signature block (Disusun / Dievaluasi / KEPALA / tanggal / NIP), which ends the form. Only line
 * items are data rows: the summary and predikat rows are checked as what they are. The footer
 * notes (faktor pendorong, faktor penghambat, tindak lanjut) end the form like the signature.
 */
import type { TableBody } from './detect-body';
import type { SheetGrid } from './detect-grid';
import { colsIn, type HeaderBlock } from './detect-header';
import { normalize } from './detect-rules/lexicon';
import { isFilled, isNumberLike, textOf } from './detect-text';
import type { ColumnRole, SummaryRow, TableColumn } from './table-types';

export interface FormBody extends TableBody {
  summaryRows: SummaryRow[];
  predikatRows: number[];
}

/** Columns that name a row (where a label such as "Rata-rata capaian kinerja" is written). */
const LABEL_ROLES = new Set<ColumnRole>([
  'no',
  'kode',
  'tujuan',
  'sasaran',
  'program',
  'uraian',
  'indikator',
]);

const RATA_RATA = /^rata rata\b/;
/** Percentage rows under one rata-rata row at most (forms have one to three); then data again. */
const MAX_PERCENT_ROWS = 4;
const PREDIKAT = /^predikat\b/;
/** The form's closing notes (DOMAIN section 9): they and all below are no part of the table. */
const FOOTER = /^(?:faktor (?:pendorong|penghambat)|tindak lanjut)\b/;
const SIGNATURE = /^(?:disusun|dievaluasi|diperiksa|mengetahui|menyetujui|kepala|nip)\b/;

/** The body of a Renja form with its rows sorted by role; the signature block and after cut off. */
export function formBody(
  grid: SheetGrid,
  block: HeaderBlock,
  columns: TableColumn[],
  body: TableBody,
): FormBody {
  const { left, right } = block;
  const cells = (row: number) => colsIn(grid, row, left, right);
  const indicatorCol = columns.find((c) => c.role === 'indikator')?.col;
  const end = Math.min(
    ...body.dataRows.filter((row) => isSignatureRow(grid, cells(row), row)),
    // Footer notes are text only, so the body may have taken them for section rows.
    ...[...body.dataRows, ...body.sectionRows].filter((row) =>
      FOOTER.test(rowLabel(grid, row, cells(row), indicatorCol) ?? ''),
    ),
  );
  const kept = (row: number) => row < end;
  const rows = body.dataRows.filter(kept);
  const sectionRows = body.sectionRows.filter(kept);
  const labelCols = columns.filter((c) => LABEL_ROLES.has(c.role)).map((c) => c.col);
  const parentCol = columns.find((c) => c.role === 'program' || c.role === 'uraian')?.col;

  const result: FormBody = {
    dataRows: [],
    sectionRows,
    bottom: 0,
    summaryRows: [],
    predikatRows: [],
  };
  /** Line rows since the last summary or predikat row, and the parents (programs) among them. */
  let lines: number[] = [];
  let parents: number[] = [];
  let previous: { row: number; base: number } | undefined;
  for (const row of rows) {
    const label = rowLabel(grid, row, cells(row), indicatorCol);
    if (label !== undefined && PREDIKAT.test(label)) {
      result.predikatRows.push(row);
      previous = undefined;
    } else if (label !== undefined && RATA_RATA.test(label)) {
      result.summaryRows.push({ row, role: 'rata-rata', lines, parents });
      previous = { row, base: row };
      lines = [];
      parents = [];
    } else if (
      previous &&
      row === previous.row + 1 &&
      row - previous.base <= MAX_PERCENT_ROWS &&
      !hasLabel(grid, row, labelCols)
    ) {
      result.summaryRows.push({ row, role: 'persen', base: previous.base });
      previous = { row, base: previous.base };
    } else {
      result.dataRows.push(row);
      previous = undefined;
      const parentText =
        parentCol === undefined ? '' : normalize(textOf(grid.shown(row, parentCol)));
      if (parentText.startsWith('program')) {
        for (const line of lines) parents.push(line);
        parents.push(row);
        lines = [];
      } else lines.push(row);
    }
  }
  result.bottom = Math.max(block.bottom, ...rows, ...sectionRows);
  return result;
}

/**
 * A row's label: its first text cell, when that is written across (or left of) the indicator
 * column rather than in it — "Rata-rata lama sekolah" in the indicator column is an indicator.
 */
function rowLabel(
  grid: SheetGrid,
  row: number,
  cols: readonly number[],
  indicatorCol: number | undefined,
): string | undefined {
  const first = cols.find((col) => isFilled(grid.sheet.value(row, col)));
  if (first === undefined) return undefined;
  const value = grid.sheet.value(row, first);
  if (typeof value !== 'string' || isNumberLike(value)) return undefined;
  if (indicatorCol !== undefined) {
    if (first >= indicatorCol) return undefined;
    const merge = grid.mergeAt(row, first);
    const across = merge !== undefined && merge.right >= indicatorCol;
    if (!across && isFilled(grid.sheet.value(row, indicatorCol))) return undefined;
  }
  return normalize(value);
}

function hasLabel(grid: SheetGrid, row: number, labelCols: number[]): boolean {
  return labelCols.some((col) => {
    const value = grid.sheet.value(row, col);
    return isFilled(value) && !isNumberLike(value);
  });
}

/** A row of the signature block: text only, one cell opening with Disusun, KEPALA, NIP … or a place and `tanggal`. */
function isSignatureRow(grid: SheetGrid, cols: readonly number[], row: number): boolean {
  let signature = false;
  for (const col of cols) {
    const value = grid.sheet.value(row, col);
    if (!isFilled(value)) continue;
    if (typeof value !== 'string' || isNumberLike(value)) return false;
    const text = normalize(value);
    if (SIGNATURE.test(text) || /,\s*tanggal\b/i.test(value)) signature = true;
  }
  return signature;
}
