/**
 * The pane as a plain web page: the workbook is a file the user opens; it never leaves the
 * browser. The whole engine (the .xlsx and .xls readers, detection, checks, the generators and the writer)
 * runs in a Web Worker (xlsx-service), with the same limits as `lkj`; this thread only renders.
 */
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import { checkXlsxContainer, fileTooLarge, MAX_FILE_BYTES } from '../hosts/xlsx/zip-guard';
import type { ValidationSettings } from '../laporan/outcome';
import { parseSettings, type AddedSheet, type PaneHost } from './host';
import { xlsxService, type WrittenCopy, type XlsxService } from './xlsx-service';

const STORAGE_KEY = 'lkj-excel.pengaturan';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WebHost extends PaneHost {
  readonly kind: 'web';
  /** Takes the file the user picked or dropped; later reads and writes use it. */
  openFile(file: File): Promise<void>;
  readonly fileName: string | null;
}

export function createWebHost(
  storage: Storage | null = safeLocalStorage(),
  xlsx: XlsxService = xlsxService(),
): WebHost {
  /** The opened file's name; its bytes, and the sheets written to them since, are the engine's. */
  let fileName: string | null = null;

  /** Downloads the copy the engine wrote, and says what the user should know about it. */
  const download = (written: WrittenCopy): AddedSheet => {
    const opened = requireFile(fileName);
    const copyName = `${opened.replace(/\.xlsx?$/i, '')} - ${written.name}.xlsx`;
    save(written.bytes, copyName);
    return {
      name: written.name,
      note: [
        `Diunduh "${copyName}": salinan berkas dengan sheet baru "${written.name}"; berkas asli tidak diubah.`,
        `Yang tidak ikut tersalin: ${written.losses}.`,
        ...written.notes,
      ].join(' '),
    };
  };

  return {
    kind: 'web',
    get fileName() {
      return fileName;
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
      xlsx.open(bytes);
      fileName = picked.name;
    },
    async validate(settings, onStep, signal) {
      requireFile(fileName);
      return xlsx.validate(settings, onStep, signal);
    },
    async plan(request, reread, onStep, signal) {
      requireFile(fileName);
      return xlsx.plan(request, reread, onStep, signal);
    },
    async write(request, onStep, signal) {
      requireFile(fileName);
      return download(await xlsx.write({ op: 'write', request }, onStep, signal));
    },
    async writeReport(request) {
      requireFile(fileName);
      return download(await xlsx.write({ op: 'report', request }, () => undefined));
    },
    async fix(fixes) {
      const opened = requireFile(fileName);
      const { bytes, fixed, notes } = await xlsx.fix(fixes);
      const copyName = `${opened.replace(/\.xlsx?$/i, '')} - diperbaiki.xlsx`;
      save(bytes, copyName);
      return {
        note: [
          `Diunduh "${copyName}": salinan berkas dengan ${fixed} sel diperbaiki; sel lain dan berkas asli tidak diubah. Perbaikan berikutnya ditambahkan ke salinan ini, dan validasi berikutnya memeriksa salinan ini.`,
          ...notes,
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

function save(bytes: Uint8Array, fileName: string): void {
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
