/**
 * The engine on the pane's own thread, for Excel (whose workbook only the pane can read, through
 * Office.js): the workbook read through the host, then detected, checked, planned and laid out a
 * step at a time, the thread handed back between steps (every sheet, every check, every plan and
 * layout) so that Excel's pane keeps answering; a cancelled run ends at its next step.
 */
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { WorkbookModel } from '../workbook/model';
import type { AddedSheet, PaneHost } from './host';
import { loadEngine } from './load-engine';
import type { Run, WorkbookSession } from './session';

/** What the pane's thread reads and writes through. */
export interface WorkbookSource {
  /** Reads the whole workbook; `onProgress` gets `done` of `total` steps. */
  readWorkbook(onProgress: (done: number, total: number) => void): Promise<WorkbookModel>;
  addSheet(spec: SheetSpec): Promise<AddedSheet>;
}

/** Hands the thread back: the browser paints and takes input before the next step. */
export type YieldToPane = () => Promise<void>;

/**
 * A task of its own, by a message to itself: a validation pauses hundreds of times, and a
 * `setTimeout` nested more than five deep waits at least 4 ms (where there is no MessageChannel,
 * a timeout all the same).
 */
const nextTask: YieldToPane = () =>
  new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

export function inPane(
  source: WorkbookSource,
  yieldToPane: YieldToPane = nextTask,
): Pick<PaneHost, 'validate' | 'plan' | 'write' | 'writeReport'> {
  /** The workbook last read: choices and writing go on from it until a button reads again. */
  let held: Promise<WorkbookSession> | null = null;

  const runOf = <Step>(onStep: (step: Step) => void, signal?: AbortSignal): Run<Step> => ({
    onStep,
    signal,
    pause: async () => {
      signal?.throwIfAborted();
      await yieldToPane();
      signal?.throwIfAborted();
    },
  });

  const read = (run: Run<{ kind: 'reading'; done: number; total: number }>) => {
    const reading = (async () => {
      const [model, engine] = await Promise.all([
        source.readWorkbook((done, total) => run.onStep({ kind: 'reading', done, total })),
        loadEngine(),
      ]);
      await run.pause();
      return new engine.WorkbookSession(model);
    })();
    held = reading;
    // A read that failed or was cancelled is not held: the next asks again.
    reading.catch(() => {
      if (held === reading) held = null;
    });
    return reading;
  };
  const session = (run: Run<{ kind: 'reading'; done: number; total: number }>) => held ?? read(run);

  return {
    async validate(settings, onStep, signal) {
      const run = runOf(onStep, signal);
      const workbook = await read(run);
      return { model: workbook.model, checked: await workbook.validate(settings, run) };
    },
    async plan(request, reread, onStep, signal) {
      const run = runOf(onStep, signal);
      return (await (reread ? read(run) : session(run))).plan(request, run);
    },
    async write(request, onStep, signal) {
      const run = runOf(onStep, signal);
      const workbook = await session(run);
      return source.addSheet(await workbook.sheet(request, workbook.model.sheets, run));
    },
    async writeReport(request) {
      const run = runOf(() => undefined);
      const workbook = await session(run);
      return source.addSheet(await workbook.report(request, workbook.model.sheets, run));
    },
  };
}
