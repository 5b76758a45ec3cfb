/**
 * Small .xlsx packages built byte by byte for the hostile-file tests: a minimal workbook whose
 * sheets are given as XML, and ways to make the zip lie about its sizes and entry count.
 */
import { deflateRawSync, constants } from 'node:zlib';
import { strToU8, zipSync, type Zippable } from 'fflate';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

/** `<worksheet>` around the given `<sheetData>` content and what follows it. */
export function sheetXml(rows: string, after = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows}</sheetData>${after}</worksheet>`
  );
}

export interface PackageOptions {
  /** Sheet name → worksheet XML (see sheetXml). */
  sheets: Record<string, string | Uint8Array>;
  /** Extra parts, by name. */
  parts?: Record<string, string | Uint8Array>;
  /** Inside `<workbook>`, after `<sheets>`: e.g. `<definedNames>…</definedNames>`. */
  workbookExtra?: string;
  /** Deflate level; 0 stores. */
  level?: 0 | 1 | 6 | 9;
}

/** A minimal .xlsx: workbook, relationships and the sheets. */
export function xlsxPackage({ sheets, parts = {}, workbookExtra = '', level = 6 }: PackageOptions) {
  const names = Object.keys(sheets);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const workbook =
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    names
      .map((name, i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    `</sheets>${workbookExtra}</workbook>`;
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    names
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    '</Relationships>';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
  };
  names.forEach((name, i) => {
    const xml = sheets[name];
    files[`xl/worksheets/sheet${i + 1}.xml`] = typeof xml === 'string' ? strToU8(xml) : xml;
  });
  for (const [name, data] of Object.entries(parts)) {
    files[name] = typeof data === 'string' ? strToU8(data) : data;
  }
  return zipSync(files, { level });
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error('no end record');
}

/** The zip with every uncompressed size (local and central headers) replaced by `claimed`. */
export function lieAboutSizes(zip: Uint8Array, claimed: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === LOCAL_HEADER) view.setUint32(at + 22, claimed, true);
    else if (signature === CENTRAL_HEADER) view.setUint32(at + 24, claimed, true);
  }
  return bytes;
}

/** The zip whose end record claims `count` entries (the central directory keeps them all). */
export function lieAboutCount(zip: Uint8Array, count: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const end = endOfDirectory(view);
  view.setUint16(end + 8, count, true);
  view.setUint16(end + 10, count, true);
  return bytes;
}

/** `<row r="n"><c r="A1"><v>1</v></c>…</row>` for `rows` rows of `cols` numeric cells. */
export function numericRows(rows: number, cols: number, firstRow = 1): string {
  const letters = Array.from({ length: cols }, (_, c) => columnLetters(c + 1));
  let xml = '';
  for (let r = firstRow; r < firstRow + rows; r++) {
    xml += `<row r="${r}">`;
    for (let c = 0; c < cols; c++) xml += `<c r="${letters[c]}${r}"><v>${r + c}</v></c>`;
    xml += '</row>';
  }
  return xml;
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export interface RawEntry {
  name: string;
  /** Raw deflate data (method 8), or the bytes stored as they are (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size written in both headers: the truth, or a lie. */
  claimedSize: number;
}

/** A zip written field by field, so that entries can be huge when inflated or claim any size. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_HEADER, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(18, entry.data.byteLength, true);
    local.setUint32(22, entry.claimedSize, true);
    local.setUint16(26, name.byteLength, true);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, CENTRAL_HEADER, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(20, entry.data.byteLength, true);
    record.setUint32(24, entry.claimedSize, true);
    record.setUint16(28, name.byteLength, true);
    record.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.byteLength + entry.data.byteLength;
  }
  const directorySize = central.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END_OF_DIRECTORY, true);
  end.setUint16(8, Math.min(entries.length, 0xffff), true);
  end.setUint16(10, Math.min(entries.length, 0xffff), true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Raw deflate data that inflates to `head`, then `body` `times` over, then `tail`, built in
 * milliseconds: `body` is compressed once as an independent (fully flushed) segment and repeated.
 */
export function repeatedDeflate(head: string, body: string, times: number, tail: string) {
  const flushed = (text: string) =>
    deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH });
  const segment = flushed(body);
  return {
    data: concat([
      flushed(head),
      ...Array.from({ length: times }, () => segment),
      deflateRawSync(Buffer.from(tail)),
    ]),
    size: head.length + body.length * times + tail.length,
  };
}

/** The parts of a minimal one-sheet .xlsx but its sheet, as raw entries (deflated, honest). */
export function frameEntries(sheetName = 'Data'): RawEntry[] {
  const zip = xlsxPackage({ sheets: { [sheetName]: sheetXml('') }, level: 0 });
  const entries: RawEntry[] = [];
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; view.getUint32(at, true) === LOCAL_HEADER;) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    if (!name.startsWith('xl/worksheets/')) {
      entries.push({ name, data: deflateRawSync(data), method: 8, claimedSize: size });
    }
    at += 30 + nameLength + extra + size;
  }
  return entries;
}
