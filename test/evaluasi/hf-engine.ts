/**
 * Evaluates written sheets with a real formula engine, HyperFormula (GPL-3.0, tests only). Its
 * one gap for our formulas is NUMBERVALUE (Excel 2013+, LibreOffice), added here as Excel
 * documents it: spaces ignored, group separators dropped before the decimal separator, each
 * trailing % divides by 100, anything else is #VALUE!.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import type { Sheet, WorkbookModel } from '../../src/workbook/model';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';

class NumberValuePlugin extends FunctionPlugin {
  static implementedFunctions = {
    NUMBERVALUE: {
      method: 'numbervalue',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true, defaultValue: '.' },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true, defaultValue: ',' },
      ],
    },
  };

  numbervalue(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('NUMBERVALUE'),
      (text: string, decimal: string, group: string) => numberValue(text, decimal, group),
    );
  }
}

export function numberValue(text: string, decimal: string, group: string): number | CellError {
  let body = text.replace(/\s+/g, '');
  let divisor = 1;
  while (body.endsWith('%')) {
    body = body.slice(0, -1);
    divisor *= 100;
  }
  if (body === '') return 0;
  const at = body.indexOf(decimal[0]);
  const whole = (at < 0 ? body : body.slice(0, at)).split(group[0]).join('');
  const fraction = at < 0 ? '' : body.slice(at + 1);
  if (!/^-?\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') {
    return new CellError(ErrorType.VALUE);
  }
  return Number(`${whole}.${fraction || '0'}`) / divisor;
}

HyperFormula.registerFunctionPlugin(NumberValuePlugin, { enGB: { NUMBERVALUE: 'NUMBERVALUE' } });

type Grid = RawCellContent[][];

function put(grid: Grid, row: number, col: number, content: RawCellContent): void {
  while (grid.length < row) grid.push([]);
  const line = grid[row - 1];
  while (line.length < col) line.push(null);
  line[col - 1] = content;
}

/**
 * Text stays text: HyperFormula reads raw strings as typed input (`5.000` would become the number
 * 5, `=…` a formula); a leading apostrophe makes it store the rest as text, as Excel holds it.
 */
function text(value: string): string {
  return `'${value}`;
}

export function gridOfSpec(spec: SheetSpec): Grid {
  const grid: Grid = [];
  for (const cell of spec.cells) {
    const value = cell.value ?? null;
    put(
      grid,
      cell.row,
      cell.col,
      cell.formula !== undefined
        ? `=${cell.formula}`
        : typeof value === 'string'
          ? text(value)
          : value,
    );
  }
  return grid;
}

/**
 * A model sheet as the engine sees it: formulas as formulas, values as stored (no formats). The
 * file stores newer functions as `_xlfn.NUMBERVALUE`; Excel drops the prefix on load, so does this.
 */
export function gridOfSheet(sheet: Sheet, cached = false): Grid {
  const grid: Grid = [];
  for (const { row, col, cell } of sheet.entries()) {
    const value = typeof cell.value === 'string' ? text(cell.value) : cell.value;
    put(
      grid,
      row,
      col,
      cell.formula !== undefined && !cached ? `=${cell.formula.replace(/_xlfn\./g, '')}` : value,
    );
  }
  return grid;
}

export type EngineValue = number | string | boolean | null | { error: string };

export interface Evaluated {
  value(sheet: string, row: number, col: number): EngineValue;
  destroy(): void;
}

/** An engine over the given sheets; values are read 1-based, as in Excel. */
export function evaluate(
  sheets: Record<string, Grid>,
): Evaluated & { reload(next: Record<string, Grid>): void } {
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false });
  return {
    value(sheet, row, col) {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`no sheet ${sheet}`);
      const value = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
      if (value !== null && typeof value === 'object') return { error: value.value };
      return value;
    },
    /** New contents for the same sheets, recalculated once: cheaper than a new engine per case. */
    reload(next) {
      hf.batch(() => {
        for (const [name, grid] of Object.entries(next))
          hf.setSheetContent(hf.getSheetId(name)!, grid);
      });
    },
    destroy: () => hf.destroy(),
  };
}

/**
 * The spec's sheet together with every sheet of the workbook it refers to; `cached` keeps the workbook's formulas at the
 * results it stored (a workbook adding `"0,00"` text in its own formulas computes only in an
 * Indonesian locale).
 */
export function evaluateSpecIn(model: WorkbookModel, spec: SheetSpec, cached = false): Evaluated {
  const sheets: Record<string, Grid> = {};
  for (const sheet of model.sheets) sheets[sheet.name] = gridOfSheet(sheet, cached);
  sheets[spec.name] = gridOfSpec(spec);
  return evaluate(sheets);
}

/** The engine's value in the form SpecCell.result uses: '' for empty text, `#DIV/0!` for errors. */
export function asResult(value: EngineValue): string | number | null {
  if (value !== null && typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return String(value);
  return value;
}
