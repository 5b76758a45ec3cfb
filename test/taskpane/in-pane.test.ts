/**
 * Inside Excel the engine runs on the pane's thread (office-addin-mock here): it must hand the
 * thread back between steps, so that no stretch of work holds the pane for a whole workbook. The
 * steps are counted, not timed: detection awaits before every sheet, validation after every
 * check, a generator before planning and before laying out its sheet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checks } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { createExcelHost } from '../../src/taskpane/excel-host';
import type { WorkbookModel } from '../../src/workbook/model';
import { fakeSheetsOf } from '../hosts/office/excel-mock';
import { installOffice, uninstallOffice } from './office-globals';

const sample = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');
const settings = { toleransi: 0 };

let model: WorkbookModel;

beforeAll(async () => {
  model = await readXlsx(readFileSync(sample));
});

afterEach(uninstallOffice);

/** The Excel host over the sample, recording its steps and the pauses between them in order. */
function excelHost() {
  installOffice(fakeSheetsOf(model));
  const events: string[] = [];
  const host = createExcelHost(async () => {
    events.push('pause');
  });
  const onStep = (step: { kind: string }) => events.push(step.kind);
  return { host, events, onStep };
}

/** The events after the workbook was read (its reading steps and the pause after them). */
const afterReading = (events: string[]) => {
  const read = events.lastIndexOf('reading');
  expect(events[read + 1]).toBe('pause');
  return events.slice(read + 2);
};

describe('the engine on the pane’s thread in Excel', () => {
  it('validates a sheet a step and a check a step, awaiting between every two', async () => {
    const { host, events, onStep } = excelHost();
    const { checked } = await host.validate(settings, onStep, new AbortController().signal);
    expect(checked.findings.length).toBeGreaterThan(0);
    expect(model.sheets.length).toBeGreaterThan(1);

    const after = afterReading(events);
    const preparing = after.indexOf('preparing');
    const checking = after.indexOf('checking');
    expect(after[0]).toBe('detecting');
    // A pause before every sheet (and between the tables found on one), then before each budget
    // table prepared: only pauses until the checks.
    expect(after.slice(1, preparing).every((event) => event === 'pause')).toBe(true);
    expect(preparing - 1).toBeGreaterThanOrEqual(model.sheets.length);
    expect(after.slice(preparing + 1, checking).every((event) => event === 'pause')).toBe(true);
    // Before the first check and after each, and between a stepped check's tables (serapan-salah
    // has several): its step, then the pause; one more before the end.
    const rest = after.slice(checking);
    const reported = rest.filter((event) => event === 'checking').length;
    expect(reported).toBeGreaterThan(checks.length + 1);
    expect(rest).toEqual([
      ...Array<string[]>(reported).fill(['checking', 'pause']).flat(),
      'pause',
    ]);
  });

  it('plans on the workbook read, lays out the sheet after a pause, and reads again when asked', async () => {
    const { host, events, onStep } = excelHost();
    const signal = new AbortController().signal;
    const request = { generator: 'tabel' as const, settings, choices: null };
    const preview = await host.plan(request, true, onStep, signal);
    expect(preview.sections.some((section) => section.hasData)).toBe(true);
    // A pause before every sheet (and between the tables found on one); once planning, before
    // its facts, between their steps (every budget table), and before the preview.
    const after = afterReading(events);
    const planning = after.indexOf('planning');
    expect(after[0]).toBe('detecting');
    expect(planning - 1).toBeGreaterThanOrEqual(model.sheets.length);
    expect(after.filter((event) => event !== 'pause')).toEqual(['detecting', 'planning']);
    expect(after.length - planning - 1).toBeGreaterThan(2);

    // Another choice: planned again on the workbook held, its tables detected once.
    events.length = 0;
    await host.plan({ ...request, settings: { toleransi: 1 } }, false, onStep, signal);
    expect(events[0]).toBe('planning');
    expect(events.length).toBe(after.length - planning);
    expect(events.slice(1).every((event) => event === 'pause')).toBe(true);

    // The sheet of the plan shown: laid out after a pause, not planned again.
    events.length = 0;
    const added = await host.write({ ...request, settings: { toleransi: 1 } }, onStep, signal);
    expect(added.name).toBe('Tabel LKj 2023');
    expect(events).toEqual(['writing', 'pause']);

    // The button reads the open workbook again.
    events.length = 0;
    await host.plan(request, true, onStep, signal);
    expect(events[0]).toBe('reading');
  });

  it('hands the thread to the browser’s other tasks while it detects and checks', async () => {
    installOffice(fakeSheetsOf(model));
    const host = createExcelHost();
    const order: string[] = [];
    await host.validate(
      settings,
      (step) => {
        // Once reading is done only the engine's own pauses let another task in.
        if (step.kind === 'detecting') setTimeout(() => order.push('other task'), 0);
      },
      new AbortController().signal,
    );
    order.push('validated');
    expect(order).toEqual(['other task', 'validated']);
  });

  it('stops at the next step once cancelled', async () => {
    const { host, onStep } = excelHost();
    const controller = new AbortController();
    const done: number[] = [];
    const run = host.validate(
      settings,
      (step) => {
        onStep(step);
        if (step.kind !== 'checking') return;
        done.push(step.done);
        if (step.done === 3) controller.abort();
      },
      controller.signal,
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Nothing reported after the step that was cancelled.
    expect(done.at(-1)).toBe(3);
    expect(done.filter((count) => count === 3)).toHaveLength(1);
  });
});
