/**
 * The done-when comparison of issue 21: a workbook after its findings' fixes holds the same cells
 * as before, each fixed cell its number (its number format kept), every other cell unchanged
 * (value, formula, number format).
 */
import type { CellFix } from '../../src/workbook/cell-fix';
import { toA1, type Cell, type WorkbookModel } from '../../src/workbook/model';

/** Every cell of the workbook, `Sheet!A1` → the cell. */
function cellsOf(model: WorkbookModel): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const sheet of model.sheets) {
    sheet.forEachCell((row, col, cell) => cells.set(`${sheet.name}!${toA1(row, col)}`, cell));
  }
  return cells;
}

/**
 * `[address, cell]` of each cell of `after` as `before` and the number fixes make it, and
 * `[address, cell]` of each as it is: equal lists when only the fixes changed anything.
 */
export function fixedComparison(
  before: WorkbookModel,
  after: WorkbookModel,
  fixes: readonly CellFix[],
): { expected: [string, Cell | undefined][]; actual: [string, Cell | undefined][] } {
  const fixedAt = new Map(fixes.map((fix) => [`${fix.sheet}!${fix.cell}`, fix]));
  const was = cellsOf(before);
  const now = cellsOf(after);
  const addresses = [...new Set([...was.keys(), ...now.keys()])];
  return {
    expected: addresses.map((at) => {
      const cell = was.get(at);
      const fix = fixedAt.get(at);
      if (!cell || !fix || !('value' in fix)) return [at, cell];
      return [at, { value: fix.value, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) }];
    }),
    actual: addresses.map((at) => [at, now.get(at)]),
  };
}
