/**
 * Reads one worksheet part into a Sheet as it streams: cells (values, formulas, cached results,
 * number formats), merges, hyperlinks and Excel Tables, each cell and row counted against the
 * limits as it comes. Merges and hyperlinks follow the cells in the part, so the cells wait in
 * flat arrays until the part ends and are then stored once.
 */
import { fromA1, Sheet, toA1 } from '../../workbook/model';
import type { Cell, CellRange, ExcelTable } from '../../workbook/model';
import {
  ownText,
  TextItem,
  xmlDecode,
  type CellStyle,
  type SharedStrings,
  readRelationships,
} from './read-parts';
import {
  checkColumnSpan,
  checkedCell,
  checkedRow,
  columnNumber,
  MAX_COL,
  MAX_ROW,
  nextCell,
  type WorkCounter,
} from './work-limits';
import { readPart, type Archive, type Attributes } from './xml-part';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_SHIFT = 1_462;
/** The largest time a JavaScript Date holds, in ms either side of 1970. */
const MAX_DATE_MS = 8.64e15;

export interface WorkbookParts {
  styles: CellStyle[];
  strings: SharedStrings;
  date1904: boolean;
  /** Excel Tables by relationship target (`../tables/table1.xml`). */
  tables: Map<string, ExcelTable | undefined>;
  counter: WorkCounter;
  cells: CellPool;
}

/**
 * One frozen cell per shared string, and per small whole number, under each format, shared by
 * every cell holding it: tables repeat their values (`%`, a predikat, a code, a year), and the
 * model never changes a cell once read. Found by index, never by hashing the value: a Map of every
 * distinct value cost more time than the objects it saved. Kept for one read only.
 */
export class CellPool {
  private readonly byFormat = new Map<string | undefined, { strings: Cell[]; numbers: Cell[] }>();

  /** `strings`: how many shared strings the workbook has. */
  constructor(private readonly strings: number) {}

  /** The cell of shared string `index`, whose text is `value`. */
  sharedString(index: number, value: string, numFmt: string | undefined): Cell {
    const pooled = this.of(numFmt).strings;
    return (pooled[index] ??= frozenCell(value, numFmt));
  }

  number(value: number, numFmt: string | undefined): Cell {
    // Whole numbers up to a few thousand (counts, percents, years) repeat; -0 is not 0.
    if (!(value >= 0 && value < SMALL_NUMBERS && Number.isInteger(value)) || Object.is(value, -0)) {
      return numFmt ? { value, numFmt } : { value };
    }
    const pooled = this.of(numFmt).numbers;
    return (pooled[value] ??= frozenCell(value, numFmt));
  }

  private of(numFmt: string | undefined): { strings: Cell[]; numbers: Cell[] } {
    let pools = this.byFormat.get(numFmt);
    if (pools === undefined) {
      pools = { strings: slots(this.strings), numbers: slots(SMALL_NUMBERS) };
      this.byFormat.set(numFmt, pools);
    }
    return pools;
  }
}

/**
 * An array of `length` empty slots, filled in any order: made by pushing, as `new Array(length)`
 * past 100,000 slots and writes far beyond the end both give a slow dictionary-backed array.
 */
function slots(length: number): Cell[] {
  const array: Cell[] = [];
  for (let i = 0; i < length; i++) array.push(undefined as unknown as Cell);
  return array;
}

const SMALL_NUMBERS = 4096;

const frozenCell = (value: string | number, numFmt: string | undefined): Cell =>
  Object.freeze(numFmt ? { value, numFmt } : { value });

/** One `<c>` while its children stream in. */
interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  style: CellStyle | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  shareId: string | undefined;
  shareRef: string | undefined;
  /** `<v>` text, undefined when none came. */
  text: string | undefined;
  inline: TextItem | undefined;
}

/** A shared formula's master cell. */
interface Master {
  row: number;
  col: number;
  formula: string | undefined;
}

/** Entries per block of a BlockList: a block stays below V8's large-object size (128 kB). */
const BLOCK_BITS = 13;
const BLOCK = 1 << BLOCK_BITS;

/**
 * A list grown block by block: one array of a sheet's cells, grown by copying, left each old copy
 * in the large-object space until a full collection (tens of MB on a large sheet); blocks are
 * never copied and die young.
 */
class BlockList<T> {
  private readonly blocks: T[][] = [];
  length = 0;

  push(value: T): void {
    if ((this.length & (BLOCK - 1)) === 0) this.blocks.push([]);
    this.blocks[this.blocks.length - 1].push(value);
    this.length++;
  }

  at(index: number): T {
    return this.blocks[index >> BLOCK_BITS][index & (BLOCK - 1)];
  }
}

/** The cells of a part, in file order, before the merges and hyperlinks after them are known. */
class PendingCells {
  readonly rows = new BlockList<number>();
  readonly cols = new BlockList<number>();
  readonly cells = new BlockList<Cell>();
  /** Cells whose text is rich text: a hyperlink on them leaves no text (as in ExcelJS). */
  readonly rich = new Set<number>();
  /** Copies of shared formulas, by index, with their master. */
  readonly copies = new Map<number, Master>();

  add(row: number, col: number, cell: Cell): number {
    this.rows.push(row);
    this.cols.push(col);
    this.cells.push(cell);
    return this.cells.length - 1;
  }
}

/** A key for a cell in a Set: row and column in one number. */
const key = (row: number, col: number) => row * (MAX_COL + 1) + col;

export function readWorksheet(
  archive: Archive,
  part: string,
  sheet: Sheet,
  parts: WorkbookParts,
): void {
  const number = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(part)?.[1];
  const rels = readRelationships(archive, `xl/worksheets/_rels/sheet${number}.xml.rels`);
  const pending = new PendingCells();
  const masters = new Map<string, Master>();
  const merges: CellRange[] = [];
  const hyperlinks: string[] = [];
  const tableIds: string[] = [];
  let row = 0;
  let col = 0;
  let cell: OpenCell | undefined;
  let wanted: 'f' | 'v' | undefined;

  // One open cell, reset for each `<c>`: no object per cell while streaming.
  const open: OpenCell = {
    row: 0,
    col: 0,
    type: undefined,
    style: undefined,
    formula: undefined,
    shareType: undefined,
    shareId: undefined,
    shareRef: undefined,
    text: undefined,
    inline: undefined,
  };
  const openCell = (attributes: Attributes): OpenCell => {
    parts.counter.cell();
    col = attributes.r === undefined ? nextCell(row, col) : cellColumn(attributes.r);
    const styleId = parseInt(attributes.s, 10);
    open.row = row;
    open.col = col;
    open.type = attributes.t;
    // Style 0 gave no format in ExcelJS, whatever styles.xml says of it.
    open.style = styleId ? parts.styles[styleId] : undefined;
    open.formula = open.shareType = open.shareId = open.shareRef = open.text = undefined;
    open.inline = undefined;
    return open;
  };

  readPart(archive, part, {
    open(name, attributes) {
      if (cell) {
        if (name === 'f') {
          cell.shareType = attributes.t;
          cell.shareId = attributes.si;
          cell.shareRef = attributes.ref;
          wanted = 'f';
          return true;
        }
        if (name === 'v') {
          wanted = 'v';
          return true;
        }
        if (name === 'is') {
          cell.inline = new TextItem();
          cell.inline.start();
          return false;
        }
        return cell.inline?.open(name) ?? false;
      }
      switch (name) {
        case 'row':
          parts.counter.row();
          row = attributes.r === undefined ? row + 1 : checkedRow(attributes.r);
          col = 0;
          break;
        case 'c':
          cell = openCell(attributes);
          break;
        case 'col':
          checkColumnSpan(attributes.max);
          break;
        case 'mergeCell':
          merges.push(parts.counter.range(attributes.ref ?? '', 'sel gabungan'));
          break;
        case 'hyperlink':
          // Only links to another file replaced the cell's value in ExcelJS.
          if (attributes['r:id'] && rels.get(attributes['r:id'])) {
            hyperlinks.push(attributes.ref ?? '');
          }
          break;
        case 'tablePart':
          tableIds.push(attributes['r:id'] ?? '');
          break;
      }
      return false;
    },
    text(text) {
      if (!cell) return;
      if (wanted === 'f') cell.formula = (cell.formula ?? '') + text;
      else if (wanted === 'v') cell.text = (cell.text ?? '') + text;
      else cell.inline?.text(text);
    },
    close(name) {
      if (!cell) return;
      if (name === 'c') {
        addCell(cell, parts, masters, pending);
        cell = undefined;
      } else if (name === 'f' || name === 'v') wanted = undefined;
      else cell.inline?.close(name, false);
    },
  });

  storeCells(sheet, pending, merges, hyperlinks);
  sheet.merges.push(...merges);
  for (const id of tableIds) {
    const table = parts.tables.get(rels.get(id) ?? '');
    if (table) sheet.excelTables.push(table);
  }
}

/** Adds the cell as the model holds it, unless it is empty in the sheet. */
function addCell(
  open: OpenCell,
  parts: WorkbookParts,
  masters: Map<string, Master>,
  pending: PendingCells,
): void {
  // A cell outside any row is no cell of the sheet.
  if (open.row === 0) return;
  let text = open.text;
  let rich = false;
  if (text === undefined && open.inline) {
    rich = open.inline.isRich();
    text = open.inline.value() ?? undefined;
    // An empty inline `<t/>` gave ExcelJS no value; empty rich-text runs did.
    if (text === '' && !rich) text = undefined;
  }
  let cell: Cell;
  let master: Master | undefined;
  const numFmt = open.style?.numFmt;
  const format = numFmt && numFmt !== 'General' ? numFmt : undefined;
  if (open.formula || open.shareType) {
    master = sharedMaster(open, masters);
    // A formula neither written out nor copied from a known master: ExcelJS kept nothing.
    if (!open.formula && !master) return;
    cell = formulaCell(open, text, parts.date1904);
    if (format) cell.numFmt = format;
  } else if (text === undefined) {
    return;
  } else {
    let value: Cell['value'] | { error: string };
    if (open.type === 's') {
      const index = parseInt(text, 10);
      value = parts.strings.values[index] ?? null;
      rich = parts.strings.rich.has(index);
      if (value === null) return;
      cell = parts.cells.sharedString(index, value, format);
    } else {
      value = plainValue(open, text, parts.date1904);
      // Made whole at once: a property added later would cost the cell a second object.
      if (typeof value === 'object' && value !== null) {
        cell = format
          ? { value: null, error: value.error, numFmt: format }
          : { value: null, error: value.error };
      } else if (typeof value === 'number') cell = parts.cells.number(value, format);
      else if (value === null) return;
      else cell = format ? { value, numFmt: format } : { value };
    }
  }
  const index = pending.add(open.row, open.col, cell);
  if (rich) pending.rich.add(index);
  if (master) pending.copies.set(index, master);
}

/** A copy's master (remembering a master as it comes); undefined for any other cell. */
function sharedMaster(open: OpenCell, masters: Map<string, Master>): Master | undefined {
  if (open.shareType !== 'shared' || open.shareId === undefined) return undefined;
  if (open.shareRef) {
    masters.set(open.shareId, { row: open.row, col: open.col, formula: open.formula });
    return undefined;
  }
  // A copy written out in full keeps its own text.
  return open.formula ? undefined : masters.get(open.shareId);
}

function formulaCell(open: OpenCell, text: string | undefined, date1904: boolean): Cell {
  let result: Cell['value'] | { error: string } | undefined;
  if (text) {
    if (open.type === 'str') result = ownText(xmlDecode(text));
    else if (open.type === 'b') result = parseInt(text, 10) !== 0;
    else if (open.type === 'e') result = { error: text };
    else result = parseFloat(text);
  }
  if (result !== undefined && open.style?.isDate) result = viaDate(result, date1904);
  const cell: Cell = { value: null, formula: ownText(open.formula ?? '') };
  // A cached 0 (or FALSE) is a value: ExcelJS lost every falsy cached result.
  if (typeof result === 'object' && result !== null) cell.error = result.error;
  else if (result !== undefined && result !== '' && !Number.isNaN(result)) cell.value = result;
  return cell;
}

function plainValue(
  open: OpenCell,
  text: string,
  date1904: boolean,
): Cell['value'] | { error: string } {
  switch (open.type) {
    case 'str':
      return ownText(xmlDecode(text));
    case 'inlineStr':
      return ownText(text);
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    default: {
      const number = parseFloat(text);
      return open.style?.isDate ? viaDate(number, date1904) : number;
    }
  }
}

/**
 * A cell's column from its address (`AB12` → 28), the address checked as checkedCell checks it:
 * the usual plain address is read here without a regular expression or an object, anything else
 * (and every refusal) goes through checkedCell.
 */
function cellColumn(ref: string): number {
  let col = 0;
  let at = 0;
  for (; at < ref.length && at < 3; at++) {
    const code = ref.charCodeAt(at);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  let row = 0;
  const digitsFrom = at;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code < 48 || code > 57) break;
    row = row * 10 + code - 48;
  }
  const plain =
    digitsFrom > 0 &&
    at === ref.length &&
    at > digitsFrom &&
    at - digitsFrom <= 7 &&
    ref[digitsFrom] !== '0';
  return plain && col <= MAX_COL && row <= MAX_ROW ? col : checkedCell(ref).col;
}

/**
 * A cached value shown as a date, through the JavaScript Date ExcelJS made of it (rounded to the
 * millisecond) and back to a serial number; null where no Date holds it.
 */
function viaDate(value: unknown, date1904: boolean): number | null {
  const shift = date1904 ? DATE1904_SHIFT : 0;
  const ms = Math.round((Number(value) - UNIX_EPOCH_SERIAL + shift) * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - shift;
}

/**
 * Stores the pending cells: not the covered cells of a merge (a merge shows its first cell
 * only), shared-formula copies translated from their master, and cells under a hyperlink to
 * another file keeping only their text.
 */
function storeCells(
  sheet: Sheet,
  pending: PendingCells,
  merges: CellRange[],
  hyperlinks: string[],
): void {
  const covered = new Set<number>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r > merge.top || c > merge.left) covered.add(key(r, c));
      }
    }
  }
  const linked = new Set<number>();
  // ExcelJS matched a link's ref to a cell's address as written: a plain A1 address.
  for (const ref of hyperlinks) {
    if (/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(ref)) {
      const at = fromA1(ref);
      linked.add(key(at.row, at.col));
    }
  }
  const { rows, cols, cells } = pending;
  for (let i = 0; i < cells.length; i++) {
    const row = rows.at(i);
    const col = cols.at(i);
    const at = key(row, col);
    if (covered.has(at)) continue;
    let cell = cells.at(i);
    const master = pending.copies.get(i);
    if (master) cell.formula = copiedFormula(master, row, col, covered);
    if (linked.has(at)) {
      const text = typeof cell.value === 'string' && !pending.rich.has(i) ? cell.value : null;
      cell = cell.numFmt === undefined ? { value: text } : { value: text, numFmt: cell.numFmt };
    }
    sheet.setCell(row, col, cell);
  }
}

/** A shared formula's copy: the master's formula moved by the offset between the two cells. */
function copiedFormula(master: Master, row: number, col: number, covered: Set<number>): string {
  const address = toA1(master.row, master.col);
  // ExcelJS fell back to the master's address where it could not translate.
  if (!master.formula || covered.has(key(master.row, master.col))) return address;
  return slideFormula(master.formula, row - master.row, col - master.col) ?? address;
}

const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * ExcelJS's translation of a shared formula, kept as it was: relative references move by the
 * offset, absolute ones stay; undefined when a column would fall outside A–XFD.
 */
function slideFormula(formula: string, rows: number, cols: number): string | undefined {
  let outside = false;
  const moved = formula.replace(
    REFERENCE_CANDIDATE,
    (whole, sheet: string | undefined, _name, part: string, paren: string | undefined) => {
      if (paren) return whole;
      const match = CELL_REFERENCE.exec(part);
      if (!match) return whole;
      const [, colDollar = '', letters, rowDollar = '', digits] = match;
      const upper = letters.toUpperCase();
      // More than XFD: a name, not a reference.
      if (upper.length > 3 || (upper.length === 3 && upper > 'XFD')) return whole;
      let col = columnNumber(upper);
      const row = parseInt(digits, 10) + (rowDollar ? 0 : rows);
      if (!colDollar) col += cols;
      if (col < 1 || col > MAX_COL) outside = true;
      const address = toA1(1, Math.max(1, Math.min(col, MAX_COL))).slice(0, -1);
      return `${sheet ?? ''}${colDollar}${address}${rowDollar}${row}`;
    },
  );
  return outside ? undefined : moved;
}
