/**
 * Streams one XML part of an .xlsx through the tokenizer (xml-tokens.ts) as it is inflated: no
 * part is ever held whole, as bytes or as text.
 */
import { WorkbookReadError } from './read-error';
import { inflateEntry, joined, type Budget, type XlsxParts } from './unpack';
import { unreadable, XmlTokens, type PartReader } from './xml-tokens';
import type { DirectoryEntry } from './zip-guard';

export { unreadable, type Attributes, type PartReader } from './xml-tokens';

/**
 * Inflated bytes decoded and tokenized at a time: each text stays below V8's large-object size
 * (128 KB), so it dies young with the tokenizer's other garbage instead of waiting in the
 * large-object space for a full collection.
 */
const DECODE_CHUNK = 32 * 1024;

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
  const tokens = new XmlTokens(reader);
  const decoder = new TextDecoder();
  const chunks: Uint8Array[] = [];
  try {
    inflateEntry(archive.bytes, entry, archive.budget, (chunk) => {
      if (archive.kept) chunks.push(chunk);
      for (let at = 0; at < chunk.byteLength; at += DECODE_CHUNK) {
        tokens.write(decoder.decode(chunk.subarray(at, at + DECODE_CHUNK), { stream: true }));
      }
    });
    tokens.write(decoder.decode());
    tokens.end();
    archive.kept?.set(name, joined(chunks));
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw unreadable();
  }
  return true;
}
