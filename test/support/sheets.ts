/** Sheets built from plain grids for the tests: a plain value is a cell without format. */
import { Sheet, type Cell, type WorkbookModel } from '../../src/workbook/model';

export type CellInput = string | number | null | Cell;

/** Writes the rows into `sheet` from row `top`, column A. */
export function writeRows(sheet: Sheet, rows: CellInput[][], top = 1): void {
  rows.forEach((cells, r) =>
    cells.forEach((input, c) => {
      const cell = input !== null && typeof input === 'object' ? input : { value: input };
      sheet.setCell(top + r, c + 1, cell);
    }),
  );
}

/** A sheet whose rows start at `top`. */
export function sheetOf(name: string, rows: CellInput[][], top = 1): Sheet {
  const sheet = new Sheet(name);
  writeRows(sheet, rows, top);
  return sheet;
}

export function modelOf(...sheets: Sheet[]): WorkbookModel {
  return { sheets };
}
