/**
 * Unpacks an .xlsx (a zip file) ourselves, before ExcelJS sees it, with the work bounded: the
 * zip's own claims (entry count, sizes) are never trusted. Every entry of the central directory
 * is counted, whatever the end record says, and every part is inflated by a streaming inflater
 * that counts the bytes it really produces and stops at the limit. A "zip bomb" is refused
 * after at most MAX_UNPACKED_BYTES of output, within seconds.
 */
import { Inflate } from 'fflate';
import { formatAngka } from '../../core/angka';
import { WorkbookReadError } from './read-error';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** All parts together, as really inflated. ExcelJS then holds each part as text as well. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Parts in the package; an .xlsx from Excel has tens, one with many pictures a few hundred. */
export const MAX_ENTRIES = 2_000;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
/** Compressed bytes fed to the inflater at a time: one push inflates to at most ~1,000× this. */
const INFLATE_CHUNK = 16 * 1024;

const MB = 1024 * 1024;

interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeader: number;
}

/** The parts of an unpacked .xlsx, by name as stored (a leading `/` removed). */
export type XlsxParts = Map<string, Uint8Array>;

function notXlsx(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas ini bukan berkas Excel .xlsx yang sah (${detail}). ` +
      'Buka di Excel, lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".',
  );
}

function damaged(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas .xlsx rusak (${detail}). Buka di Excel lalu simpan ulang, atau pakai salinan lain.`,
  );
}

function tooLarge(): WorkbookReadError {
  return new WorkbookReadError(
    `Isi berkas terlalu besar setelah dibuka (lebih dari ${MAX_UNPACKED_BYTES / MB} MB, batasnya). ` +
      'Berkas mungkin rusak atau sengaja dibuat berbahaya.',
  );
}

/** The refusal of a file over MAX_FILE_BYTES, also before it is read from disk. */
export function fileTooLarge(size: number): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas terlalu besar (${(size / MB).toFixed(1)} MB); batasnya ${MAX_FILE_BYTES / MB} MB.`,
  );
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/**
 * Every entry of the central directory, walked record by record up to the end record: the end
 * record's entry count is not used, so a zip claiming one entry still has all of them counted.
 */
function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength >= 8 && view.getUint32(0, false) === 0xd0cf11e0) {
    throw new WorkbookReadError(
      'Berkas ini berformat Excel lama (.xls) atau dilindungi kata sandi. Simpan ulang sebagai .xlsx tanpa kata sandi lalu coba lagi.',
    );
  }
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== LOCAL_HEADER) {
    throw notXlsx('isinya bukan paket .xlsx');
  }
  const end = findEndOfDirectory(view);
  if (end < 0) throw notXlsx('daftar isi zip tidak ditemukan; berkas mungkin terpotong');
  const directoryStart = view.getUint32(end + 16, true);
  if (directoryStart === ZIP64_MARK || directoryStart > end) {
    throw damaged('daftar isi zip rusak');
  }
  const decoder = new TextDecoder();
  const entries: DirectoryEntry[] = [];
  let at = directoryStart;
  while (at < end) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw damaged('daftar isi zip rusak');
    }
    if (entries.length === MAX_ENTRIES) {
      throw new WorkbookReadError(
        `Berkas berisi terlalu banyak bagian (lebih dari ${formatAngka(MAX_ENTRIES, 0)}, batasnya). ` +
          'Berkas mungkin rusak atau sengaja dibuat berbahaya.',
      );
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressedSize = view.getUint32(at + 20, true);
    const localHeader = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_MARK || localHeader === ZIP64_MARK) {
      // ZIP64 is only needed for parts over 4 GB: far beyond the limits anyway.
      throw tooLarge();
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ''),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize,
      localHeader,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (!entries.some((entry) => entry.name.toLowerCase() === 'xl/workbook.xml')) {
    throw notXlsx('tidak ada bagian xl/workbook.xml');
  }
  return entries;
}

/** Checks the zip container of an .xlsx without unpacking it; throws WorkbookReadError. */
export function checkXlsxContainer(bytes: Uint8Array): void {
  for (const entry of readDirectory(bytes)) {
    if (entry.flags & ENCRYPTED_FLAG) throw notXlsx('isinya bersandi');
  }
}

/**
 * Every part of the .xlsx, inflated with the real output counted against MAX_UNPACKED_BYTES
 * (the sizes the headers claim are ignored). Throws WorkbookReadError with the reason.
 */
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
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    if (start + entry.compressedSize > bytes.byteLength) {
      throw damaged(`bagian ${shortName(entry.name)} terpotong`);
    }
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
