/** The few Office globals the pane needs: whether it runs in Excel, Excel.run, document settings. */
import { explainExcelError } from './errors';

/** True when Office.js is loaded and reports Excel; false on a plain web page or another host. */
export async function runsInExcel(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

/**
 * Whether Excel merges the syncs of one `Excel.run` into one undo step (`mergeUndoGroup`,
 * ExcelApi 1.20). Where it does not, each sync of a change is an undo step of its own, and some
 * Excel versions cannot undo an add-in's change at all: the pane says so before writing.
 */
export function undoInOneStep(): boolean {
  // Read defensively: an Office.js without the requirements API is older still.
  return Office.context.requirements?.isSetSupported?.('ExcelApi', '1.20') === true;
}

export interface ExcelRunOptions {
  /** A change the user may take back with one Ctrl+Z, where Excel can (undoInOneStep). */
  oneUndoStep?: boolean;
}

/**
 * Every batch waits while the user is still typing in a cell: without `delayForCellEdit` Excel
 * fails it with InvalidOperationInCellEditMode. Failures come back in Bahasa Indonesia.
 */
export async function excelRun<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  { oneUndoStep = false }: ExcelRunOptions = {},
): Promise<T> {
  const options: Excel.RunOptions = { delayForCellEdit: true };
  if (oneUndoStep && undoInOneStep()) options.mergeUndoGroup = true;
  try {
    return await Excel.run(options, batch);
  } catch (error) {
    throw explainExcelError(error);
  }
}

/** A value kept with the document (Office.context.document.settings), or undefined. */
export function getDocumentSetting(key: string): unknown {
  return Office.context.document.settings.get(key) ?? undefined;
}

/** Sets the values and saves them with the document. */
export function saveDocumentSettings(values: Record<string, unknown>): Promise<void> {
  const settings = Office.context.document.settings;
  for (const [key, value] of Object.entries(values)) settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`Pengaturan tidak tersimpan: ${result.error.message}`));
    });
  });
}
