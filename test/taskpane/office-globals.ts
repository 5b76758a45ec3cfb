/**
 * Office.js globals for pane tests inside Excel: `Excel.run` over a mocked workbook
 * (office-addin-mock, test/hosts/office/excel-mock.ts) and document settings kept in a Map.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { mockExcel, type FakeSheet } from '../hosts/office/excel-mock';

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

export function installOffice(sheets: FakeSheet[], settings: Record<string, unknown> = {}) {
  const excel = mockExcel(sheets);
  /** The sync count at the start of each Excel.run. */
  const runs: number[] = [];
  globals.Excel = new OfficeMockObject({
    run: async (batch: (context: Excel.RequestContext) => Promise<unknown>) => {
      runs.push(excel.stats.syncs);
      return batch(excel.context);
    },
  });
  const stored = new Map(Object.entries(settings));
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => stored.get(key) ?? null,
          set: (key: string, value: unknown) => stored.set(key, value),
          saveAsync: (callback: (result: unknown) => void) => callback({ status: 'succeeded' }),
        },
      },
    },
  });
  office.AsyncResultStatus = { Succeeded: 'succeeded' };
  globals.Office = office;
  return { excel, runs, stored };
}

export function uninstallOffice(): void {
  delete globals.Excel;
  delete globals.Office;
}
