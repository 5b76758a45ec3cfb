/**
 * The pane's engine over a real workbook with a budget table of a thousand lines: its Tabel LKj
 * preview lays out only what it shows yet shows what the whole plan does, and the plan and the
 * sheet are made in steps of some hundred lines, the engine pausing between every two.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { LAID_OUT_ROWS_PER_STEP } from '../../src/core/steps';
import { planTabel, type TabelPlan } from '../../src/tabel';
import type { PlanStep } from '../../src/taskpane/engine-types';
import { WorkbookSession, type Run } from '../../src/taskpane/session';
import { detectTables } from '../../src/workbook/detect';
import type { WorkbookModel } from '../../src/workbook/model';

const WORKBOOK = path.resolve(
  __dirname,
  '../../../shared/reference/real-workbooks/lra-dinkes-2026.xlsx',
);
const settings = { toleransi: 0 };
const request = { generator: 'tabel' as const, settings, choices: null };

let model: WorkbookModel;
/** The plan as the CLI makes it: every row of every table previewed. */
let whole: TabelPlan;

beforeAll(async () => {
  model = await readXlsx(readFileSync(WORKBOOK));
  whole = planTabel(new WorkbookFacts(model, detectTables(model)));
});

/** A run that counts its pauses. */
function counted(): Run<PlanStep> & { pauses: number } {
  const run = {
    pauses: 0,
    onStep: () => undefined,
    pause: async () => {
      run.pauses++;
    },
  };
  return run;
}

describe('the pane’s Tabel LKj over a budget table of a thousand lines', () => {
  it('previews the first 8 rows of each table as the whole plan has them, and counts them all', async () => {
    const preview = await new WorkbookSession(model).plan(request, counted());
    expect(preview.sections.map((section) => section.id)).toEqual(
      whole.sections.map((section) => section.id),
    );
    for (const [i, section] of preview.sections.entries()) {
      const full = whole.sections[i];
      expect(section.hasData).toBe(full.hasData);
      expect(section.preview.header).toEqual(full.preview.header);
      expect(section.preview.rows).toEqual(full.preview.rows.slice(0, 8));
      expect(section.rowCount).toBe(full.preview.rows.length);
    }
    // The budget table is the one that is cut.
    expect(whole.anggaran.length).toBeGreaterThan(2 * LAID_OUT_ROWS_PER_STEP);
    expect(preview.sections.find((section) => section.id === 9)?.rowCount).toBeGreaterThan(
      whole.anggaran.length,
    );
  });

  it('plans and lays out the sheet in steps of LAID_OUT_ROWS_PER_STEP lines, pausing between them', async () => {
    const session = new WorkbookSession(model);
    const planning = counted();
    await session.plan(request, planning);
    // The budget's lines are read twice (amounts, then their sums) and laid out once for the
    // preview, each in steps of LAID_OUT_ROWS_PER_STEP lines.
    const lines = whole.anggaran.length;
    const perPass = Math.floor((lines - 1) / LAID_OUT_ROWS_PER_STEP);
    expect(perPass).toBeGreaterThanOrEqual(2);
    expect(planning.pauses).toBeGreaterThanOrEqual(3 * perPass);

    const writing = counted();
    const spec = await session.sheet(request, model.sheets, writing);
    // A pause before the layout, the lines' steps, one after the table, then the cells' values.
    expect(spec.cells.length).toBeGreaterThan(lines);
    expect(writing.pauses).toBeGreaterThanOrEqual(1 + perPass + 1 + 1);
  });
});
