/**
 * The SKM processing table staff build by hand (SKM.md §4): a header of unsur columns
 * (`No Resp | U1 … U9`, or the unsur's names in either order), the respondents' answers under it,
 * then rows labelled `Σ Nilai / Unsur`, `NRR / Unsur`, `NRR Tertimbang / Unsur` and
 * `IKM Unit Pelayanan`. It is found by those row labels, not by the header words of the other
 * tables: its header alone (`No | U1 … U9`) says nothing an LKj table would.
 */
import { ROWS_PER_STEP, stepDue, type Steps } from '../core/steps';
import type { SheetGrid } from './detect-grid';
import { normalize, unsurOfHeader } from './detect-rules/lexicon';
import { unsurSkm } from './detect-rules/roles/unsur-skm';
import type { Rule } from './detect-rules/rule';
import { textOf } from './detect-text';
import type { DetectedTable, DetectionStep, SkmRows, TableColumn } from './table-types';

export const olahSkmRule: Rule = {
  id: 'tabel-olah-skm',
  description:
    'Baris berlabel NRR / Unsur bersama NRR Tertimbang atau IKM Unit Pelayanan, di bawah sedikitnya lima kolom unsur (U1 … U9 atau nama unsurnya): tabel pengolahan SKM.',
};

export const SKM_RULES: readonly Rule[] = [olahSkmRule];

type RowName = Exclude<keyof SkmRows, 'labelCol'>;

/** Row labels as normalised (`Σ` and `/` drop out: `Σ Nilai / Unsur` is `nilai unsur`). */
const ROW_LABELS: readonly [RowName, RegExp][] = [
  ['tertimbang', /^(?:nrr|nilai rata rata) tertimbang\b/],
  ['konversi', /^(?:nilai )?(?:ikm )?konversi\b|^nrr (?:x|kali) 25\b|^ikm (?:per )?unsur$/],
  ['mutu', /^mutu(?: pelayanan)? (?:per )?unsur$/],
  ['nrr', /^(?:nrr|nilai rata rata)(?: nrr)?(?: per)?(?: unsur)?$/],
  ['jumlah', /^(?:(?:jumlah|total) )?nilai(?: per)? unsur$|^(?:jumlah|total) nilai$/],
  ['ikm', /^(?:nilai )?ikm(?: unit(?: pelayanan)?)?$|^indeks kepuasan masyarakat\b/],
];

/** Cheap look before normalising: could this text be a row label of the processing table? */
const MAY_BE_LABEL = /^\s*(?:[Σ∑]|nrr|jumlah|total|nilai|ikm|indeks|mutu)/i;
const UNSUR_OLD = /^(?:u|unsur) ?1[0-4]\b/;
/** Unsur headers a processing table needs in one row: a survey of fewer than five is none we read. */
const MIN_UNSUR = 5;
/** How far above its NRR row a header may stand: the answer rows lie between. */
const MAX_ANSWER_ROWS = 5000;
/** Rows below the NRR row where the other processing rows may stand. */
const MAX_PROCESSING_ROWS = 12;

function skmRowName(text: string): RowName | undefined {
  if (!MAY_BE_LABEL.test(text)) return undefined;
  const normal = normalize(text);
  return ROW_LABELS.find(([, pattern]) => pattern.test(normal))?.[0];
}

/** A row's label: the first text left of `before`, through merges. */
function labelOf(
  grid: SheetGrid,
  row: number,
  before: number,
): { col: number; text: string } | undefined {
  for (const col of grid.cols(row)) {
    if (col >= before) break;
    const text = textOf(grid.shown(row, col));
    if (text !== '' && typeof grid.shown(row, col) === 'string') return { col, text };
  }
  return undefined;
}

interface UnsurHeaderRow {
  row: number;
  columns: TableColumn[];
  why: DetectionStep[];
  /** A `No` / `No Resp` column left of the unsur. */
  no?: TableColumn;
}

/** The unsur columns of a header row, or undefined when it has too few (or more than nine). */
function unsurHeaderRow(grid: SheetGrid, row: number, after: number): UnsurHeaderRow | undefined {
  const header: UnsurHeaderRow = { row, columns: [], why: [] };
  const seen = new Set<number>();
  for (const col of grid.cols(row)) {
    if (col <= after) continue;
    const text = textOf(grid.shown(row, col));
    const normal = normalize(text);
    // `U10` … `U14`: the 14-unsur table of 2004, whose weights and bands differ (SKM.md §1).
    if (UNSUR_OLD.test(normal)) return undefined;
    const unsur = unsurOfHeader(normal);
    if (unsur === undefined) continue;
    if (seen.has(unsur)) return undefined;
    seen.add(unsur);
    header.columns.push({ col, role: 'unsur-skm', header: text, unsur });
    header.why.push({ target: col, rule: unsurSkm.id, detail: `"${text}" → unsur-skm` });
  }
  if (header.columns.length < MIN_UNSUR || header.columns.length > 9) return undefined;
  return header;
}

/**
 * The processing tables of a sheet, each from an NRR row upwards to its unsur header; rows
 * already inside a table found before are passed over. In steps of rows.
 */
export function* detectSkmTables(grid: SheetGrid): Steps<DetectedTable[]> {
  const tables: DetectedTable[] = [];
  let floor = 0;
  let looked = 0;
  for (const row of grid.rows) {
    if (row <= floor) continue;
    if (stepDue(++looked, ROWS_PER_STEP)) yield;
    const label = nrrLabel(grid, row);
    if (!label) continue;
    const table = tableAt(grid, row, label.col, floor);
    if (!table) continue;
    tables.push(table);
    floor = table.range.bottom;
  }
  return tables;
}

function nrrLabel(grid: SheetGrid, row: number): { col: number } | undefined {
  for (const col of grid.cols(row)) {
    const value = grid.sheet.value(row, col);
    if (typeof value === 'string' && skmRowName(value) === 'nrr') return { col };
  }
  return undefined;
}

function tableAt(
  grid: SheetGrid,
  nrrRow: number,
  labelCol: number,
  floor: number,
): DetectedTable | undefined {
  let header: UnsurHeaderRow | undefined;
  const top = Math.max(floor + 1, nrrRow - MAX_ANSWER_ROWS);
  for (let i = grid.rows.indexOf(nrrRow) - 1; i >= 0 && grid.rows[i] >= top; i--) {
    header = unsurHeaderRow(grid, grid.rows[i], labelCol);
    if (header) break;
  }
  if (!header) return undefined;
  const first = header.columns[0].col;
  const last = header.columns[header.columns.length - 1].col;
  const rows: Partial<SkmRows> = {};
  const answers: number[] = [];
  let bottom = nrrRow;
  let processing = false;
  for (const row of grid.rows) {
    if (row <= header.row) continue;
    if (row > nrrRow + MAX_PROCESSING_ROWS) break;
    const label = labelOf(grid, row, first);
    const name = label && skmRowName(label.text);
    if (name && rows[name] === undefined) {
      processing = true;
      rows[name] = row;
      bottom = Math.max(bottom, row);
    } else if (!processing && grid.cols(row).some((col) => col >= first && col <= last)) {
      answers.push(row);
    }
  }
  if (rows.nrr !== nrrRow || (rows.tertimbang === undefined && rows.ikm === undefined)) {
    return undefined;
  }
  const noText = labelOf(grid, header.row, first);
  const columns = [...header.columns];
  if (noText && /^no\b/.test(normalize(noText.text))) {
    columns.unshift({ col: noText.col, role: 'no', header: noText.text });
  }
  const why: DetectionStep[] = [
    ...header.why,
    { target: 'table', rule: olahSkmRule.id, detail: 'olah-skm' },
  ];
  return {
    kind: 'olah-skm',
    sheet: grid.sheet.name,
    range: { top: header.row, left: Math.min(labelCol, columns[0].col), bottom, right: last },
    headerRows: [header.row],
    columns,
    equations: [],
    dataRows: answers,
    skm: { labelCol, nrr: nrrRow, ...rows },
    why,
  };
}
