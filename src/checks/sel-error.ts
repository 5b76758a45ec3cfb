import { cellContent } from '../workbook/cell-fix';
import type { WorkbookModel } from '../workbook/model';
import { fromA1 } from '../workbook/model';
import type { Check } from './check';
import { finding } from './check';
import type { CellContext } from './sel-error-cause';
import { errorCause } from './sel-error-cause';
import { tableErrors } from './template-rows';

export const rule: Check = {
  id: 'sel-error',
  title: 'Sel berisi galat Excel',
  severity: 'error',
  description:
    'Nilai galat Excel (#REF!, #DIV/0!, #VALUE!, #N/A …) di dalam tabel, pada baris yang sudah diisi.',
  check(context) {
    return tableErrors(context).filled.map(({ sheet, row, col, error, formula }) => {
      const at = context.at(sheet, row, col);
      const cause = errorCause(error, formula, {
        sheet: sheet.name,
        cellAt: cellAt(context.model),
      });
      const result = finding(
        rule,
        at,
        `Sel berisi galat Excel ${error}${formula === undefined ? '' : ` dari rumus =${formula}`}: ${cause.message}`,
        undefined,
        error,
      );
      if (cause.formula !== undefined) {
        result.fix = [{ ...at, was: cellContent(sheet.getCell(row, col)), formula: cause.formula }];
      }
      return result;
    });
  },
};

/**
 * The cell a reference names (undefined: empty), null on a sheet the workbook does not have; sheet
 * names compared as Excel does, ignoring case.
 */
function cellAt(model: WorkbookModel): CellContext['cellAt'] {
  return (sheetName, address) => {
    const lower = sheetName.toLowerCase();
    const sheet = model.sheets.find((candidate) => candidate.name.toLowerCase() === lower);
    if (!sheet) return null;
    const { row, col } = fromA1(address);
    return sheet.getCell(row, col);
  };
}
