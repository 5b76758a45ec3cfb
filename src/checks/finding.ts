/** One problem found in a workbook. `rule` ids are a public contract (DOMAIN section 7). */
import type { CellFix } from '../workbook/cell-fix';

export type { CellFix };

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about, e.g. `G8`. */
  cell: string;
  /** Bahasa Indonesia, stating both numbers where there are two. */
  message: string;
  expected?: string | number;
  actual?: string | number;
  /** On a sheet hidden in Excel: listed after the visible sheets' findings. */
  hidden?: true;
  /**
   * What to write to correct it, cell by cell, where that is certain (the pane's "Perbaiki").
   * Absent where the right value is a guess the user must make.
   */
  fix?: CellFix[];
}
