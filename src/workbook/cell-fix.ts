/**
 * A correction to write into one cell (a finding's `fix`): a number (with `numFmt: 'General'`
 * where the cell is formatted as Text, which would keep a number typed into it as text) or a
 * formula (without `=`, as the model holds formulas). Nothing else of the cell changes. In the
 * model's layer, so that the hosts writing it need not know the checks.
 */
export type CellFix = { sheet: string; cell: string } & (
  { value: number; numFmt?: 'General' } | { formula: string }
);
