/**
 * The pane's engine in Excel runs on the pane's own thread and hands it back between steps; the
 * rule (issue 19) is no synchronous stretch of more than 50 ms between two pauses. This runs the
 * pane's session (validation, then every generator's plan and sheet) on the shared real workbooks
 * and prints, per workbook, the longest stretches and the step each followed, against that budget.
 * The model is read from the .xlsx first (in Excel it comes through Office.js, sheet by sheet).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readXlsx } from '../src/hosts/xlsx/read';
import type {
  GeneratorId,
  PanePlans,
  PlanStep,
  ValidationStep,
} from '../src/taskpane/engine-types';
import { checks, WorkbookSession, type Run } from '../src/taskpane/session';

/** The budget of one stretch between pauses. */
const BUDGET_MS = 50;
const WORKBOOKS = join(__dirname, '../../shared/reference/real-workbooks');
const NAMES = ['dinkes-realisasi-belanja.xlsx', 'lra-dinkes-2026.xlsx'];
const SAMPLE = join(__dirname, '../samples/klakah-2023.xlsx');

interface Stretch {
  ms: number;
  /** The last step reported before the stretch began, and the pause's number within the call. */
  after: string;
}

/** A Run that times every stretch between two pauses. */
function timedRun<Step extends { kind: string }>(
  call: string,
  stretches: Stretch[],
): Run<Step> & { start(): void } {
  let last = performance.now();
  let step = 'mulai';
  let pauses = 0;
  // Named when it begins: the step reported at its end (the next check's) is not what it ran.
  let after = `${call}: ${step} #0`;
  const close = () => {
    stretches.push({ ms: performance.now() - last, after });
  };
  return {
    start: () => {
      last = performance.now();
      pauses = 0;
      after = `${call}: ${step} #0`;
    },
    onStep: (reported) => {
      // A check step reports the checks done: the stretch after it runs the next one (its steps
      // too, where it has some).
      step =
        reported.kind === 'checking' && 'done' in reported
          ? `pemeriksaan ${checks[Number(reported.done)]?.id ?? 'selesai'}`
          : reported.kind;
    },
    pause: async () => {
      close();
      pauses++;
      await new Promise((resolve) => setImmediate(resolve));
      last = performance.now();
      after = `${call}: ${step} #${pauses}`;
    },
  };
}

const CHOICES: { [G in GeneratorId]: PanePlans[G]['choices'] } = {
  evaluasi: { types: {}, arah: {} },
  tabel: null,
  renja: { jenis: {} },
  skm: { bobot: '1/9' },
};

async function stretchesOf(path: string): Promise<Stretch[]> {
  const model = await readXlsx(readFileSync(path));
  const session = new WorkbookSession(model);
  const stretches: Stretch[] = [];
  const settings = { toleransi: 0 };
  const validation = timedRun<ValidationStep>('validasi', stretches);
  validation.start();
  await session.validate(settings, validation);
  for (const generator of Object.keys(CHOICES) as GeneratorId[]) {
    const request = { generator, settings, choices: CHOICES[generator], tahun: 2026 };
    const planning = timedRun<PlanStep>(`rencana ${generator}`, stretches);
    planning.start();
    try {
      await session.plan(request, planning);
      await planning.pause();
      const writing = timedRun<PlanStep>(`sheet ${generator}`, stretches);
      writing.start();
      await session.sheet(request, model.sheets, writing);
      await writing.pause();
    } catch {
      // A generator with nothing to plan on this workbook (no survey): its stretches still count.
      await planning.pause();
    }
  }
  return stretches;
}

export async function run(): Promise<void> {
  const paths = [SAMPLE, ...NAMES.map((name) => join(WORKBOOKS, name))].filter(existsSync);
  console.log(
    `\nPanel di Excel: rentang sinkron terpanjang antara dua jeda (anggaran ${BUDGET_MS} ms)`,
  );
  for (const path of paths) {
    const stretches = await stretchesOf(path);
    console.log(`  ${path.split('/').pop()}`);
    // Validation apart from the generators: the longest of each, neither hiding the other.
    const validation = stretches.filter((stretch) => stretch.after.startsWith('validasi'));
    const generators = stretches.filter((stretch) => !validation.includes(stretch));
    for (const [what, group] of [
      ['validasi', validation],
      ['rencana dan sheet', generators],
    ] as const) {
      const longest = [...group].sort((a, b) => b.ms - a.ms).slice(0, 5);
      const over = group.filter((stretch) => stretch.ms > BUDGET_MS).length;
      console.log(`    ${what}: ${group.length} rentang, ${over} di atas anggaran`);
      for (const { ms, after } of longest) {
        const ratio = (ms / BUDGET_MS).toFixed(2);
        console.log(
          `    ${ms.toFixed(1).padStart(8)} ms  ${ratio.padStart(6)}× anggaran  sesudah ${after}`,
        );
      }
    }
  }
}
