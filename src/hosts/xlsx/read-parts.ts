/**
 * The parts of an .xlsx read before its sheets: the workbook (sheets, date system, defined
 * names), relationships, number formats and shared strings, and the Excel Tables. Each keeps
 * only what the model needs. Where ExcelJS 4.4 (the reader before this one) read a part in its
 * own way, it is read the same way, so the model stays as it was; each such place says so.
 */
import { isMarkerName, readMarker } from '../../sheetgen/output-marker';
import type { ExcelTable } from '../../workbook/model';
import { checkedCell, type WorkCounter } from './work-limits';
import { readPart, type Archive } from './xml-part';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The relationship id naming the sheet's part. */
  relId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  /** The generator whose output marker names the sheet, by sheet name (output-marker.ts). */
  outputs: Map<string, string>;
}

/** xl/workbook.xml: the sheets in order, the date system, and the defined names counted. */
export function readWorkbook(archive: Archive, counter: WorkCounter): WorkbookPart {
  const workbook: WorkbookPart = { sheets: [], date1904: false, outputs: new Map() };
  let inDefinedName = false;
  let definedName = '';
  let nameOf = '';
  readPart(archive, 'xl/workbook.xml', {
    open(name, attributes) {
      if (name === 'sheet') {
        workbook.sheets.push({
          // ExcelJS decoded the name's entities a second time.
          name: xmlDecode(attributes.name ?? ''),
          hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden',
          relId: attributes['r:id'] ?? '',
        });
      } else if (name === 'workbookPr') {
        workbook.date1904 = attributes.date1904 === '1';
      } else if (name === 'definedName') {
        inDefinedName = true;
        definedName = '';
        nameOf = attributes.name ?? '';
        return true;
      }
      return false;
    },
    text(text) {
      if (inDefinedName) definedName += text;
    },
    close(name) {
      if (name !== 'definedName') return;
      inDefinedName = false;
      counter.definedName(definedName);
      const marker = isMarkerName(nameOf) ? readMarker(nameOf, definedName) : undefined;
      if (marker) workbook.outputs.set(marker.sheet, marker.generator);
    },
  });
  return workbook;
}

/** A relationships part: target by id, as written (an empty map when the part is missing). */
export function readRelationships(archive: Archive, name: string): Map<string, string> {
  const targets = new Map<string, string>();
  readPart(archive, name, {
    open(element, attributes) {
      if (element === 'Relationship' && attributes.Id !== undefined) {
        targets.set(attributes.Id, attributes.Target ?? '');
      }
    },
  });
  return targets;
}

/** A cell style as the checks need it: its number format, and whether it shows a date. */
export interface CellStyle {
  numFmt?: string;
  isDate: boolean;
}

/** The format codes Excel numbers without writing them in styles.xml (as ExcelJS knew them). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** xl/styles.xml: each cell style (`s` of a cell) with its number format. */
export function readStyles(archive: Archive): CellStyle[] {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inside = '';
  readPart(archive, 'xl/styles.xml', {
    open(name, attributes) {
      if (name === 'numFmts' || name === 'cellXfs') inside = name;
      else if (name === 'numFmt' && inside === 'numFmts') {
        // ExcelJS dropped the backslash of every escaped character.
        const code = (attributes.formatCode ?? '').replace(/[\\](.)/g, '$1');
        custom.set(parseInt(attributes.numFmtId, 10), code);
      } else if (name === 'xf' && inside === 'cellXfs') {
        formatIds.push(parseInt(attributes.numFmtId, 10));
      }
    },
    close(name) {
      if (name === inside) inside = '';
    },
  });
  return formatIds.map((id) => {
    const numFmt = id ? custom.get(id) || BUILT_IN_FORMATS[id] : undefined;
    return numFmt ? { numFmt, isDate: isDateFormat(numFmt) } : { isDate: false };
  });
}

/** Whether a format shows a date or time (ExcelJS's test: a date letter outside quotes and []). */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * xl/sharedStrings.xml: each string as the cell shows it, rich text joined; null for an `<si>`
 * without text. Indexes of rich-text strings are listed in `rich` (a hyperlink drops them).
 */
export interface SharedStrings {
  values: (string | null)[];
  rich: Set<number>;
}

export function readSharedStrings(archive: Archive): SharedStrings {
  const strings: SharedStrings = { values: [], rich: new Set() };
  const item = new TextItem();
  let phonetic = 0;
  readPart(archive, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') item.start();
      else if (name === 'rPh') phonetic++;
      else if (phonetic === 0) return item.open(name);
      return false;
    },
    text(text) {
      item.text(text);
    },
    close(name) {
      if (name === 'rPh') phonetic--;
      else if (phonetic === 0 && name !== 'si') item.close(name, true);
      else if (name === 'si') {
        if (item.isRich()) strings.rich.add(strings.values.length);
        strings.values.push(item.value());
      }
    },
  });
  strings.values = ownTexts(strings.values);
  return strings;
}

/**
 * The text of a string item (`<si>`, or a cell's `<is>`): plain `<t>` text or rich-text runs
 * (`<r><t>`), the runs joined. `_xHHHH_` escapes are decoded in runs and, in shared strings, in
 * plain text too (as ExcelJS did; it left them in an inline string's plain text).
 */
export class TextItem {
  private plain: string | undefined;
  private runs: string[] | undefined;
  private run: string | undefined;
  private current: string | undefined;
  private inRun = false;

  start(): void {
    this.plain = this.runs = this.run = this.current = undefined;
    this.inRun = false;
  }

  /** An element inside the item opened; true when its text is wanted. */
  open(name: string): boolean {
    if (name === 'r') {
      this.inRun = true;
      this.run = undefined;
    } else if (name === 't') {
      this.current = '';
      return true;
    }
    return false;
  }

  text(text: string): void {
    if (this.current !== undefined) this.current += text;
  }

  close(name: string, decodePlain: boolean): void {
    if (name === 't' && this.current !== undefined) {
      if (this.inRun) this.run = decodeEscapes(this.current);
      else this.plain = decodePlain ? decodeEscapes(this.current) : this.current;
      this.current = undefined;
    } else if (name === 'r') {
      (this.runs ??= []).push(this.run ?? '');
      this.inRun = false;
    }
  }

  isRich(): boolean {
    return this.plain === undefined && this.runs !== undefined;
  }

  /** The text; null when the item held none (no `<t>`, no run). */
  value(): string | null {
    return this.plain ?? this.runs?.join('') ?? null;
  }
}

function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** V8 copies a slice shorter than this (SlicedString::kMinLength); a longer one is a view. */
const SHORTEST_VIEW = 13;

/**
 * A text a cell keeps (formula, `str` or inline text), in its own storage: the tokenizer's text
 * is a slice of its 32 kB chunk, and one kept slice keeps the whole chunk alive (a formula every
 * 32 kB would keep the whole sheet's text). Joining its first character to the rest makes a pair
 * that V8 copies into one flat string the first time a character is read, and a collection then
 * drops the pair: 39 ms for 80,000 texts, a JSON round trip each 67 ms, same memory.
 */
export function ownText(text: string): string {
  if (text.length < SHORTEST_VIEW) return text;
  const pair = text[0] + text.slice(1);
  pair.charCodeAt(0);
  return pair;
}

/**
 * The shared strings in their own storage, copied at once when the part ends: a JSON round trip
 * makes a flat string of each (nulls stay null, every code unit stays as it was). Copied one by
 * one as they came (ownText), the copies' garbage moved V8's first mark-compact earlier, and the
 * peak of `lkj validate` on the bench rose (see docs/decisions.md, "Memori validasi").
 */
export function ownTexts(values: (string | null)[]): (string | null)[] {
  return JSON.parse(JSON.stringify(values)) as (string | null)[];
}

/** The five predefined entities decoded once more, as ExcelJS did for names and `str` text. */
export function xmlDecode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * Every Excel Table part (xl/tables/tableN.xml), by the target a sheet's relationship gives it
 * (`../tables/tableN.xml`). Each range is checked against Excel's limits, referenced or not.
 */
export function readTables(
  archive: Archive,
  names: Iterable<string>,
): Map<string, ExcelTable | undefined> {
  const tables = new Map<string, ExcelTable | undefined>();
  for (const name of names) {
    const match = /xl\/tables\/(table\d+)[.]xml/.exec(name);
    if (!match) continue;
    let table: ExcelTable | undefined;
    readPart(archive, name, {
      open(element, attributes) {
        if (element !== 'table' || table) return;
        const ref = attributes.ref;
        for (const corner of (ref ?? '').split(':').filter(Boolean)) checkedCell(corner);
        if (!ref) return;
        const [start, end = start] = ref.split(':');
        const from = checkedCell(start);
        const to = checkedCell(end);
        table = {
          name: attributes.displayName || attributes.name || '',
          range: { top: from.row, left: from.col, bottom: to.row, right: to.col },
          // ExcelJS took a header row only from an explicit headerRowCount="1".
          hasHeaderRow: attributes.headerRowCount === '1',
        };
      },
    });
    tables.set(`../tables/${match[1]}.xml`, table);
  }
  return tables;
}
