/**
 * The engine as the web page uses it: in a Web Worker (worker-engine in xlsx-worker), so that
 * reading, detecting, checking, planning and writing never block or kill the page. One worker
 * holds the opened file and the workbook read from it, and answers one request at a time;
 * cancelling a request ends it, and the next request starts a new worker with the file.
 */
import {
  Sheet,
  type Cell,
  type CellRange,
  type ExcelTable,
  type WorkbookModel,
} from '../workbook/model';
import type { CellFix } from '../checks/finding';
import type { ValidationSettings } from '../laporan/outcome';
import type {
  Checked,
  GeneratorId,
  PanePlans,
  PlanRequest,
  PlanStep,
  ReportRequest,
  ValidationStep,
  WriteRequest,
} from './engine-types';

export type EngineRequest =
  | { op: 'open'; bytes: Uint8Array }
  | { op: 'validate'; settings: ValidationSettings }
  /** `reread`: the file as it is now, not the workbook held when the file changed since. */
  | { op: 'plan'; request: PlanRequest<GeneratorId>; reread: boolean }
  | { op: 'write'; request: WriteRequest<GeneratorId> }
  | { op: 'report'; request: ReportRequest }
  /** The file with the fixes written, as a corrected copy (fixCopy). */
  | { op: 'fix'; fixes: readonly CellFix[] };

/** The file with a sheet added, and what the user should know about the copy. */
export interface WrittenCopy {
  /** The name the sheet got (`Hasil Validasi (2)` when the name was taken). */
  name: string;
  bytes: Uint8Array;
  /** What a copy written this way lacks. */
  losses: string;
  /** What else the user should know: the earlier output it replaced, what it leaves out (charts). */
  notes: string[];
}

/** The file with findings' fixes written, and what the user should know about the copy. */
export interface FixedFile {
  bytes: Uint8Array;
  /** Cells written. */
  fixed: number;
  /** What else the user should know: cells left as they were, an .xls copied as .xlsx. */
  notes: string[];
}

export type XlsxResponse =
  | { ok: true; notices?: string[]; checked: Checked }
  | { ok: true; fixed: FixedFile }
  | { ok: true; preview: PanePlans[GeneratorId]['preview'] }
  | { ok: true; written: WrittenCopy }
  | { ok: false; message: string };

/** A sheet the worker read, without its cells (they follow in bands). */
export interface SheetHead {
  name: string;
  hidden: boolean;
  merges: CellRange[];
  excelTables: ExcelTable[];
}

/** Cells of the sheet posted last, as parallel lists. */
export interface CellBand {
  rows: number[];
  cols: number[];
  cells: Cell[];
}

/**
 * What the worker posts before its answer: its steps, and the workbook a validation read, a sheet
 * and then its cells in bands, so that the page never takes in a whole sheet in one long task.
 */
export type XlsxUpdate =
  | { step: ValidationStep | PlanStep }
  | { sheet: SheetHead }
  | { band: CellBand }
  | { fixes: FixBand };

/** Corrections of the validation's finding `finding` (its index), a band at a time. */
export interface FixBand {
  finding: number;
  fix: CellFix[];
}

export type XlsxMessage = XlsxResponse | XlsxUpdate;

export interface XlsxService {
  /** The file later requests work on. */
  open(bytes: Uint8Array): void;
  /** Reads and validates; `signal` ends the run. */
  validate(
    settings: ValidationSettings,
    onStep: (step: ValidationStep) => void,
    signal?: AbortSignal,
  ): Promise<{ model: WorkbookModel; checked: Checked }>;
  plan<G extends GeneratorId>(
    request: PlanRequest<G>,
    reread: boolean,
    onStep: (step: PlanStep) => void,
    signal?: AbortSignal,
  ): Promise<PanePlans[G]['preview']>;
  /** The file with the plan's sheet, or the validation report, added; later requests build on it. */
  write(
    request:
      | { op: 'write'; request: WriteRequest<GeneratorId> }
      | { op: 'report'; request: ReportRequest },
    onStep: (step: PlanStep) => void,
    signal?: AbortSignal,
  ): Promise<WrittenCopy>;
  /** The file with the fixes written; later requests build on it. */
  fix(fixes: readonly CellFix[]): Promise<FixedFile>;
}

/** The part of a Worker the service uses; the in-thread engine has it too. */
export interface EngineWorker {
  onmessage: ((event: MessageEvent<XlsxMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(request: EngineRequest): void;
  terminate(): void;
}

/** A worker that has not answered by then is ended: the page reports it instead of waiting. */
const WORKER_TIMEOUT_MS = 120_000;

/** `start`: a new worker; in the unit tests, the engine in their thread (worker-engine's inThread). */
export function xlsxService(start: () => Promise<EngineWorker> = inWorker): XlsxService {
  let worker: EngineWorker | null = null;
  /** The file, and the bytes the running worker holds (none yet: a new worker). */
  let file: Uint8Array | null = null;
  let held: Uint8Array | null = null;
  /** Requests run one after another; each waits for the one before to settle. */
  let queue: Promise<unknown> = Promise.resolve();

  const ask = (
    request: EngineRequest,
    signal: AbortSignal | undefined,
    onUpdate: (update: XlsxUpdate) => void,
  ): Promise<Exclude<XlsxResponse, { ok: false }>> => {
    const turn = queue.then(() => run(request, signal, onUpdate));
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function run(
    request: EngineRequest,
    signal: AbortSignal | undefined,
    onUpdate: (update: XlsxUpdate) => void,
  ): Promise<Exclude<XlsxResponse, { ok: false }>> {
    if (signal?.aborted) throw new Error('Dibatalkan.');
    if (!file) throw new Error('Belum ada berkas. Buka berkas Excel terlebih dahulu.');
    worker ??= await start();
    const current = worker;
    if (held !== file) {
      // Copied, not transferred: the page keeps the file's bytes for the next worker.
      current.postMessage({ op: 'open', bytes: file });
      held = file;
    }
    return new Promise((resolve, reject) => {
      const end = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        current.onmessage = current.onerror = current.onmessageerror = null;
      };
      const fail = (message: string) => {
        end();
        // The worker ends with its run; the next request starts another with the file.
        current.terminate();
        if (worker === current) worker = held = null;
        reject(new Error(message));
      };
      const cancel = () => fail('Dibatalkan.');
      signal?.addEventListener('abort', cancel);
      const timer = setTimeout(
        () =>
          fail(
            'Berkas tidak selesai diproses dalam 2 menit; berkas mungkin terlalu besar atau rusak.',
          ),
        WORKER_TIMEOUT_MS,
      );
      current.onmessage = ({ data }) => {
        if (!('ok' in data)) return onUpdate(data);
        if (!data.ok) return fail(data.message);
        end();
        // The worker holds the copy it wrote: later requests go on from it.
        if ('written' in data) file = held = data.written.bytes;
        if ('fixed' in data) file = held = data.fixed.bytes;
        resolve(data);
      };
      current.onerror = (event) => {
        event.preventDefault();
        fail(
          'Pembaca berkas berhenti (mungkin kehabisan memori): berkas terlalu besar atau rusak. Halaman tetap dapat dipakai.',
        );
      };
      current.onmessageerror = () => fail('Hasil pembacaan berkas tidak dapat diterima halaman.');
      current.postMessage(request);
    });
  }

  const stepsTo =
    <Step>(onStep: (step: Step) => void) =>
    (update: XlsxUpdate) => {
      if ('step' in update) onStep(update.step as Step);
    };

  return {
    open(bytes) {
      file = bytes;
    },
    async validate(settings, onStep, signal) {
      const sheets: Sheet[] = [];
      const fixes = new Map<number, CellFix[]>();
      const answer = await ask({ op: 'validate', settings }, signal, (update) => {
        if ('step' in update) return onStep(update.step as ValidationStep);
        if ('sheet' in update) return void sheets.push(sheetOf(update.sheet));
        if ('fixes' in update) {
          const { finding, fix } = update.fixes;
          const held = fixes.get(finding);
          return void (held ? held.push(...fix) : fixes.set(finding, fix));
        }
        const { rows, cols, cells } = update.band;
        const sheet = sheets[sheets.length - 1];
        for (let i = 0; i < cells.length; i++) sheet.setCell(rows[i], cols[i], cells[i]);
      });
      if (!('checked' in answer)) throw new Error('Jawaban pemeriksa .xlsx tidak dikenal.');
      for (const [index, fix] of fixes) {
        const finding = answer.checked.findings[index];
        if (finding) finding.fix = fix;
      }
      const model: WorkbookModel = { sheets };
      if (answer.notices) model.notices = answer.notices;
      return { model, checked: answer.checked };
    },
    async plan(request, reread, onStep, signal) {
      const answer = await ask({ op: 'plan', request, reread }, signal, stepsTo(onStep));
      if (!('preview' in answer)) throw new Error('Jawaban penyusun pratinjau tidak dikenal.');
      return answer.preview as PanePlans[(typeof request)['generator']]['preview'];
    },
    async write(request, onStep, signal) {
      const answer = await ask(request, signal, stepsTo(onStep));
      if (!('written' in answer)) throw new Error('Jawaban penulis .xlsx tidak dikenal.');
      return answer.written;
    },
    async fix(fixes) {
      const answer = await ask({ op: 'fix', fixes }, undefined, () => undefined);
      if (!('fixed' in answer)) throw new Error('Jawaban penulis salinan tidak dikenal.');
      return answer.fixed;
    },
  };
}

function sheetOf({ name, hidden, merges, excelTables }: SheetHead): Sheet {
  const sheet = new Sheet(name);
  sheet.hidden = hidden;
  sheet.merges.push(...merges);
  sheet.excelTables.push(...excelTables);
  return sheet;
}

async function inWorker(): Promise<EngineWorker> {
  const { startXlsxWorker } = await import(/* webpackMode: "eager" */ './start-xlsx-worker');
  return startXlsxWorker();
}
