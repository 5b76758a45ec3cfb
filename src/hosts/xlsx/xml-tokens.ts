/**
 * The XML tokenizer of the .xlsx reader, written for its parts: it takes the decoded text chunk
 * by chunk, scanning with indexOf and charCodeAt, and hands a PartReader each element and the
 * text it asks for. Between chunks it holds only the construct left unfinished (a tag, comment,
 * CDATA section, processing instruction or entity), at most MAX_HELD characters, so a part cannot
 * make it hold much more than the part. A document type is refused outright, only the five
 * predefined entities and character references are expanded, nesting and attributes are
 * bounded, and a document that is not well-formed is refused. Names stay as written (`r:id`,
 * `x14ac:dyDescent`): namespaces are not resolved, the readers match prefixed names.
 */
import { WorkbookReadError } from './read-error';

/** Deeper than any part Excel writes (a worksheet's extensions reach about 12). */
export const MAX_DEPTH = 256;
/** Attributes on one element: Excel writes at most a few tens (namespace declarations). */
export const MAX_ATTRIBUTES = 1_000;
/** The longest construct held across chunks, in characters: far above any tag Excel writes. */
export const MAX_HELD = 4 * 1024 * 1024;
/** The longest entity or character reference, `&` to `;` (`&#x10FFFF;` is 10). */
const MAX_ENTITY = 64;

export type Attributes = Record<string, string>;

/** What a part's reader does with the elements, in document order. */
export interface PartReader {
  /** An element opens; returning true asks for the text inside it, through `text`. */
  open(name: string, attributes: Attributes): boolean | void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The refusal of a part that is not well-formed XML, or that passes the tokenizer's bounds. */
export function unreadable(): WorkbookReadError {
  return new WorkbookReadError(
    'Berkas .xlsx rusak atau isinya tidak dapat dibaca. Buka di Excel lalu simpan ulang, atau pakai salinan lain.',
  );
}

/**
 * One element's attributes: an object with fast properties (unlike Object.create(null)) whose
 * prototype has none, so no inherited name (`constructor`, `toString`) reads as an attribute.
 */
const AttributeSet = function () {} as unknown as new () => Attributes;
AttributeSet.prototype = Object.create(null) as Attributes;
/** Shared by every element without attributes: readers only read them. */
const NO_ATTRIBUTES: Attributes = Object.freeze(new AttributeSet());

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const QUOTE = 34;
const HASH = 35;
const AMP = 38;
const APOS = 39;
const SLASH = 47;
const SEMI = 59;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;

/** Characters XML 1.0 forbids anywhere, even as text (TextDecoder leaves no lone surrogate). */
// eslint-disable-next-line no-control-regex
const DISALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Name characters below 128: bit 1 may start a name, bit 2 may continue one. */
const ASCII_NAME = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const start =
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 58 || code === 95;
  const more = (code >= 48 && code <= 57) || code === 45 || code === 46;
  ASCII_NAME[code] = start ? 3 : more ? 2 : 0;
}

/** XML 1.0 (fifth edition) NameStartChar, for UTF-16 code units. */
function isNameStart(code: number): boolean {
  if (code < 128) return (ASCII_NAME[code] & 1) !== 0;
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd) ||
    // The high surrogate of U+10000–U+EFFFF.
    (code >= 0xd800 && code <= 0xdb7f)
  );
}

/** XML 1.0 NameChar; a low surrogate only ever follows a high one (TextDecoder pairs them). */
function isNameChar(code: number): boolean {
  if (code < 128) return (ASCII_NAME[code] & 2) !== 0;
  return (
    isNameStart(code) ||
    code === 0xb7 ||
    (code >= 0x300 && code <= 0x36f) ||
    code === 0x203f ||
    code === 0x2040 ||
    (code >= 0xdc00 && code <= 0xdfff)
  );
}

const isSpace = (code: number) => code === SPACE || code === LF || code === TAB || code === CR;

/** The Char production: what a character reference may name. */
const isXmlChar = (code: number) =>
  code === TAB ||
  code === LF ||
  code === CR ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/** `text` at `at` in `buffer`, compared without making a string. */
function sameText(buffer: string, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (buffer.charCodeAt(at + i) !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Slots of the name cache: names repeat, so most tags make no string for their names. */
const NAME_SLOTS = 256;
/** Longer names are not cached (none of the names that repeat are). */
const CACHED_NAME = 64;

/** A construct held across chunks, and how its end is found in the next chunk. */
interface Held {
  pieces: string[];
  length: number;
  /** The string ending it; a tag ends at `>` outside quotes. */
  end: string;
  /** In a tag: the quote open at the end of the pieces (0 when none). */
  quote: number;
  /** The last characters of the pieces, where the end string may start. */
  last: string;
}

const TAG_END = '>';

export class XmlTokens {
  private readonly stack: string[] = [];
  /** Depth of the element whose text is wanted, 0 when none. */
  private textDepth = 0;
  private sawRoot = false;
  private closedRoot = false;
  /** Whether anything was read: an XML declaration must come first. */
  private started = false;
  /** A short unfinished end of the last chunk (entity, `<!…`, a CR or `]`), read before the next. */
  private tail = '';
  private held: Held | undefined;
  /** In the buffer being scanned: the next `&`, `]]>` and CR at or after the position (−1: none). */
  private ampAt = -1;
  private cdataEndAt = -1;
  private crAt = -1;
  /** The value of the entity last read. */
  private entity = '';
  private readonly names: string[] = new Array<string>(NAME_SLOTS).fill('');

  constructor(private readonly reader: PartReader) {}

  write(chunk: string): void {
    if (DISALLOWED.test(chunk)) throw unreadable();
    let buffer = chunk;
    if (this.held) {
      if (!this.endsIn(this.held, chunk)) {
        this.hold(this.held, chunk);
        return;
      }
      buffer = this.held.pieces.join('') + chunk;
      this.held = undefined;
    } else if (this.tail) {
      buffer = this.tail + chunk;
      this.tail = '';
    }
    this.scan(buffer, false);
  }

  /** The document ended: anything unfinished or unclosed refuses it. */
  end(): void {
    if (this.held) throw unreadable();
    if (this.tail) this.scan(this.tail, true);
    if (!this.sawRoot || this.stack.length > 0) throw unreadable();
  }

  private scan(buffer: string, final: boolean): void {
    this.tail = '';
    this.ampAt = this.cdataEndAt = this.crAt = -2;
    for (let at = 0; at >= 0 && at < buffer.length;) {
      at =
        buffer.charCodeAt(at) === LT
          ? this.markup(buffer, at, final)
          : this.text(buffer, at, final);
    }
  }

  /**
   * The construct at `at` runs past the buffer: refused at the end of the document, else kept
   * for the next chunk (`small`: a few characters, read again with it). Returns −1: stop.
   */
  private unfinished(buffer: string, at: number, final: boolean, end?: string, quote = 0): number {
    if (final) throw unreadable();
    const rest = buffer.slice(at);
    if (end === undefined) this.tail = rest;
    else {
      this.held = { pieces: [], length: 0, end, quote, last: '' };
      this.hold(this.held, rest);
    }
    return -1;
  }

  private hold(held: Held, piece: string): void {
    held.length += piece.length;
    if (held.length > MAX_HELD) throw unreadable();
    held.pieces.push(piece);
    if (held.end !== TAG_END) held.last = (held.last + piece).slice(1 - held.end.length);
  }

  /** Whether the held construct may end in `chunk` (scan then reads it whole, or holds it on). */
  private endsIn(held: Held, chunk: string): boolean {
    if (held.end !== TAG_END) return (held.last + chunk).includes(held.end);
    let quote = held.quote;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === GT) return true;
      else if (code === QUOTE || code === APOS) quote = code;
    }
    held.quote = quote;
    return false;
  }

  private markup(buffer: string, at: number, final: boolean): number {
    if (at + 1 >= buffer.length) return this.unfinished(buffer, at, final);
    const next = buffer.charCodeAt(at + 1);
    if (next === SLASH) return this.endTag(buffer, at, final);
    if (next === QUESTION) return this.instruction(buffer, at, final);
    if (next !== BANG) return this.startTag(buffer, at, final);
    if (buffer.startsWith('<!--', at)) return this.comment(buffer, at, final);
    if (buffer.startsWith('<![CDATA[', at)) return this.cdata(buffer, at, final);
    // `<!DOCTYPE` (and any other declaration) is refused: no entity beyond the predefined ones.
    if (buffer.length - at < 9) return this.unfinished(buffer, at, final);
    throw unreadable();
  }

  private startTag(buffer: string, at: number, final: boolean): number {
    const length = buffer.length;
    let i = at + 1;
    if (!isNameStart(buffer.charCodeAt(i))) throw unreadable();
    while (++i < length && isNameChar(buffer.charCodeAt(i)));
    if (i >= length) return this.unfinished(buffer, at, final, TAG_END);
    const name = this.name(buffer, at + 1, i);
    let attributes = NO_ATTRIBUTES;
    let count = 0;
    for (;;) {
      const spaced = i;
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return this.unfinished(buffer, at, final, TAG_END);
      const code = buffer.charCodeAt(i);
      if (code === GT || code === SLASH) {
        if (code === SLASH && i + 1 >= length) {
          return this.unfinished(buffer, at, final, TAG_END);
        }
        if (code === SLASH && buffer.charCodeAt(i + 1) !== GT) throw unreadable();
        this.openElement(name, attributes, code === SLASH);
        return code === SLASH ? i + 2 : i + 1;
      }
      // An attribute: after whitespace, named, `=`, a quoted value.
      if (i === spaced || !isNameStart(code)) throw unreadable();
      const nameStart = i;
      while (++i < length && isNameChar(buffer.charCodeAt(i)));
      const nameEnd = i;
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i < length && buffer.charCodeAt(i) !== EQ) throw unreadable();
      while (++i < length && isSpace(buffer.charCodeAt(i)));
      if (i >= length) return this.unfinished(buffer, at, final, TAG_END);
      const quote = buffer.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOS) throw unreadable();
      // The closing quote, noting whether the value needs more than a slice.
      const open = i;
      let plain = true;
      while (++i < length) {
        const code = buffer.charCodeAt(i);
        if (code === quote) break;
        if (code === AMP || code === LT || code === TAB || code === LF || code === CR)
          plain = false;
      }
      if (i >= length) return this.unfinished(buffer, at, final, TAG_END, quote);
      if (++count > MAX_ATTRIBUTES) throw unreadable();
      if (attributes === NO_ATTRIBUTES) attributes = new AttributeSet();
      const key = this.name(buffer, nameStart, nameEnd);
      if (attributes[key] !== undefined) throw unreadable();
      attributes[key] = plain ? buffer.slice(open + 1, i) : this.value(buffer, open + 1, i);
      i++;
    }
  }

  private openElement(name: string, attributes: Attributes, empty: boolean): void {
    if (this.closedRoot || this.stack.length >= MAX_DEPTH) throw unreadable();
    this.sawRoot = this.started = true;
    this.stack.push(name);
    if (this.reader.open(name, attributes) && this.textDepth === 0) {
      this.textDepth = this.stack.length;
    }
    if (empty) this.closeElement(name);
  }

  /** `</name>`, which must close the innermost open element; whitespace may follow the name. */
  private endTag(buffer: string, at: number, final: boolean): number {
    const name = this.stack[this.stack.length - 1];
    if (name === undefined) throw unreadable();
    let i = at + 2 + name.length;
    const length = buffer.length;
    if (i > length || !sameText(buffer, at + 2, name)) {
      // Cut off by the buffer's end when what is there begins the name.
      if (i <= length || !sameText(buffer, at + 2, name.slice(0, length - at - 2))) {
        throw unreadable();
      }
      return this.unfinished(buffer, at, final, TAG_END);
    }
    while (i < length && isSpace(buffer.charCodeAt(i))) i++;
    if (i >= length) return this.unfinished(buffer, at, final, TAG_END);
    if (buffer.charCodeAt(i) !== GT) throw unreadable();
    this.closeElement(name);
    return i + 1;
  }

  private closeElement(name: string): void {
    if (this.textDepth === this.stack.length) this.textDepth = 0;
    this.stack.pop();
    if (this.stack.length === 0) this.closedRoot = true;
    this.reader.close?.(name);
  }

  private comment(buffer: string, at: number, final: boolean): number {
    // The first `--` after `<!--` must end the comment.
    const dashes = buffer.indexOf('--', at + 4);
    if (dashes < 0 || dashes + 2 >= buffer.length) {
      return this.unfinished(buffer, at, final, '-->');
    }
    if (buffer.charCodeAt(dashes + 2) !== GT) throw unreadable();
    this.started = true;
    return dashes + 3;
  }

  private cdata(buffer: string, at: number, final: boolean): number {
    if (this.stack.length === 0) throw unreadable();
    const end = buffer.indexOf(']]>', at + 9);
    if (end < 0) return this.unfinished(buffer, at, final, ']]>');
    if (this.textDepth !== 0 && end > at + 9) {
      this.reader.text?.(this.read(buffer, at + 9, end));
    }
    return end + 3;
  }

  /** A processing instruction, skipped; `<?xml …?>` only as the document's first characters. */
  private instruction(buffer: string, at: number, final: boolean): number {
    const end = buffer.indexOf('?>', at + 2);
    if (end < 0) return this.unfinished(buffer, at, final, '?>');
    let i = at + 2;
    if (!isNameStart(buffer.charCodeAt(i))) throw unreadable();
    while (++i < end && isNameChar(buffer.charCodeAt(i)));
    if (i < end && !isSpace(buffer.charCodeAt(i))) throw unreadable();
    const target = buffer.slice(at + 2, i);
    if (target.toLowerCase() === 'xml' && (target !== 'xml' || this.started)) throw unreadable();
    this.started = true;
    return end + 2;
  }

  /**
   * Text up to the next tag: outside the root only whitespace; entities checked everywhere,
   * expanded and handed over only where text is wanted. An entity, CR or `]` the buffer cuts
   * off waits for the next chunk.
   */
  private text(buffer: string, at: number, final: boolean): number {
    const length = buffer.length;
    const lt = buffer.indexOf('<', at);
    const end = lt < 0 ? length : lt;
    this.started = true;
    if (this.stack.length === 0) {
      for (let i = at; i < end; i++) if (!isSpace(buffer.charCodeAt(i))) throw unreadable();
      return end;
    }
    if (this.cdataEndAt !== -1 && this.cdataEndAt < at) {
      this.cdataEndAt = buffer.indexOf(']]>', at);
    }
    if (this.cdataEndAt !== -1 && this.cdataEndAt < end) throw unreadable();
    if (this.ampAt !== -1 && this.ampAt < at) this.ampAt = buffer.indexOf('&', at);
    const wanted = this.textDepth !== 0;
    let text = '';
    let from = at;
    while (this.ampAt !== -1 && this.ampAt < end) {
      const amp = this.ampAt;
      const after = this.entityAt(buffer, amp, end);
      if (after < 0) {
        if (lt >= 0) throw unreadable();
        if (wanted) this.deliver(text + this.read(buffer, from, amp));
        return this.unfinished(buffer, amp, final);
      }
      if (wanted) text += this.read(buffer, from, amp) + this.entity;
      from = after;
      this.ampAt = buffer.indexOf('&', after);
    }
    // A CR or `]` at the buffer's end may begin CR LF or `]]>`.
    let stop = end;
    if (lt < 0 && !final) {
      while (stop > from && stop > end - 2 && buffer.charCodeAt(stop - 1) === 93) stop--;
      if (stop === end && buffer.charCodeAt(end - 1) === CR) stop--;
    }
    if (wanted) this.deliver(text + this.read(buffer, from, stop));
    return stop < end ? this.unfinished(buffer, stop, final) : end;
  }

  /** Text as XML reads it: CR LF and a lone CR become LF. */
  private read(buffer: string, from: number, to: number): string {
    if (this.crAt !== -1 && this.crAt < from) this.crAt = buffer.indexOf('\r', from);
    const text = buffer.slice(from, to);
    return this.crAt !== -1 && this.crAt < to ? text.replace(/\r\n?/g, '\n') : text;
  }

  private deliver(text: string): void {
    if (text.length > 0) this.reader.text?.(text);
  }

  /**
   * The entity or character reference at `amp`, its value left in `entity`. Returns the index
   * after its `;`, or −1 when `limit` comes first; refuses anything else.
   */
  private entityAt(buffer: string, amp: number, limit: number): number {
    const max = Math.min(limit, amp + MAX_ENTITY);
    let semi = amp + 1;
    while (semi < max && buffer.charCodeAt(semi) !== SEMI) semi++;
    if (semi >= max) {
      if (max === limit) return -1;
      throw unreadable();
    }
    if (buffer.charCodeAt(amp + 1) !== HASH) {
      const value = PREDEFINED.get(buffer.slice(amp + 1, semi));
      if (value === undefined) throw unreadable();
      this.entity = value;
      return semi + 1;
    }
    const hex = buffer.charCodeAt(amp + 2) === 120;
    let i = hex ? amp + 3 : amp + 2;
    if (i === semi) throw unreadable();
    let code = 0;
    for (; i < semi; i++) {
      const digit = digitValue(buffer.charCodeAt(i), hex);
      if (digit < 0) throw unreadable();
      code = code * (hex ? 16 : 10) + digit;
      if (code > 0x10ffff) throw unreadable();
    }
    if (!isXmlChar(code)) throw unreadable();
    this.entity = String.fromCodePoint(code);
    return semi + 1;
  }

  /** An attribute's value: entities expanded, each literal tab, LF, CR or CR LF as one space. */
  private value(buffer: string, start: number, end: number): string {
    let value = '';
    let from = start;
    for (let i = start; i < end; i++) {
      const code = buffer.charCodeAt(i);
      if (code === LT) throw unreadable();
      if (code === AMP) {
        const after = this.entityAt(buffer, i, end);
        if (after < 0) throw unreadable();
        value += buffer.slice(from, i) + this.entity;
        from = after;
        i = after - 1;
      } else if (code === TAB || code === LF || code === CR) {
        value += `${buffer.slice(from, i)} `;
        if (code === CR && buffer.charCodeAt(i + 1) === LF) i++;
        from = i + 1;
      }
    }
    return value + buffer.slice(from, end);
  }

  /** The name at `start`–`end`: the same string as the last time this name came, when cached. */
  private name(buffer: string, start: number, end: number): string {
    const length = end - start;
    if (length > CACHED_NAME) return buffer.slice(start, end);
    const slot =
      (buffer.charCodeAt(start) * 31 +
        buffer.charCodeAt(end - 1) * 7 +
        buffer.charCodeAt(start + (length >> 1)) +
        length * 131) &
      (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known.length === length && sameText(buffer, start, known)) return known;
    return (this.names[slot] = buffer.slice(start, end));
  }
}

/** A decimal or hexadecimal digit's value, −1 for any other character. */
function digitValue(code: number, hex: boolean): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (!hex) return -1;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}
