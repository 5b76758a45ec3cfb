/**
 * The corrected copy of the web page: the findings' fixes (Finding.fix) written into the .xlsx by
 * changing only the `<c>` elements of the fixed cells in their sheets' XML. Every other part and
 * every other cell keeps its bytes as they were: no ExcelJS round trip, which would drop what it
 * does not model (WRITE_LOSSES). The file is read within every limit of the reader first.
 */
import { strToU8, strFromU8, zipSync, type Zippable } from 'fflate';
import type { CellFix } from '../../workbook/cell-fix';
import { xlsxForCopy } from '../xls/workbook-bytes';
import { readXlsxPackage } from './read';
import { checkXlsxContainer } from './zip-guard';

export interface FixedCopy {
  bytes: Uint8Array;
  /** Cells written. */
  fixed: number;
  /** `Sheet!A1` of the cells left as they were, and why (Bahasa Indonesia). */
  skipped: string[];
  /** What an .xls's conversion to .xlsx left out, for the user. */
  copyLosses?: string;
}

/** The file (an .xlsx, or an .xls copied as .xlsx) with the fixes written. */
export async function fixCopy(bytes: Uint8Array, fixes: readonly CellFix[]): Promise<FixedCopy> {
  const copy = await xlsxForCopy(bytes);
  return { ...patchCells(copy.bytes, fixes), ...(copy.losses ? { copyLosses: copy.losses } : {}) };
}

/** The .xlsx with each fix written into its cell; a cell that cannot be is listed in `skipped`. */
export function patchCells(
  bytes: Uint8Array,
  fixes: readonly CellFix[],
): Omit<FixedCopy, 'copyLosses'> {
  const order = checkXlsxContainer(bytes).map((entry) => entry.name);
  const { parts, sheetParts: partOf } = readXlsxPackage(bytes);
  const skipped: string[] = [];
  const byPart = new Map<string, Map<string, CellFix>>();
  for (const fix of fixes) {
    const part = partOf.get(fix.sheet);
    if (!part) {
      skipped.push(`${fix.sheet}!${fix.cell}: sheet tidak ditemukan`);
      continue;
    }
    const cells = byPart.get(part) ?? new Map<string, CellFix>();
    byPart.set(part, cells);
    cells.set(fix.cell, fix);
  }
  let fixed = 0;
  for (const [part, cells] of byPart) {
    const xml = strFromU8(parts.get(part) as Uint8Array);
    const patched = xml.replace(CELL, (whole: string, attributes: string, body = '') => {
      const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
      const fix = ref === undefined ? undefined : cells.get(ref);
      if (!fix || ref === undefined) return whole;
      cells.delete(ref);
      // A shared or array formula's first cell holds the formula of the others too.
      if (/<f\b[^>]*\bref="/.test(body)) {
        skipped.push(`${fix.sheet}!${ref}: rumusnya dipakai bersama sel lain`);
        return whole;
      }
      fixed++;
      return patchedCell(ref, /\bs="(\d+)"/.exec(attributes)?.[1], fix);
    });
    for (const ref of cells.keys())
      skipped.push(`${partSheet(partOf, part)}!${ref}: sel tidak ditemukan`);
    parts.set(part, strToU8(patched));
  }
  const zipped: Zippable = {};
  for (const name of order) {
    const part = parts.get(name);
    if (part) zipped[name] = part;
  }
  return { bytes: zipSync(zipped), fixed, skipped };
}

/**
 * A cell element, empty or with its content; `<col>`, `<cfRule>` and the like do not match.
 * Its content never holds another `<c>`, so the first `</c>` ends it.
 */
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * The fixed cell: its address and style (the number format and look stay), a number, or a formula
 * with its result now cached as empty text, which is what the guarded formula gives while its
 * divisor is empty or 0.
 */
function patchedCell(ref: string, style: string | undefined, fix: CellFix): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if ('formula' in fix)
    return `<c r="${ref}"${s} t="str"><f>${escapeXml(fix.formula)}</f><v></v></c>`;
  return `<c r="${ref}"${s}><v>${String(fix.value)}</v></c>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function partSheet(partOf: Map<string, string>, part: string): string {
  return [...partOf].find(([, candidate]) => candidate === part)?.[0] ?? part;
}
