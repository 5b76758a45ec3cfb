/**
 * The hierarchy of a budget table (DOMAIN section 6): Program (3-part code such as 7.01.01, or
 * text starting PROGRAM) → Kegiatan (5-part code) → Sub Kegiatan (6-part code). Rows without a
 * code or a PROGRAM label are grouped by their amounts: a parent is a row whose amount equals the
 * sum of the consecutive rows under it, up to the next row of its own level. JUMLAH / TOTAL rows
 * sum the top-level rows above them.
 */
import type { Sheet } from '../workbook/model';
import type { DetectedTable, TableColumn } from '../workbook/table-types';
import type { CheckContext } from './context';
import type { CellNumber } from './reading';
import { columnOf } from './tables';

export interface BudgetRow {
  row: number;
  label: string;
  /** Number of code parts (3 program, 5 kegiatan, 6 sub kegiatan); undefined when unknown. */
  depth?: number;
  total: boolean;
  /** One reading per amount column. */
  amounts: CellNumber[];
}

export interface BudgetNode {
  row: BudgetRow;
  children: BudgetNode[];
}

export interface BudgetTable {
  table: DetectedTable;
  sheet: Sheet;
  amountColumns: TableColumn[];
  /** Top-level nodes, and each total row with the top-level nodes it sums. */
  roots: BudgetNode[];
  totals: { row: BudgetRow; parts: BudgetNode[] }[];
}

const PROGRAM_DEPTH = 3;
/** A code at the start of a label needs two parts (`7.01.01`): `1.` alone is list numbering. */
const CODE_IN_LABEL = /^(\d+(?:\.\d+)+)(?=\s|$)/;
const CODE_IN_CELL = /^(\d+(?:\.\d+)*)(?=\s|$)/;
/** Codes split over several Kode columns nest column by column: each column outranks any part count. */
const CODE_COLUMN_STEP = 100;
const NUMBERING = /^\s*(?:\d+|[a-z])\s*[.)]\s+/i;

export function budgetTables(context: CheckContext): BudgetTable[] {
  return context.shared(collectBudgetTables);
}

function collectBudgetTables(context: CheckContext): BudgetTable[] {
  const result: BudgetTable[] = [];
  for (const table of context.tables) {
    const amountColumns = table.columns.filter(
      (c) => c.role === 'pagu' || c.role === 'realisasi-anggaran',
    );
    if (amountColumns.length === 0 || table.kind === 'renja') continue;
    const sheet = context.sheet(table.sheet);
    const rows = budgetRows(context, table, sheet, amountColumns);
    const roots: BudgetNode[] = [];
    const totals: BudgetTable['totals'] = [];
    let segment: BudgetRow[] = [];
    for (const row of rows) {
      if (!row.total) {
        segment.push(row);
        continue;
      }
      const parts = buildForest(segment, row);
      roots.push(...parts);
      totals.push({ row, parts });
      segment = [];
    }
    roots.push(...buildForest(segment));
    result.push({ table, sheet, amountColumns, roots, totals });
  }
  return result;
}

function budgetRows(
  context: CheckContext,
  table: DetectedTable,
  sheet: Sheet,
  amountColumns: TableColumn[],
): BudgetRow[] {
  const labelCol = (
    columnOf(table, 'uraian') ??
    columnOf(table, 'program') ??
    columnOf(table, 'indikator')
  )?.col;
  const codeCols = table.columns.filter((c) => c.role === 'kode').map((c) => c.col);
  const noCol = columnOf(table, 'no')?.col;
  const rows: BudgetRow[] = [];
  for (const row of table.dataRows) {
    const amounts = amountColumns.map((c) => context.amount(sheet, row, c.col));
    // Rows with no amount at all carry only more indicators of the row above.
    if (amounts.every((a) => a.empty)) continue;
    const label = labelCol === undefined ? '' : context.text(sheet, row, labelCol);
    const codes = codeCols.map((col) => context.text(sheet, row, col));
    const no = noCol === undefined ? '' : context.text(sheet, row, noCol);
    rows.push({
      row,
      label,
      amounts,
      total: /^(jumlah|total)\b/i.test(label || no),
      depth: depthOf(codes, label),
    });
  }
  return rows;
}

/**
 * Depth from the code: its number of parts, in the last Kode column that holds one (a workbook
 * may split urusan · organisasi · program/kegiatan/sub kegiatan · rekening over four columns);
 * else from a code or the word PROGRAM / KEGIATAN / SUB KEGIATAN at the start of the label.
 */
function depthOf(codes: string[], label: string): number | undefined {
  for (let i = codes.length - 1; i >= 0; i--) {
    const coded = CODE_IN_CELL.exec(codes[i]);
    if (coded) return i * CODE_COLUMN_STEP + coded[1].split('.').length;
  }
  const coded = CODE_IN_LABEL.exec(label);
  if (coded) return coded[1].split('.').length;
  const text = label.replace(NUMBERING, '');
  if (/^program\b/i.test(text)) return PROGRAM_DEPTH;
  if (/^sub\s*kegiatan\b/i.test(text)) return PROGRAM_DEPTH + 3;
  if (/^kegiatan\b/i.test(text)) return PROGRAM_DEPTH + 2;
  return undefined;
}

/**
 * Rows of known depth nest by depth. Each run of rows of unknown depth is grouped by amounts; the
 * run belongs under the known row above it only if it sums to that row's amounts in some column,
 * otherwise its rows stand beside that row (a program written without the word PROGRAM). At the
 * top, the total row closing the segment judges the grouping.
 */
function buildForest(rows: BudgetRow[], total?: BudgetRow): BudgetNode[] {
  const roots: BudgetNode[] = [];
  const stack: BudgetNode[] = [];
  const holderAt = (depth: number): BudgetNode[] => stack[depth - 1]?.children ?? roots;
  for (let i = 0; i < rows.length;) {
    const current = rows[i];
    if (current.depth === undefined) {
      let end = i;
      while (end < rows.length && rows[end].depth === undefined) end++;
      const parent = stack[stack.length - 1];
      const run = rows.slice(i, end);
      if (parent) {
        const nodes = groupRun(run, parent);
        holderAt(explained(parent, nodes) > 0 ? stack.length : stack.length - 1).push(...nodes);
      } else roots.push(...groupRun(run, total && leaf(total)));
      i = end;
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1].row.depth ?? 0) >= current.depth)
      stack.pop();
    const node: BudgetNode = { row: current, children: [] };
    holderAt(stack.length).push(node);
    stack.push(node);
    i++;
  }
  return roots;
}

/**
 * Groups rows of unknown level into parents and their parts. Judged against the row they may
 * belong to, the grouping is kept only if it explains that row's amounts at least as well as
 * reading every row as a part.
 */
function groupRun(rows: BudgetRow[], judge: BudgetNode | undefined): BudgetNode[] {
  const grouped: BudgetNode[] = [];
  for (let i = 0; i < rows.length;) {
    const end = groupEnd(rows, i);
    grouped.push({ row: rows[i], children: rows.slice(i + 1, end + 1).map(leaf) });
    i = end + 1;
  }
  if (!judge || grouped.length === rows.length) return grouped;
  const flat = rows.map(leaf);
  return explained(judge, flat) > explained(judge, grouped) ? flat : grouped;
}

function leaf(row: BudgetRow): BudgetNode {
  return { row, children: [] };
}

/**
 * The last row of the parts of `rows[start]`, or `start` when it is not a parent. One part must
 * match in every amount column; several parts need to match in one (the others may hold the slip).
 */
function groupEnd(rows: BudgetRow[], start: number): number {
  const head = rows[start].amounts;
  const sums = head.map(() => 0);
  for (let j = start + 1; j < rows.length; j++) {
    rows[j].amounts.forEach((amount, c) => (sums[c] += amount.value ?? 0));
    let stated = 0;
    let matched = 0;
    let passed = 0;
    head.forEach((amount, c) => {
      if (amount.value === null) return;
      stated++;
      if (sameAmount(amount.value, sums[c])) matched++;
      else if (sums[c] > amount.value && amount.value >= 0) passed++;
    });
    if (matched > 0 && (j - start > 1 || matched === stated)) return j;
    if (stated > 0 && passed === stated) break; // the parts already exceed the head in every column
  }
  return start;
}

/** In how many amount columns the parent equals the sum of these nodes. */
function explained(parent: BudgetNode, nodes: BudgetNode[]): number {
  return parent.row.amounts.filter(
    (amount, c) => amount.value !== null && sameAmount(amount.value, sumOf(nodes, c) ?? NaN),
  ).length;
}

/** Sum of the nodes' amounts in column `c` (empty or `-` counts 0); undefined when none holds a number or one is unreadable. */
export function sumOf(nodes: BudgetNode[], c: number): number | undefined {
  let sum = 0;
  let any = false;
  for (const node of nodes) {
    const amount = node.row.amounts[c];
    if (amount.value !== null) {
      sum += amount.value;
      any = true;
    } else if (amount.problem !== undefined || amount.error !== undefined) return undefined;
  }
  return any ? sum : undefined;
}

function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}
