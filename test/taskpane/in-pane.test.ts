/**
 * Inside Excel the engine runs on the pane's thread (office-addin-mock here): it must hand the
 * thread back between steps, so that no stretch of work holds the pane for a whole workbook. The
 * steps are counted, not timed: detection awaits before every sheet, validation after every
 * check, a generator before planning and before laying out its sheet, and between the steps of
 * its plan and of its layout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checks } from '../../src/checks';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { outputSheet } from '../../src/sheetgen/output-marker';
import { finish, type Steps } from '../../src/core/steps';
import { tabelGenerator } from '../../src/tabel';
import { detectTables } from '../../src/workbook/detect';
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

/** How many times steps yield, run through. */
function yieldsOf(steps: Steps<unknown>): number {
  let yields = 0;
  while (!steps.next().done) yields++;
  return yields;
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
    const tables = preview.sections.filter((section) => section.hasData).length;
    expect(tables).toBeGreaterThan(1);
    // A pause before every sheet (and between the tables found on one); once planning, one before
    // its facts, one at each step of their preparation (every budget table) and of the plan, and
    // one before the preview.
    const facts = new WorkbookFacts(model, detectTables(model));
    const prepareSteps = yieldsOf(new WorkbookFacts(model, detectTables(model)).prepare());
    const planSteps = yieldsOf(tabelGenerator.plan(facts, {}));
    // At least a step a table previewed.
    expect(planSteps).toBeGreaterThanOrEqual(tables);
    const after = afterReading(events);
    const planning = after.indexOf('planning');
    expect(after[0]).toBe('detecting');
    expect(planning - 1).toBeGreaterThanOrEqual(model.sheets.length);
    expect(after.slice(planning)).toEqual([
      'planning',
      ...Array<string>(prepareSteps + planSteps + 2).fill('pause'),
    ]);

    // Another choice: planned again on the workbook held, its tables detected once.
    events.length = 0;
    await host.plan({ ...request, settings: { toleransi: 1 } }, false, onStep, signal);
    expect(events).toEqual(after.slice(planning));

    // The sheet of the plan shown: laid out after a pause and between its steps, not planned again.
    events.length = 0;
    const added = await host.write({ ...request, settings: { toleransi: 1 } }, onStep, signal);
    expect(added.name).toBe('Tabel LKj 2023');
    const plan = finish(tabelGenerator.plan(facts, {}));
    const layoutSteps = yieldsOf(outputSheet(tabelGenerator, plan, model.sheets, {}));
    // At least a step a table written.
    expect(layoutSteps).toBeGreaterThanOrEqual(tables);
    expect(events).toEqual(['writing', ...Array<string>(layoutSteps + 1).fill('pause')]);

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
