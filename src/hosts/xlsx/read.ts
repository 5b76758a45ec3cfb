/**
 * Reads an .xlsx into the host-neutral WorkbookModel in one streaming pass: each part needed is
 * inflated chunk by chunk (unpack.ts) straight into an XML parser (xml-part.ts), and the model is
 * built as the elements come, every limit counted on the way (work-limits.ts). No part is ever
 * held whole. Plain TypeScript with fflate and our own XML tokenizer: it runs in Node and in the browser worker.
 */
import { Sheet } from '../../workbook/model';
import type { WorkbookModel } from '../../workbook/model';
import { WorkbookReadError } from './read-error';
import {
  readRelationships,
  readSharedStrings,
  readStyles,
  readTables,
  readWorkbook,
} from './read-parts';
import { CellPool, readWorksheet } from './read-sheet';
import { inflateEntry, newBudget, unpackRest, type XlsxParts } from './unpack';
import { WorkCounter } from './work-limits';
import { unreadable, type Archive } from './xml-part';
import { checkXlsxContainer } from './zip-guard';

export { WorkbookReadError } from './read-error';

/** The worksheet parts read (ExcelJS's pattern, unanchored as there). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** Called after each sheet is read, with the sheets read so far and the workbook's sheet count. */
export type SheetProgress = (read: number, total: number) => void;

/** Reads the bytes of an .xlsx. Throws WorkbookReadError (Indonesian message) and nothing else. */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  onSheet?: SheetProgress,
): Promise<WorkbookModel> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return guarded(() => readArchive({ bytes, entries: new Map(), budget: newBudget() }, onSheet));
}

/**
 * Reads the .xlsx as readXlsx does (every limit checked) and returns every part of its package
 * as well, each inflated once within the same budget: the parts the reader streamed are kept as
 * they pass, the others (pictures, themes …) inflated after. For the writer (load.ts).
 */
export function readXlsxParts(bytes: Uint8Array): XlsxParts {
  return readXlsxPackage(bytes).parts;
}

/** readXlsxParts, with each worksheet's part by the name the reader gave its sheet. */
export function readXlsxPackage(bytes: Uint8Array): {
  parts: XlsxParts;
  sheetParts: Map<string, string>;
} {
  return guarded(() => {
    const archive: Archive = { bytes, entries: new Map(), budget: newBudget(), kept: new Map() };
    const sheetParts = new Map<string, string>();
    readArchive(archive, undefined, sheetParts);
    const parts = archive.kept as XlsxParts;
    unpackRest(bytes, archive.entries.values(), archive.budget, parts);
    return { parts, sheetParts };
  });
}

function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw unreadable();
  }
}

function readArchive(
  archive: Archive,
  onSheet?: SheetProgress,
  sheetParts?: Map<string, string>,
): WorkbookModel {
  const { bytes } = archive;
  for (const entry of checkXlsxContainer(bytes)) {
    if (!entry.name.endsWith('/')) archive.entries.set(entry.name, entry);
  }
  // A package claiming more than the limit is checked whole first, so a large honest file is
  // refused without parsing; the claim alone proves nothing, so it is never refused on it.
  let claimed = 0;
  for (const entry of archive.entries.values()) claimed += entry.claimedSize;
  if (claimed > archive.budget.left) {
    const refusal = packageRefusal(archive);
    if (refusal) throw refusal;
  }
  try {
    return readModel(archive, onSheet, sheetParts);
  } catch (error) {
    // A package too large or damaged once unpacked is named before what its content breaks.
    if (archive.budget.left >= 0) throw packageRefusal(archive) ?? error;
    throw error;
  }
}

/** Why the whole package cannot be unpacked (inflating every part, keeping nothing), if it can't. */
function packageRefusal(archive: Archive): WorkbookReadError | undefined {
  const budget = newBudget();
  try {
    for (const entry of archive.entries.values()) {
      inflateEntry(archive.bytes, entry, budget, () => undefined);
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
  }
  return undefined;
}

function readModel(
  archive: Archive,
  onSheet?: SheetProgress,
  sheetParts?: Map<string, string>,
): WorkbookModel {
  const counter = new WorkCounter();
  const workbook = readWorkbook(archive, counter);
  const targets = readRelationships(archive, 'xl/_rels/workbook.xml.rels');
  const styles = readStyles(archive);
  const strings = readSharedStrings(archive);
  const parts = {
    styles,
    strings,
    date1904: workbook.date1904,
    tables: readTables(archive, archive.entries.keys()),
    counter,
    cells: new CellPool(strings.values.length),
  };
  const sheets: Sheet[] = [];
  const read = new Set<string>();
  for (const entry of workbook.sheets) {
    const target = targets.get(entry.relId);
    if (target === undefined) continue;
    // As ExcelJS resolved a sheet's target; chart sheets and others have no worksheet part.
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!WORKSHEET_PART.test(part) || !archive.entries.has(part) || read.has(part)) continue;
    const sheet = new Sheet(entry.name);
    sheet.hidden = entry.hidden;
    sheet.generatedBy = workbook.outputs.get(entry.name);
    readWorksheet(archive, part, sheet, parts);
    sheets.push(sheet);
    read.add(part);
    sheetParts?.set(entry.name, part);
    onSheet?.(sheets.length, workbook.sheets.length);
  }
  // A worksheet part no sheet names is still counted: ExcelJS, which writes the copies, loads it.
  for (const part of archive.entries.keys()) {
    if (WORKSHEET_PART.test(part) && !read.has(part)) {
      readWorksheet(archive, part, new Sheet(part), parts);
    }
  }
  return { sheets };
}
