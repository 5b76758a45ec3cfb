/** Error values in the sheets the add-in wrote, for the tests of its outputs (DOMAIN §9). */
import type { WorkbookModel } from '../../src/workbook/model';
import { evaluate, gridOfSheet } from '../evaluasi/hf-engine';

/**
 * Each generated cell that holds an error, or whose formula a real engine (HyperFormula) computes
 * to one over the staff's sheets as stored: `sheet!row:col #DIV/0!`.
 */
export function generatedErrors(model: WorkbookModel): string[] {
  const grids = Object.fromEntries(
    model.sheets.map((sheet) => [sheet.name, gridOfSheet(sheet, sheet.generatedBy === undefined)]),
  );
  const engine = evaluate(grids);
  const errors: string[] = [];
  for (const sheet of model.sheets.filter((candidate) => candidate.generatedBy)) {
    sheet.forEachCell((row, col, cell) => {
      const value = engine.value(sheet.name, row, col);
      if (cell.error !== undefined) errors.push(`${sheet.name}!${row}:${col} ${cell.error}`);
      if (value !== null && typeof value === 'object') {
        errors.push(`${sheet.name}!${row}:${col} ${value.error}`);
      }
    });
  }
  engine.destroy();
  return errors;
}
