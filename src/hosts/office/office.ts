/** The few Office globals the pane needs: whether it runs in Excel, Excel.run, document settings. */

/** True when Office.js is loaded and reports Excel; false on a plain web page or another host. */
export async function runsInExcel(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
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
