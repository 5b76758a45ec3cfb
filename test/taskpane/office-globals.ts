/**
 * Office.js globals for pane tests inside Excel: `Excel.run` over a mocked workbook
 * (office-addin-mock, test/hosts/office/excel-mock.ts) and document settings kept in a Map.
 * With `editingCell`, the user is typing in a cell: as in Excel, a batch run without
 * `{ delayForCellEdit: true }` fails with InvalidOperationInCellEditMode, and one run with it
 * waits until the edit ends.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { mockExcel, type FakeSheet } from '../hosts/office/excel-mock';

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

export function installOffice(
  sheets: FakeSheet[],
  settings: Record<string, unknown> = {},
  { editingCell = false }: { editingCell?: boolean } = {},
) {
  const excel = mockExcel(sheets);
  /** The sync count at the start of each Excel.run. */
  const runs: number[] = [];
  /** Runs that waited for the user to leave cell edit mode. */
  const delayed: number[] = [];
  globals.Excel = new OfficeMockObject({
    run: async (first: Excel.RunOptions | Batch, second?: Batch) => {
      const [options, batch] = typeof first === 'function' ? [{}, first] : [first, second!];
      if (editingCell && options.delayForCellEdit !== true) {
        throw Object.assign(new Error('The operation is not allowed in cell edit mode.'), {
          code: 'InvalidOperationInCellEditMode',
        });
      }
      if (editingCell) delayed.push(runs.length);
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
  return { excel, runs, delayed, stored };
}

export function uninstallOffice(): void {
  delete globals.Excel;
  delete globals.Office;
}
