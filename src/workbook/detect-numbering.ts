/**
 * The row of column numbers under a header — `(1) (2) (3)`, `1 2 … 7=5-6` — and the column
 * equations it states (`13 = 9 + 10 + 11 + 12`, `15 = 14 / 6 x 100`).
 */
import type { Cell } from './model';
import type { EquationNode } from './table-types';
import { isFilled } from './detect-text';

export interface NumberingToken {
  number: number;
  /** Right-hand side as written, for an equation cell (`5-6` of `7=5-6`). */
  equation?: string;
  parenthesized: boolean;
}

const BARE = /^\(?\s*(\d{1,3})\s*\)?$/;
const EQUATION = /^\(?\s*(\d{1,3})\s*\)?\s*=\s*([\d\s()+\-x×*/:.,]+)$/i;

/** A numbering-row cell: a column number, maybe with its equation; undefined otherwise. */
export function numberingToken(value: Cell['value']): NumberingToken | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= 999
      ? { number: value, parenthesized: false }
      : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text.length > 80) return undefined;
  const bare = BARE.exec(text);
  if (bare) return { number: Number(bare[1]), parenthesized: text.startsWith('(') };
  const equation = EQUATION.exec(text);
  if (equation && /\d/.test(equation[2])) {
    return { number: Number(equation[1]), equation: equation[2].trim(), parenthesized: false };
  }
  return undefined;
}

/**
 * True when the values (a row's filled cells, left to right) form a numbering row: at least
 * two tokens and nothing else; bare numbers must rise left to right, so a data row of small
 * numbers is not taken for one.
 */
export function isNumberingRow(values: readonly Cell['value'][]): boolean {
  const filled = values.filter(isFilled);
  if (filled.length < 2) return false;
  const tokens: NumberingToken[] = [];
  for (const value of filled) {
    const token = numberingToken(value);
    if (!token) return false;
    tokens.push(token);
  }
  if (tokens.some((token) => token.parenthesized || token.equation !== undefined)) return true;
  return tokens.every((token, i) => i === 0 || token.number > tokens[i - 1].number);
}

/** An equation's right-hand side over column numbers (numbers not naming a column are constants). */
export type NumberExpression =
  | { type: 'ref'; number: number }
  | { type: 'number'; value: number }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: NumberExpression; right: NumberExpression };

/**
 * Parses `9 + 10 + 11 + 12` or `14 / 6 x 100`: `x`/`×`/`*` multiply, `/`/`:` divide, usual
 * precedence, parentheses. `isColumn` tells which numbers name columns. Undefined if malformed.
 */
export function parseEquation(
  text: string,
  isColumn: (n: number) => boolean,
): NumberExpression | undefined {
  const tokens = text.toLowerCase().match(/\d+(?:[.,]\d+)?|[+\-x×*/:()]/g) ?? [];
  if (tokens.join('') !== text.toLowerCase().replace(/\s+/g, '')) return undefined;
  let at = 0;
  const peek = () => tokens[at];
  const operand = (): NumberExpression | undefined => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = sum();
      return tokens[at++] === ')' ? inner : undefined;
    }
    if (token === undefined || !/^\d/.test(token)) return undefined;
    const value = Number(token.replace(',', '.'));
    return Number.isInteger(value) && isColumn(value)
      ? { type: 'ref', number: value }
      : { type: 'number', value };
  };
  const product = (): NumberExpression | undefined => {
    let left = operand();
    while (left && ['x', '×', '*', '/', ':'].includes(peek() ?? '')) {
      const op = ['/', ':'].includes(tokens[at++]) ? '/' : '*';
      const right = operand();
      left = right ? { type: 'binary', op, left, right } : undefined;
    }
    return left;
  };
  const sum = (): NumberExpression | undefined => {
    let left = product();
    while (left && (peek() === '+' || peek() === '-')) {
      const op = tokens[at++] as '+' | '-';
      const right = product();
      left = right ? { type: 'binary', op, left, right } : undefined;
    }
    return left;
  };
  const expression = sum();
  return expression && at === tokens.length ? expression : undefined;
}

/** Replaces column numbers by sheet columns; undefined when a number has no column. */
export function toSheetColumns(
  expression: NumberExpression,
  columnOf: (n: number) => number | undefined,
): EquationNode | undefined {
  if (expression.type === 'number') return expression;
  if (expression.type === 'ref') {
    const col = columnOf(expression.number);
    return col === undefined ? undefined : { type: 'column', col };
  }
  const left = toSheetColumns(expression.left, columnOf);
  const right = toSheetColumns(expression.right, columnOf);
  return left && right ? { type: 'binary', op: expression.op, left, right } : undefined;
}
