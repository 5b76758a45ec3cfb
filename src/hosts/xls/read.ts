/**
 * Reads an .xls (Excel 97–2003, BIFF8) into the host-neutral WorkbookModel: our compound-file
 * reader takes the Workbook stream out, every record is counted against the .xlsx limits
 * (biff-scan.ts), and only then SheetJS CE (`@e965/xlsx`, docs/decisions.md) parses the records.
 * Loaded only when an .xls is opened: in the web page it is a chunk of its own.
 */
import { read, utils, write, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { Sheet, type Cell, type CellRange, type WorkbookModel } from '../../workbook/model';
import type { SheetProgress } from '../xlsx/read';
import { WorkbookReadError } from '../xlsx/read-error';
import { WorkCounter } from '../xlsx/work-limits';
import { encryptedRefusal, scanWorkbookStream } from './biff-scan';
import { damagedXls, readCompoundFile } from './compound-file';

/** BIFF error codes as Excel shows them ([MS-XLS] 2.5.10). */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** Reads the bytes of an .xls. Throws WorkbookReadError (Indonesian message) and nothing else. */
export async function readXls(bytes: Uint8Array, onSheet?: SheetProgress): Promise<WorkbookModel> {
  return guarded(() => toModel(parsed(bytes), onSheet));
}

/**
 * The .xls as an .xlsx (SheetJS writes it), for ExcelJS, which writes the generators' copies and
 * cannot open an .xls. Values, formulas, number formats and merges go across; see XLS_COPY_LOSSES.
 */
export function xlsToXlsx(bytes: Uint8Array): Uint8Array {
  return guarded(() => {
    const workbook = parsed(bytes);
    for (const sheet of Object.values(workbook.Sheets)) fitRange(sheet);
    const xlsx = quiet(() =>
      write(workbook, { type: 'array', bookType: 'xlsx', compression: true }),
    );
    return new Uint8Array(xlsx as ArrayBuffer);
  });
}

/**
 * Sets the sheet's range to the cells it holds, never what the file claimed (SheetJS's writer
 * visits every cell of the range), with an empty row for each row without cells, which the
 * writer needs in a dense sheet.
 */
function fitRange(sheet: WorkSheet): void {
  const rows = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  rows.forEach((row, r) => {
    row?.forEach((_cell, c) => {
      [top, bottom] = [Math.min(top, r), Math.max(bottom, r)];
      [left, right] = [Math.min(left, c), Math.max(right, c)];
    });
  });
  if (bottom < 0) {
    delete sheet['!ref'];
    return;
  }
  for (let r = top; r <= bottom; r++) rows[r] ??= [];
  sheet['!ref'] = utils.encode_range({ s: { r: top, c: left }, e: { r: bottom, c: right } });
}

/** `work`, whatever it throws turned into a WorkbookReadError: a crafted file may break anything. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw damagedXls('isinya tidak dapat ditafsirkan');
  }
}

/** What an .xlsx copy of an .xls lacks, for the user (Bahasa Indonesia). */
export const XLS_COPY_LOSSES =
  'Berkas masukan .xls disalin sebagai .xlsx: nilai, rumus, format angka, sel gabungan dan ' +
  'sheet tersembunyi ikut, tetapi tampilan sheet asal (huruf, warna, garis, lebar kolom, tinggi ' +
  'baris), komentar, gambar dan grafiknya tidak ikut.';

/** The .xls parsed by SheetJS once its container and records are checked. */
function parsed(bytes: Uint8Array): WorkBook {
  const file = readCompoundFile(bytes);
  // An encrypted .xlsx is a compound file too, holding the package encrypted.
  if (file.has('EncryptedPackage')) throw encryptedRefusal();
  const stream = file.stream('Workbook');
  if (!stream) {
    throw new WorkbookReadError(
      file.has('Book')
        ? 'Berkas ini berformat Excel 5.0/95 atau lebih lama, yang tidak dibaca. Buka di Excel lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".'
        : 'Berkas ini bukan workbook Excel (berkas Office lama tanpa isi workbook). Buka di Excel lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".',
    );
  }
  scanWorkbookStream(stream, new WorkCounter());
  // The stream starts with its BOF record, which SheetJS reads as a bare BIFF workbook.
  return quiet(() =>
    read(stream, {
      type: 'buffer',
      dense: true,
      cellFormula: true,
      cellNF: true,
      // No formatted text: it is not needed, and formatting runs the file's own format codes.
      cellText: false,
      cellHTML: false,
      cellDates: false,
      sheetStubs: false,
    }),
  );
}

/** Runs `work` with the console silenced: SheetJS reports odd records there, in English. */
function quiet<T>(work: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    return work();
  } finally {
    Object.assign(console, saved);
  }
}

function toModel(workbook: WorkBook, onSheet?: SheetProgress): WorkbookModel {
  const sheets: Sheet[] = [];
  const names = workbook.SheetNames;
  const seen = new Set<string>();
  for (const name of names) {
    const source = workbook.Sheets[name];
    // Chart, macro and dialog sheets hold no cells of a table.
    if (!source || source['!type'] !== undefined || seen.has(name)) continue;
    seen.add(name);
    const sheet = new Sheet(name);
    const props = workbook.Workbook?.Sheets?.find((entry) => entry.name === name);
    sheet.hidden = (props?.Hidden ?? 0) !== 0;
    readSheet(source, sheet);
    sheets.push(sheet);
    onSheet?.(sheets.length, names.length);
  }
  return { sheets };
}

function readSheet(source: WorkSheet, sheet: Sheet): void {
  const merges: CellRange[] = (source['!merges'] ?? []).map(({ s, e }) => ({
    top: Math.min(s.r, e.r) + 1,
    left: Math.min(s.c, e.c) + 1,
    bottom: Math.max(s.r, e.r) + 1,
    right: Math.max(s.c, e.c) + 1,
  }));
  // A merge shows its first cell only, as the .xlsx reader keeps it.
  const covered = new Set<number>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r > merge.top || c > merge.left) covered.add(r * 256 + c);
      }
    }
  }
  const rows = (source['!data'] ?? []) as (CellObject | undefined)[][];
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || covered.has((r + 1) * 256 + c + 1)) return;
      const model = modelCell(cell);
      if (model) sheet.setCell(r + 1, c + 1, model);
    });
  });
  sheet.merges.push(...merges);
}

function modelCell(cell: CellObject): Cell | undefined {
  const out: Cell = { value: null };
  if (cell.t === 'e') out.error = ERRORS[cell.v as number] ?? '#N/A';
  else if (cell.t === 'n' || cell.t === 'b') out.value = cell.v as number | boolean;
  // An empty text result of a formula is no value, as in the .xlsx reader.
  else if (cell.t === 's') out.value = cell.f && cell.v === '' ? null : String(cell.v);
  if (cell.f !== undefined) out.formula = cell.f;
  // Escaping backslashes dropped, as the .xlsx reader keeps a format (ExcelJS's way).
  const format = typeof cell.z === 'string' ? cell.z.replace(/[\\](.)/g, '$1') : undefined;
  if (format && format !== 'General') out.numFmt = format;
  return out.value === null && out.formula === undefined && out.error === undefined
    ? undefined
    : out;
}
