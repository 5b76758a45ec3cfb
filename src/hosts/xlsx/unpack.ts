/**
 * Unpacks an .xlsx ourselves, before ExcelJS sees it: every part is inflated by a streaming
 * inflater that counts the bytes it really produces (the sizes the headers claim are ignored)
 * and stops at MAX_UNPACKED_BYTES, so a "zip bomb" is refused within seconds.
 */
import { Inflate } from 'fflate';
import { WorkbookReadError } from './read-error';
import {
  damaged,
  ENCRYPTED_FLAG,
  MAX_UNPACKED_BYTES,
  notXlsx,
  readDirectory,
  tooLarge,
} from './zip-guard';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes fed to the inflater at a time: one push inflates to at most ~1,000× this. */
const INFLATE_CHUNK = 16 * 1024;

/** The parts of an unpacked .xlsx, by name as stored (a leading `/` removed). */
export type XlsxParts = Map<string, Uint8Array>;

/** Every part of the .xlsx, inflated within the limit. Throws WorkbookReadError with the reason. */
export function unpackXlsx(bytes: Uint8Array): XlsxParts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: XlsxParts = new Map();
  let budget = MAX_UNPACKED_BYTES;
  for (const entry of readDirectory(bytes)) {
    if (entry.name.endsWith('/')) continue;
    if (entry.flags & ENCRYPTED_FLAG) throw notXlsx('isinya bersandi');
    const at = entry.localHeader;
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
      throw damaged(`bagian ${shortName(entry.name)} tidak ditemukan`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > bytes.byteLength) {
      throw damaged(`bagian ${shortName(entry.name)} terpotong`);
    }
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === STORED) data = compressed;
    else if (entry.method === DEFLATED) data = inflateBounded(compressed, budget, entry.name);
    else throw damaged(`bagian ${shortName(entry.name)} memakai pemadatan yang tidak dikenal`);
    if (data.byteLength > budget) throw tooLarge();
    budget -= data.byteLength;
    parts.set(entry.name, data);
  }
  return parts;
}

/** Inflates `compressed`, refusing as soon as the output passes `budget` bytes. */
function inflateBounded(compressed: Uint8Array, budget: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    chunks.push(chunk);
    total += chunk.byteLength;
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < compressed.byteLength && !ended; at += INFLATE_CHUNK) {
      const next = Math.min(at + INFLATE_CHUNK, compressed.byteLength);
      inflater.push(compressed.subarray(at, next), next === compressed.byteLength);
      if (total > budget) throw tooLarge();
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw damaged(`bagian ${shortName(name)} tidak dapat dibuka`);
  }
  if (!ended && compressed.byteLength > 0) throw damaged(`bagian ${shortName(name)} terpotong`);
  if (chunks.length === 1) return chunks[0];
  const data = new Uint8Array(total);
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
