/**
 * Streams one XML part of an .xlsx through saxes as it is inflated: no part is ever held whole,
 * as bytes or as text. saxes expands no entity beyond the predefined ones and character
 * references; a document type is refused outright, and nesting and attributes are bounded, so a
 * small part cannot make the parser hold much more than the part itself.
 */
import { SaxesParser } from 'saxes';
import { WorkbookReadError } from './read-error';
import { inflateEntry, joined, type Budget, type XlsxParts } from './unpack';
import type { DirectoryEntry } from './zip-guard';

/** Deeper than any part Excel writes (a worksheet's extensions reach about 12). */
const MAX_DEPTH = 256;
/** Attributes on one element: Excel writes at most a few tens (namespace declarations). */
const MAX_ATTRIBUTES = 1_000;
/**
 * Inflated bytes decoded and parsed at a time: each text stays below V8's large-object size
 * (128 KB), so it dies young with the parser's other garbage instead of waiting in the
 * large-object space for a full collection.
 */
const DECODE_CHUNK = 32 * 1024;

export type Attributes = Record<string, string>;

/** What a part's reader does with the elements, in document order. */
export interface PartReader {
  /** An element opens; returning true asks for the text inside it, through `text`. */
  open(name: string, attributes: Attributes): boolean | void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The refusal of a part the XML parser cannot read, or that passes the parser's bounds. */
export function unreadable(): WorkbookReadError {
  return new WorkbookReadError(
    'Berkas .xlsx rusak atau isinya tidak dapat dibaca. Buka di Excel lalu simpan ulang, atau pakai salinan lain.',
  );
}

/** The archive being read: its bytes, the entries by name, and the budget they share. */
export interface Archive {
  bytes: Uint8Array;
  entries: Map<string, DirectoryEntry>;
  budget: Budget;
  /** When set, each part read is also kept here whole, for the writer (load.ts). */
  kept?: XlsxParts;
}

/** Parses the part `name` with `reader`; a part missing from the archive is read as absent. */
export function readPart(archive: Archive, name: string, reader: PartReader): boolean {
  const entry = archive.entries.get(name);
  if (!entry) return false;
  const parser = new SaxesParser({ position: false });
  const decoder = new TextDecoder();
  let depth = 0;
  /** Depth of the element whose text is wanted, 0 when none. */
  let textDepth = 0;
  let attributes = 0;
  const onText = (text: string) => reader.text?.(text);
  parser.on('doctype', () => {
    throw unreadable();
  });
  parser.on('error', () => {
    throw unreadable();
  });
  parser.on('opentagstart', () => {
    attributes = 0;
    if (++depth > MAX_DEPTH) throw unreadable();
  });
  parser.on('attribute', () => {
    if (++attributes > MAX_ATTRIBUTES) throw unreadable();
  });
  parser.on('opentag', (tag) => {
    // Text is delivered only while wanted: saxes gathers no text without a handler.
    if (reader.open(tag.name, tag.attributes as Attributes) && textDepth === 0) {
      textDepth = depth;
      parser.on('text', onText);
    }
  });
  parser.on('closetag', (tag) => {
    if (depth === textDepth) {
      parser.off('text');
      textDepth = 0;
    }
    depth--;
    reader.close?.(tag.name);
  });
  const chunks: Uint8Array[] = [];
  try {
    inflateEntry(archive.bytes, entry, archive.budget, (chunk) => {
      if (archive.kept) chunks.push(chunk);
      for (let at = 0; at < chunk.byteLength; at += DECODE_CHUNK) {
        parser.write(decoder.decode(chunk.subarray(at, at + DECODE_CHUNK), { stream: true }));
      }
    });
    parser.write(decoder.decode());
    parser.close();
    archive.kept?.set(name, joined(chunks));
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw unreadable();
  }
  return true;
}
