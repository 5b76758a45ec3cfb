/**
 * .xls files for the tests: the sample saved as .xls by real LibreOffice (as offices make them),
 * and hostile .xls files built record by record ([MS-XLS]) inside a compound file written by
 * SheetJS's CFB writer, one maker each with the refusal expected.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CFB } from '@e965/xlsx';
import type { HostileFile } from './hostile-files';
import { formatAngka } from '../../src/core/angka';
import { MAX_CELLS } from '../../src/hosts/xlsx/work-limits';

const SOFFICE = '/usr/bin/soffice';

/** `file` (an .xlsx) saved as .xls by headless LibreOffice into a new temporary folder. */
export function libreOfficeXls(file: string): string {
  if (!existsSync(SOFFICE)) {
    throw new Error(`${SOFFICE} tidak ada: apt-get install -y libreoffice-calc-nogui`);
  }
  const out = mkdtempSync(path.join(tmpdir(), 'lkj-xls-'));
  const profile = path.join(out, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'xls',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const xls = path.join(out, `${path.basename(file, '.xlsx')}.xls`);
  if (!existsSync(xls)) throw new Error(`LibreOffice tidak menulis ${xls}: ${run.stderr}`);
  return xls;
}

const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];

export function record(type: number, data: number[]): number[] {
  return [...u16(type), ...u16(data.length), ...data];
}

/** BOF of BIFF8 (`version`) for the globals (5) or a worksheet (0x10). */
export const bof = (kind: number, version = 0x0600) =>
  record(0x0809, [
    ...u16(version),
    ...u16(kind),
    ...u16(0x0dbb),
    ...u16(0x07cc),
    ...u32(0),
    ...u32(6),
  ]);
export const eof = () => record(0x000a, []);
export const number = (row: number, col: number, value: number) => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value, true);
  return record(0x0203, [...u16(row), ...u16(col), ...u16(0), ...bytes]);
};
/** A range as Ref8U: first row, last row, first column, last column (0-based). */
export const ref8 = (top: number, bottom: number, left: number, right: number) => [
  ...u16(top),
  ...u16(bottom),
  ...u16(left),
  ...u16(right),
];
/** A DIMENSIONS record claiming rows [first, last) and columns [left, right). */
export const dimensions = (rows: number, cols: number) =>
  record(0x0200, [...u32(0), ...u32(rows), ...u16(0), ...u16(cols), ...u16(0)]);
export const mergeCells = (...ranges: number[][]) =>
  record(0x00e5, [...u16(ranges.length), ...ranges.flat()]);
/** MULRK: `count` cells of the integer 1 from column 0 of `row`. */
export const mulRk = (row: number, count: number) =>
  record(0x00bd, [
    ...u16(row),
    ...u16(0),
    ...Array.from({ length: count }, () => [...u16(0), ...u32((1 << 2) | 2)]).flat(),
    ...u16(count - 1),
  ]);

/**
 * A Workbook stream of one sheet per `sheets` entry (its records between BOF and EOF), with
 * `globals` added to the workbook globals.
 */
export function workbookStream(sheets: number[][][], globals: number[][] = [], version = 0x0600) {
  const boundSheet = (pos: number, name: string) =>
    record(0x0085, [...u32(pos), 0, 0, name.length, 0, ...[...name].map((c) => c.charCodeAt(0))]);
  const names = sheets.map((_, i) => `Data${i + 1}`);
  const head = [bof(5, version), ...globals].flat();
  let pos = head.length + names.reduce((sum, name) => sum + boundSheet(0, name).length, 0) + 4;
  const bounds: number[] = [];
  const bodies: number[][] = [];
  sheets.forEach((records, i) => {
    const body = [bof(0x10, version), ...records, eof()];
    const length = body.reduce((sum, part) => sum + part.length, 0);
    bounds.push(...boundSheet(pos, names[i]));
    bodies.push(...body);
    pos += length;
  });
  // Joined part by part: a spread of millions of bytes overflows the stack.
  const parts = [head, bounds, eof(), ...bodies];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A compound file holding `streams` (name → bytes), as SheetJS's CFB writer lays it out. */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, bytes] of Object.entries(streams)) {
    CFB.utils.cfb_add(container, name, Buffer.from(bytes));
  }
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

export const xlsOf = (sheets: number[][][], globals: number[][] = []) =>
  compoundFile({ Workbook: workbookStream(sheets, globals) });

/** A one-cell sheet, padded so that the stream is read from the FAT, not the mini stream. */
export const padded = (records: number[][]) => [
  number(0, 0, 1),
  ...records,
  ...Array.from({ length: 300 }, (_, i) => number(i + 1, 1, i)),
];

/**
 * The compound file with a loop in the Workbook stream's sector chain (its second sector leads
 * back to its first) and the stream starting at its second sector, inside that loop: SheetJS's
 * own compound-file reader follows such a chain until the process runs out of memory (a fatal
 * error no `catch` sees; tried with SheetJS CE 0.20.3).
 */
export function fatLoop(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const size = 1 << view.getUint16(0x1e, true);
  const at = (sector: number) => (sector + 1) * size;
  const directory = at(view.getUint32(0x30, true));
  const fat = at(view.getUint32(0x4c, true));
  for (let entry = directory; entry < directory + size; entry += 128) {
    const name = new TextDecoder('utf-16le').decode(out.subarray(entry, entry + 16));
    if (name !== 'Workbook') continue;
    const first = view.getUint32(entry + 116, true);
    const second = view.getUint32(fat + first * 4, true);
    view.setUint32(fat + second * 4, first, true);
    view.setUint32(entry + 116, second, true);
    return out;
  }
  throw new Error('no Workbook stream');
}

/** The hostile .xls files, with what each refusal must say. */
export const xlsFiles: Record<string, () => HostileFile> = {
  'an OLE header and nothing else': () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return { bytes, expected: /Berkas \.xls rusak/ };
  },
  'an OLE header followed by garbage': () => {
    const bytes = new Uint8Array(64 * 1024);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return { bytes, expected: /Berkas \.xls rusak/ };
  },
  'a loop in the Workbook stream’s sector chain': () => ({
    bytes: fatLoop(xlsOf([padded([])])),
    expected: /Berkas \.xls rusak/,
  }),
  'an .xls encrypted with a password (FILEPASS)': () => ({
    bytes: xlsOf(
      [padded([])],
      [record(0x002f, [...u16(1), ...u16(1), ...u16(1), ...new Array(48).fill(7)])],
    ),
    expected: /dilindungi kata sandi/,
  }),
  'an .xlsx encrypted with a password (EncryptedPackage)': () => ({
    bytes: compoundFile({
      EncryptionInfo: new Uint8Array(200).fill(4),
      EncryptedPackage: new Uint8Array(5000).fill(9),
    }),
    expected: /dilindungi kata sandi/,
  }),
  'an Excel 5.0/95 workbook': () => ({
    bytes: compoundFile({ Book: workbookStream([padded([])], [], 0x0500) }),
    expected: /Excel 5\.0\/95 atau lebih lama/,
  }),
  'a Word document': () => ({
    bytes: compoundFile({ WordDocument: new Uint8Array(5000).fill(1) }),
    expected: /bukan workbook Excel/,
  }),
  'a cell beyond column IV': () => ({
    bytes: xlsOf([padded([number(3, 300, 1)])]),
    expected: /kolom ke-301, di luar batas \.xls/,
  }),
  'a merge over a whole sheet': () => ({
    bytes: xlsOf([padded([mergeCells(ref8(0, 65535, 0, 255))])]),
    expected: /sel gabungan A1:IV65536 mencakup 16\.777\.216 sel.*batasnya 500\.000/,
  }),
  'a hyperlink over a whole sheet': () => ({
    bytes: xlsOf([padded([record(0x01b8, [...ref8(0, 65535, 0, 255), ...new Array(40).fill(0)])])]),
    expected: /tautan A1:IV65536 mencakup 16\.777\.216 sel/,
  }),
  '501 records of one small merge each': () => ({
    bytes: xlsOf([padded(Array.from({ length: 501 }, (_, i) => mergeCells(ref8(i, i, 2, 3))))]),
    expected: /catatan sel gabungan sebanyak itu \(batasnya 500\)/,
  }),
  'more than MAX_CELLS cells in MULRK records': () => {
    const limit = formatAngka(MAX_CELLS, 0).replace(/\./g, '\\.');
    const rows = Math.ceil(MAX_CELLS / 251) + 1;
    return {
      bytes: xlsOf([padded(Array.from({ length: rows }, (_, row) => mulRk(row, 251)))]),
      expected: new RegExp(`lebih dari ${limit} sel; batasnya ${limit} sel per workbook`),
    };
  },
  '3 million empty records (12 MB)': () => ({
    bytes: xlsOf([padded([new Array(3_000_000 * 4).fill(0).map((_, i) => (i % 4 === 0 ? 1 : 0))])]),
    expected: /lebih dari 3\.000\.000 catatan \(batasnya 3\.000\.000\)/,
  }),
  'a shared-string table of 8 MB in 1.000 CONTINUE records': () => ({
    bytes: xlsOf(
      [padded([])],
      [
        record(0x00fc, [...u32(1), ...u32(1), ...new Array(8000).fill(0x41)]),
        ...Array.from({ length: 1000 }, () => record(0x003c, new Array(8200).fill(0x41))),
      ],
    ),
    expected: /Daftar teks berkas \.xls ini terlalu besar untuk dibaca dengan cepat/,
  }),
  '10.001 formulas among 5.001 array formulas in one sheet': () => {
    const formula = (row: number) =>
      record(0x0006, [...u16(row), ...u16(0), ...new Array(18).fill(0)]);
    const array = (row: number) =>
      record(0x0221, [...ref8(row, row, 1, 1), ...new Array(6).fill(0)]);
    return {
      bytes: xlsOf([
        [
          ...Array.from({ length: 10_001 }, (_, row) => formula(row)),
          ...Array.from({ length: 5_001 }, (_, row) => array(row)),
        ],
      ]),
      expected:
        /5\.001 rumus array di antara 10\.001 rumus dalam satu sheet .*batasnya 50\.000\.000/,
    };
  },
  '2.001 sheets': () => ({
    bytes: xlsOf(Array.from({ length: 2001 }, () => [number(0, 0, 1)])),
    expected: /lebih dari 2\.000 sheet \(batasnya 2\.000\)/,
  }),
  'a Workbook stream cut inside a record': () => {
    const stream = workbookStream([padded([])]);
    return {
      bytes: compoundFile({ Workbook: stream.subarray(0, stream.length - 7) }),
      expected: /Berkas \.xls rusak \(isinya terpotong\)/,
    };
  },
};

/** The sample's bytes cut to `fraction` of its length. */
export const cut = (file: string, fraction: number) => {
  const bytes = readFileSync(file);
  return new Uint8Array(bytes.subarray(0, Math.floor(bytes.length * fraction)));
};
