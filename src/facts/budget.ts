/**
 * The hierarchy of a budget table (DOMAIN section 6), taken only from what makes it certain:
 * codes (one column or several, wherever the header put its "Kode" cell), outline numbering
 * (A / I, II / 1.1, 1.2 / a, b) or, failing both, the words PROGRAM / KEGIATAN / SUB KEGIATAN.
 * Children come from code prefixes, not adjacency. A parent is checked only where nothing
 * unplaced (a row with amounts but no code) stands among its descendants; JUMLAH / TOTAL rows
 * total the rows directly above them. Where the structure is a guess, nothing is checked.
 * A Renja form (E.81) is read the same way over its year's Rp columns (`formBudgetOf`), with what
 * the form itself states: the kode path over its Kode columns, else the rows its formulas add.
 */
import type { CellNumber } from '../workbook/cell-number';
import { toA1, type Sheet } from '../workbook/model';
import type { ColumnRole, DetectedTable, TableColumn } from '../workbook/table-types';
import { CELLS_PER_STEP, ROWS_PER_STEP, stepDue, type Steps } from '../core/steps';
import type { RenjaForm } from './renja-form';

/** How the hierarchy reads cells: the checks' cached context, or a generator's own reader. */
export interface BudgetReader {
  sheet(name: string): Sheet;
  /** A rupiah amount as the user sees it. */
  amount(sheet: Sheet, row: number, col: number): CellNumber;
  /** The cell's text, trimmed; a cell inside a merge shows its master's text. */
  text(sheet: Sheet, row: number, col: number): string;
}

export interface BudgetRow {
  row: number;
  label: string;
  /** The row's own code as written (its last code cell, whole), where codes place the rows. */
  code?: string;
  /**
   * JUMLAH / TOTAL (`total`) or SUB TOTAL (`subtotal`) rows; `restated` for an unlabelled row whose
   * formulas restate a total (`=SUBTOTAL(9,F15:F1053)` over every level, `=J1054`): neither a
   * part nor a total to check. Undefined for line rows.
   */
  total?: 'total' | 'subtotal' | 'restated';
  /** The rows a total adds, where its formulas name them (`=J19+J62+J89` on a form). */
  sums?: number[];
  /** One reading per amount column (a new list at each read: see `amount` for one of them). */
  readonly amounts: readonly CellNumber[];
  /** The reading of amount column `c`: `amounts[c]` without making the list. */
  amount(c: number): CellNumber;
}

/**
 * A budget row whose readings lie in its table's one list (`width` a row, from `at`): a list of
 * its own per row cost 64 bytes more a row, kept with the facts. `total` and `sums` are set on
 * the few rows that have them; `code` on most lines, so it has its slot from the start.
 */
class Row implements BudgetRow {
  declare total?: BudgetRow['total'];
  declare sums?: number[];
  code: string | undefined = undefined;

  constructor(
    readonly row: number,
    readonly label: string,
    private readonly readings: Readings,
    private readonly at: number,
  ) {}

  get amounts(): readonly CellNumber[] {
    return this.readings.list.slice(this.at, this.at + this.readings.width);
  }

  amount(c: number): CellNumber {
    return this.readings.list[this.at + c];
  }
}

/** Every row's readings of one table, row after row, `width` (its amount columns) a row. */
interface Readings {
  readonly width: number;
  readonly list: CellNumber[];
}

export interface BudgetNode {
  row: BudgetRow;
  /** Its children, in row order; every leaf shares one frozen empty list (see `NO_CHILDREN`). */
  children: readonly BudgetNode[];
  /** False where a row without a place in the hierarchy stands among this node's descendants. */
  certain: boolean;
  /**
   * Its children are its parts by what the workbook states (codes extending its own, or its
   * formulas adding them), whatever their amounts: a child equal to it is not a repeat of it.
   */
  partsStated?: boolean;
}

export interface BudgetTable {
  table: DetectedTable;
  sheet: Sheet;
  amountColumns: TableColumn[];
  /** Every line row (not a JUMLAH / TOTAL row), whether or not the hierarchy places it. */
  lines: BudgetRow[];
  /** Every line row in the hierarchy, in row order (parents before their children). */
  nodes: BudgetNode[];
  /** Each total row with the rows it sums, where those are certain. */
  totals: { row: BudgetRow; parts: BudgetNode[] }[];
  /**
   * Indexes into `amountColumns` whose sum is a line's whole pagu: the TOTAL column; else every
   * belanja group (Operasi, Modal, Tak Terduga, Transfer); else the first. `realisasi` holds each
   * one's realisasi, in the same order, or nothing where one of them has none.
   */
  whole: { pagu: number[]; realisasi: number[] };
  /** How the hierarchy was established; `none` when it could not be. */
  source: HierarchySource;
}

export type HierarchySource = 'kode' | 'penomoran' | 'rumus' | 'label' | 'none';

/**
 * A leaf's children: most nodes are leaves, and a list of their own would be an array each kept
 * with the facts. Frozen: a push meant for one leaf would otherwise reach every leaf.
 */
const NO_CHILDREN: readonly BudgetNode[] = Object.freeze([]);

/** At least two parts, and not only thousands groups (`1.050.000` is an amount, `5.1.02` a code). */
const CODE = /^\d{1,4}(?:\.\d{1,6})+$/;
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const CODE_IN_LABEL = /^(\d+(?:\.\d+)+)(?=\s|$)/;
const SINGLE_NUMBER = /^\d{1,4}$/;
/** Outline tokens: A · I, II · 1, 1.1 · a — with an optional `.` or `)` after them. */
const OUTLINE_TOKEN = /^(?:[A-Z]|[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]?$/;
const OUTLINE_IN_LABEL = /^((?:[A-Z]|[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]?)\s+\S/;
const ROMAN = /^[IVXLC]+$/;
/**
 * The patterns read cell by cell are constants: a regular expression literal in a function makes
 * a new RegExp object each time it is evaluated, tens of thousands of them on a large table.
 */
const LETTER_MARK = /^[A-Za-z][.)]?$/;
const MARK_END = /[.)]$/;
const DIGIT_FIRST = /^\d/;
const LOWER_LETTER = /^[a-z]$/;
const LABEL_MARK = /^\s*(?:\d+|[a-z])\s*[.)]\s+/i;
const PROGRAM_WORD = /^program\b/i;
const SUB_KEGIATAN_WORD = /^sub\s*kegiatan\b/i;
const KEGIATAN_WORD = /^kegiatan\b/i;
const TOTAL_LABEL =
  /^(?:(sub\s*-?\s*(?:total|jumlah))|grand\s*total|jumlah|total)\b(?:\s+(?!yang\b)\S+){0,3}\s*:?$/i;
/** Columns left of a table where codes are often typed although the header does not cover them. */
const CODE_COLUMNS_LEFT = 3;
/** A header part naming the whole of the amounts beside it. */
const WHOLE_HEADER = /^(?:total|jumlah)(?:\s+(?:anggaran|belanja))?$/i;
/** The kelompok belanja of Permendagri 77/2020, as SIPD heads its amount groups. */
const BELANJA_GROUP = /^(?:belanja\s+)?(?:operasi|modal|tak\s*terduga|transfer)$/i;
/** Kode rekening: akun 4 / 5 / 6 and a one-digit kelompok (`5.1.02`); a bidang has two (`5.01`). */
const REKENING = /^[456]\.\d(?:\.\d+)*$/;
/** A reference to a range over several rows (`F15:F1053`), or to one cell (`J1054`). */
const RANGE_REF = /\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?(\d+)/g;
const CELL_REF = /(?<![A-Z0-9_!:$'])\$?[A-Z]{1,3}\$?(\d+)(?![\d(:!])/g;
/** One term of a sum: a cell or a range (`$J$21`, `J21:J27`). */
const ADDED_TERM = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;
const OTHER_SHEET_REF = /(?:'[^']*'|[A-Za-z_][\w.]*)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g;

/** The budget tables among `tables`: every one with a pagu or realisasi-anggaran column. */
export function* budgetTablesOf(
  context: BudgetReader,
  tables: readonly DetectedTable[],
): Steps<BudgetTable[]> {
  const result: BudgetTable[] = [];
  for (const table of tables) {
    const amountColumns = table.columns.filter(
      (c) => c.role === 'pagu' || c.role === 'realisasi-anggaran',
    );
    if (amountColumns.length === 0 || table.kind === 'renja') continue;
    const sheet = context.sheet(table.sheet);
    result.push(yield* buildBudgetTable(context, table, sheet, amountColumns));
    yield;
  }
  return result;
}

/**
 * The budget of a Renja form: pagu is the year's target Renja Rp and realisasi the year's
 * realisasi Rp, the columns the numbering row's equations name (never the Renstra (5) nor the
 * years before (6)); undefined where the equations do not name the year's realisasi Rp.
 */
export function* formBudgetOf(
  context: BudgetReader,
  form: RenjaForm,
): Steps<BudgetTable | undefined> {
  const pagu = form.rp.target;
  const realisasi = form.aggregates.Rp?.year;
  if (pagu === undefined || realisasi === undefined) return undefined;
  const { table } = form;
  const as = (col: number, role: ColumnRole): TableColumn => ({
    ...table.columns.find((column) => column.col === col)!,
    role,
  });
  const amountColumns = [as(pagu, 'pagu'), as(realisasi, 'realisasi-anggaran')];
  return yield* buildBudgetTable(context, table, context.sheet(table.sheet), amountColumns, true);
}

/**
 * `form`: the rows of a Renja form, where a row without a program / kegiatan name either repeats
 * another row's Rp for one more indicator (`=N72`: restated), totals the rows its formulas add
 * (nothing written to its left: a total), or is a part like any other (Rp split per indicator).
 * In steps: blocks of rows, of the candidate code columns' cells, and of the nesting.
 */
function* buildBudgetTable(
  context: BudgetReader,
  table: DetectedTable,
  sheet: Sheet,
  amountColumns: TableColumn[],
  form = false,
): Steps<BudgetTable> {
  const labelCol = (
    columnOf(table, 'uraian') ??
    columnOf(table, 'program') ??
    columnOf(table, 'indikator')
  )?.col;
  const noCol = columnOf(table, 'no')?.col;
  const firstAmount = Math.min(...amountColumns.map((c) => c.col));
  const rows: BudgetRow[] = [];
  const readings: Readings = { width: amountColumns.length, list: [] };
  const { list } = readings;
  // Loops over rows are indexed: a generator's for-of makes an entry and a result object per row.
  for (let i = 0; i < table.dataRows.length; i++) {
    if (stepDue(i, ROWS_PER_STEP)) yield;
    const row = table.dataRows[i];
    const at = list.length;
    let empty = true;
    for (let c = 0; c < amountColumns.length; c++) {
      const amount = context.amount(sheet, row, amountColumns[c].col);
      list.push(amount);
      if (!amount.empty) empty = false;
    }
    // Rows with no amount at all carry only more indicators of the row above.
    if (empty) {
      list.length = at;
      continue;
    }
    const label = labelCol === undefined ? '' : context.text(sheet, row, labelCol);
    const no = noCol === undefined ? '' : context.text(sheet, row, noCol);
    // JUMLAH is sometimes typed in the Kode column, the Uraian left empty.
    const words = label || no || leadingText(context, sheet, row, table.range.left, firstAmount);
    const line = new Row(row, label, readings, at);
    const kind = totalKind(words);
    if (kind !== undefined) line.total = kind;
    if (form && label === '') markFormRow(sheet, line, amountColumns, words === '');
    rows.push(line);
  }
  markRestated(sheet, rows, amountColumns);
  const shown: CellText = (row, col) => context.text(sheet, row, col);
  if (form) markIndicatorRows(table, rows, shown);
  const lines = rows.filter((row) => row.total === undefined);
  const amountCols = new Set(amountColumns.map((c) => c.col));
  // Codes and outline marks are typed as text; a number cell is an amount, a year or a count.
  const text = (row: number, col: number): string =>
    typeof sheet.value(row, col) === 'number' ? '' : context.text(sheet, row, col);
  yield;
  const placed = form
    ? formPlacesOf(table, sheet, lines, amountColumns, text, shown)
    : yield* placesOf(table, lines, amountCols, text);
  const { source, codes } = placed;
  if (codes)
    for (let l = 0; l < lines.length; l++) if (codes[l] !== undefined) lines[l].code = codes[l];
  yield;
  const { nodes, rootsBetween } = yield* buildForest(rows, placed, form);
  yield;
  return {
    table,
    sheet,
    amountColumns,
    lines,
    nodes,
    totals: totalsOf(rows, rootsBetween, nodes),
    whole: wholeColumns(amountColumns),
    source,
  };
}

/**
 * The rows a formula adds in its own column (`SUM(J21:J27)`, `J20+J28`, `SUM(O12+O91)`, `J72`);
 * undefined for any other formula (another column, a constant, a product).
 */
export function addedRows(formula: string | undefined, col: number): number[] | undefined {
  if (formula === undefined) return undefined;
  let body = formula.replace(/\s+/g, '').replace(/^=/, '').toUpperCase();
  body = /^SUM\((.*)\)$/.exec(body)?.[1] ?? body;
  const letters = toA1(1, col).slice(0, -1);
  const rows: number[] = [];
  for (const term of body.split(/[+,;]/)) {
    const match = ADDED_TERM.exec(term);
    if (!match || match[1] !== letters || (match[3] ?? letters) !== letters) return undefined;
    const [from, to] = [Number(match[2]), Number(match[4] ?? match[2])];
    for (let row = Math.min(from, to); row <= Math.max(from, to); row++) rows.push(row);
  }
  return rows;
}

/**
 * The rows a row's amount formulas add, each column's (undefined for a cell that holds no such
 * formula, null for an empty cell).
 */
function addedByColumn(sheet: Sheet, row: number, cols: number[]): (number[] | undefined | null)[] {
  return cols.map((col) => {
    const cell = sheet.getCell(row, col);
    if (cell === undefined || (cell.formula === undefined && cell.value === null)) return null;
    return addedRows(cell.formula, col);
  });
}

/** The rows the columns add, where every one that adds rows adds the same; else 'differ'. */
function agreed(added: (number[] | undefined | null)[]): number[] | 'differ' | undefined {
  const sums = added.filter((rows): rows is number[] => Array.isArray(rows));
  if (sums.some((rows) => rows.join() !== sums[0].join())) return 'differ';
  return sums[0];
}

/** A form's Kode columns, left to right: one path over them all. */
function kodeColumns(table: DetectedTable): number[] {
  return table.columns.filter((column) => column.role === 'kode').map((column) => column.col);
}

/**
 * In a form whose every named row carries a kode, a row with neither holds one more indicator of
 * the row above (Cirebon's program indicators, each with a kegiatan's Rp linked or added again):
 * no part of the hierarchy, and no total.
 */
function markIndicatorRows(table: DetectedTable, rows: BudgetRow[], shown: CellText): void {
  const codeCols = kodeColumns(table);
  const coded = (row: BudgetRow) =>
    codeCols.some((col) => codeParts(shown(row.row, col), 0).length > 0);
  const lines = rows.filter((row) => row.total === undefined);
  const named = lines.filter((line) => line.label !== '');
  if (codeCols.length === 0 || named.length === 0 || !named.every(coded)) return;
  for (const line of lines) if (line.label === '' && !coded(line)) line.total = 'restated';
}

/** See `buildBudgetTable`'s `form`: a form's row without a program / kegiatan name. */
function markFormRow(
  sheet: Sheet,
  row: BudgetRow,
  amountColumns: TableColumn[],
  nothingWritten: boolean,
): void {
  const byColumn = addedByColumn(
    sheet,
    row.row,
    amountColumns.map((column) => column.col),
  );
  // Every amount a formula adding rows (or empty), the same rows in each column.
  const added = byColumn.includes(undefined) ? undefined : agreed(byColumn);
  if (added === undefined || added === 'differ' || added.includes(row.row)) return;
  if (added.length === 1) row.total = 'restated';
  else if (nothingWritten) {
    row.total = 'total';
    row.sums = added;
  }
}

/** The first text in the row's cells from `left` up to the first amount column. */
function leadingText(
  context: BudgetReader,
  sheet: Sheet,
  row: number,
  left: number,
  right: number,
): string {
  for (let col = left; col < right; col++) {
    if (typeof sheet.value(row, col) === 'number') continue;
    const text = context.text(sheet, row, col);
    if (text !== '') return text;
  }
  return '';
}

/**
 * Unlabelled rows whose every amount is a formula over several rows of the sheet or a link to a
 * total row: a total restated (a SUBTOTAL over every level counts parents with their children),
 * never a part of one.
 */
function markRestated(sheet: Sheet, rows: BudgetRow[], amountColumns: TableColumn[]): void {
  const totalRows = new Set(rows.filter((row) => row.total !== undefined).map((row) => row.row));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.total !== undefined || row.label !== '') continue;
    const restates = amountColumns.every((column) => {
      const cell = sheet.getCell(row.row, column.col);
      if (cell?.formula === undefined) return cell === undefined || cell.value === null;
      // Only this sheet's rows: another sheet's row numbers say nothing about these.
      const formula = cell.formula.replace(OTHER_SHEET_REF, '');
      const spans = [...formula.matchAll(RANGE_REF)].some((m) => m[1] !== m[2]);
      return spans || [...formula.matchAll(CELL_REF)].some((m) => totalRows.has(Number(m[1])));
    });
    const formulas = amountColumns.some((c) => sheet.getCell(row.row, c.col)?.formula);
    if (restates && formulas) row.total = 'restated';
  }
}

/** See `BudgetTable.whole`. */
function wholeColumns(columns: TableColumn[]): BudgetTable['whole'] {
  const indexes = (role: ColumnRole) =>
    columns.flatMap((column, i) => (column.role === role ? [i] : []));
  const parts = (i: number) => columns[i].header.split(' / ').slice(0, -1);
  const pagu = indexes('pagu');
  const whole = pagu.filter((i) => parts(i).some((part) => WHOLE_HEADER.test(part.trim())));
  const groups = pagu.filter((i) => parts(i).some((part) => BELANJA_GROUP.test(part.trim())));
  const chosen = whole.length === 1 ? whole : groups.length >= 2 ? groups : pagu.slice(0, 1);
  // Each pagu's realisasi: the first one right of it, before the next pagu.
  const realisasi = chosen.flatMap((i) => {
    const next = columns.findIndex((c, j) => j > i && c.role === 'pagu');
    const found = indexes('realisasi-anggaran').find((j) => j > i && (next < 0 || j < next));
    return found === undefined ? [] : [found];
  });
  return { pagu: chosen, realisasi: realisasi.length === chosen.length ? realisasi : [] };
}

function columnOf(table: DetectedTable, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((column) => column.role === role);
}

function totalKind(label: string): BudgetRow['total'] {
  const match = TOTAL_LABEL.exec(label.trim());
  if (!match) return undefined;
  return match[1] ? 'subtotal' : 'total';
}

/**
 * A hierarchy source and each line row's place in it: lists by line (the index into `lines`), not
 * an object per line, since they live until the hierarchy is built, long enough to be promoted.
 */
interface Placed {
  source: HierarchySource;
  /** Where codes place the lines: each one's code path (parts tagged by column). */
  keys?: (readonly string[] | undefined)[];
  /** Where codes place the lines: each one's own code as written. */
  codes?: (string | undefined)[];
  /** Where outline numbering, formulas or words place the lines: each one's level. */
  levels?: (number | undefined)[];
}

type CellText = (row: number, col: number) => string;

/**
 * The hierarchy source of a table and each line row's place in it. The candidate columns' cells
 * are read once, in steps: codes and outline marks are both looked for in them.
 */
function* placesOf(
  table: DetectedTable,
  lines: BudgetRow[],
  amountCols: Set<number>,
  text: CellText,
): Steps<Placed> {
  // Outline marks count only where no column holds codes: once one does, the other columns'
  // cells are let go (kept, they would live until the hierarchy is built, long enough to be
  // promoted).
  const codeCols: string[][] = [];
  const others: string[][] = [];
  let read = 0;
  for (const col of candidateColumns(table, amountCols)) {
    const cells = lines.map((line) => text(line.row, col));
    if (isCodeColumn(cells)) {
      codeCols.push(cells);
      others.length = 0;
    } else if (codeCols.length === 0) others.push(cells);
    read += lines.length;
    if (read >= CELLS_PER_STEP) {
      read = 0;
      yield;
    }
  }
  yield;
  return (yield* codePlaces(lines, codeCols)) ?? outlinePlaces(lines, others) ?? wordPlaces(lines);
}

/**
 * A Renja form's hierarchy, from what the form states: the kode path over its Kode columns
 * (`5 | 03 | 01 | 2.01 | 01`, one path) where every line has one; else outline numbering; else
 * the rows each row's formulas add; else the words PROGRAM / KEGIATAN.
 */
function formPlacesOf(
  table: DetectedTable,
  sheet: Sheet,
  lines: BudgetRow[],
  amountColumns: TableColumn[],
  text: CellText,
  shown: CellText,
): Placed {
  const amountCols = amountColumns.map((column) => column.col);
  const columns = () =>
    candidateColumns(table, new Set(amountCols)).map((col) =>
      lines.map((line) => text(line.row, col)),
    );
  return (
    formCodePlaces(table, lines, shown) ??
    outlinePlaces(lines, columns()) ??
    formulaPlaces(sheet, lines, amountCols) ??
    wordPlaces(lines)
  );
}

/** The columns that may hold codes or outline marks: every one but the amounts'. */
function candidateColumns(table: DetectedTable, amountCols: Set<number>): number[] {
  const first = Math.max(1, table.range.left - CODE_COLUMNS_LEFT);
  const candidates: number[] = [];
  for (let col = first; col <= table.range.right; col++)
    if (!amountCols.has(col)) candidates.push(col);
  return candidates;
}

/** Codes in the code columns (`codeCols`: each one's cells, line by line), else in the labels. */
function* codePlaces(lines: BudgetRow[], codeCols: string[][]): Steps<Placed | undefined> {
  const keys: (readonly string[] | undefined)[] = [];
  const codes: (string | undefined)[] = [];
  if (codeCols.length > 0) {
    // Codes repeat (a kode rekening under every sub kegiatan): each column's distinct cells are
    // split once, and a single code column's parts are the key itself, shared, never changed.
    const partsBy = codeCols.map(() => new Map<string, string[]>());
    const partsOf = (cell: string, i: number): string[] => {
      let parts = partsBy[i].get(cell);
      if (parts === undefined) partsBy[i].set(cell, (parts = codeParts(cell, i)));
      return parts;
    };
    for (let l = 0; l < lines.length; l++) {
      if (stepDue(l, ROWS_PER_STEP)) yield;
      let key: string[] | undefined;
      let code: string | undefined;
      for (let i = 0; i < codeCols.length; i++) {
        const cell = codeCols[i][l];
        const parts = partsOf(cell, i);
        if (parts.length === 0) continue;
        key = key === undefined ? parts : [...key, ...parts];
        // The row's own code is its last: the columns before it repeat its parents'.
        code = cell;
      }
      keys.push(key);
      codes.push(code);
    }
    return { source: 'kode', keys, codes };
  }
  const labelCodes = lines.map((line) => CODE_IN_LABEL.exec(line.label)?.[1]);
  if (labelCodes.filter((code) => code !== undefined && !THOUSANDS.test(code)).length >= 3) {
    return {
      source: 'kode',
      keys: labelCodes.map((code) => (code === undefined ? undefined : codeParts(code, 0))),
      codes: labelCodes,
    };
  }
  return undefined;
}

/**
 * One kode path over the form's Kode columns, each part read as a number (`2` and `02` are one
 * code); the row's code is the path as written. Undefined unless every line has a code.
 */
function formCodePlaces(
  table: DetectedTable,
  lines: BudgetRow[],
  shown: CellText,
): Placed | undefined {
  const codeCols = kodeColumns(table);
  if (codeCols.length === 0 || lines.length < 2) return undefined;
  const keys: string[][] = [];
  const codes: string[] = [];
  for (const line of lines) {
    const cells = codeCols.map((col) => shown(line.row, col));
    const coded = cells.filter((cell) => codeParts(cell, 0).length > 0);
    if (coded.length === 0) return undefined;
    keys.push(
      cells.flatMap((cell, i) => codeParts(cell, i).map((part) => part.replace(/:0+(?=\d)/, ':'))),
    );
    codes.push(coded.join('.'));
  }
  return { source: 'kode', keys, codes };
}

/** Outline marks in the candidate columns (each one's cells, line by line), else in the labels. */
function outlinePlaces(lines: BudgetRow[], columns: string[][]): Placed | undefined {
  const outlineSources = [
    ...columns,
    lines.map((line) => OUTLINE_IN_LABEL.exec(line.label)?.[1] ?? ''),
  ];
  for (const tokens of outlineSources) {
    const levels = outlineLevels(tokens);
    if (levels) return { source: 'penomoran', levels };
  }
  return undefined;
}

/**
 * The rows each row's amount formulas add (`SUM(O15:O21)`) are its children, where that makes
 * a tree read top-down: no row added by two, every parent above its children, each one's rows
 * together. Undefined where no formula adds rows, or they make no such tree.
 */
function formulaPlaces(sheet: Sheet, lines: BudgetRow[], cols: number[]): Placed | undefined {
  const lineRows = new Set(lines.map((line) => line.row));
  const parentOf = new Map<number, number>();
  for (const line of lines) {
    // A column whose formula adds nothing (the quarters, `P15+R15`) tells nothing of parts.
    const added = agreed(addedByColumn(sheet, line.row, cols));
    if (added === 'differ') return undefined;
    for (const child of added ?? []) {
      if (!lineRows.has(child)) continue;
      if (child === line.row || parentOf.has(child)) return undefined;
      parentOf.set(child, line.row);
    }
  }
  if (parentOf.size === 0) return undefined;
  const lastAdded = new Map<number, number>();
  for (const [child, parent] of parentOf)
    lastAdded.set(parent, Math.max(child, lastAdded.get(parent) ?? 0));
  const levels: number[] = [];
  const open: number[] = [];
  for (const line of lines) {
    let parent = parentOf.get(line.row);
    if (parent === undefined && line.amounts.every((a) => a.value === 0 || a.empty)) {
      // A row of zeros the sum leaves out (`SUM(O42:O44)` under rows 40–41 of 0): one of the
      // rows of the nearest parent whose added rows go on below it; adding it changes nothing.
      while (open.length > 0 && (lastAdded.get(open[open.length - 1]) ?? 0) < line.row) open.pop();
      parent = open[open.length - 1];
    }
    while (open.length > 0 && open[open.length - 1] !== parent) open.pop();
    if (parent !== undefined && open.length === 0) return undefined;
    open.push(line.row);
    levels.push(open.length);
  }
  return { source: 'rumus', levels };
}

function wordPlaces(lines: BudgetRow[]): Placed {
  const levels = lines.map((line) => wordLevel(line.label));
  const worded = levels.filter((level) => level !== undefined).length;
  return worded >= 2 ? { source: 'label', levels } : { source: 'none' };
}

/** A column of codes: most of its filled cells are codes, and no outline letters. */
function isCodeColumn(cells: string[]): boolean {
  let codes = 0;
  let filled = 0;
  let letters = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === '') continue;
    filled++;
    if (CODE.test(cell) && !THOUSANDS.test(cell)) codes++;
    else if (LETTER_MARK.test(cell) || ROMAN.test(cell)) letters++;
  }
  return codes >= 3 && codes * 2 >= filled && letters <= 1;
}

/** The parts of a code cell, tagged by its code column so that columns nest. */
function codeParts(cell: string, column: number): string[] {
  if (!CODE.test(cell) && !SINGLE_NUMBER.test(cell)) return [];
  return cell.split('.').map((part) => `${column}:${part}`);
}

type Scheme = 'upper' | 'roman' | 'lower' | `number${number}`;

/**
 * Levels of outline tokens, the order in which their schemes first appear (A, then I, then 1.1);
 * undefined unless the column really is an outline: tokens in most rows, at least two schemes,
 * and each scheme counting up in order within its parent.
 */
function outlineLevels(tokens: string[]): (number | undefined)[] | undefined {
  const schemes: (Scheme | undefined)[] = [];
  const order: Scheme[] = [];
  let lastUpper = '';
  let lastRoman = 0;
  let marked = 0;
  for (let i = 0; i < tokens.length; i++) {
    const trimmed = tokens[i].trim();
    if (trimmed === '' || !OUTLINE_TOKEN.test(trimmed)) {
      schemes.push(undefined);
      continue;
    }
    const token = trimmed.replace(MARK_END, '');
    marked++;
    const scheme = schemeOf(token, lastUpper, lastRoman);
    if (scheme === 'upper') lastUpper = token;
    if (scheme === 'roman') lastRoman = romanValue(token);
    schemes.push(scheme);
    if (!order.includes(scheme)) order.push(scheme);
  }
  const structural = order.some((s) => s === 'upper' || s === 'roman' || s === 'lower');
  if (order.length < 2 || !structural || marked * 10 < tokens.length * 6) return undefined;
  return schemes.map((scheme) => (scheme === undefined ? undefined : order.indexOf(scheme) + 1));
}

/** I, V, X, C, L are letters after the letter before them, else roman numerals. */
function schemeOf(token: string, lastUpper: string, lastRoman: number): Scheme {
  if (DIGIT_FIRST.test(token)) return `number${token.split('.').length}`;
  if (LOWER_LETTER.test(token)) return 'lower';
  if (!ROMAN.test(token)) return 'upper';
  const nextLetter = lastUpper === '' ? 'A' : String.fromCharCode(lastUpper.charCodeAt(0) + 1);
  if (token.length === 1 && token === nextLetter && romanValue(token) !== lastRoman + 1)
    return 'upper';
  return 'roman';
}

function romanValue(token: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const value = values[token[i]];
    const next = values[token[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function wordLevel(label: string): number | undefined {
  const text = label.replace(LABEL_MARK, '');
  if (PROGRAM_WORD.test(text)) return 1;
  if (SUB_KEGIATAN_WORD.test(text)) return 3;
  if (KEGIATAN_WORD.test(text)) return 2;
  return undefined;
}

/** The top-level rows strictly between two rows; undefined where an unplaced row stands there. */
type RootsBetween = (from: number, to: number) => BudgetNode[] | undefined;

/**
 * A code part's place: the index of its node in `nodes`; `next` is made when a longer code first
 * extends it (most are leaves).
 */
interface TrieNode {
  node?: number;
  next?: Map<string, TrieNode>;
}

/** `parents[i]`: the index of node i's parent in `nodes`, NO_PARENT for a root. */
const NO_PARENT = -1;

/**
 * Nests the line rows by their places. A code repeated later starts a new block (its earlier
 * descendants are no longer open); an outline row closes every row of its level or deeper. A
 * total row closes everything. In steps of rows. Each line row is a node, in the order of `rows`:
 * a node's index is its line's index in `placed`. Parents are kept by index in a typed list, not
 * a Map of nodes that would live (and be promoted) until the totals are known.
 */
function* buildForest(
  rows: BudgetRow[],
  placed: Placed,
  form: boolean,
): Steps<{ nodes: BudgetNode[]; rootsBetween: RootsBetween }> {
  const { source, keys, levels } = placed;
  const nodes: BudgetNode[] = [];
  const parents = new Int32Array(rows.length).fill(NO_PARENT);
  const repeated = new Set<number>();
  const unplaced: number[] = [];
  let trie: TrieNode = {};
  let stack: { level: number; node: number }[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (stepDue(i, ROWS_PER_STEP)) yield;
    const row = rows[i];
    if (row.total === 'restated') continue;
    if (row.total !== undefined) {
      trie = {};
      stack = [];
      continue;
    }
    const index = nodes.length;
    const key = keys?.[index];
    const level = levels?.[index];
    nodes.push({ row, children: NO_CHILDREN, certain: true });
    let parent = NO_PARENT;
    if (key) {
      let at = trie;
      for (let k = 0; k < key.length; k++) {
        if (at !== trie) parent = at.node ?? parent;
        at.next ??= new Map();
        let next = at.next.get(key[k]);
        if (!next) at.next.set(key[k], (next = {}));
        at = next;
      }
      // The same code directly below: one level inside the other (SIPD's unit and sub unit).
      if (at.node !== undefined && at.node === index - 1) {
        parent = index - 1;
        repeated.add(parent);
      }
      at.node = index;
      at.next = undefined;
    } else if (level !== undefined) {
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      parent = stack[stack.length - 1]?.node ?? NO_PARENT;
      stack.push({ level, node: index });
    } else if (source !== 'none') {
      unplaced.push(row.row);
    }
    if (parent !== NO_PARENT) adopt(nodes, parents, parent, index);
  }
  // A form's codes are one path over its Kode columns, its sums what it adds: elsewhere a code
  // may head a block that repeats it (SIPD's unit and sub unit), and overlap stays suspect.
  if (form && (source === 'kode' || source === 'rumus')) {
    for (let n = 0; n < nodes.length; n++)
      if (nodes[n].children.length > 0 && !repeated.has(n)) nodes[n].partsStated = true;
  }
  // A form lists no kode rekening: its codes are urusan to sub kegiatan.
  yield;
  if (!form) nestRekening(rows, nodes, parents);
  markUncertain(nodes, unplaced);
  const rootsBetween = (from: number, to: number): BudgetNode[] | undefined =>
    unplaced.some((row) => row > from && row < to)
      ? undefined
      : nodes.filter((node, n) => {
          if (node.row.row <= from || node.row.row >= to) return false;
          return parents[n] === NO_PARENT || nodes[parents[n]].row.row <= from;
        });
  return { nodes, rootsBetween };
}

/** Makes node `child` the last child of node `parent`: a leaf gets a list of its own first. */
function adopt(nodes: BudgetNode[], parents: Int32Array, parent: number, child: number): void {
  const node = nodes[parent];
  if (node.children === NO_CHILDREN) node.children = [nodes[child]];
  else (node.children as BudgetNode[]).push(nodes[child]);
  parents[child] = parent;
}

/**
 * Kode rekening typed in the program codes' column (`5.1.02` under every sub kegiatan) share no
 * prefix with them: a rekening that no code places is the breakdown of the nearest coded line
 * above that is not a rekening (a total row or an uncoded line in between: nothing is nested).
 */
function nestRekening(rows: BudgetRow[], nodes: BudgetNode[], parents: Int32Array): void {
  // `nodes` are the line rows of `rows` in the same order: walked alongside, no index needed.
  let next = 0;
  let owner = NO_PARENT;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const index = nodes[next]?.row === row ? next++ : NO_PARENT;
    if (index === NO_PARENT) {
      if (row.total !== 'restated') owner = NO_PARENT;
    } else if (row.code === undefined || !REKENING.test(row.code)) {
      owner = row.code === undefined ? NO_PARENT : index;
    } else if (owner !== NO_PARENT && parents[index] === NO_PARENT) {
      adopt(nodes, parents, owner, index);
    }
  }
}

/** A parent is uncertain when an unplaced row stands between it and its last descendant. */
function markUncertain(nodes: BudgetNode[], unplaced: number[]): void {
  if (unplaced.length === 0) return;
  const lastRow = (node: BudgetNode): number =>
    node.children.length === 0 ? node.row.row : lastRow(node.children[node.children.length - 1]);
  for (const node of nodes) {
    if (node.children.length === 0) continue;
    const end = lastRow(node);
    node.certain = !unplaced.some((row) => row > node.row.row && row < end);
  }
}

/**
 * The rows each total sums: a SUB TOTAL the top-level rows since the previous total of any kind;
 * a JUMLAH / TOTAL those since the previous JUMLAH / TOTAL, or the SUB TOTALs there when it has
 * some; a form's total the rows its formulas add. Where rows stand there that have no place in a
 * hierarchy the table has, nothing.
 */
function totalsOf(
  rows: BudgetRow[],
  rootsBetween: RootsBetween,
  nodes: BudgetNode[],
): BudgetTable['totals'] {
  const totals: BudgetTable['totals'] = [];
  // Only a form's totals name their rows: the indexes are made for the first of them.
  let indexes: { nodeAt: Map<number, BudgetNode>; listed: Set<number> } | undefined;
  let sinceAny = 0;
  let sinceTotal = 0;
  let subtotals: BudgetRow[] = [];
  let linesSinceSubtotal = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.total === 'restated') continue;
    if (row.total === undefined) {
      linesSinceSubtotal++;
      continue;
    }
    if (row.sums) {
      // The rows its formulas add, where each that has amounts is a line of the hierarchy.
      const { nodeAt, listed } = (indexes ??= {
        nodeAt: new Map(nodes.map((node) => [node.row.row, node])),
        listed: new Set(rows.map((line) => line.row)),
      });
      const parts = row.sums.flatMap((r) => nodeAt.get(r) ?? []);
      const known = row.sums.every((r) => nodeAt.has(r) || !listed.has(r));
      if (known && parts.length > 0) totals.push({ row, parts });
    } else if (row.total === 'total' && subtotals.length > 0) {
      if (linesSinceSubtotal === 0)
        totals.push({
          row,
          parts: subtotals.map((s) => ({ row: s, children: NO_CHILDREN, certain: true })),
        });
    } else {
      const parts = rootsBetween(row.total === 'subtotal' ? sinceAny : sinceTotal, row.row);
      if (parts && parts.length > 0) totals.push({ row, parts });
    }
    if (row.total === 'subtotal') subtotals.push(row);
    else {
      subtotals = [];
      sinceTotal = row.row;
    }
    sinceAny = row.row;
    linesSinceSubtotal = 0;
  }
  return totals;
}

/**
 * Sum of the nodes' amounts in column `c` (`-` counts 0); undefined when none holds a number or
 * one is unreadable. `blank` tells whether a part was left empty: it may hold what is missing.
 */
export function sumOf(
  nodes: readonly BudgetNode[],
  c: number,
): { sum: number; blank: boolean } | undefined {
  let sum = 0;
  let any = false;
  let blank = false;
  for (const node of nodes) {
    const amount = node.row.amount(c);
    if (amount.value !== null) {
      sum += amount.value;
      any = true;
    } else if (amount.problem !== undefined || amount.error !== undefined) return undefined;
    else if (amount.empty) blank = true;
  }
  return any ? { sum, blank } : undefined;
}

/** Money in whole cents: two amounts are the same money when these are equal. */
export function cents(value: number): number {
  return Math.round(value * 100);
}

/**
 * Parts that cannot all be parts: one of them alone equals the whole while another is not zero,
 * or they add up to twice the whole (parents counted with their children). The hierarchy is then
 * not what it seems, and its sum says nothing.
 */
export function partsOverlap(
  whole: number,
  parts: readonly BudgetNode[],
  c: number,
  sum: number,
): boolean {
  if (parts.length >= 2 && cents(sum) === cents(2 * whole)) return true;
  const values = parts.map((part) => part.row.amount(c).value ?? 0);
  const equal = values.findIndex((value) => cents(value) === cents(whole));
  return equal >= 0 && values.some((value, i) => i !== equal && cents(value) !== 0);
}
