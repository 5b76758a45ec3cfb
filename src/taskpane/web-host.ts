/**
 * The pane as a plain web page: the workbook is a file the user opens; it never leaves the
 * browser. The .xlsx reader and writer (ExcelJS) load only when a file is read or written.
 */
import { errorDetail } from '../hosts/xlsx/read-error';
import { checkXlsxContainer } from '../hosts/xlsx/zip-guard';
import { freeSheetName } from '../workbook/sheet-spec';
import { parseSettings, type PaneHost, type PaneSettings } from './host';

const STORAGE_KEY = 'lkj-excel.pengaturan';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WebHost extends PaneHost {
  readonly kind: 'web';
  /** Takes the file the user picked or dropped; later reads and writes use it. */
  openFile(file: File): Promise<void>;
  readonly fileName: string | null;
}

export function createWebHost(storage: Storage | null = safeLocalStorage()): WebHost {
  let file: { name: string; bytes: Uint8Array } | null = null;
  let sheetNames: string[] = [];

  return {
    kind: 'web',
    get fileName() {
      return file?.name ?? null;
    },
    async openFile(picked) {
      if (!/\.xlsx$/i.test(picked.name)) {
        throw new Error(
          `"${picked.name}" bukan berkas .xlsx. Simpan dulu sebagai Excel Workbook (.xlsx).`,
        );
      }
      const bytes = new Uint8Array(await picked.arrayBuffer());
      // Checked at once, not at the first read: the user learns while choosing the file, and the
      // file opened before stays open.
      try {
        checkXlsxContainer(bytes);
      } catch (error) {
        throw new Error(`"${picked.name}" tidak dapat dibuka. ${errorDetail(error)}`, {
          cause: error,
        });
      }
      file = { name: picked.name, bytes };
      sheetNames = [];
    },
    async readWorkbook(onProgress) {
      const opened = requireFile(file);
      onProgress(0, 2);
      const { readXlsx } = await import(/* webpackChunkName: "xlsx-read" */ '../hosts/xlsx/read');
      onProgress(1, 2);
      const model = await readXlsx(opened.bytes);
      sheetNames = model.sheets.map((sheet) => sheet.name);
      onProgress(2, 2);
      return model;
    },
    async addSheet(spec) {
      const opened = requireFile(file);
      const name = freeSheetName(spec.name, sheetNames);
      const writer = await import(/* webpackChunkName: "xlsx-write" */ '../hosts/xlsx/write');
      const bytes = await writer.addSheetToXlsx(opened.bytes, { ...spec, name });
      // Later additions build on this one, as they would in the open workbook in Excel.
      file = { name: opened.name, bytes };
      sheetNames = [...sheetNames, name];
      const copyName = `${opened.name.replace(/\.xlsx$/i, '')} - ${name}.xlsx`;
      download(bytes, copyName);
      return {
        name,
        note:
          `Diunduh "${copyName}": salinan berkas dengan sheet baru "${name}"; berkas asli tidak diubah. ` +
          `Yang tidak ikut tersalin: ${writer.WRITE_LOSSES}.`,
      };
    },
    loadSettings() {
      try {
        const stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
        return parseSettings(stored.skala, stored.toleransi);
      } catch {
        return parseSettings(undefined, undefined);
      }
    },
    async saveSettings(settings: PaneSettings) {
      storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
    },
  };
}

function requireFile<T>(file: T | null): T {
  if (!file) throw new Error('Belum ada berkas. Buka berkas .xlsx terlebih dahulu.');
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
