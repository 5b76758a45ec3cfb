/**
 * Column equations written with sheet column letters, for messages (`AB = P + S + V + Y`), and
 * read for their shape (a sum of columns, the columns they read).
 */
import { toA1 } from './model';
import type { ColumnEquation, EquationNode } from './table-types';

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;
const SYMBOL = { '+': '+', '-': '−', '*': '×', '/': '/' } as const;

/** Column letters of a sheet column: 28 → `AB`. */
export function columnLetters(col: number): string {
  return toA1(1, col).slice(0, -1);
}

/**
 * An expression over sheet columns as text, with parentheses only where needed. `operand` names
 * a column (its letters by default; the validator passes the row's values).
 */
export function expressionText(
  node: EquationNode,
  operand: (col: number) => string = columnLetters,
): string {
  if (node.type === 'column') return operand(node.col);
  if (node.type === 'number') return String(node.value).replace('.', ',');
  const side = (child: EquationNode, right: boolean) => {
    const text = expressionText(child, operand);
    if (child.type !== 'binary') return text;
    const weaker = PRECEDENCE[child.op] < PRECEDENCE[node.op];
    const sameOnRight =
      right && PRECEDENCE[child.op] === PRECEDENCE[node.op] && node.op !== '+' && node.op !== '*';
    return weaker || sameOnRight ? `(${text})` : text;
  };
  return `${side(node.left, false)} ${SYMBOL[node.op]} ${side(node.right, true)}`;
}

/** `AB = P + S + V + Y`. */
export function equationText(equation: ColumnEquation): string {
  return `${columnLetters(equation.resultCol)} = ${expressionText(equation.expression)}`;
}

/** A sum of columns only (`12 = 8+9+10+11`, `14 = 7 + 13`). */
export function isAdditive(node: EquationNode): boolean {
  if (node.type === 'column') return true;
  return (
    node.type === 'binary' && node.op === '+' && isAdditive(node.left) && isAdditive(node.right)
  );
}

/** The columns an expression reads, left to right. */
export function columnsIn(node: EquationNode): number[] {
  if (node.type === 'column') return [node.col];
  if (node.type === 'number') return [];
  return [...columnsIn(node.left), ...columnsIn(node.right)];
}
