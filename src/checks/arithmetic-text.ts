/**
 * Arithmetic as staff write it in a penghitungan cell: `(81,25+89,51+83,84+82,14)/4 = 336,6/4 =
 * 84,25`, `40 / 42 x 100 % = 95,23`. Numbers in Indonesian notation; `x`, `×`, `*` multiply;
 * `/`, `:`, `÷` divide; `%` is a unit mark and changes nothing. A step holding words (`Nilai IKM
 * (Tw1 + Tw2)`) is a label, not arithmetic.
 */
import { readAngka } from '../core/angka';

export type Expr =
  | { type: 'number'; value: number; decimals: number; start: number; end: number }
  | { type: 'group'; inner: Expr; start: number; end: number }
  | { type: 'negate'; operand: Expr; start: number; end: number }
  | {
      type: 'binary';
      op: '+' | '-' | '*' | '/';
      left: Expr;
      right: Expr;
      start: number;
      end: number;
    };

export interface Step {
  /** The step's text, trimmed. */
  text: string;
  /** Undefined when the step is not arithmetic. */
  expr?: Expr;
}

type Token =
  | { kind: 'number'; value: number; decimals: number; start: number; end: number }
  | { kind: 'op'; op: string; start: number; end: number };

/** The text split at `=`, each step parsed. */
export function parseSteps(text: string): Step[] {
  return text.split('=').map((part) => {
    const trimmed = part.replace(/\s+/g, ' ').trim();
    return { text: trimmed, expr: parseExpression(trimmed) };
  });
}

export function parseExpression(text: string): Expr | undefined {
  const read = tokenize(text);
  if (!read || read.length === 0) return undefined;
  const tokens: Token[] = read;
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (token: Token | undefined, ops: string): token is Token & { kind: 'op' } =>
    token?.kind === 'op' && ops.includes(token.op);

  function expression(): Expr | undefined {
    let left = term();
    while (left && isOp(peek(), '+-')) {
      const op = (tokens[position++] as { op: '+' | '-' }).op;
      const right = term();
      if (!right) return undefined;
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  function term(): Expr | undefined {
    let left = factor();
    while (left && isOp(peek(), '*/')) {
      const op = (tokens[position++] as { op: '*' | '/' }).op;
      const right = factor();
      if (!right) return undefined;
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  function factor(): Expr | undefined {
    const token = tokens[position++];
    if (!token) return undefined;
    if (token.kind === 'number')
      return {
        type: 'number',
        value: token.value,
        decimals: token.decimals,
        start: token.start,
        end: token.end,
      };
    if (token.op === '-') {
      const operand = factor();
      return operand && { type: 'negate', operand, start: token.start, end: operand.end };
    }
    if (token.op !== '(') return undefined;
    const inner = expression();
    const close = tokens[position++];
    if (!inner || !isOp(close, ')')) return undefined;
    return { type: 'group', inner, start: token.start, end: close.end };
  }

  const result = expression();
  return result && position === tokens.length ? result : undefined;
}

const OPERATORS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '–': '-',
  x: '*',
  X: '*',
  '×': '*',
  '*': '*',
  '·': '*',
  '/': '/',
  ':': '/',
  '÷': '/',
  '(': '(',
  ')': ')',
};

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (/\s|%/.test(ch)) {
      i++;
      continue;
    }
    const number = /^\d[\d.,]*/.exec(text.slice(i));
    if (number) {
      const written = number[0].replace(/[.,]+$/, '');
      const reading = readAngka(written);
      if (reading.value === null || reading.guessed) return undefined;
      tokens.push({
        kind: 'number',
        value: reading.value,
        decimals: reading.decimals,
        start: i,
        end: i + written.length,
      });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(text.slice(i));
    const symbol = word ? word[0] : ch;
    const op = OPERATORS[symbol];
    if (op === undefined) return undefined;
    tokens.push({ kind: 'op', op, start: i, end: i + symbol.length });
    i += symbol.length;
  }
  return tokens;
}

export function valueOf(expr: Expr): number {
  switch (expr.type) {
    case 'number':
      return expr.value;
    case 'group':
      return valueOf(expr.inner);
    case 'negate':
      return -valueOf(expr.operand);
    case 'binary':
      return applyOperator(expr.op, valueOf(expr.left), valueOf(expr.right));
  }
}

/** One arithmetic step; shared with the column equations of rumus-kolom. */
export function applyOperator(op: '+' | '-' | '*' | '/', left: number, right: number): number {
  if (op === '+') return left + right;
  if (op === '-') return left - right;
  return op === '*' ? left * right : left / right;
}

/** Most decimals written in any number of the expression: the precision it is stated with. */
export function statedDecimals(expr: Expr): number {
  switch (expr.type) {
    case 'number':
      return expr.decimals;
    case 'group':
      return statedDecimals(expr.inner);
    case 'negate':
      return statedDecimals(expr.operand);
    case 'binary':
      return Math.max(statedDecimals(expr.left), statedDecimals(expr.right));
  }
}

/** The expression without its outer parentheses. */
export function unwrap(expr: Expr): Expr {
  return expr.type === 'group' ? unwrap(expr.inner) : expr;
}
