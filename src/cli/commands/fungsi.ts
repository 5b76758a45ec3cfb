/**
 * `lkj fungsi NAMA ARG... [--json]`: evaluates a custom function through the entry point Excel
 * calls. An argument written as a number the Indonesian way (`1.050`, `95,23`) is a number, a
 * JSON array of arrays is a range, anything else is text. Arguments reach the function in the shapes Excel gives them.
 */
import { findFunction, REGISTRY } from '../../functions/registry';
import { excelError, isExcelError, type CellResult, type Result } from '../../functions/wrap';
import type { ExcelErrorCode } from '../../core/errors';
import { indonesianNumber } from '../argument';
import type { Command } from '../command';

function usage(): string {
  const lines = Object.entries(REGISTRY).map(([name, { params }]) => {
    const names = params.map((param) => (param.optional ? `[${param.name}]` : param.name));
    return `  ${name} ${names.join(' ')}`;
  });
  return `Pemakaian: lkj fungsi NAMA ARGUMEN... [--json]\nFungsi:\n${lines.join('\n')}\n`;
}

/** `{"error": "#N/A"}` inside a JSON range stands for an Excel error value in that cell. */
function fromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object' && value !== null && 'error' in value) {
    const { error, message } = value as { error: unknown; message?: unknown };
    if (typeof error === 'string' && error.startsWith('#')) {
      return excelError(error as ExcelErrorCode, typeof message === 'string' ? message : '');
    }
  }
  return value;
}

function parseArgument(text: string): unknown {
  const number = indonesianNumber(text);
  if (number !== null) return number;
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every(Array.isArray)) return fromJson(parsed);
    } catch {
      // not JSON: the text itself is the argument
    }
  }
  return text;
}

/**
 * Every parameter is a range parameter (functions.json: `matrix`), so Excel passes a single
 * value as a 1×1 range and an omitted optional argument as null.
 */
function asExcelPasses(args: unknown[], params: number): unknown[] {
  const passed: unknown[] = args.map((arg) => (Array.isArray(arg) ? arg : [[arg]]));
  while (passed.length < params) passed.push(null);
  return passed;
}

/** A 1×1 range answering single values is what the cell shows: that one value. */
function shown(result: Result, broadcast: boolean): Result {
  return !broadcast && Array.isArray(result) && result.length === 1 && result[0].length === 1
    ? result[0][0]
    : result;
}

function cellJson(cell: CellResult): unknown {
  return isExcelError(cell) ? { error: cell.code, message: cell.message ?? '' } : cell;
}

function cellText(cell: CellResult): string {
  if (!isExcelError(cell)) return String(cell);
  return cell.message ? `${cell.code} ${cell.message}` : cell.code;
}

function render(result: Result, json: boolean): string {
  if (Array.isArray(result)) {
    return json
      ? JSON.stringify({ value: result.map((row) => row.map(cellJson)) })
      : result.map((row) => row.map(cellText).join('\t')).join('\n');
  }
  if (!json) return cellText(result);
  return JSON.stringify(isExcelError(result) ? cellJson(result) : { value: result });
}

export const command: Command = {
  summary: 'Menghitung fungsi LKJ (CAPAIAN, PREDIKAT, TERBILANG, …) seperti di Excel',
  help: usage,
  async run(args, { stdout, stderr }) {
    const json = args.includes('--json');
    const [name, ...rest] = args.filter((arg) => arg !== '--json');
    if (name === undefined) {
      stderr.write(usage());
      return 2;
    }
    const fn = findFunction(name);
    if (!fn) {
      stderr.write(`Fungsi tidak dikenal: ${name}\n${usage()}`);
      return 2;
    }
    const required = fn.params.filter((param) => !param.optional).length;
    if (rest.length < required || rest.length > fn.params.length) {
      const names = fn.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
      stderr.write(
        `${name.toUpperCase()} menerima ${required === fn.params.length ? required : `${required}–${fn.params.length}`} argumen (${names.join(', ')}), bukan ${rest.length}\n`,
      );
      return 2;
    }
    const values = rest.map(parseArgument);
    const result = fn.run(...asExcelPasses(values, fn.params.length));
    const broadcast = values.some((value, i) => Array.isArray(value) && !fn.params[i].whole);
    stdout.write(`${render(shown(result, broadcast), json)}\n`);
    return 0;
  },
};
