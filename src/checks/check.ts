/**
 * What every check is: an ESLint-style rule with its metadata beside its logic. A check reads the
 * workbook model and the detected tables through a CheckContext and returns findings.
 */
import type { Akumulasi } from '../core/akumulasi';
import type { ScaleName } from '../core/predikat';
import type { CheckContext } from './context';
import type { Finding, Severity } from './finding';

export interface ValidationOptions {
  /** Predikat scale for every table; by default each table's scale is recognised from its labels. */
  skala?: ScaleName;
  /**
   * Extra absolute tolerance, in percentage points, for a stated number against the one it is
   * recomputed as (capaian, serapan, efisiensi, penghitungan, column equations); default 0.
   */
  toleransi?: number;
  /**
   * The user's jenis per indicator (name → kumulatif / nilai-akhir / rata-rata), over what the
   * workbook's Jenis column or the indicator's name and satuan say.
   */
  jenis?: Readonly<Record<string, Akumulasi>>;
}

export interface Check {
  /** Public id (DOMAIN section 7): the CLI prints it and the pane filters on it. */
  readonly id: string;
  readonly severity: Severity;
  /** One sentence in Bahasa Indonesia for the pane's help and `lkj validate`. */
  readonly description: string;
  /**
   * Ids of more specific checks: where one of them reports the same cell, this check's finding
   * is dropped, so that one slip is reported once.
   */
  readonly supersededBy?: readonly string[];
  check(context: CheckContext): Finding[];
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
