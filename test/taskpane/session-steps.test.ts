/**
 * The pane's session in Excel hands its thread back between bounded slices of a validation: the
 * blocks of a long sheet's rows while detecting, every budget table (and blocks of its rows) while
 * the facts are prepared, the tables of a check written in steps. Counted on a real workbook of
 * seven 1,046-row budget sheets, never timed; and the stepped run finds what the CLI's unpaused
 * run finds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checks, validateWorkbook } from '../../src/checks';
import type { BudgetTable } from '../../src/facts/budget';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { ValidationStep } from '../../src/taskpane/engine-types';
import { WorkbookSession, type Run } from '../../src/taskpane/session';
import { staffModel, type WorkbookModel } from '../../src/workbook/model';

const WORKBOOK = path.resolve(
  __dirname,
  '../../../shared/reference/real-workbooks/lra-dinkes-2026.xlsx',
);
const settings = { toleransi: 0 };

let model: WorkbookModel;
/** What the session reported, in order: a step's kind (a check step with its count), or `pause`. */
let events: string[];
let checked: Awaited<ReturnType<WorkbookSession['validate']>>;

beforeAll(async () => {
  model = await readXlsx(readFileSync(WORKBOOK));
  events = [];
  const run: Run<ValidationStep> = {
    onStep: (step) => events.push(step.kind === 'checking' ? `checking ${step.done}` : step.kind),
    pause: async () => {
      events.push('pause');
    },
  };
  checked = await new WorkbookSession(model).validate(settings, run);
});

/** The pauses between the first event `from` and the first event `to` after it. */
function pausesBetween(from: string, to: string): number {
  const start = events.indexOf(from);
  const end = events.indexOf(to, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const between = events.slice(start + 1, end);
  expect(between.every((event) => event === 'pause')).toBe(true);
  return between.length;
}

/** How often the checks' progress reported `done` checks: once, and again at each step of the next. */
const reports = (done: number) => events.filter((event) => event === `checking ${done}`).length;

/** A budget table's hierarchy, by rows: what the checks read of it. */
const shape = (budgets: BudgetTable[]) =>
  budgets.map((budget) => ({
    sheet: budget.table.sheet,
    source: budget.source,
    lines: budget.lines.map((line) => [line.row, line.code, line.total]),
    nodes: budget.nodes.map((node) => [
      node.row.row,
      node.certain,
      node.children.map((child) => child.row.row),
    ]),
    totals: budget.totals.map((total) => [total.row.row, total.parts.map((part) => part.row.row)]),
  }));

describe('a validation in the pane, in steps', () => {
  it('detects each sheet of more than 1,000 rows in more than one step', () => {
    const sheets = staffModel(model).sheets;
    const long = sheets.filter((sheet) => sheet.rowCount > 1000);
    expect(long.length).toBeGreaterThanOrEqual(2);
    // A pause before each sheet, and at least one more within each long one.
    expect(pausesBetween('detecting', 'preparing')).toBeGreaterThanOrEqual(
      sheets.length + long.length,
    );
  });

  it('prepares the budget tables in steps before the first check', () => {
    const budgets = new WorkbookFacts(model, checked.tables, settings).budgets;
    expect(budgets.length).toBeGreaterThanOrEqual(5);
    // Every table: its rows, its code columns and its nesting, each at least one step.
    expect(pausesBetween('preparing', 'checking 0')).toBeGreaterThanOrEqual(2 * budgets.length);
  });

  it('runs jumlah-salah a budget table a step and serapan-salah each part of a table a step', () => {
    const budgets = new WorkbookFacts(model, checked.tables, settings).budgets;
    const index = (id: string) => checks.findIndex((check) => check.id === id);
    // The report that the checks before it are done, then one more before each further table.
    expect(reports(index('jumlah-salah'))).toBe(budgets.length);
    // serapan-salah: over pagu, over a Renja form's pagu, the serapan column, of every table.
    expect(reports(index('serapan-salah'))).toBe(3 * checked.tables.length);
    // A check without steps is reported once, and every report is followed by a pause.
    expect(reports(index('hitung-salah'))).toBe(1);
    events.forEach((event, i) => {
      if (event.startsWith('checking')) expect(events[i + 1]).toBe('pause');
    });
  });

  it('finds exactly what the unpaused run finds, in the same order', () => {
    const report = validateWorkbook(model, settings);
    expect(checked.findings.length).toBeGreaterThan(0);
    expect(checked.findings).toEqual(report.findings);
    expect(checked.tables).toEqual(report.tables);
  });

  it('prepares the same budgets the facts work out on first need', () => {
    const prepared = new WorkbookFacts(model, checked.tables, settings);
    const steps = prepared.prepare();
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThan(0);
    const lazy = new WorkbookFacts(model, checked.tables, settings);
    expect(shape(prepared.budgets)).toEqual(shape(lazy.budgets));
    // Prepared once: preparing again has nothing left to work out.
    expect([...prepared.prepare()]).toHaveLength(0);
  });
});
