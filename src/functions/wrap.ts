/**
 * The one wrapper every custom function goes through: it reads arguments (numbers or
 * Indonesian number text), broadcasts ranges (a range in gives the same-shaped range out) and
 * turns bad input into Excel errors. A function never throws and never returns NaN or Infinity.
 */
import { readAngka } from '../core/angka';
import { LkjError, type ExcelErrorCode } from '../core/errors';

/** An Excel error value: `CustomFunctions.Error` inside Excel, the same shape elsewhere. */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

export type CellResult = number | string | ExcelErrorValue;
export type Result = CellResult | CellResult[][];

/** Excel shows a custom message only with these codes; the others must come without one. */
const CODES_WITH_MESSAGE = new Set<string>(['#VALUE!', '#N/A']);

/**
 * The errors a custom function may return. Excel passes #REF! and #NAME? in, but does not take
 * them back as a result (CustomFunctions.ErrorCode: "supported as a custom function input error,
 * but not as a custom function output error").
 */
const RETURNABLE_CODES = new Set<string>(['#DIV/0!', '#N/A', '#NULL!', '#NUM!', '#VALUE!']);

/** The single place errors are made, so the wrapper works inside Excel and under Node alike. */
export function excelError(code: ExcelErrorCode | '#NULL!', message?: string): ExcelErrorValue {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    return new CustomFunctions.Error(
      code as CustomFunctions.ErrorCode,
      CODES_WITH_MESSAGE.has(code) ? message : undefined,
    );
  }
  return { code, message };
}

/**
 * One argument as the rules read it. functions.json sets `allowErrorForDataTypeAny`, so Excel
 * calls the function even when a cell of a range argument holds an error, and passes that error
 * in: as an error object (`{code: "#DIV/0!"}`) or as a data-type value
 * (`{type: "Error", basicValue: "#DIV/0!", errorType: "Div0"}`). Other data-type values
 * (`{type: "Double" | "FormattedNumber" | "String" | "Boolean" | …, basicValue}`) are read as
 * their basic value. An error comes out as the same error, or as #VALUE! naming it when Excel
 * would not take it back as a result. Ranges are read cell by cell.
 */
export function fromExcel(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(fromExcel);
  if (isExcelError(value)) return RETURNABLE_CODES.has(value.code) ? value : errorIn(value.code);
  const { type, basicValue } = value as { type?: unknown; basicValue?: unknown };
  if (type === 'Error') {
    const code = typeof basicValue === 'string' && basicValue.startsWith('#') ? basicValue : '';
    return RETURNABLE_CODES.has(code)
      ? excelError(code as ExcelErrorCode | '#NULL!')
      : errorIn(code);
  }
  if (typeof type === 'string' && 'basicValue' in value) return basicValue ?? null;
  return value;
}

function errorIn(code: string): ExcelErrorValue {
  return excelError('#VALUE!', `argumen berisi galat ${code || 'Excel'} dari sel lain`);
}

export function isExcelError(value: unknown): value is ExcelErrorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as ExcelErrorValue).code === 'string' &&
    (value as ExcelErrorValue).code.startsWith('#')
  );
}

/** An error value arriving as an argument: returned unchanged, as Excel formulas do. */
class ErrorArgument {
  constructor(readonly value: ExcelErrorValue) {}
}

/** How one parameter is read from what Excel passes. `read` throws LkjError on bad input. */
export interface Param<T> {
  readonly name: string;
  readonly optional: boolean;
  /** Takes the whole argument (a range stays one value, read once) instead of cell by cell. */
  readonly whole: boolean;
  /** A finite number passes as is (the fast path of numeric parameters). */
  readonly numeric: boolean;
  /** The value of an omitted or empty optional argument. */
  readonly fallback?: T;
  read(value: unknown): T;
}

export function isEmpty(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** Throws the argument back when it is an Excel error, so it passes through unchanged. */
export function passErrors(value: unknown): void {
  if (isExcelError(value)) throw new ErrorArgument(value);
}

/** Reads one cell as a number the way `LKJ.ANGKA` does. */
export function readNumberArgument(value: unknown, name: string): number {
  passErrors(value);
  const reading = readAngka(value);
  if (reading.value !== null) return reading.value;
  if (reading.problem !== undefined) {
    throw new LkjError('#VALUE!', `argumen ${name}: ${reading.problem}`);
  }
  throw new LkjError(
    '#N/A',
    reading.nil ? `argumen ${name} berisi "-" (nihil), bukan angka` : `argumen ${name} kosong`,
  );
}

/** A number, or Indonesian number text (`95,23`, `Rp 2.486.022.481`, `93,54 %`). */
export function numberParam(name: string): Param<number> {
  return {
    name,
    optional: false,
    whole: false,
    numeric: true,
    read: (value) => readNumberArgument(value, name),
  };
}

/** An optional word chosen from a few (`naik`/`turun`); empty means `fallback`. */
export function choiceParam<T>(
  name: string,
  fallback: T,
  parse: (value: string | boolean) => T | undefined,
  expected: string,
): Param<T> {
  return {
    name,
    optional: true,
    whole: false,
    numeric: false,
    fallback,
    read(value) {
      passErrors(value);
      if (isEmpty(value)) return fallback;
      const parsed =
        typeof value === 'string' || typeof value === 'boolean' ? parse(value) : undefined;
      if (parsed === undefined) {
        throw new LkjError(
          '#VALUE!',
          `argumen ${name} harus ${expected}, bukan ${describe(value)}`,
        );
      }
      return parsed;
    },
  };
}

/** A short Indonesian description of a bad argument for messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return 'rentang';
  return String(value);
}

function errorOf(error: unknown): ExcelErrorValue {
  if (error instanceof ErrorArgument) return error.value;
  if (error instanceof LkjError) return excelError(error.code, error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return excelError('#VALUE!', `kesalahan tak terduga: ${detail}`);
}

function checked(result: number | string): CellResult {
  if (typeof result === 'number' && result - result !== 0) {
    return excelError('#NUM!', 'hasil di luar jangkauan angka Excel');
  }
  return result;
}

/** A custom function as Excel (and `lkj fungsi`) calls it. */
export interface LkjFunction {
  readonly params: readonly Param<unknown>[];
  call(a?: unknown, b?: unknown, c?: unknown): Result;
}

type Params<A extends unknown[]> = { [K in keyof A]: Param<A[K]> };

const MAX_PARAMS = 3;

/**
 * One parameter as the hot path reads it. Param objects come in several shapes (object literals
 * of different kinds), and reading them where all ten functions meet makes those reads
 * megamorphic; instances of one class keep them monomorphic.
 */
class Slot {
  readonly whole: boolean;
  readonly numeric: boolean;
  readonly optional: boolean;
  readonly fallback: unknown;
  private readonly param: Param<unknown>;

  constructor(param: Param<unknown> | undefined) {
    // An absent parameter takes its argument whole, read once as undefined.
    this.param = param ?? NO_PARAM;
    this.whole = this.param.whole;
    this.numeric = this.param.numeric;
    this.optional = this.param.optional;
    this.fallback = this.param.fallback;
  }

  /** The argument read; a finite number or an omitted optional one needs no reader. */
  read(argument: unknown): unknown {
    if (this.numeric && typeof argument === 'number' && argument - argument === 0) return argument;
    const value = typeof argument === 'object' ? fromExcel(argument) : argument;
    // Excel passes null for an omitted optional argument.
    if (this.optional && (value === null || value === undefined)) return this.fallback;
    return this.param.read(value);
  }
}

const NO_PARAM: Param<undefined> = {
  name: '',
  optional: true,
  whole: true,
  numeric: false,
  read: () => undefined,
};

/**
 * Lifts a pure core rule into a custom function. Arguments are positional (at most three) so
 * the common call, all scalars, allocates nothing.
 */
export function define<A extends unknown[]>(
  declared: Params<A>,
  body: (...args: A) => number | string,
): LkjFunction {
  const params = declared as readonly Param<unknown>[];
  if (params.length > MAX_PARAMS) throw new Error(`paling banyak ${MAX_PARAMS} parameter`);
  const s0 = new Slot(params[0]);
  const s1 = new Slot(params[1]);
  const s2 = new Slot(params[2]);
  const run = body as unknown as (a: unknown, b: unknown, c: unknown) => number | string;
  const cellwise = !params.some((param) => param.whole);

  /** One cell; whole parameters arrive already read. */
  function evaluate(a: unknown, b: unknown, c: unknown): CellResult {
    try {
      return checked(
        run(s0.whole ? a : s0.read(a), s1.whole ? b : s1.read(b), s2.whole ? c : s2.read(c)),
      );
    } catch (error) {
      return errorOf(error);
    }
  }

  /** Ranges, or a parameter taking the whole argument: read those once, then cell by cell. */
  function callGeneral(a: unknown, b: unknown, c: unknown): Result {
    const ranged =
      (!s0.whole && Array.isArray(a)) ||
      (!s1.whole && Array.isArray(b)) ||
      (!s2.whole && Array.isArray(c));
    let x: unknown, y: unknown, z: unknown;
    try {
      x = s0.whole ? s0.read(a) : a;
      y = s1.whole ? s1.read(b) : b;
      z = s2.whole ? s2.read(c) : c;
    } catch (error) {
      const failure = errorOf(error);
      return ranged ? broadcast([a, b, c], params, () => failure) : failure;
    }
    return ranged ? broadcast([x, y, z], params, evaluate) : evaluate(x, y, z);
  }

  // Excel passes a single value to a range parameter as a 1×1 range, so that is the common
  // call: it skips broadcasting and answers a 1×1 range. Scalars and 1×1 ranges share the one
  // call of `evaluate`: a second call would be inlined as a second copy, and the two outgrow
  // the engine's inlining budget, leaving both paths slower.
  function call(a?: unknown, b?: unknown, c?: unknown): Result {
    if (!cellwise) return callGeneral(a, b, c);
    const matrix = Array.isArray(a) || Array.isArray(b) || Array.isArray(c);
    const x = matrix ? soleCell(a) : a;
    const y = matrix ? soleCell(b) : b;
    const z = matrix ? soleCell(c) : c;
    if (x === RANGE || y === RANGE || z === RANGE) return callGeneral(a, b, c);
    const result = evaluate(x, y, z);
    return matrix ? [[result]] : result;
  }

  return { params, call };
}

const OUTSIDE = Symbol('outside');
const RANGE = Symbol('range');

/** The one cell of a value or of a 1×1 range; `RANGE` for anything larger. */
function soleCell(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const line: unknown = value[0];
  return value.length === 1 && Array.isArray(line) && line.length === 1 ? line[0] : RANGE;
}

/** The cell of a range argument at (row, column); a 1-wide side repeats, as in Excel arrays. */
function cellAt(value: unknown, row: number, column: number): unknown {
  if (!Array.isArray(value)) return value;
  const line: unknown = value.length === 1 ? value[0] : value[row];
  if (line === undefined) return OUTSIDE;
  if (!Array.isArray(line)) return line;
  return line.length === 1 ? line[0] : column < line.length ? line[column] : OUTSIDE;
}

function broadcast(
  args: unknown[],
  params: readonly Param<unknown>[],
  evaluate: (a: unknown, b: unknown, c: unknown) => CellResult,
): CellResult[][] {
  let rows = 1;
  let columns = 1;
  for (let i = 0; i < params.length; i++) {
    const value = args[i];
    if (params[i].whole || !Array.isArray(value)) continue;
    rows = Math.max(rows, value.length);
    for (const line of value) columns = Math.max(columns, Array.isArray(line) ? line.length : 1);
  }
  const result: CellResult[][] = new Array(rows);
  const cells: unknown[] = [undefined, undefined, undefined];
  for (let r = 0; r < rows; r++) {
    const line: CellResult[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      let missing: string | undefined;
      for (let i = 0; i < params.length; i++) {
        cells[i] = params[i].whole ? args[i] : cellAt(args[i], r, c);
        if (cells[i] === OUTSIDE) missing ??= params[i].name;
      }
      line[c] =
        missing === undefined
          ? evaluate(cells[0], cells[1], cells[2])
          : excelError('#N/A', `rentang ${missing} lebih kecil dari rentang argumen lain`);
    }
    result[r] = line;
  }
  return result;
}
