/**
 * Reads the zip container of an .xlsx, never trusting its claims: every entry of the central
 * directory is walked and counted, whatever the end record says. The page checks a file with it
 * when it is chosen; unpack.ts inflates the entries it lists.
 */
import { formatAngka } from '../../core/angka';
import { WorkbookReadError } from './read-error';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** All parts read together, as really inflated. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Parts in the package; an .xlsx from Excel has tens, one with many pictures a few hundred. */
export const MAX_ENTRIES = 2_000;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_MARK = 0xffffffff;
export const ENCRYPTED_FLAG = 0x1;

const MB = 1024 * 1024;

export interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The size the entry claims once inflated: never trusted, only a hint. */
  claimedSize: number;
  localHeader: number;
}

export function notXlsx(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas ini bukan berkas Excel .xlsx yang sah (${detail}). ` +
      'Buka di Excel, lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".',
  );
}

export function damaged(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas .xlsx rusak (${detail}). Buka di Excel lalu simpan ulang, atau pakai salinan lain.`,
  );
}

export function tooLarge(): WorkbookReadError {
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
export function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== LOCAL_HEADER) {
    throw notXlsx('isinya bukan paket .xlsx');
  }
  const end = findEndOfDirectory(view);
  if (end < 0)
    throw notXlsx(
      'akhir berkas tidak ditemukan; berkas mungkin terpotong, misalnya unduhan yang belum selesai',
    );
  const directoryStart = view.getUint32(end + 16, true);
  if (directoryStart === ZIP64_MARK || directoryStart > end) {
    throw damaged('susunan isinya rusak');
  }
  const decoder = new TextDecoder();
  const entries: DirectoryEntry[] = [];
  let at = directoryStart;
  while (at < end) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw damaged('susunan isinya rusak');
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
      claimedSize: view.getUint32(at + 24, true),
      localHeader,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (!entries.some((entry) => entry.name.toLowerCase() === 'xl/workbook.xml')) {
    throw notXlsx('tidak ada bagian xl/workbook.xml');
  }
  return entries;
}

/**
 * Checks the zip container of an .xlsx without unpacking it and returns its entries; throws
 * WorkbookReadError.
 */
export function checkXlsxContainer(bytes: Uint8Array): DirectoryEntry[] {
  const entries = readDirectory(bytes);
  for (const entry of entries) {
    if (entry.flags & ENCRYPTED_FLAG) throw notXlsx('isinya bersandi');
  }
  return entries;
}
