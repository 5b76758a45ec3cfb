/** The few Office globals the pane needs: whether it runs in Excel, Excel.run, document settings. */
import { explainExcelError } from './errors';

/** True when Office.js is loaded and reports Excel; false on a plain web page or another host. */
export async function runsInExcel(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

/**
 * Every batch waits while the user is still typing in a cell: without `delayForCellEdit` Excel
 * fails it with InvalidOperationInCellEditMode. Failures come back in Bahasa Indonesia.
 */
export async function excelRun<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
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
