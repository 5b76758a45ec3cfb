/**
 * Checks an .xlsx (a zip file) before ExcelJS unpacks it, reading only the zip's central
 * directory: a file that is not a zip, has no xl/workbook.xml, or would unpack into more than
 * the allowed size is refused here, so a "zip bomb" never reaches the unpacker.
 */
import { WorkbookReadError } from './read-error';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_MARK = 0xffffffff;

const MB = 1024 * 1024;

export interface ZipSummary {
  entryCount: number;
  unpackedBytes: number;
}

function notXlsx(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas ini bukan berkas Excel .xlsx yang sah (${detail}). ` +
      'Buka di Excel, lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".',
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

/** Validates the zip container of an .xlsx; throws WorkbookReadError with the reason. */
export function checkXlsxContainer(bytes: Uint8Array): ZipSummary {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new WorkbookReadError(
      `Berkas terlalu besar (${(bytes.byteLength / MB).toFixed(1)} MB); batasnya ${MAX_FILE_BYTES / MB} MB.`,
    );
  }
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
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (directoryStart === ZIP64_MARK || directoryStart + directorySize > end) {
    throw notXlsx('daftar isi zip rusak');
  }
  const decoder = new TextDecoder();
  let unpackedBytes = 0;
  let hasWorkbook = false;
  let at = directoryStart;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw notXlsx('daftar isi zip rusak');
    }
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (unpacked === ZIP64_MARK) {
      // ZIP64 sizes are only needed for parts over 4 GB: far beyond the limit anyway.
      throw tooLarge(Number.POSITIVE_INFINITY);
    }
    unpackedBytes += unpacked;
    if (unpackedBytes > MAX_UNPACKED_BYTES) throw tooLarge(unpackedBytes);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name.replace(/^\//, '').toLowerCase() === 'xl/workbook.xml') hasWorkbook = true;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (!hasWorkbook) throw notXlsx('tidak ada bagian xl/workbook.xml');
  return { entryCount, unpackedBytes };
}

function tooLarge(unpackedBytes: number): WorkbookReadError {
  const size = Number.isFinite(unpackedBytes)
    ? `${(unpackedBytes / MB).toFixed(0)} MB`
    : 'lebih dari 4 GB';
  return new WorkbookReadError(
    `Isi berkas terlalu besar setelah dibuka (${size}); batasnya ${MAX_UNPACKED_BYTES / MB} MB. Berkas mungkin rusak atau sengaja dibuat berbahaya.`,
  );
}
