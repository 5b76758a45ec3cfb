/**
 * Inflates the parts of an .xlsx ourselves: every part goes through a streaming inflater that
 * counts the bytes it really produces (the sizes the headers claim are ignored) against one
 * budget of MAX_UNPACKED_BYTES for the whole file, so a "zip bomb" is refused within seconds.
 * The reader takes a part chunk by chunk; the writer takes every part whole (unpackRest).
 */
import { Inflate } from 'fflate';
import { WorkbookReadError } from './read-error';
import {
  damaged,
  ENCRYPTED_FLAG,
  MAX_UNPACKED_BYTES,
  notXlsx,
  tooLarge,
  type DirectoryEntry,
} from './zip-guard';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes fed to the inflater at a time: one push inflates to at most ~1,000× this. */
const INFLATE_CHUNK = 16 * 1024;

/** The parts of an unpacked .xlsx, by name as stored (a leading `/` removed). */
export type XlsxParts = Map<string, Uint8Array>;

/** Bytes still allowed to come out of the inflater, for all the parts of one file together. */
export interface Budget {
  left: number;
}

export function newBudget(): Budget {
  return { left: MAX_UNPACKED_BYTES };
}

/**
 * Adds to `parts` every entry not in it yet, inflated whole within the budget: the writer's
 * package is the parts the reader kept plus these, so no part is inflated twice.
 */
export function unpackRest(
  bytes: Uint8Array,
  entries: Iterable<DirectoryEntry>,
  budget: Budget,
  parts: XlsxParts,
): void {
  for (const entry of entries) {
    if (parts.has(entry.name)) continue;
    const chunks: Uint8Array[] = [];
    inflateEntry(bytes, entry, budget, (chunk) => chunks.push(chunk));
    parts.set(entry.name, joined(chunks));
  }
}

/**
 * Hands the inflated bytes of `entry` to `take`, chunk by chunk, refusing as soon as the bytes
 * produced pass the budget. What `take` throws must be a WorkbookReadError: anything else is
 * taken for the inflater failing on damaged data.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: DirectoryEntry,
  budget: Budget,
  take: (chunk: Uint8Array) => void,
): void {
  if (entry.flags & ENCRYPTED_FLAG) throw notXlsx('isinya bersandi');
  const compressed = storedBytes(bytes, entry);
  const spend = (chunk: Uint8Array) => {
    budget.left -= chunk.byteLength;
    if (budget.left < 0) throw tooLarge();
    take(chunk);
  };
  if (entry.method === STORED) return spend(compressed);
  if (entry.method !== DEFLATED) {
    throw damaged(`bagian ${shortName(entry.name)} memakai pemadatan yang tidak dikenal`);
  }
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (final) ended = true;
    if (chunk.byteLength > 0) spend(chunk);
  });
  try {
    for (let at = 0; at < compressed.byteLength && !ended; at += INFLATE_CHUNK) {
      const next = Math.min(at + INFLATE_CHUNK, compressed.byteLength);
      inflater.push(compressed.subarray(at, next), next === compressed.byteLength);
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw damaged(`bagian ${shortName(entry.name)} tidak dapat dibuka`);
  }
  if (!ended && compressed.byteLength > 0) {
    throw damaged(`bagian ${shortName(entry.name)} terpotong`);
  }
}

/** The entry's bytes as stored in the zip, after its local header. */
function storedBytes(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw damaged(`bagian ${shortName(entry.name)} tidak ditemukan`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) {
    throw damaged(`bagian ${shortName(entry.name)} terpotong`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

export function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const data = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return data;
}

/** A part's name for a message: never more than 60 characters of what the file says. */
function shortName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}
