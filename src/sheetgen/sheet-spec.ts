/**
 * A new sheet to add to a workbook, described host-neutrally: the evaluasi generator and the
 * validation report produce one; hosts/xlsx and hosts/office write it (always as a new sheet).
 */
import type { CellRange } from '../workbook/model';

export interface SpecCell {
  row: number;
  col: number;
  /** A constant. Text is always written as text, never interpreted as a formula. */
  value?: string | number | boolean | null;
  /** A native Excel formula without the leading `=`, in .xlsx syntax (`,` separators). */
  formula?: string;
  /** The formula's value as computed by core, cached so viewers that do not recalculate show it. */
  result?: string | number | null;
  numFmt?: string;
  bold?: boolean;
  /** Light fill marking an input cell the staff should fill. */
  highlight?: boolean;
  /** Background colour, `#RRGGBB` (the report colours each finding by its severity). */
  fill?: string;
  /** Internal link to another cell: `'Sheet name'!$G$8` (see cellLink); shows linkText. */
  link?: string;
  wrap?: boolean;
  /**
   * An Excel note on the cell (the pop-up beside it), written where the host can: the .xlsx
   * copy. What it says is also written as text on the sheet, which every host shows.
   */
  note?: string;
}

export interface SheetSpec {
  /** Wanted name; the writer picks `name (2)` etc. when it is taken. */
  name: string;
  cells: SpecCell[];
  merges: CellRange[];
  /** Column widths in characters, by column number. */
  columnWidths?: Record<number, number>;
  /** Rows 1 to this one stay in view while the sheet scrolls (a header). */
  frozenRows?: number;
  /** Filter buttons on this area's first row (its header) over the rows below it. */
  autoFilter?: CellRange;
  /** Printed landscape, one page wide (as many tall as needed), `titleRows` on every page. */
  print?: { landscape: boolean; fitToWidth: boolean; titleRows?: { first: number; last: number } };
  /** Native charts over this sheet's own cells; written where the host can carry them (Excel). */
  charts?: ChartSpec[];
  /**
   * Set on a generator's sheet (output-marker.ts): the writer marks it as that generator's
   * output and writes it in place of the generator's earlier output of the same name;
   * `replaces` names that sheet as the layout found it (for the CLI's message).
   */
  output?: { generator: string; replaces?: string };
}

/**
 * A chart over an area of the same sheet: its first row names the series, its first column holds
 * the categories (indicator names, years), each further column is one series.
 */
export interface ChartSpec {
  type: 'column' | 'bar' | 'line';
  title: string;
  source: CellRange;
  /** The cell its top-left corner sits on, beside its table. */
  anchor: { row: number; col: number };
}

/** Light yellow marking the cells the staff should fill, in both writers. */
export const HIGHLIGHT_COLOR = '#FFF2CC';

/** `'Tabel 3.1'!G8`: a cell of a sheet, the name quoted the way Excel writes it in a reference. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * `'Tabel 3.1'!$G$8`: what a link to a cell holds. Absolute, because LibreOffice reads a bare
 * `C31` or `R31` in a link as R1C1 notation and then cannot follow it; Excel follows either.
 */
export function cellLink(sheet: string, cell: string): string {
  return sheetReference(sheet, cell.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2'));
}

/** The text a link cell shows: its value, else the reference it links to. */
export function linkText(cell: SpecCell): string {
  return String(cell.value ?? cell.link);
}

/** `name`, or `name (2)`, `name (3)` … the first not in `taken`; within Excel's 31-character limit. */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
