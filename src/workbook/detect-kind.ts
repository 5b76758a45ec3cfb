/**
 * Names the table's kind from the roles its columns have, by the kind rules (detect/kinds),
 * recording which rule named it; and reads the ratio of a capaian equation.
 */
import { KIND_RULES } from './detect-rules/kinds';
import type {
  ColumnRole,
  DetectionStep,
  EquationNode,
  TableColumn,
  TableKind,
} from './table-types';

/**
 * The kind of table these columns make, or undefined when it is none we check; the deciding
 * rule is recorded in `why`. `context` is the title and header text.
 */
export function tableKind(
  columns: readonly TableColumn[],
  context: string,
  why: DetectionStep[],
): TableKind | undefined {
  const counts = new Map<ColumnRole, number>();
  for (const column of columns) counts.set(column.role, (counts.get(column.role) ?? 0) + 1);
  const count = (role: ColumnRole) => counts.get(role) ?? 0;
  const summary = {
    columns,
    context,
    count,
    has: (...roles: ColumnRole[]) => roles.some((role) => count(role) > 0),
  };
  const rule = KIND_RULES.find((candidate) => candidate.apply(summary));
  if (rule) why.push({ target: 'table', rule: rule.id, detail: rule.kind });
  return rule?.kind;
}

/** `a / b`, `a / b × 100` or `(a / b) × 100` → [a, b]. */
export function ratioOperands(node: EquationNode): [number, number] | undefined {
  if (node.type === 'binary' && node.op === '*' && node.right.type === 'number') {
    return ratioOperands(node.left);
  }
  if (
    node.type === 'binary' &&
    node.op === '/' &&
    node.left.type === 'column' &&
    node.right.type === 'column'
  ) {
    return [node.left.col, node.right.col];
  }
  return undefined;
}
