/**
 * Opens an .xlsx with ExcelJS for the writer. ExcelJS cannot be bounded itself (it trusts the
 * zip's sizes and expands merges and names cell by cell), so it never sees the file as given:
 * the streaming reader reads it within every limit, keeping each part as it inflates it (the
 * rest of the package is inflated after, within the same budget), and ExcelJS gets the parts
 * repacked without compression, so that no part is inflated twice.
 */
import type { Workbook } from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import { readXlsxParts } from './read';
import { unreadable } from './xml-part';

/** ExcelJS's workbook from the bytes of an .xlsx. Throws WorkbookReadError (Indonesian message). */
export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const parts = readXlsxParts(bytes);
  const stored: Zippable = {};
  for (const [name, part] of parts) stored[name] = [part, { level: 0 }];
  parts.clear();
  // Loaded on first write only: `lkj validate` without --laporan never pays ExcelJS's start-up
  // (0,3 s and 27 MB). Eager: the pane's write chunk keeps it, no chunk of its own.
  const { Workbook } = await import(/* webpackMode: "eager" */ './writer-libraries');
  const workbook = new Workbook();
  try {
    // Whole-column data validations make ExcelJS hang (TOOLCHAIN): the validator never needs
    // them, and a copy written by addSheetToXlsx goes without them.
    await quietly(() =>
      workbook.xlsx.load(zipSync(stored) as unknown as ArrayBuffer, {
        ignoreNodes: ['dataValidations'],
      }),
    );
  } catch {
    // What ExcelJS says (English, sometimes quoting the file) means nothing to the user.
    throw unreadable();
  }
  return workbook;
}

/**
 * Runs `work` with the console's warnings silenced: ExcelJS warns on the console about what it
 * finds odd in a file, which would reach the user of `lkj` as English noise.
 */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = { warn: console.warn, log: console.log, trace: console.trace };
  console.warn = console.log = console.trace = () => undefined;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}
