/**
 * Office.js globals for pane tests inside Excel: `Excel.run` over a mocked workbook
 * (office-addin-mock, test/hosts/office/excel-mock.ts) and document settings kept in a Map.
 * With `editingCell`, the user is typing in a cell: as in Excel, a batch run without
 * `{ delayForCellEdit: true }` fails with InvalidOperationInCellEditMode, and one run with it
 * waits until the edit ends. `excelApi` is the newest ExcelApi requirement set the Excel
 * supports (isSetSupported); every run's options are recorded.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { mockExcel, type FakeSheet } from '../hosts/office/excel-mock';

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

export function installOffice(
  sheets: FakeSheet[],
  settings: Record<string, unknown> = {},
  { editingCell = false, excelApi = '1.20' }: { editingCell?: boolean; excelApi?: string } = {},
) {
  const excel = mockExcel(sheets);
  /** The options of each Excel.run, in order. */
  const options: Excel.RunOptions[] = [];
  /** The sync count at the start of each Excel.run. */
  const runs: number[] = [];
  /** Runs that waited for the user to leave cell edit mode. */
  const delayed: number[] = [];
  globals.Excel = new OfficeMockObject({
    run: async (first: Excel.RunOptions | Batch, second?: Batch) => {
      const [given, batch] = typeof first === 'function' ? [{}, first] : [first, second!];
      options.push(given);
      if (editingCell && given.delayForCellEdit !== true) {
        throw Object.assign(new Error('The operation is not allowed in cell edit mode.'), {
          code: 'InvalidOperationInCellEditMode',
        });
      }
      if (editingCell) delayed.push(runs.length);
      runs.push(excel.stats.syncs);
      excel.inUndoGroup(given.mergeUndoGroup === true);
      try {
        return await batch(excel.context);
      } finally {
        excel.inUndoGroup(false);
      }
    },
  });
  const stored = new Map(Object.entries(settings));
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && minor(version) <= minor(excelApi),
      },
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
  return { excel, runs, delayed, stored, options };
}

/** `1.20` → 20: requirement set versions compare by their minor number. */
const minor = (version: string) => Number(version.split('.')[1] ?? 0);

export function uninstallOffice(): void {
  delete globals.Excel;
  delete globals.Office;
}
