/**
 * Header recognition: a row with at least two known header words starts a header; the block
 * grows down over rows its vertical merges reach and over sub-header rows under group cells
 * ("Tahun 2023" over Target | Realisasi | Capaian). Each column gets its header parts and meaning.
 */
import { lowerBound, type SheetGrid } from './detect-grid';
import { mayBeHeaderText, normalize, roleOfText } from './detect-rules/lexicon';
import { meaningOf } from './detect-rules/roles';
import { SURVEY_ROLES } from './detect-rules/roles/survey-columns';
import { isNumberingRow, numberingToken } from './detect-numbering';
import { MAX_HEADER_TEXT, isFilled, isNumberLike, pureYear, textOf, yearsIn } from './detect-text';
import type { Cell } from './model';
import type { DetectionStep, TableColumn } from './table-types';

/** Header rows at most (a form's header is three rows; one more for safety). */
const MAX_HEADER_ROWS = 4;
/** Empty columns that separate two tables standing side by side. */
const SIDE_BY_SIDE_GAP = 2;
const MAX_SEGMENTS = 8;

/** The header's columns with the header rules that gave them their roles. */
export interface HeaderColumns {
  columns: TableColumn[];
  why: DetectionStep[];
}

export interface HeaderBlock extends HeaderColumns {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Filled columns of a row within [left, right], by binary search on the row's sorted columns. */
export function colsIn(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number,
): readonly number[] {
  const cols = grid.cols(row);
  // Most rows lie wholly within the table's span: those need no copy.
  if (cols.length === 0 || (cols[0] >= left && cols[cols.length - 1] <= right)) return cols;
  const out: number[] = [];
  for (let i = lowerBound(cols, left); i < cols.length && cols[i] <= right; i++) out.push(cols[i]);
  return out;
}

/** Roles that alone make no header; the survey's count only together (below). */
const WEAK_ROLES: ReadonlySet<string> = new Set([
  'lain',
  'no',
  'keterangan',
  'triwulan',
  ...SURVEY_ROLES,
]);
/**
 * A survey's header row: three unsur columns (a row of U1 … U9), or two of its profile columns
 * and `Unsur Pelayanan` (the group cell over U1 … U9 in the row below).
 */
const MIN_UNSUR = 3;
const MIN_SURVEY_WORDS = 2;
const SURVEY_PROFILE: ReadonlySet<string> = new Set([
  'jenis-kelamin',
  'usia',
  'pendidikan',
  'pekerjaan',
  'jenis-layanan',
]);
const UNSUR_GROUP = /^unsur\b/;

/** Text that is a value, not a label: led by a dotted code, or a bracketed list. */
const DATA_TEXT = /^\s*(?:\d+(?:\.\d+)+\s+\S|[[{])/;

/** Cheap test run on every row: does it hold at least two known header words? */
export function looksLikeHeaderRow(grid: SheetGrid, row: number, left = 1, right = 16384): boolean {
  const cols = colsIn(grid, row, left, right);
  // Two numbers rule a row out whatever its words say, so they are counted before any text is
  // normalised: data rows, the bulk of a sheet, are turned away without normalising a word.
  let years = 0;
  let numbers = 0;
  let dataLike = 0;
  for (const col of cols) {
    const value = grid.sheet.value(row, col);
    // Codes and lists are data: a header labels columns, it never carries `1.01.02 PROGRAM …`.
    if (typeof value === 'string' && DATA_TEXT.test(value) && ++dataLike > 1) return false;
    if (mayBeHeaderWord(value)) continue;
    if (pureYear(value) !== undefined) years++;
    else if (isNumberLike(value) && ++numbers > 1) return false;
  }
  const roles = new Set<string>();
  let quarters = 0;
  let unsur = 0;
  const survey = new Set<string>();
  for (const col of cols) {
    const value = grid.sheet.value(row, col);
    if (!mayBeHeaderWord(value)) continue;
    const text = normalize(value);
    const role = roleOfText(text);
    if (role === 'triwulan') quarters++;
    else if (role === 'unsur-skm') unsur++;
    else if (SURVEY_PROFILE.has(role)) survey.add(role);
    else if (role === 'lain' && UNSUR_GROUP.test(text)) survey.add('unsur');
    else if (!WEAK_ROLES.has(role)) roles.add(role);
  }
  const surveyHeader = unsur >= MIN_UNSUR || survey.size >= MIN_SURVEY_WORDS;
  const score =
    roles.size + (years >= 2 ? 1 : 0) + (quarters >= 2 ? 1 : 0) + (surveyHeader ? 2 : 0);
  return score >= 2;
}

/** Text short enough, and starting with a word, to be looked at as a header word. */
function mayBeHeaderWord(value: Cell['value']): value is string {
  return typeof value === 'string' && value.length <= MAX_HEADER_TEXT && mayBeHeaderText(value);
}

/** The header blocks starting at this row: one per table standing side by side (usually one). */
export function headerBlocksAt(grid: SheetGrid, top: number): HeaderBlock[] {
  let bottom = top;
  const limit = top + MAX_HEADER_ROWS - 1;
  for (const col of grid.cols(top)) {
    const merge = grid.mergeAt(top, col);
    if (merge && merge.top === top && merge.bottom > bottom) bottom = Math.min(merge.bottom, limit);
  }
  while (bottom < limit && isSubHeaderRow(grid, bottom + 1, top, bottom)) bottom++;
  const blocks: HeaderBlock[] = [];
  for (const [left, right] of segments(grid, top, bottom)) {
    if (
      !looksLikeHeaderRow(grid, top, left, right) &&
      !looksLikeHeaderRowBlock(grid, top, bottom, left, right)
    ) {
      continue;
    }
    blocks.push({ top, bottom, left, right, ...headerColumns(grid, top, bottom, left, right) });
  }
  return blocks;
}

/** A header whose words sit in its lower rows (a group row on top): judged on all its rows. */
function looksLikeHeaderRowBlock(
  grid: SheetGrid,
  top: number,
  bottom: number,
  left: number,
  right: number,
): boolean {
  for (let row = top + 1; row <= bottom; row++) {
    if (looksLikeHeaderRow(grid, row, left, right)) return true;
  }
  return false;
}

/** Column spans [left, right] holding header text, split at gaps of empty columns. */
function segments(grid: SheetGrid, top: number, bottom: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let row = top; row <= bottom; row++) {
    for (const col of grid.cols(row)) {
      const merge = grid.mergeAt(row, col);
      spans.push([col, merge && merge.top === row && merge.left === col ? merge.right : col]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [left, right] of spans) {
    const last = out[out.length - 1];
    if (last && left - last[1] <= SIDE_BY_SIDE_GAP) last[1] = Math.max(last[1], right);
    else out.push([left, right]);
  }
  return out.slice(0, MAX_SEGMENTS);
}

/**
 * A row under the block that only names sub-columns: all text, no numbers, and every cell in a
 * column the block leaves open (empty there, or under a group cell spanning several columns).
 */
function isSubHeaderRow(grid: SheetGrid, row: number, top: number, bottom: number): boolean {
  const cols = grid.cols(row);
  if (cols.length === 0) return false;
  const filled = new Set(cols);
  // A single letter (`I` over a quarter, `K` over a measure) names a sub-column; a row of
  // letters in order (`a b c d`) is a numbering row.
  if (isNumberingRow(cols.map((col) => grid.sheet.value(row, col)))) return false;
  // A row of years under group cells (`2024 | 2025 | 2026` under Target) labels columns.
  const years = cols.length >= 2 && cols.every((col) => pureYear(grid.sheet.value(row, col)));
  for (const col of cols) {
    const value = grid.sheet.value(row, col);
    if (years) {
      if (!openAbove(grid, col, top, bottom, filled)) return false;
      continue;
    }
    if (typeof value !== 'string' || value.length > MAX_HEADER_TEXT) return false;
    const token = numberingToken(value);
    if (isNumberLike(value) || (token && !token.letter)) return false;
    if (!openAbove(grid, col, top, bottom, filled)) return false;
  }
  return true;
}

/** Every header row above leaves the column open to a sub-header (empty, or a group cell). */
function openAbove(
  grid: SheetGrid,
  col: number,
  top: number,
  bottom: number,
  filled: Set<number>,
): boolean {
  for (let above = top; above <= bottom; above++) {
    if (!isOpen(grid, above, col, filled)) return false;
  }
  return true;
}

function isOpen(grid: SheetGrid, row: number, col: number, below: Set<number>): boolean {
  const merge = grid.mergeAt(row, col);
  if (merge) return merge.right > merge.left;
  if (!isFilled(grid.sheet.value(row, col))) return true;
  // An unmerged group cell: its right neighbours are empty here and filled in the row below.
  return !isFilled(grid.shown(row, col + 1)) && below.has(col + 1);
}

/** The columns of the header rows top…bottom within [left, right], with their meanings. */
export function headerColumns(
  grid: SheetGrid,
  top: number,
  bottom: number,
  left: number,
  right: number,
): HeaderColumns {
  const header: HeaderColumns = { columns: [], why: [] };
  // Per header row, the text of the last unmerged cell to the left: an unmerged group cell
  // ("Tahun 2023" with empty cells beside it) heads the columns after it that have sub-headers.
  const groupText: string[] = [];
  for (let col = left; col <= right; col++) {
    const parts: string[] = [];
    for (let row = top; row <= bottom; row++) {
      let text = textOf(grid.shown(row, col));
      const at = row - top;
      if (text === '' && row < bottom && groupText[at] && hasTextBelow(grid, row, bottom, col)) {
        text = groupText[at];
      } else if (text !== '' && grid.mergeAt(row, col) === undefined) {
        groupText[at] = text;
      } else {
        groupText[at] = '';
      }
      if (text !== '' && text !== parts[parts.length - 1]) parts.push(text);
    }
    if (parts.length > 0) addColumn(header, col, parts);
  }
  return header;
}

/** Adds the column with these header parts (top to bottom) and the header rule that read it. */
export function addColumn(header: HeaderColumns, col: number, parts: readonly string[]): void {
  const meaning = meaningOf(parts);
  const column: TableColumn = { col, role: meaning.role, header: parts.join(' / ') };
  if (parts.length > 1) column.group = parts.slice(0, -1).join(' / ');
  const years = parts.flatMap(yearsIn);
  if (years.length > 0) column.year = years[years.length - 1];
  if (meaning.unit !== undefined) column.unit = meaning.unit;
  if (meaning.unsur !== undefined) column.unsur = meaning.unsur;
  header.columns.push(column);
  if (meaning.rule !== undefined) {
    header.why.push({
      target: col,
      rule: meaning.rule,
      detail: `"${column.header}" → ${column.role}`,
    });
  }
}

function hasTextBelow(grid: SheetGrid, row: number, bottom: number, col: number): boolean {
  for (let below = row + 1; below <= bottom; below++) {
    if (isFilled(grid.sheet.value(below, col))) return true;
  }
  return false;
}
