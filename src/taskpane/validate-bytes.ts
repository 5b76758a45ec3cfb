/**
 * Read, table detection, every check and the jenis list of one .xlsx or .xls: what the web page runs in
 * its worker (xlsx-worker), or in this thread where there are no workers (jsdom in the tests).
 */
import { checks, validateWorkbook, type UncheckedSheet } from '../checks';
import type { Finding } from '../checks/finding';
import { jenisIndikator, type JenisIndikator } from '../checks/jenis-indikator';
import { readWorkbookBytes } from '../hosts/xls/workbook-bytes';
import type { ValidationSettings } from '../laporan/outcome';
import type { WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import { validationOptions } from './host';

/** Where a validation is: sheets read, tables being detected, checks run (the pane's progress). */
export type ValidationStep =
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'detecting' }
  | { kind: 'checking'; done: number; total: number };

/** What a validation found, without the workbook it read. */
export interface Checked {
  tables: DetectedTable[];
  findings: Finding[];
  uncheckedSheets: UncheckedSheet[];
  /** The checks that ran, in registry order, for grouping and headings. */
  checks: readonly { id: string; description: string }[];
  /** Indicators on Renja forms, whose jenis the user may set; `leftOut` beyond the list's cap. */
  jenis: { list: JenisIndikator[]; leftOut: number };
}

export async function validateBytes(
  bytes: Uint8Array,
  settings: ValidationSettings,
  onStep: (step: ValidationStep) => void,
): Promise<{ model: WorkbookModel; checked: Checked }> {
  const model = await readWorkbookBytes(bytes, (done, total) =>
    onStep({ kind: 'reading', done, total }),
  );
  onStep({ kind: 'detecting' });
  const report = validateWorkbook(model, validationOptions(settings), (done, total) =>
    onStep({ kind: 'checking', done, total }),
  );
  return {
    model,
    checked: {
      ...report,
      checks: checks.map(({ id, description }) => ({ id, description })),
      jenis: jenisIndikator(model, report.tables),
    },
  };
}
