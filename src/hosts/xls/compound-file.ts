/**
 * Reads the streams an .xls needs out of its OLE compound file ([MS-CFB]), trusting none of the
 * file's claims: every sector chain is followed at most once per sector and must stay inside the
 * file, and a stream is never larger than the sectors that hold it. SheetJS's own reader is not
 * used: a stream starting inside another chain is followed there without a cycle check, so a
 * crafted file loops until memory runs out (docs/decisions.md).
 */
import { WorkbookReadError } from '../xlsx/read-error';
import { isCompoundFile } from './signature';

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT = 109;
const ENTRY_BYTES = 128;
const MINI_SECTOR = 64;
/** Streams shorter than this live in the mini stream ([MS-CFB] 2.2). */
const MINI_CUTOFF = 4096;
const STREAM = 2;
const ROOT = 5;

export function damagedXls(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas .xls rusak (${detail}). Buka di Excel lalu simpan ulang, atau pakai salinan lain.`,
  );
}

const truncated = () => damagedXls('isinya terpotong atau susunannya tidak sah');

export interface CompoundFile {
  /** The stream's bytes by name (case as stored); only streams of the root storage's tree. */
  stream(name: string): Uint8Array | undefined;
  has(name: string): boolean;
}

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.byteLength < 512 || !isCompoundFile(bytes)) throw truncated();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw truncated();
  const size = 1 << shift;
  // Some writers leave the last sector short: it counts, and only what it holds is read.
  const sectorCount = Math.ceil((bytes.byteLength - size) / size);
  const sector = (n: number) => {
    if (n >= sectorCount) throw truncated();
    return bytes.subarray((n + 1) * size, (n + 2) * size);
  };
  const perSector = size / 4;

  // The FAT's own sectors: 109 in the header, then the DIFAT chain, never more than the file has.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const n = u32(0x4c + i * 4);
    if (n !== FREE_SECTOR) fatSectors.push(n);
  }
  const seenDifat = new Set<number>();
  for (let n = u32(0x44); n !== END_OF_CHAIN && n !== FREE_SECTOR;) {
    if (seenDifat.has(n)) throw truncated();
    seenDifat.add(n);
    const words = littleEndianWords(sector(n));
    for (const fat of words.subarray(0, -1)) if (fat !== FREE_SECTOR) fatSectors.push(fat);
    n = words[words.length - 1];
  }
  if (fatSectors.length > sectorCount) throw truncated();
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((n, i) => fat.set(littleEndianWords(sector(n)), i * perSector));

  /** A chain's sectors in order; each at most once, so a loop in the file ends here. */
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let n = start; n !== END_OF_CHAIN; n = table[n]) {
      if (n >= limit || n >= table.length || seen.has(n)) throw truncated();
      seen.add(n);
      sectors.push(n);
    }
    return sectors;
  };
  const joined = (
    sectors: number[],
    part: (n: number) => Uint8Array,
    unit: number,
    length: number,
  ) => {
    if (length > sectors.length * unit) throw truncated();
    const out = new Uint8Array(length);
    for (let i = 0; i * unit < length; i++) {
      const wanted = Math.min(unit, length - i * unit);
      const chunk = part(sectors[i]).subarray(0, wanted);
      if (chunk.length < wanted) throw truncated();
      out.set(chunk, i * unit);
    }
    return out;
  };

  const directorySectors = chain(u32(0x30), fat, sectorCount);
  const directory = joined(directorySectors, sector, size, directorySectors.length * size);
  const entries: Entry[] = [];
  const decoder = new TextDecoder('utf-16le');
  const entryView = new DataView(directory.buffer);
  for (let at = 0; at + ENTRY_BYTES <= directory.length; at += ENTRY_BYTES) {
    const nameBytes = Math.min(entryView.getUint16(at + 64, true), 64);
    entries.push({
      name: decoder.decode(directory.subarray(at, at + Math.max(0, nameBytes - 2))),
      type: directory[at + 66],
      start: entryView.getUint32(at + 116, true),
      // Version 4 files hold a 64-bit size; a high part over zero is far beyond any limit.
      size: entryView.getUint32(at + 124, true) === 0 ? entryView.getUint32(at + 120, true) : -1,
    });
  }
  const root = entries[0];
  if (root?.type !== ROOT) throw truncated();

  let mini: { stream: Uint8Array; table: Uint32Array } | undefined;
  const miniStream = () => {
    if (!mini) {
      const container = chain(root.start, fat, sectorCount);
      const miniFatSectors = chain(u32(0x3c), fat, sectorCount);
      const table = joined(miniFatSectors, sector, size, miniFatSectors.length * size);
      mini = {
        stream: joined(container, sector, size, Math.min(root.size, container.length * size)),
        table: littleEndianWords(table),
      };
    }
    return mini;
  };

  const find = (name: string) =>
    entries.find(
      (entry) => entry.type === STREAM && entry.name.toLowerCase() === name.toLowerCase(),
    );

  return {
    has: (name) => find(name) !== undefined,
    stream(name) {
      const entry = find(name);
      if (!entry) return undefined;
      if (entry.size < 0 || entry.size > bytes.byteLength) throw truncated();
      if (entry.size >= MINI_CUTOFF) {
        return joined(chain(entry.start, fat, sectorCount), sector, size, entry.size);
      }
      const { stream, table } = miniStream();
      const count = Math.floor(stream.length / MINI_SECTOR);
      const part = (n: number) => stream.subarray(n * MINI_SECTOR, (n + 1) * MINI_SECTOR);
      return joined(chain(entry.start, table, count), part, MINI_SECTOR, entry.size);
    },
  };
}

function littleEndianWords(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
}
