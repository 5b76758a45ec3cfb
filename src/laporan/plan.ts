/**
 * What the "Hasil Validasi" sheet reports: the outcome of a validation, its findings in the
 * pane's order, and the file it is about. The checks ran before (the pane and `lkj validate`
 * show their findings first); the facts give the tables, the sheets' order and the settings.
 */
import { checks, type ValidationReport } from '../checks';
import type { Finding } from '../checks/finding';
import type { FactChoices, WorkbookFacts } from '../facts/facts';
import {
  orderFindings,
  outcomeOf,
  type ValidationOutcome,
  type ValidationSettings,
} from './outcome';

export interface LaporanOptions {
  /** What validateWorkbook found in the facts' workbook, with the facts' choices. */
  validation: Pick<ValidationReport, 'findings' | 'uncheckedSheets'>;
  /** The file the report is about (`klakah.xlsx`), or `Workbook ini` in Excel. */
  source: string;
}

export interface LaporanPlan {
  outcome: ValidationOutcome;
  /** The findings in the pane's order (orderFindings). */
  findings: readonly Finding[];
  source: string;
}

export function planLaporan(facts: WorkbookFacts, options: LaporanOptions): LaporanPlan {
  const { model, tables, choices } = facts;
  const { findings, uncheckedSheets } = options.validation;
  return {
    outcome: outcomeOf({ findings, tables, uncheckedSheets, model, settings: settingsOf(choices) }),
    findings: orderFindings(
      findings,
      model.sheets.map((sheet) => sheet.name),
      checks.map((check) => check.id),
    ),
    source: options.source,
  };
}

/** The settings a validation ran with, as the facts were chosen for it. */
function settingsOf({ skala, toleransi = 0, jenis }: FactChoices): ValidationSettings {
  return { toleransi, ...(skala ? { skala } : {}), ...(jenis ? { jenis } : {}) };
}
