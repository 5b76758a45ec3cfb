/**
 * Formula expressions: each gives both the native Excel formula text a generated sheet writes and
 * the value that formula computes (cached in the file, shown in the pane's preview), so the two
 * cannot drift apart. Coercion and errors follow Excel, written once here (test/sheetgen checks
 * them against HyperFormula): a blank cell is 0 in arithmetic and "" in a comparison, an error
 * flows on, text joins show numbers with the Indonesian decimal comma.
 */
import type { TargetReading } from '../workbook/cells';
import { toA1, type CellRef } from '../workbook/model';
import { sheetReference } from './sheet-spec';

/** A number, '' for an empty result, text, or an Excel error such as `#DIV/0!`. */
export type Result = number | string;

/** What a formula works with: a Result, TRUE/FALSE of a condition, or null for a blank cell. */
type Scalar = Result | boolean | null;

const ERRORS = new Set(['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!']);

function isError(value: unknown): boolean {
  return typeof value === 'string' && ERRORS.has(value);
}

/** How tightly a formula text binds, for the parentheses it needs as an operand. */
const Precedence = { Compare: 1, Concat: 2, Add: 3, Multiply: 4, Atom: 9 } as const;
type Precedence = (typeof Precedence)[keyof typeof Precedence];

export class Expr {
  private evaluated?: { scalar: Scalar };

  constructor(
    private readonly text: string,
    readonly precedence: Precedence,
    private readonly evaluate: () => Scalar,
    /** The cells of a range, which SUM, COUNT and AVERAGE read one by one. */
    readonly cells?: readonly Expr[],
  ) {}

  /** The formula text, without the leading `=`. */
  formula(): string {
    return this.text;
  }

  /** What the formula gives (a condition's TRUE/FALSE as Excel shows it). */
  value(): Result {
    const scalar = this.scalar();
    if (scalar === null) return '';
    if (typeof scalar === 'boolean') return scalar ? 'TRUE' : 'FALSE';
    return scalar;
  }

  /** Evaluated once: a sheet's cells are referred to by many formulas. */
  scalar(): Scalar {
    this.evaluated ??= { scalar: this.evaluate() };
    return this.evaluated.scalar;
  }
}

/** The values of named expressions (a row's computed cells), for a preview. */
export function valuesOf<K extends string>(cells: Record<K, Expr>): Record<K, Result> {
  const entries = Object.entries(cells) as [K, Expr][];
  return Object.fromEntries(entries.map(([key, expr]) => [key, expr.value()])) as Record<K, Result>;
}

// Leaves.

export function num(value: number): Expr {
  return new Expr(String(value), Precedence.Atom, () => value);
}

/** An Excel string literal. */
export function text(value: string): Expr {
  return new Expr(`"${value.replace(/"/g, '""')}"`, Precedence.Atom, () => value);
}

/** `""`: an empty result. */
export const EMPTY = text('');

/** Nothing: what a blank cell holds. */
export const BLANK = new Expr('', Precedence.Atom, () => null);

/** A reference (`E6`, `'PK'!E5`) to a cell whose content is `target`. */
export function reference(address: string, target: Expr): Expr {
  return new Expr(address, Precedence.Atom, () => target.scalar());
}

/**
 * A cell of another sheet of the workbook as its reading takes it (`'PK'!E5`, `'PK'!E5*100`,
 * `NUMBERVALUE('PK'!E5,",",".")`), so a changed cell flows through; `value` is what the plan read
 * there, '' when it could not. Text such as `95,23` is read with NUMBERVALUE and its separators
 * given, which does not depend on the computer's regional settings (VALUE would).
 */
export function linked(ref: CellRef, reading: TargetReading, value: number | null): Expr {
  const cell = sheetReference(ref.sheet, toA1(ref.row, ref.col));
  const read =
    reading === 'text' || reading === 'text-percent' ? `NUMBERVALUE(${cell},",",".")` : cell;
  const percent = reading === 'percent-format' || reading === 'text-percent';
  return new Expr(
    percent ? `${read}*100` : read,
    percent ? Precedence.Multiply : Precedence.Atom,
    () => value ?? '',
  );
}

/** `E6:E20`: its cells in order, blanks included. */
export function range(first: string, last: string, cells: readonly Expr[]): Expr {
  return new Expr(`${first}:${last}`, Precedence.Atom, () => '#VALUE!', cells);
}

/** The operand in parentheses, as written, whatever it binds. */
export function group(inner: Expr): Expr {
  return new Expr(`(${inner.formula()})`, Precedence.Atom, () => inner.scalar());
}

// Coercion.

function toNumber(value: Scalar): number | string {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || isError(value)) return value;
  const parsed = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : '#VALUE!';
}

/** Excel's text for a number joined into a string (`81,25`): the Indonesian decimal comma. */
export function numberText(value: number): string {
  return String(value).replace('.', ',');
}

function toText(value: Scalar): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'number' ? numberText(value) : value;
}

function toBoolean(value: Scalar): boolean | string {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isError(value)) return value;
  const upper = value.toUpperCase();
  return upper === 'TRUE' || (upper === 'FALSE' ? false : '#VALUE!');
}

/** The first error among the values, if any: Excel passes it on. */
function firstError(values: readonly Scalar[]): string | undefined {
  return values.find(isError) as string | undefined;
}

// Operators.

function operand(expr: Expr, binds: Precedence, right: boolean): string {
  const tight = right ? expr.precedence > binds : expr.precedence >= binds;
  return tight ? expr.formula() : `(${expr.formula()})`;
}

function binary(
  left: Expr,
  symbol: string,
  right: Expr,
  binds: Precedence,
  compute: (a: Scalar, b: Scalar) => Scalar,
): Expr {
  const formula = `${operand(left, binds, false)}${symbol}${operand(right, binds, true)}`;
  return new Expr(formula, binds, () => compute(left.scalar(), right.scalar()));
}

function arithmetic(compute: (a: number, b: number) => number | string) {
  return (a: Scalar, b: Scalar): Scalar => {
    const [x, y] = [toNumber(a), toNumber(b)];
    if (typeof x === 'string') return x;
    if (typeof y === 'string') return y;
    return compute(x, y);
  };
}

export const add = (a: Expr, b: Expr) =>
  binary(
    a,
    '+',
    b,
    Precedence.Add,
    arithmetic((x, y) => x + y),
  );
export const sub = (a: Expr, b: Expr) =>
  binary(
    a,
    '-',
    b,
    Precedence.Add,
    arithmetic((x, y) => x - y),
  );
export const mul = (a: Expr, b: Expr) =>
  binary(
    a,
    '*',
    b,
    Precedence.Multiply,
    arithmetic((x, y) => x * y),
  );
export const div = (a: Expr, b: Expr) =>
  binary(
    a,
    '/',
    b,
    Precedence.Multiply,
    arithmetic((x, y) => (y === 0 ? '#DIV/0!' : x / y)),
  );

/** `a&b&…`: the parts joined as text. */
export function concat(...parts: Expr[]): Expr {
  return parts.reduce((joined, part) =>
    binary(joined, '&', part, Precedence.Concat, (a, b) => {
      const error = firstError([a, b]);
      return error ?? toText(a) + toText(b);
    }),
  );
}

/**
 * Excel's order of two values: a blank is "" beside text and 0 beside a number; numbers come
 * before text, text before TRUE/FALSE; text compares ignoring case.
 */
function order(a: Scalar, b: Scalar): number | string {
  const error = firstError([a, b]);
  if (error !== undefined) return error;
  const blankAs = (other: Scalar) =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const [x, y] = [a ?? blankAs(b), b ?? blankAs(a)];
  const rank = (v: Result | boolean) => ['number', 'string', 'boolean'].indexOf(typeof v);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') return x.toLowerCase().localeCompare((y as string).toLowerCase());
  return Number(x) - Number(y);
}

function comparison(symbol: string, holds: (order: number) => boolean) {
  return (a: Expr, b: Expr) =>
    binary(a, symbol, b, Precedence.Compare, (x, y) => {
      const sign = order(x, y);
      return typeof sign === 'string' ? sign : holds(sign);
    });
}

export const eq = comparison('=', (sign) => sign === 0);
export const gt = comparison('>', (sign) => sign > 0);
export const gte = comparison('>=', (sign) => sign >= 0);

// Functions.

function call(name: string, args: readonly Expr[], compute: () => Scalar): Expr {
  return new Expr(
    `${name}(${args.map((arg) => arg.formula()).join(',')})`,
    Precedence.Atom,
    compute,
  );
}

/** The values a function reads from its arguments, a range's cells one by one. */
function spread(args: readonly Expr[]): Scalar[] {
  return args.flatMap((arg) => (arg.cells ?? [arg]).map((cell) => cell.scalar()));
}

function numbersOf(args: readonly Expr[]): number[] | string {
  const values = spread(args);
  return firstError(values) ?? values.filter((value): value is number => typeof value === 'number');
}

/** A blank reference given back by IF is 0, as in Excel. */
function given(expr: Expr): Scalar {
  return expr.scalar() ?? 0;
}

export function iff(condition: Expr, then: Expr, otherwise: Expr): Expr {
  return call('IF', [condition, then, otherwise], () => {
    const holds = toBoolean(condition.scalar());
    if (typeof holds === 'string') return holds;
    return holds ? given(then) : given(otherwise);
  });
}

export function or(...conditions: Expr[]): Expr {
  return call('OR', conditions, () => {
    const values = conditions.map((condition) => toBoolean(condition.scalar()));
    return firstError(values) ?? values.some(Boolean);
  });
}

export function not(condition: Expr): Expr {
  return call('NOT', [condition], () => {
    const holds = toBoolean(condition.scalar());
    return typeof holds === 'string' ? holds : !holds;
  });
}

export function isNumber(expr: Expr): Expr {
  return call('ISNUMBER', [expr], () => typeof expr.scalar() === 'number');
}

/** How many of the cells hold a number (text, blanks and errors are not counted). */
export function count(...args: Expr[]): Expr {
  return call(
    'COUNT',
    args,
    () => spread(args).filter((value) => typeof value === 'number').length,
  );
}

/** Text and blanks are skipped, an error passes on. */
export function sum(...args: Expr[]): Expr {
  return call('SUM', args, () => {
    const numbers = numbersOf(args);
    return typeof numbers === 'string' ? numbers : numbers.reduce((total, n) => total + n, 0);
  });
}

export function average(...args: Expr[]): Expr {
  return call('AVERAGE', args, () => {
    const numbers = numbersOf(args);
    if (typeof numbers === 'string') return numbers;
    if (numbers.length === 0) return '#DIV/0!';
    return numbers.reduce((total, n) => total + n, 0) / numbers.length;
  });
}

export function max(...args: Expr[]): Expr {
  return call('MAX', args, () => {
    const numbers = numbersOf(args);
    if (typeof numbers === 'string') return numbers;
    return numbers.length === 0 ? 0 : Math.max(...numbers);
  });
}

/** Half away from zero, as Excel rounds. */
export function round(expr: Expr, digits: number): Expr {
  return call('ROUND', [expr, num(digits)], () => {
    const value = toNumber(expr.scalar());
    if (typeof value === 'string') return value;
    const factor = 10 ** digits;
    return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  });
}

export const lt = comparison('<', (sign) => sign < 0);

/** IFERROR: the fallback where the value is an error (a group without answers). */
export function ifError(expr: Expr, fallback: Expr): Expr {
  return call('IFERROR', [expr, fallback], () =>
    isError(expr.scalar()) ? given(fallback) : given(expr),
  );
}

/** How many cells a range has (ROWS of one column). */
export function rows(cells: Expr): Expr {
  return call('ROWS', [cells], () => (cells.cells ?? [cells]).length);
}

/**
 * A COUNTIF / AVERAGEIF / MATCH criterion that is a plain value: text equal ignoring case, a
 * number equal. Callers never pass text Excel would read as a pattern (`*`, `?`, `~`, `<`, `>`,
 * `=`): isPlainCriterion tells them.
 */
function matches(cell: Scalar, criterion: Scalar): boolean {
  if (typeof criterion === 'number') return cell === criterion;
  if (typeof criterion !== 'string' || typeof cell !== 'string') return false;
  return cell.toLowerCase() === criterion.toLowerCase();
}

/** Text COUNTIF and AVERAGEIF take as the very value, not as a pattern or a comparison. */
export function isPlainCriterion(value: string): boolean {
  return value !== '' && !/[*?~]|^[<>=]/.test(value);
}

const cellsOf = (expr: Expr): Scalar[] => (expr.cells ?? [expr]).map((cell) => cell.scalar());

export function countIf(cells: Expr, criterion: Expr): Expr {
  return call('COUNTIF', [cells, criterion], () => {
    const wanted = criterion.scalar();
    return cellsOf(cells).filter((cell) => matches(cell, wanted)).length;
  });
}

/** The mean of the numbers in `averaged` on the rows where `cells` matches; #DIV/0! when none. */
export function averageIf(cells: Expr, criterion: Expr, averaged: Expr): Expr {
  return call('AVERAGEIF', [cells, criterion, averaged], () => {
    const wanted = criterion.scalar();
    const values = cellsOf(averaged);
    const numbers = cellsOf(cells).flatMap((cell, i) => {
      const value = values[i];
      return matches(cell, wanted) && typeof value === 'number' ? [value] : [];
    });
    if (numbers.length === 0) return '#DIV/0!';
    return numbers.reduce((total, n) => total + n, 0) / numbers.length;
  });
}

/**
 * `COUNTIF(cells,"<"&value)`: how many numbers are below the value (HyperFormula and LibreOffice
 * lack no part of it, unlike RANK); with a COUNTIF of the equal ones above, a rank.
 */
export function countBelow(cells: Expr, value: Expr): Expr {
  const criterion = concat(text('<'), value);
  return call('COUNTIF', [cells, criterion], () => {
    const x = value.scalar();
    if (isError(x)) return x;
    if (typeof x !== 'number') return 0;
    return cellsOf(cells).filter((cell) => typeof cell === 'number' && cell < x).length;
  });
}

/** MATCH(value, cells, 0): the position of the first cell equal to it, #N/A when none is. */
export function matchExact(value: Expr, cells: Expr): Expr {
  return call('MATCH', [value, cells, num(0)], () => {
    const wanted = value.scalar();
    if (isError(wanted)) return wanted;
    const at = cellsOf(cells).findIndex((cell) => matches(cell, wanted));
    return at < 0 ? '#N/A' : at + 1;
  });
}

/** INDEX(cells, n) of one column: the n-th cell's value (a blank gives 0, as in Excel). */
export function index(cells: Expr, position: Expr): Expr {
  return call('INDEX', [cells, position], () => {
    const n = position.scalar();
    if (isError(n)) return n;
    const list = cells.cells ?? [cells];
    if (typeof n !== 'number' || n < 1 || n > list.length) return '#REF!';
    return given(list[Math.floor(n) - 1]);
  });
}
