/**
 * The shape of detection's rules, ESLint-rule style: an id (printed by `lkj inspect --why`), one
 * sentence saying what it decides (Bahasa Indonesia, shown to the user), and its logic. Stages
 * pass plain data: header texts → a meaning per column; the head (columns and equations) → roles
 * settled; columns → the table's kind; the assembled table and its cells → roles settled again.
 */
import type { SheetGrid } from '../detect-grid';
import type {
  ColumnEquation,
  ColumnRole,
  DetectedTable,
  DetectionStep,
  TableColumn,
  TableKind,
} from '../table-types';

export interface Rule {
  id: string;
  description: string;
}

/** A column's header parts, top (group) to bottom (leaf), as written and normalised. */
export interface HeaderText {
  parts: readonly string[];
  /** The non-empty normalised parts. */
  normal: readonly string[];
  /** The last normalised part ('' when none). */
  leaf: string;
  /** The normalised parts above the leaf. */
  groups: readonly string[];
}

export interface HeaderMeaning {
  role: ColumnRole;
  /** Quarter label (`I`, `TW 2`) or unit name (`Klakah`). */
  unit?: string;
  /** SKM unsur number (kuesioner order). */
  unsur?: number;
}

/** What a column's header says it is; undefined leaves the column to the next rule. */
export interface HeaderRule extends Rule {
  apply(header: HeaderText): HeaderMeaning | undefined;
}

/** The header with its numbering and unit rows read: roles that need the other columns. */
export interface Head {
  columns: TableColumn[];
  equations: ColumnEquation[];
  why: DetectionStep[];
}

export interface HeadRule extends Rule {
  apply(head: Head): void;
}

/** An assembled table, its `why` always there for the body rules to add to. */
export type TracedTable = DetectedTable & { why: DetectionStep[] };

/** Roles the body's cells settle; true when the table's kind must be decided again. */
export interface BodyRule extends Rule {
  apply(table: TracedTable, grid: SheetGrid): boolean;
}

/** The roles of a table's columns, counted once, for the kind rules. */
export interface ColumnSummary {
  columns: readonly TableColumn[];
  /** Title and header text, where a word such as "Renja" tells a kind. */
  context: string;
  count(role: ColumnRole): number;
  has(...roles: ColumnRole[]): boolean;
}

/** Decides that columns make a table of `kind`; the first rule that holds names it. */
export interface KindRule extends Rule {
  kind: TableKind;
  apply(summary: ColumnSummary): boolean;
}

/** Gives the column its new role and records which rule changed it. */
export function setRole(
  column: TableColumn,
  role: ColumnRole,
  rule: Rule,
  why: DetectionStep[],
): void {
  if (column.role === role) return;
  why.push({ target: column.col, rule: rule.id, detail: `${column.role} → ${role}` });
  column.role = role;
}
