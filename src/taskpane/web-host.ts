/**
 * The pane as a plain web page: the workbook is a file the user opens; it never leaves the
 * browser. The .xlsx and .xls readers, the validation and the writer (ExcelJS) run in a Web Worker
 * (xlsx-service), with the same limits as `lkj`.
 */
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import { checkXlsxContainer, fileTooLarge, MAX_FILE_BYTES } from '../hosts/xlsx/zip-guard';
import type { WorkbookModel } from '../workbook/model';
import { freeSheetName } from '../sheetgen/sheet-spec';
import type { ValidationSettings } from '../laporan/outcome';
import { parseSettings, type PaneHost } from './host';
import { xlsxService, type XlsxService } from './xlsx-service';

const STORAGE_KEY = 'lkj-excel.pengaturan';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WebHost extends PaneHost {
  readonly kind: 'web';
  /** Takes the file the user picked or dropped; later reads and writes use it. */
  openFile(file: File): Promise<void>;
  readonly fileName: string | null;
}

interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  sheetNames: string[];
  model?: WorkbookModel;
}

export function createWebHost(
  storage: Storage | null = safeLocalStorage(),
  xlsx: XlsxService = xlsxService(),
): WebHost {
  /**
   * The opened file, its sheet names once known, and `model`, its bytes as read. The bytes change
   * only by opening a file or adding a sheet, each a new object here, so the Evaluasi tab after a
   * validation (or a second validation) reuses the model instead of unpacking the .xlsx again.
   */
  let file: OpenedFile | null = null;

  return {
    kind: 'web',
    get fileName() {
      return file?.name ?? null;
    },
    async openFile(picked) {
      if (!/\.xlsx?$/i.test(picked.name)) {
        throw new Error(`"${picked.name}" bukan berkas Excel .xlsx atau .xls.`);
      }
      // Checked at once, not at the first read: the user learns while choosing the file, and the
      // file opened before stays open. The size before reading: a huge file never enters memory.
      let bytes: Uint8Array;
      try {
        if (picked.size > MAX_FILE_BYTES) throw fileTooLarge(picked.size);
        bytes = new Uint8Array(await picked.arrayBuffer());
        // An .xls (an OLE file, D0 CF …) is checked when the worker reads it.
        if (bytes[0] !== 0xd0) checkXlsxContainer(bytes);
      } catch (error) {
        const reason =
          error instanceof WorkbookReadError ? error.message : 'Berkas tidak dapat dibaca.';
        throw new Error(`"${picked.name}" tidak dapat dibuka. ${reason}`, { cause: error });
      }
      file = { name: picked.name, bytes, sheetNames: [] };
    },
    async readWorkbook(onProgress) {
      const opened = requireFile(file);
      if (opened.model) {
        onProgress(2, 2);
        return opened.model;
      }
      onProgress(0, 2);
      opened.model = await xlsx.read(opened.bytes);
      opened.sheetNames = opened.model.sheets.map((sheet) => sheet.name);
      onProgress(2, 2);
      return opened.model;
    },
    async validate(settings, onStep, signal) {
      const opened = requireFile(file);
      const validated = await xlsx.validate(opened.bytes, settings, onStep, signal);
      opened.model = validated.model;
      opened.sheetNames = validated.model.sheets.map((sheet) => sheet.name);
      return validated;
    },
    async addSheet(spec) {
      const opened = requireFile(file);
      const name = freeSheetName(spec.name, opened.sheetNames);
      const { bytes, losses, leftOut } = await xlsx.addSheet(opened.bytes, { ...spec, name });
      // Later additions build on this one, as they would in the open workbook in Excel.
      file = { name: opened.name, bytes, sheetNames: [...opened.sheetNames, name] };
      const copyName = `${opened.name.replace(/\.xlsx?$/i, '')} - ${name}.xlsx`;
      download(bytes, copyName);
      return {
        name,
        note: [
          `Diunduh "${copyName}": salinan berkas dengan sheet baru "${name}"; berkas asli tidak diubah.`,
          `Yang tidak ikut tersalin: ${losses}.`,
          ...leftOut,
        ].join(' '),
      };
    },
    loadSettings() {
      try {
        const stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
        return parseSettings(stored.skala, stored.toleransi, stored.jenis);
      } catch {
        return parseSettings(undefined, undefined);
      }
    },
    async saveSettings(settings: ValidationSettings) {
      storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
    },
  };
}

function requireFile<T>(file: T | null): T {
  if (!file) throw new Error('Belum ada berkas. Buka berkas Excel terlebih dahulu.');
  return file;
}

/** localStorage, or null where the browser refuses it (private mode, file:// pages). */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
