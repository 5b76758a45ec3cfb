/**
 * The row of column numbers under a header — `(1) (2) (3)`, `1 2 … 7=5-6` — and the column
 * equations it states (`13 = 9 + 10 + 11 + 12`, `15 = 14 / 6 x 100`).
 */
import type { Cell } from './model';
import type { EquationNode } from './table-types';
import { isFilled } from './detect-text';

export interface NumberingToken {
  number: number;
  /** Right-hand side as written, for an equation cell (`5-6` of `7=5-6`), letters as numbers. */
  equation?: string;
  parenthesized: boolean;
  /** Written as a letter (`a`, `(c)`, `k = ( j / i ) * 100`): a is column 1, b column 2 … */
  letter?: boolean;
}

const BARE = /^\(?\s*(\d{1,3})\s*\)?$/;
const EQUATION = /^\(?\s*(\d{1,3})\s*\)?\s*=\s*([\d\s()+\-x×*/:.,%]+)$/i;
const LETTER = /^\(?\s*([a-z])\s*\)?$/i;
const LETTER_EQUATION = /^\(?\s*([a-z])\s*\)?\s*=\s*([a-z\d\s()+\-×*/:.,%]+)$/i;

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
  const letter = LETTER.exec(text);
  if (letter) {
    return { number: letterNumber(letter[1]), parenthesized: text.startsWith('('), letter: true };
  }
  const letterEquation = LETTER_EQUATION.exec(text);
  const rightSide = letterEquation && lettersAsNumbers(letterEquation[2]);
  if (letterEquation && rightSide) {
    return {
      number: letterNumber(letterEquation[1]),
      equation: rightSide,
      parenthesized: false,
      letter: true,
    };
  }
  return undefined;
}

function letterNumber(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

/**
 * `( j / i ) * 100` → `( 10 / 9 ) * 100`. An `x` after an operand multiplies (`j x i`); elsewhere
 * it is column x. Undefined when no letter names a column (nothing to check) or a word is found.
 */
function lettersAsNumbers(text: string): string | undefined {
  const tokens = text.toLowerCase().match(/[a-z]+|\d+(?:[.,]\d+)?|[+\-×*/:()%]/g) ?? [];
  if (tokens.join('') !== text.toLowerCase().replace(/\s+/g, '')) return undefined;
  let letters = 0;
  const out: string[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    const afterOperand = previous !== undefined && /[\d)]$/.test(previous);
    if (/^[a-z]$/.test(token) && !(token === 'x' && afterOperand)) {
      letters++;
      out.push(String(letterNumber(token)));
    } else if (/^[a-z]/.test(token) && token !== 'x') return undefined;
    else out.push(token);
  }
  return letters > 0 ? out.join(' ') : undefined;
}

/** Bare numbers with one slip in their order (`… 10 11 10`): at least this many of them. */
const MIN_TOKENS_WITH_A_REPEAT = 5;

/**
 * True when the values (a row's filled cells, left to right) form a numbering row: at least
 * two tokens and nothing else, or a long run with an equation beside a few words. A row with a token in parentheses or an equation is one whatever
 * its mix of numbers and letters; otherwise all are numbers or all letters, and they must rise,
 * so a data row of small numbers is not taken for one — except one repeat or step back in a long
 * run (`1 2 … 10 11 10`, a number written again over a merged column).
 */
export function isNumberingRow(values: readonly Cell['value'][]): boolean {
  const filled = values.filter(isFilled);
  if (filled.length < 2) return false;
  const tokens: NumberingToken[] = [];
  let words = 0;
  for (const value of filled) {
    const token = numberingToken(value);
    if (token) tokens.push(token);
    else if (typeof value === 'string' && !/\d/.test(value)) words++;
    else return false;
  }
  const stated = tokens.some((token) => token.parenthesized || token.equation !== undefined);
  // Words beside a long run with an equation label columns the numbering leaves out (`Triwulan I`
  // under an Evidence column added to the form); no data row holds `11 = 7+8+9+10`.
  if (words > 0) {
    return (
      words < tokens.length &&
      tokens.length >= MIN_TOKENS_WITH_A_REPEAT &&
      tokens.some((token) => token.equation !== undefined)
    );
  }
  if (stated) return true;
  const letters = tokens.filter((token) => token.letter).length;
  if (letters > 0 && letters < tokens.length) return false;
  const backSteps = tokens.filter((token, i) => i > 0 && token.number <= tokens[i - 1].number);
  return (
    backSteps.length === 0 ||
    (backSteps.length === 1 && letters === 0 && tokens.length >= MIN_TOKENS_WITH_A_REPEAT)
  );
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
  written: string,
  isColumn: (n: number) => boolean,
): NumberExpression | undefined {
  // `x100%` says the result is a percentage; cells formatted as percent are read times 100
  // (0,38 shown 38 %), so it multiplies by 100 like `x 100`.
  const text = written.replace(/(\d)\s*%/g, '$1');
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
