/**
 * Bounds the work ExcelJS will do on an unpacked .xlsx, before it parses anything: the sheets'
 * XML is scanned byte by byte (no parser, no text copy of the part) for the cells and rows it
 * holds, rows and columns beyond Excel's limits, and the areas of merges and defined names,
 * which ExcelJS expands cell by cell. A merge or a name is measured as a range (rows × columns),
 * never expanded. Limits are chosen by measurement (README, "Batas berkas").
 */
import { formatAngka } from '../../core/angka';
import { WorkbookReadError } from './read-error';
import type { XlsxParts } from './unpack';

/** Excel's own limits: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
/** Cells in the whole workbook (ExcelJS holds about 600 bytes per cell). */
export const MAX_CELLS = 1_500_000;
/** `<row>` elements in the whole workbook (a row costs ExcelJS memory even without cells). */
export const MAX_ROWS = 1_500_000;
/** Cells covered by merges and by defined names, together: ExcelJS makes an object for each. */
export const MAX_RANGE_CELLS = 500_000;

/** The part names ExcelJS parses as worksheets and tables (its patterns, unanchored as there). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const TABLE_PART = /xl\/tables\/(table\d+)[.]xml/;

const LT = 0x3c;
const GT = 0x3e;

function refused(what: string, limit: number, unit: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas terlalu besar untuk dibaca: ${what}; batasnya ${formatAngka(limit, 0)} ${unit}. ` +
      'Bagi workbook menjadi beberapa berkas, atau hapus lembar dan sel yang tidak dipakai.',
  );
}

function damaged(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas .xlsx rusak (${detail}). Buka di Excel lalu simpan ulang, atau pakai salinan lain.`,
  );
}

/** Text from the file for a message: short, whatever the file holds. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Throws WorkbookReadError when the parts would make ExcelJS work or hold beyond the limits. */
export function checkWorkLimits(parts: XlsxParts): void {
  const totals = { cells: 0, rows: 0, rangeCells: 0 };
  for (const [name, data] of parts) {
    if (WORKSHEET_PART.test(name)) scanWorksheet(data, totals);
    else if (TABLE_PART.test(name)) scanTable(data);
  }
  const workbook = parts.get('xl/workbook.xml');
  if (workbook) scanDefinedNames(workbook, totals);
}

interface Totals {
  cells: number;
  rows: number;
  rangeCells: number;
}

function scanWorksheet(xml: Uint8Array, totals: Totals): void {
  for (let at = xml.indexOf(LT); at >= 0; at = xml.indexOf(LT, at + 1)) {
    const tag = tagName(xml, at + 1);
    if (tag !== 'c' && tag !== 'row' && tag !== 'mergeCell' && tag !== 'col') continue;
    const end = xml.indexOf(GT, at);
    if (end < 0) return;
    const attrs = { xml, start: at + 1 + tag.length, end };
    if (tag === 'c') {
      if (++totals.cells > MAX_CELLS) {
        throw refused(`lebih dari ${formatAngka(MAX_CELLS, 0)} sel`, MAX_CELLS, 'sel per workbook');
      }
      const ref = attribute(attrs, 'r');
      if (ref !== undefined) checkCell(ref);
    } else if (tag === 'row') {
      if (++totals.rows > MAX_ROWS) {
        throw refused(
          `lebih dari ${formatAngka(MAX_ROWS, 0)} baris`,
          MAX_ROWS,
          'baris per workbook',
        );
      }
      const r = attribute(attrs, 'r');
      if (r !== undefined) checkRowNumber(r);
    } else if (tag === 'col') {
      const max = Number(attribute(attrs, 'max') ?? 0);
      if (!(max <= MAX_COL)) damagedLimit(`kolom ke-${shown(String(max))}`);
    } else {
      addRange(attribute(attrs, 'ref') ?? '', 'sel gabungan', totals);
    }
    at = end;
  }
}

/** An Excel Table's range must lie in the sheet: the detection reads it as the table's rows. */
function scanTable(xml: Uint8Array): void {
  for (let at = xml.indexOf(LT); at >= 0; at = xml.indexOf(LT, at + 1)) {
    if (!isName(xml, at + 1, at + 6, 'table') || isNameByte(xml[at + 6])) continue;
    const end = xml.indexOf(GT, at);
    const ref = end < 0 ? undefined : attribute({ xml, start: at + 6, end }, 'ref');
    for (const cell of (ref ?? '').split(':').filter(Boolean)) checkCell(cell);
    return;
  }
}

function damagedLimit(what: string): never {
  throw damaged(
    `${what} melewati batas Excel ${formatAngka(MAX_ROW, 0)} baris × ${formatAngka(MAX_COL, 0)} kolom`,
  );
}

function checkRowNumber(text: string): number {
  const row = Number(text);
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) damagedLimit(`baris ${shown(text)}`);
  return row;
}

/** `AB12` → its row and column, refusing what lies beyond Excel's sheet. */
function checkCell(ref: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/.exec(ref);
  if (!match) throw damaged(`alamat sel tidak sah: ${shown(ref)}`);
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  if (col > MAX_COL) damagedLimit(`sel ${shown(ref)}`);
  return { row: checkRowNumber(match[2]), col };
}

/** Adds the area of `A1:B2` (or `A1`) to the range budget; `what` names it in a refusal. */
function addRange(ref: string, what: string, totals: Totals): void {
  const [from, to = from] = ref.split(':');
  const a = checkCell(from);
  const b = checkCell(to);
  const area = (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
  totals.rangeCells += area;
  if (totals.rangeCells > MAX_RANGE_CELLS) {
    throw refused(
      `${what} ${shown(ref)} mencakup ${formatAngka(area, 0)} sel`,
      MAX_RANGE_CELLS,
      'sel dalam sel gabungan dan nama rentang',
    );
  }
}

/**
 * ExcelJS expands each `Sheet!$A$1:$B$9` range of a defined name into one object per cell.
 * Whole rows or columns (`$A:$A`, `$1:$3`) it does not expand; they are not counted.
 */
function scanDefinedNames(xml: Uint8Array, totals: Totals): void {
  const text = new TextDecoder().decode(xml);
  const names = /<definedName\b[^>]*>([^<]*)<\/definedName>/g;
  for (let match = names.exec(text); match; match = names.exec(text)) {
    const ranges = /\$?[A-Za-z]+\$?\d+:\$?[A-Za-z]+\$?\d+/g;
    for (let range = ranges.exec(match[1]); range; range = ranges.exec(match[1])) {
      addRange(range[0], 'nama rentang', totals);
    }
  }
}

const TAGS = ['c', 'row', 'col', 'mergeCell'].map((name) => ({
  name,
  bytes: Array.from(name, (char) => char.charCodeAt(0)),
}));

/**
 * Which of the scanned elements starts at `at` (just after `<`), or ''. Compared byte by byte:
 * a sheet has millions of elements, and a string per element would be most of the scan's time.
 */
function tagName(xml: Uint8Array, at: number): string {
  const first = xml[at];
  if (first !== 0x63 /* c */ && first !== 0x72 /* r */ && first !== 0x6d /* m */) return '';
  for (const { name, bytes } of TAGS) {
    let i = 0;
    while (i < bytes.length && xml[at + i] === bytes[i]) i++;
    if (i === bytes.length && !isNameByte(xml[at + i])) return name;
  }
  return '';
}

function isNameByte(byte: number): boolean {
  // a-z A-Z 0-9 : _ - .
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x3a) ||
    byte === 0x5f ||
    byte === 0x2d ||
    byte === 0x2e
  );
}

interface TagBytes {
  xml: Uint8Array;
  /** Just after the element name. */
  start: number;
  /** The closing `>`. */
  end: number;
}

/** The value of attribute `name` inside a start tag, with XML character references decoded. */
function attribute({ xml, start, end }: TagBytes, name: string): string | undefined {
  let at = start;
  while (at < end) {
    while (at < end && isSpace(xml[at])) at++;
    const nameStart = at;
    while (at < end && xml[at] !== 0x3d /* = */ && !isSpace(xml[at])) at++;
    const nameEnd = at;
    while (at < end && isSpace(xml[at])) at++;
    if (xml[at] !== 0x3d) return undefined;
    at++;
    while (at < end && isSpace(xml[at])) at++;
    const quote = xml[at];
    if (quote !== 0x22 && quote !== 0x27) return undefined;
    const valueEnd = xml.indexOf(quote, at + 1);
    if (valueEnd < 0 || valueEnd > end) return undefined;
    if (isName(xml, nameStart, nameEnd, name)) {
      // Addresses and numbers are ASCII; a longer value is cut (and then refused as invalid).
      const raw = String.fromCharCode(...xml.subarray(at + 1, Math.min(valueEnd, at + 201)));
      return decodeReferences(raw);
    }
    at = valueEnd + 1;
  }
  return undefined;
}

function isName(xml: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (xml[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** `&#65;`, `&#x41;` and the five named references, as the XML parser would read them. */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16) % 0x110000);
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)) % 0x110000);
    return NAMED_REFERENCES[body] ?? whole;
  });
}
