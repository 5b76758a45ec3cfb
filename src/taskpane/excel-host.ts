/** The pane inside Excel: the workbook is the open document, settings are kept with it. */
import {
  excelRun,
  getDocumentSetting,
  saveDocumentSettings,
  undoInOneStep,
} from '../hosts/office/office';
import { replacedNote } from '../sheetgen/output-marker';
import { parseSettings, type PaneHost } from './host';
import { inPane, type WorkbookSource, type YieldToPane } from './in-pane';

/** The Office.js reader and writer load on first use, outside the pane's start-up JavaScript. */
const officeRead = () => import(/* webpackChunkName: "office-read" */ '../hosts/office/read');
const officeWrite = () => import(/* webpackChunkName: "office-write" */ '../hosts/office/write');
const officeFix = () => import(/* webpackChunkName: "office-fix" */ '../hosts/office/fix');

const SKALA_KEY = 'lkj.skala';
const TOLERANSI_KEY = 'lkj.toleransi';
const JENIS_KEY = 'lkj.jenis';

export type ExcelHost = PaneHost & WorkbookSource;

/** `yieldToPane`: how the engine hands the pane's thread back between steps (tests count them). */
export function createExcelHost(yieldToPane?: YieldToPane): ExcelHost {
  const source: WorkbookSource = {
    readWorkbook: async (onProgress) => {
      const { readWorkbook } = await officeRead();
      return excelRun((context) => readWorkbook(context, { onProgress }));
    },
    addSheet: async (spec) => {
      const writer = await officeWrite();
      const plan = await excelRun((context) => writer.writePlan(context, spec));
      const grouped = !plan.replaces && undoInOneStep();
      let written: Awaited<ReturnType<typeof writer.addSheet>>;
      try {
        written = await excelRun((context) => writer.addSheet(context, spec), {
          oneUndoStep: grouped,
        });
      } catch (error) {
        // Inside the undo group the writer could not remove what it left half written.
        if (grouped) {
          await excelRun((context) => writer.removeSheet(context, plan.name)).catch(
            () => undefined,
          );
        }
        throw error;
      }
      const { name, notices, replaced } = written;
      const note = replaced
        ? `${replacedNote(name)} Sheet lain tidak diubah.`
        : `Sheet baru "${name}" ditambahkan; sheet lain tidak diubah.`;
      return { name, note: [note, ...notices].join(' ') };
    },
  };
  return {
    kind: 'excel',
    ...source,
    ...inPane(source, yieldToPane),
    fix: async (fixes) => {
      const { writeFixes } = await officeFix();
      const count = await excelRun((context) => writeFixes(context, fixes), { oneUndoStep: true });
      const undo = undoInOneStep() ? ' Ctrl+Z membatalkan semuanya sekaligus.' : '';
      return {
        note: `${count} sel diperbaiki; sel lain tidak diubah.${undo} Temuan diperiksa ulang dengan validasi.`,
      };
    },
    fixUndoable: undoInOneStep,
    selectCell: async (sheet, cell) => {
      const { selectCell } = await officeWrite();
      return excelRun((context) => selectCell(context, sheet, cell));
    },
    loadSettings: () =>
      parseSettings(
        getDocumentSetting(SKALA_KEY),
        getDocumentSetting(TOLERANSI_KEY),
        getDocumentSetting(JENIS_KEY),
      ),
    saveSettings: (settings) =>
      saveDocumentSettings({
        [SKALA_KEY]: settings.skala ?? null,
        [TOLERANSI_KEY]: settings.toleransi,
        [JENIS_KEY]: settings.jenis ?? null,
      }),
  };
}
