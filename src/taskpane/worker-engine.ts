/**
 * The web page's engine as its worker runs it: it holds the opened file, the workbook read from it
 * (a WorkbookSession: tables detected once, plans kept) and answers the page's requests one at a
 * time, posting its steps, the sheets a validation read, and its answer. Used by xlsx-worker, and
 * in the test's own thread by inThread (jsdom has no workers).
 */
import type { CellFix, Finding } from '../checks/finding';
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import { readWorkbookBytes } from '../hosts/xls/workbook-bytes';
import { replacedNote, type NamedSheet } from '../sheetgen/output-marker';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { PlanStep, ValidationStep } from './engine-types';
import { EngineError, isUsersToAnswer, WorkbookSession, type Run } from './session';
import type { WorkbookModel } from '../workbook/model';
import type { CellBand, EngineRequest, EngineWorker, XlsxMessage } from './xlsx-service';

type Post = (message: XlsxMessage, transfer?: Transferable[]) => void;

/**
 * Cells a message carries at most: the page takes a message in one task, and 10,000 cells take it
 * some 10–40 ms (Chromium, shared machine); a whole 4,500-row sheet took 100–300 ms.
 */
const CELLS_PER_MESSAGE = 10_000;

/** The worker is the engine's own thread: nothing to hand back, a cancelled run ends the worker. */
const noPause = () => Promise.resolve();

export class WorkerEngine {
  /** The opened file as it is now (with the sheets written since), and its sheets. */
  private file: { bytes: Uint8Array; sheets?: NamedSheet[] } | null = null;
  /** The workbook read, and the bytes it was read from (older than the file's after a write). */
  private read: { from: Uint8Array; session: WorkbookSession } | null = null;

  constructor(private readonly post: Post) {}

  async handle(request: EngineRequest): Promise<void> {
    try {
      await this.answer(request);
    } catch (error) {
      this.post({
        ok: false,
        message:
          isUsersToAnswer(error) || error instanceof EngineError
            ? error.message
            : 'Berkas tidak dapat diproses karena kesalahan tak terduga di add-in; berkas tidak diubah.',
      });
    }
  }

  private async answer(request: EngineRequest): Promise<void> {
    // A step repeated (a check's slices, a budget table's blocks) is posted once: each message
    // is a render on the page's thread, and the pane shows the same progress for all of them.
    let posted = '';
    const run: Run<ValidationStep | PlanStep> = {
      onStep: (step) => {
        const shown = JSON.stringify(step);
        if (shown === posted) return;
        posted = shown;
        this.post({ step });
      },
      pause: noPause,
    };
    if (request.op === 'open') {
      this.file = { bytes: request.bytes };
      this.read = null;
    } else if (request.op === 'validate') {
      const { session } = await this.session(true, run);
      const checked = await session.validate(request.settings, run);
      this.postModel(session.model);
      const { notices } = session.model;
      const findings = checked.findings.map((finding, index) => this.postFixes(finding, index));
      this.post({ ok: true, ...(notices ? { notices } : {}), checked: { ...checked, findings } });
    } else if (request.op === 'fix') {
      await this.fix(request.fixes);
    } else if (request.op === 'plan') {
      const { session } = await this.session(request.reread, run);
      this.post({ ok: true, preview: await session.plan(request.request, run) });
    } else {
      const { session, sheets, bytes } = await this.session(false, run);
      const spec =
        request.op === 'write'
          ? await session.sheet(request.request, sheets, run)
          : await session.report(request.request, sheets, run);
      await this.write(bytes, spec, sheets);
    }
  }

  /** Posts the workbook, a sheet and then bands of its cells: the page takes each in a task of its own. */
  private postModel(model: WorkbookModel): void {
    for (const sheet of model.sheets) {
      const { name, hidden, merges, excelTables } = sheet;
      this.post({ sheet: { name, hidden, merges, excelTables } });
      let band: CellBand = { rows: [], cols: [], cells: [] };
      sheet.forEachCell((row, col, cell) => {
        band.rows.push(row);
        band.cols.push(col);
        band.cells.push(cell);
        if (band.cells.length < CELLS_PER_MESSAGE) return;
        this.post({ band });
        band = { rows: [], cols: [], cells: [] };
      });
      if (band.cells.length > 0) this.post({ band });
    }
  }

  /**
   * Posts the finding's corrections in bands and gives the finding without them: a workbook of
   * text numbers has tens of thousands (90,000 on the Dinkes workbook), which in the answer would
   * be taken in by the page in one long task.
   */
  private postFixes(finding: Finding, index: number): Finding {
    const { fix, ...rest } = finding;
    for (let at = 0; fix && at < fix.length; at += CELLS_PER_MESSAGE) {
      this.post({ fixes: { finding: index, fix: fix.slice(at, at + CELLS_PER_MESSAGE) } });
    }
    return rest;
  }

  /**
   * The workbook read: the one held, unless `fresh` asks for the file as it is now and the file
   * changed since (a sheet written); else read from the file's bytes.
   */
  private async session(
    fresh: boolean,
    run: Run<ValidationStep | PlanStep>,
  ): Promise<{ session: WorkbookSession; sheets: NamedSheet[]; bytes: Uint8Array }> {
    const file = this.file;
    if (!file) throw new WorkbookReadError('Belum ada berkas. Buka berkas Excel terlebih dahulu.');
    if (!this.read || (fresh && this.read.from !== file.bytes)) {
      const model = await readWorkbookBytes(file.bytes, (done, total) =>
        run.onStep({ kind: 'reading', done, total }),
      );
      this.read = { from: file.bytes, session: new WorkbookSession(model) };
      file.sheets = model.sheets.map(({ name, generatedBy }) => ({ name, generatedBy }));
    }
    return { session: this.read.session, sheets: file.sheets ?? [], bytes: file.bytes };
  }

  /**
   * Writes the corrected copy (the opened file itself is never changed); later fixes and sheets
   * build on it, as in Excel, and the next validation reads it.
   */
  private async fix(fixes: readonly CellFix[]): Promise<void> {
    const file = this.file;
    if (!file) throw new WorkbookReadError('Belum ada berkas. Buka berkas Excel terlebih dahulu.');
    const patcher = await import(/* webpackChunkName: "xlsx-fix" */ '../hosts/xlsx/patch-cells');
    const { bytes, fixed, skipped, copyLosses } = await patcher.fixCopy(file.bytes, fixes);
    this.file = { bytes, ...(file.sheets ? { sheets: file.sheets } : {}) };
    const notes = [
      ...(skipped.length > 0 ? [`${skipped.length} sel tidak diubah: ${skipped.join('; ')}.`] : []),
      ...(copyLosses ? [copyLosses] : []),
    ];
    this.post({ ok: true, fixed: { bytes, fixed, notes } });
  }

  /** Writes the copy with the sheet added; later additions build on it, as in Excel. */
  private async write(from: Uint8Array, spec: SheetSpec, sheets: NamedSheet[]): Promise<void> {
    const writer = await import(/* webpackChunkName: "xlsx-write" */ '../hosts/xlsx/write');
    // An .xls is copied as .xlsx: later additions build on that copy.
    const { bytes, name, replaced, copyLosses } = await writer.addSheetToCopy(from, spec);
    const generatedBy = spec.output?.generator;
    this.file = {
      bytes,
      sheets: [
        ...sheets.filter((sheet) => sheet.name !== replaced),
        { name, ...(generatedBy ? { generatedBy } : {}) },
      ],
    };
    const notes = [
      ...(replaced ? [replacedNote(name)] : []),
      ...(copyLosses ? [copyLosses] : []),
      ...writer.leftOutOfCopy(spec),
    ];
    // Copied, not transferred: the worker keeps the bytes for the next addition.
    this.post({ ok: true, written: { name, bytes, losses: writer.WRITE_LOSSES, notes } });
  }
}

/** The engine in this thread, behind the same messages as the worker's: for jsdom, which has none. */
export async function inThread(): Promise<EngineWorker> {
  let ended = false;
  let queue = Promise.resolve();
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request) {
      queue = queue.then(() => engine.handle(request));
    },
    terminate() {
      ended = true;
    },
  };
  const engine = new WorkerEngine((data) => {
    if (!ended) worker.onmessage?.({ data } as MessageEvent<XlsxMessage>);
  });
  return worker;
}
