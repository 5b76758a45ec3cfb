/**
 * Reads the components out of a penghitungan as staff write it: `40 / 42 x 100 %`,
 * `(81,25+89,51+83,84+82,14)/4 = 336,6/4`, `(12+12+12) Dokumen / (12 x 3 Dokumen) x 100 %`.
 * Words are skipped, so labels such as `Dokumen` or `Tw1` do not stop the reading.
 */
import { readAngka } from '../core/angka';

export type Components =
  | { type: 'persentase'; inputs: [number, number] }
  | { type: 'rata-rata'; inputs: [number, number, number, number] }
  | { type: 'nilai'; inputs: [number] };

type Node =
  | { kind: 'number'; value: number }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Node; right: Node };

type Token = { kind: 'number'; value: number } | { kind: 'op'; op: string };

const OPERATORS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  ':': '/',
  '÷': '/',
  '(': '(',
  '[': '(',
  ')': ')',
  ']': ')',
};

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const pattern = /(\d[\d.,]*)|(\p{L}[\p{L}\d]*)|(\S)/gu;
  for (const match of text.matchAll(pattern)) {
    const [, number, word, symbol] = match;
    if (number !== undefined) {
      const value = readAngka(number.replace(/[.,]+$/, '')).value;
      if (value === null) return null;
      tokens.push({ kind: 'number', value });
    } else if (word !== undefined) {
      // `x` between two numbers multiplies; any other word is a label.
      if (word === 'x' || word === 'X') tokens.push({ kind: 'op', op: '*' });
    } else if (symbol !== undefined && OPERATORS[symbol] !== undefined) {
      tokens.push({ kind: 'op', op: OPERATORS[symbol] });
    }
  }
  return tokens;
}

/** Recursive descent over + - * / and parentheses; null when the tokens are not one expression. */
function parse(tokens: Token[]): Node | null {
  let at = 0;
  const isOp = (op: string): boolean => {
    const token = tokens[at];
    return token !== undefined && token.kind === 'op' && token.op === op;
  };
  const factor = (): Node | null => {
    const token = tokens[at];
    if (token === undefined) return null;
    if (token.kind === 'number') {
      at++;
      return { kind: 'number', value: token.value };
    }
    if (token.op !== '(') return null;
    at++;
    const inner = sum();
    if (inner === null || !isOp(')')) return null;
    at++;
    return inner;
  };
  const chain = (next: () => Node | null, ops: readonly ('+' | '-' | '*' | '/')[]): Node | null => {
    let left = next();
    while (left !== null) {
      const op = ops.find(isOp);
      if (op === undefined) break;
      at++;
      const right = next();
      left = right === null ? null : { kind: 'binary', op, left, right };
    }
    return left;
  };
  const product = (): Node | null => chain(factor, ['*', '/']);
  const sum = (): Node | null => chain(product, ['+', '-']);
  const tree = sum();
  return tree !== null && at === tokens.length ? tree : null;
}

function evaluate(node: Node): number {
  if (node.kind === 'number') return node.value;
  const left = evaluate(node.left);
  const right = evaluate(node.right);
  switch (node.op) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return left / right;
  }
}

function addends(node: Node): Node[] {
  return node.kind === 'binary' && node.op === '+'
    ? [...addends(node.left), ...addends(node.right)]
    : [node];
}

function classify(node: Node): Components | null {
  if (node.kind === 'number') return { type: 'nilai', inputs: [node.value] };
  const { op, left, right } = node;
  // a / b × 100: the numerator and denominator may be written out, `(12+12+12) / (12 x 3)`.
  if (op === '*' && right.kind === 'number' && right.value === 100) {
    if (left.kind === 'binary' && left.op === '/') {
      const inputs: [number, number] = [evaluate(left.left), evaluate(left.right)];
      return inputs.every(Number.isFinite) ? { type: 'persentase', inputs } : null;
    }
    return null;
  }
  // (a + b + c + d) / 4: the mean of four quarters.
  if (op === '/' && right.kind === 'number' && right.value === 4) {
    const terms = addends(left);
    if (terms.length !== 4) return null;
    const [a, b, c, d] = terms.map(evaluate);
    return [a, b, c, d].every(Number.isFinite) ? { type: 'rata-rata', inputs: [a, b, c, d] } : null;
  }
  return null;
}

/**
 * The components of the first `=` step that shows them. A lone number counts only when it is the
 * whole text (the last step of `a / b = 95,23` is a result, not a component).
 */
export function readPenghitungan(text: string): Components | null {
  const steps = text.split('=');
  for (const step of steps) {
    const tokens = tokenize(step);
    const tree = tokens === null || tokens.length === 0 ? null : parse(tokens);
    if (tree === null) continue;
    const components = classify(tree);
    if (components !== null && (components.type !== 'nilai' || steps.length === 1))
      return components;
  }
  return null;
}
