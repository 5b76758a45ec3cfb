/**
 * Walks the records of an .xls's Workbook stream (BIFF8, [MS-XLS]) before SheetJS parses it, and
 * counts what the records really hold against the same limits as an .xlsx (work-limits.ts):
 * cells, rows, merged areas, plus what would make SheetJS's own loops slow (hyperlink areas,
 * merge records, array formulas). Nothing the file claims (its DIMENSIONS record, a record count)
 * is used. Also finds what must be refused before parsing: encryption, an older BIFF, a stream
 * cut short.
 */
import { formatAngka } from '../../core/angka';
import { toA1 } from '../../workbook/model';
import { WorkbookReadError } from '../xlsx/read-error';
import type { WorkCounter } from '../xlsx/work-limits';
import { damagedXls } from './compound-file';

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const ROW = 0x0208;
const MULRK = 0x00bd;
const NOTE = 0x001c;
const FORMULA = 0x0006;
const MERGECELLS = 0x00e5;
const HLINK = 0x01b8;
const HLINK_TOOLTIP = 0x0800;
const ARRAY = 0x0221;
const SST = 0x00fc;
/** The record types SheetJS joins to the record before them, as CONTINUE. */
const CONTINUES = new Set([0x003c, 0x043c, 0x0812, 0x0875, 0x087f]);
/** Records holding one cell at (row, column) in their first four bytes. */
const ONE_CELL = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x00d6, 0x0205, FORMULA, NOTE]);
const BIFF8 = 0x0600;
/** Columns of an .xls sheet: A to IV. */
const MAX_XLS_COL = 256;

/** Sheets in one workbook: an .xlsx is refused past 2,000 parts, each sheet at least one. */
export const MAX_SHEETS = 2_000;
/**
 * SheetJS joins the merges of each record to all before (quadratic in records); Excel writes up
 * to 1,026 merges a record, so 500 records hold more merges than MAX_RANGE_CELLS allows anyway.
 */
export const MAX_MERGE_RECORDS = 500;
/**
 * Records in the stream: SheetJS spends about 2 µs on each, even one it skips (12 million
 * empty records of 4 bytes, 48 MB, took 21 s). An honest workbook has one to two records a
 * cell (the cell and a continuation or a string), so an .xls near MAX_CELLS may be refused here
 * first: the .xls format itself holds at most 65,536 rows, and 6 s is the most this cap allows.
 */
export const MAX_RECORDS = 3_000_000;
/**
 * SheetJS reads each character of the shared strings by looking for its offset among the
 * offsets of all the table's CONTINUE records: its bytes × (records + 1) measure the work. The
 * largest shared workbook saved as .xls (data-subkegiatan, 6.9 MB) needs 3.4e9: 4.6 s.
 */
export const MAX_STRING_TABLE_WORK = 4e9;
/** SheetJS looks for the array formula of every formula cell among all of its sheet's. */
export const MAX_ARRAY_WORK = 50_000_000;

export function encryptedRefusal(): WorkbookReadError {
  return new WorkbookReadError(
    'Berkas ini dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca. ' +
      'Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > Lindungi Buku Kerja), ' +
      'simpan, lalu coba lagi.',
  );
}

function tooMuch(what: string, limit: number): WorkbookReadError {
  return new WorkbookReadError(
    `Berkas terlalu besar atau terlalu rumit untuk dibaca: ${what} (batasnya ${formatAngka(limit, 0)}). ` +
      'Bagi workbook menjadi beberapa berkas, atau hapus lembar dan sel yang tidak dipakai.',
  );
}

export function scanWorkbookStream(stream: Uint8Array, counter: WorkCounter): void {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let depth = 0;
  let sheets = 0;
  let mergeRecords = 0;
  let formulas = 0;
  let arrays = 0;
  let arrayWork = 0;
  let at = 0;
  let records = 0;
  // The shared-string table being read: its bytes and its records so far.
  let strings = { bytes: 0, records: 0 };
  const endStrings = () => {
    if (strings.bytes * strings.records > MAX_STRING_TABLE_WORK) {
      throw new WorkbookReadError(
        'Daftar teks berkas .xls ini terlalu besar untuk dibaca dengan cepat. ' +
          'Buka di Excel lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)", lalu coba lagi.',
      );
    }
    strings = { bytes: 0, records: 0 };
  };
  while (at + 4 <= stream.byteLength) {
    if (++records > MAX_RECORDS) {
      throw tooMuch(`lebih dari ${formatAngka(MAX_RECORDS, 0)} catatan`, MAX_RECORDS);
    }
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const data = at + 4;
    if (depth === 0 && type !== BOF) break;
    if (data + length > stream.byteLength) throw damagedXls('isinya terpotong');
    if (type === SST) {
      endStrings();
      strings = { bytes: length, records: 1 };
    } else if (CONTINUES.has(type) && strings.records > 0) {
      strings.bytes += length;
      strings.records++;
    } else endStrings();
    const u16 = (offset: number) =>
      offset + 2 <= length ? view.getUint16(data + offset, true) : 0;
    const area = (offset: number, what: string) => {
      if (offset + 8 > length) throw damagedXls('catatan rentang terpotong');
      const [top, bottom, left, right] = [0, 2, 4, 6].map((i) => u16(offset + i));
      counter.range(`${toA1(top + 1, left + 1)}:${toA1(bottom + 1, right + 1)}`, what);
    };
    const cellAt = (col: number) => {
      if (col >= MAX_XLS_COL) throw damagedXls(`sel di kolom ke-${col + 1}, di luar batas .xls`);
      counter.cell();
    };
    if (type === BOF) {
      if (at === 0 && u16(0) !== BIFF8) throw olderBiff(u16(0));
      // A chart inside a sheet is a substream of its own; its sheet's counts go on.
      if (depth++ === 0) formulas = arrays = 0;
    } else if (type === EOF) {
      if (--depth === 0) arrayWork += formulas * arrays;
      if (arrayWork > MAX_ARRAY_WORK) {
        throw tooMuch(
          `${formatAngka(arrays, 0)} rumus array di antara ${formatAngka(formulas, 0)} rumus ` +
            'dalam satu sheet (rumus × rumus array)',
          MAX_ARRAY_WORK,
        );
      }
    } else if (type === FILEPASS) {
      throw encryptedRefusal();
    } else if (type === BOUNDSHEET) {
      if (++sheets > MAX_SHEETS) {
        throw tooMuch(`lebih dari ${formatAngka(MAX_SHEETS, 0)} sheet`, MAX_SHEETS);
      }
    } else if (type === ROW) {
      counter.row();
    } else if (ONE_CELL.has(type)) {
      cellAt(u16(2));
      if (type === FORMULA) formulas++;
    } else if (type === MULRK) {
      // Row, first column, 6 bytes per cell, last column: the cells are as many as fit.
      const first = u16(2);
      for (let i = 0; 4 + (i + 1) * 6 + 2 <= length; i++) cellAt(first + i);
    } else if (type === MERGECELLS) {
      if (++mergeRecords > MAX_MERGE_RECORDS) {
        throw tooMuch('catatan sel gabungan sebanyak itu', MAX_MERGE_RECORDS);
      }
      const count = u16(0);
      for (let i = 0; i < count; i++) area(2 + i * 8, 'sel gabungan');
    } else if (type === HLINK) {
      area(0, 'tautan');
    } else if (type === HLINK_TOOLTIP) {
      area(2, 'tautan');
    } else if (type === ARRAY) {
      arrays++;
    }
    at = data + length;
  }
  endStrings();
  if (depth !== 0 || sheets === 0) throw damagedXls('isinya terpotong');
}

function olderBiff(version: number): WorkbookReadError {
  if (version > 0 && version < BIFF8) {
    return new WorkbookReadError(
      'Berkas ini berformat Excel 5.0/95 atau lebih lama, yang tidak dibaca. ' +
        'Buka di Excel lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".',
    );
  }
  return damagedXls('awal isi workbook tidak dikenal');
}
