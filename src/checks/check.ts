/**
 * What every check is: an ESLint-style rule with its metadata beside its logic. A check reads the
 * workbook model and the detected tables through a CheckContext and returns findings.
 */
import { finish, type Steps } from '../core/steps';
import type { FactChoices } from '../facts/facts';
import type { CheckContext } from './context';
import type { Finding, Severity } from './finding';

/** The user's choices a validation takes: scale, tolerance, jenis (the facts' choices). */
export type ValidationOptions = Pick<FactChoices, 'skala' | 'toleransi' | 'jenis'>;

export interface Check {
  /** Public id (DOMAIN section 7): the CLI prints it and the pane filters on it. */
  readonly id: string;
  /** A few Bahasa Indonesia words naming the check, for headings and the pane's filter. */
  readonly title: string;
  readonly severity: Severity;
  /** One sentence in Bahasa Indonesia for the pane's help and `lkj validate`. */
  readonly description: string;
  /**
   * Ids of more specific checks: where one of them reports the same cell, this check's finding
   * is dropped, so that one slip is reported once.
   */
  readonly supersededBy?: readonly string[];
  check(context: CheckContext): Finding[];
  /**
   * The same findings in steps (a table, a block of rows each), for a check that takes long on a
   * large workbook: the pane in Excel pauses between them. See `stepped`.
   */
  steps?(context: CheckContext): Steps<Finding[]>;
}

/** A check written in steps: its `check` runs them through without pausing. */
export function stepped(
  rule: Omit<Check, 'check' | 'steps'> & Required<Pick<Check, 'steps'>>,
): Check {
  return { ...rule, check: (context) => finish(rule.steps(context)) };
}

/**
 * The findings `find` gives for some of `items`: one list, no list per item (tens of thousands of
 * rows, most of them without a finding).
 */
export function findingsOf<T>(
  items: readonly T[],
  find: (item: T) => Finding | undefined,
): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = find(items[i]);
    if (result !== undefined) found.push(result);
  }
  return found;
}

/** A finding of `check` on one cell. */
export function finding(
  check: Pick<Check, 'id' | 'severity'>,
  at: { sheet: string; cell: string },
  message: string,
  expected?: string | number,
  actual?: string | number,
): Finding {
  const result: Finding = {
    rule: check.id,
    severity: check.severity,
    sheet: at.sheet,
    cell: at.cell,
    message,
  };
  if (expected !== undefined) result.expected = expected;
  if (actual !== undefined) result.actual = actual;
  return result;
}
