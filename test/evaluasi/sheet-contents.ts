/**
 * What a written sheet holds, cell by cell, in one form for every writer: `{ formula }` for a
 * formula (as the user sees it, without the file's `_xlfn.` prefixes), the text or the number
 * for a constant (so a text `=…` stays apart from a formula). The pane's sheet in Excel (Office.js matrix) and on the web page (downloaded
 * .xlsx) must both equal the SheetSpec's.
 */
import type { Sheet } from '../../src/workbook/model';
import { toA1 } from '../../src/workbook/model';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';

export type Contents = Record<string, string | number | boolean | { formula: string }>;

export function specContents(spec: SheetSpec): Contents {
  const contents: Contents = {};
  for (const cell of spec.cells) {
    if (cell.formula !== undefined) contents[toA1(cell.row, cell.col)] = { formula: cell.formula };
    else if (cell.value !== undefined && cell.value !== null && cell.value !== '') {
      contents[toA1(cell.row, cell.col)] = cell.value;
    }
  }
  return contents;
}

/** A sheet read back from .xlsx by the real reader. */
export function sheetContents(sheet: Sheet): Contents {
  const contents: Contents = {};
  for (const { row, col, cell } of sheet.entries()) {
    if (cell.formula !== undefined) {
      contents[toA1(row, col)] = { formula: cell.formula.replace(/_xlfn\./g, '') };
    } else if (cell.value !== null && cell.value !== '') {
      contents[toA1(row, col)] = cell.value;
    }
  }
  return contents;
}

/**
 * A matrix written to Office.js `range.formulas` from the cell `top`,`left`: a leading `'` makes
 * Excel keep the rest as text (the apostrophe is not part of the cell's value).
 */
export function formulasContents(
  matrix: readonly (readonly unknown[])[],
  top: number,
  left: number,
): Contents {
  const contents: Contents = {};
  matrix.forEach((line, r) =>
    line.forEach((entry, c) => {
      if (entry === '' || entry === null || entry === undefined) return;
      const address = toA1(top + r, left + c);
      if (typeof entry === 'string' && entry.startsWith("'")) contents[address] = entry.slice(1);
      else if (typeof entry === 'string' && entry.startsWith('=')) {
        contents[address] = { formula: entry.slice(1) };
      } else contents[address] = entry as string | number | boolean;
    }),
  );
  return contents;
}
