/**
 * The validator: detects the tables of a workbook and runs every check on them. Used by the task
 * pane, the web page and `lkj validate`.
 */
import { reporting } from '../core/steps';
import { detectTables } from '../workbook/detect';
import type { WorkbookModel } from '../workbook/model';
import { fromA1 } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import { WorkbookFacts } from '../facts/facts';
import type { Check, ValidationOptions } from './check';
import { CheckContext } from './context';
import type { Finding } from './finding';
import { checks } from './registry';

export type { Check, ValidationOptions } from './check';
export type { Finding, Severity } from './finding';
export { checks } from './registry';

export interface ValidationReport {
  tables: DetectedTable[];
  findings: Finding[];
  /**
   * Sheets holding cells but no recognised table, and the add-in's own outputs: nothing on them
   * was checked, which the CLI, the pane and the report say, so that an unread workbook never
   * looks clean.
   */
  uncheckedSheets: UncheckedSheet[];
}

export interface UncheckedSheet {
  sheet: string;
  hidden: boolean;
  /** Why, in Bahasa Indonesia. */
  reason: string;
}

export const NO_TABLE_REASON = 'tidak ada tabel LKj yang dikenali';
/** A sheet carrying the add-in's marker (sheetgen/output-marker.ts): an output, not input. */
export const GENERATED_REASON = 'dibuat oleh add-in';

/** Called before the first check and after each, with the checks done and their number. */
export type CheckProgress = (done: number, total: number) => void;

export function validateWorkbook(
  model: WorkbookModel,
  options: ValidationOptions = {},
  onCheck?: CheckProgress,
): ValidationReport {
  const tables = detectTables(model);
  return {
    tables,
    findings: runChecks(new WorkbookFacts(model, tables, options), checks, onCheck),
    uncheckedSheets: uncheckedSheetsOf(model, tables),
  };
}

export function uncheckedSheetsOf(model: WorkbookModel, tables: DetectedTable[]): UncheckedSheet[] {
  const checked = new Set(tables.map((table) => table.sheet));
  return model.sheets
    .filter((sheet) => sheet.rowCount > 0 && !checked.has(sheet.name))
    .map((sheet) => ({
      sheet: sheet.name,
      hidden: sheet.hidden,
      reason: sheet.generatedBy === undefined ? NO_TABLE_REASON : GENERATED_REASON,
    }));
}

/** Runs the given checks on already detected tables; findings sorted by sheet, row, column. */
export function runChecks(
  facts: WorkbookFacts,
  selected: readonly Check[],
  onCheck?: CheckProgress,
): Finding[] {
  const steps = checkSteps(facts, selected);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onCheck?.(step.value.done, step.value.total);
  }
}

/**
 * runChecks one check a step: yields the checks done before the first and after each, so that a
 * caller may pause between them (the pane in Excel, whose thread must not be held long).
 */
export function* checkSteps(
  facts: WorkbookFacts,
  selected: readonly Check[],
): Generator<{ done: number; total: number }, Finding[]> {
  const { model } = facts;
  const context = new CheckContext(facts);
  const total = selected.length;
  yield { done: 0, total };
  const byCheck: { check: Check; findings: Finding[] }[] = [];
  for (const check of selected) {
    // A check in steps reports the same progress between its steps.
    const findings = check.steps
      ? yield* reporting(check.steps(context), { done: byCheck.length, total })
      : check.check(context);
    byCheck.push({ check, findings });
    yield { done: byCheck.length, total };
  }
  const specific = new Set(selected.flatMap((check) => check.supersededBy ?? []));
  const cellsOf = new Map<string, Set<string>>();
  for (const { check, findings } of byCheck) {
    if (!specific.has(check.id) || findings.length === 0) continue;
    cellsOf.set(check.id, new Set(findings.map((f) => `${f.sheet}!${f.cell}`)));
  }
  const kept = byCheck.flatMap(({ check, findings }) => {
    const over = (check.supersededBy ?? []).flatMap((id) => cellsOf.get(id) ?? []);
    return over.length === 0
      ? findings
      : findings.filter((f) => !over.some((cells) => cells.has(`${f.sheet}!${f.cell}`)));
  });
  const hidden = new Set(model.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.name));
  for (const found of kept) if (hidden.has(found.sheet)) found.hidden = true;
  // Visible sheets first: a slip in a hidden copy is worth a look, after the sheets staff see.
  return sortFindings(kept, (sheet) => context.sheetIndex(sheet) + (hidden.has(sheet) ? 1e6 : 0));
}

function sortFindings(findings: Finding[], sheetIndex: (sheet: string) => number): Finding[] {
  const keys = findings.map((finding, index) => {
    const { row, col } = fromA1(finding.cell);
    return { index, sheet: sheetIndex(finding.sheet), name: finding.sheet, row, col };
  });
  keys.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      a.index - b.index,
  );
  return keys.map((key) => findings[key.index]);
}
