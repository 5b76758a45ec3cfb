/**
 * Arithmetic as staff write it in a penghitungan cell: `(81,25+89,51+83,84+82,14)/4 = 336,6/4 =
 * 84,25`, `40 / 42 x 100 % = 95,23`, `(12+12+12) / (12 x 3) x 100 %`. Numbers in Indonesian
 * notation; `x`, `×`, `*` multiply; `/`, `:`, `÷` divide; `%` is a unit mark and changes nothing.
 * The validator reads strictly (a step holding words, `Nilai IKM (Tw1 + Tw2)`, is a label, not
 * arithmetic); the evaluasi planner reads leniently, skipping labels such as `Dokumen`.
 */
import { readAngka } from './angka';

export type Operator = '+' | '-' | '*' | '/';

export type Expr =
  | { type: 'number'; value: number; decimals: number; start: number; end: number }
  | { type: 'group'; inner: Expr; start: number; end: number }
  | { type: 'negate'; operand: Expr; start: number; end: number }
  | { type: 'binary'; op: Operator; left: Expr; right: Expr; start: number; end: number };

export interface Step {
  /** The step's text, trimmed. */
  text: string;
  /** Undefined when the step is not arithmetic. Positions are within `text`. */
  expr?: Expr;
}

export interface ReadOptions {
  /**
   * Read what arithmetic there is: words and stray marks (`Dokumen`, `Tw1`) are skipped and
   * numbers read only by guessing are taken. Strict reading refuses the step instead.
   */
  lenient?: boolean;
}

type Token =
  | { kind: 'number'; value: number; decimals: number; start: number; end: number }
  | { kind: 'op'; op: string; start: number; end: number };

/** The text split at `=`, each step parsed. */
export function parseSteps(text: string, options: ReadOptions = {}): Step[] {
  return text.split('=').map((part) => {
    const trimmed = part.replace(/\s+/g, ' ').trim();
    return { text: trimmed, expr: parseExpression(trimmed, options) };
  });
}

/** Recursive descent over + - × / and parentheses; undefined when the text is not one expression. */
export function parseExpression(text: string, options: ReadOptions = {}): Expr | undefined {
  const read = tokenize(text, options.lenient ?? false);
  if (!read || read.length === 0) return undefined;
  const tokens: Token[] = read;
  let position = 0;
  const isOp = (token: Token | undefined, ops: string): token is Token & { kind: 'op' } =>
    token?.kind === 'op' && ops.includes(token.op);

  const chain = (next: () => Expr | undefined, ops: string): Expr | undefined => {
    let left = next();
    while (left && isOp(tokens[position], ops)) {
      const op = (tokens[position++] as { op: Operator }).op;
      const right = next();
      if (!right) return undefined;
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  };
  const expression = (): Expr | undefined => chain(term, '+-');
  const term = (): Expr | undefined => chain(factor, '*/');

  function factor(): Expr | undefined {
    const token = tokens[position++];
    if (!token) return undefined;
    if (token.kind === 'number') {
      const { value, decimals, start, end } = token;
      return { type: 'number', value, decimals, start, end };
    }
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
  '[': '(',
  ')': ')',
  ']': ')',
};

/**
 * A number, an `x` not starting a word (`x 100`, `x100`), a word (`Dokumen`, `Tw1`) or one mark.
 * Undefined when a number cannot be read, or, reading strictly, when anything is not arithmetic.
 */
function tokenize(text: string, lenient: boolean): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /(\d[\d.,]*)|([xX](?!\p{L}))|(\p{L}[\p{L}\d]*)|(\S)/gu;
  for (const match of text.matchAll(pattern)) {
    const [whole, number, , word] = match;
    const start = match.index;
    if (number !== undefined) {
      const written = number.replace(/[.,]+$/, '');
      const reading = readAngka(written);
      if (reading.value === null || (reading.guessed && !lenient)) return undefined;
      const { value, decimals } = reading;
      tokens.push({ kind: 'number', value, decimals, start, end: start + written.length });
      continue;
    }
    const op = word === undefined ? OPERATORS[whole] : undefined;
    if (op !== undefined) tokens.push({ kind: 'op', op, start, end: start + whole.length });
    else if (whole !== '%' && !lenient) return undefined;
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

/** One arithmetic step; shared with the column equations of the validator. */
export function applyOperator(op: Operator, left: number, right: number): number {
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
