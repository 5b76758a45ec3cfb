/**
 * The .xlsx reader, validator and writer as the web page uses them: in a Web Worker where the
 * browser has workers (every browser the page targets), so that parsing and checking never block
 * or kill the page; in this thread only where there are none (jsdom in the unit tests). ExcelJS
 * loads only when a file is read or written.
 */
import { Sheet, type WorkbookModel } from '../workbook/model';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { ValidationSettings } from '../laporan/outcome';
import type { Checked, ValidationStep } from './validate-bytes';

export type XlsxRequest =
  | { op: 'read'; bytes: Uint8Array }
  | { op: 'validate'; bytes: Uint8Array; settings: ValidationSettings }
  | { op: 'addSheet'; bytes: Uint8Array; spec: SheetSpec };

export type XlsxResponse =
  | { ok: true; model: WorkbookModel }
  | { ok: true; notices?: string[]; checked: Checked }
  | { ok: true; bytes: Uint8Array; losses: string; leftOut: string[] }
  | { ok: false; message: string };

/**
 * What the worker posts before its answer: a validation's steps, and the sheets it read one
 * message each, so that the page never takes in a whole workbook in one long task.
 */
export type XlsxUpdate = { step: ValidationStep } | { sheet: Sheet };

export type XlsxMessage = XlsxResponse | XlsxUpdate;

export interface WrittenCopy {
  bytes: Uint8Array;
  losses: string;
  leftOut: string[];
}

export interface XlsxService {
  read(bytes: Uint8Array): Promise<WorkbookModel>;
  /** Reads and validates; `signal` ends the run and its worker. */
  validate(
    bytes: Uint8Array,
    settings: ValidationSettings,
    onStep: (step: ValidationStep) => void,
    signal?: AbortSignal,
  ): Promise<{ model: WorkbookModel; checked: Checked }>;
  /**
   * The file with the sheet added, what a copy written this way lacks and what of the new sheet
   * it leaves out (its charts), for the user.
   */
  addSheet(bytes: Uint8Array, spec: SheetSpec): Promise<WrittenCopy>;
}

/** A worker that has not answered by then is ended: the page reports it instead of waiting. */
const WORKER_TIMEOUT_MS = 120_000;

export function xlsxService(): XlsxService {
  return typeof Worker === 'function' ? offThread : inThread;
}

const inThread: XlsxService = {
  async read(bytes) {
    const { readWorkbookBytes } = await import(
      /* webpackChunkName: "xlsx-read" */ '../hosts/xls/workbook-bytes'
    );
    return readWorkbookBytes(bytes);
  },
  async validate(bytes, settings, onStep) {
    const { validateBytes } = await import(/* webpackChunkName: "validate" */ './validate-bytes');
    return validateBytes(bytes, settings, onStep);
  },
  async addSheet(bytes, spec) {
    const writer = await import(/* webpackChunkName: "xlsx-write" */ '../hosts/xlsx/write');
    return { ...(await writer.addSheetToCopy(bytes, spec)), losses: writer.WRITE_LOSSES };
  },
};

const offThread: XlsxService = {
  async read(bytes) {
    const answer = await inWorker({ op: 'read', bytes });
    if (!('model' in answer)) throw new Error('Jawaban pembaca .xlsx tidak dikenal.');
    // A Sheet holds plain data only (arrays, numbers, text), which the worker's message keeps;
    // the prototype gives it back its methods.
    for (const sheet of answer.model.sheets) Object.setPrototypeOf(sheet, Sheet.prototype);
    return answer.model;
  },
  async validate(bytes, settings, onStep, signal) {
    const sheets: Sheet[] = [];
    const answer = await inWorker({ op: 'validate', bytes, settings }, signal, (update) => {
      if ('step' in update) return onStep(update.step);
      sheets.push(Object.setPrototypeOf(update.sheet, Sheet.prototype) as Sheet);
    });
    if (!('checked' in answer)) throw new Error('Jawaban pemeriksa .xlsx tidak dikenal.');
    const model: WorkbookModel = { sheets };
    if (answer.notices) model.notices = answer.notices;
    return { model, checked: answer.checked };
  },
  async addSheet(bytes, spec) {
    const answer = await inWorker({ op: 'addSheet', bytes, spec });
    if (!('bytes' in answer)) throw new Error('Jawaban penulis .xlsx tidak dikenal.');
    return answer;
  },
};

/**
 * Runs one request in a new worker, ended afterwards (its memory goes with it), or at once when
 * `signal` aborts. `onUpdate` gets what the worker posts before its answer.
 */
async function inWorker(
  request: XlsxRequest,
  signal?: AbortSignal,
  onUpdate?: (update: XlsxUpdate) => void,
): Promise<Exclude<XlsxResponse, { ok: false }>> {
  signal?.throwIfAborted();
  const { startXlsxWorker } = await import(/* webpackMode: "eager" */ './start-xlsx-worker');
  const worker = startXlsxWorker();
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(message));
    };
    // Left attached once settled: ending an ended worker and a settled promise does nothing.
    signal?.addEventListener('abort', () => fail('Validasi dibatalkan.'));
    const timer = setTimeout(
      () =>
        fail('Berkas tidak selesai dibaca dalam 2 menit; berkas mungkin terlalu besar atau rusak.'),
      WORKER_TIMEOUT_MS,
    );
    worker.onmessage = ({ data }: MessageEvent<XlsxMessage>) => {
      if (!('ok' in data)) return onUpdate?.(data);
      if (!data.ok) return fail(data.message);
      clearTimeout(timer);
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(
        'Pembaca berkas berhenti (mungkin kehabisan memori): berkas terlalu besar atau rusak. Halaman tetap dapat dipakai.',
      );
    };
    worker.onmessageerror = () => fail('Hasil pembacaan berkas tidak dapat diterima halaman.');
    // Copied, not transferred: the page keeps the file's bytes for the next read or write.
    worker.postMessage(request);
  });
}
