/** The pane inside Excel: the workbook is the open document, settings are kept with it. */
import { excelRun, getDocumentSetting, saveDocumentSettings } from '../hosts/office/office';
import { readWorkbook } from '../hosts/office/read';
import { addSheet, selectCell } from '../hosts/office/write';
import { parseSettings, type PaneHost } from './host';

const SKALA_KEY = 'lkj.skala';
const TOLERANSI_KEY = 'lkj.toleransi';

export function createExcelHost(): PaneHost {
  return {
    kind: 'excel',
    readWorkbook: (onProgress) => excelRun((context) => readWorkbook(context, { onProgress })),
    selectCell: (sheet, cell) => excelRun((context) => selectCell(context, sheet, cell)),
    addSheet: async (spec) => {
      const { name, notices } = await excelRun((context) => addSheet(context, spec));
      const note = `Sheet baru "${name}" ditambahkan; sheet lain tidak diubah.`;
      return { name, note: [note, ...notices].join(' ') };
    },
    loadSettings: () =>
      parseSettings(getDocumentSetting(SKALA_KEY), getDocumentSetting(TOLERANSI_KEY)),
    saveSettings: (settings) =>
      saveDocumentSettings({
        [SKALA_KEY]: settings.skala ?? null,
        [TOLERANSI_KEY]: settings.toleransi,
      }),
  };
}
