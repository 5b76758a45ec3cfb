/**
 * Reading and validating .xlsx against ExcelJS and SheetJS, in one run: the same generated
 * workbooks (20,000 and 40,000 indicator rows plus as many budget rows) read by our streaming
 * reader, by a bare ExcelJS read and by SheetJS; validated (read + detection + checks) in-process;
 * and the whole `lkj validate` command against a whole process reading with ExcelJS or SheetJS.
 * Each run is its own process, so peak memory is its own; each is run ROUNDS times, interleaved,
 * and the median taken, so a shared machine's drift hits every contender alike. Targets (issue
 * 19): validation faster than a bare ExcelJS read with at most half its peak memory (beyond:
 * half its time); twice the rows at most twice the time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import webpack, { type Configuration } from 'webpack';
import { validationWorkbook } from './validate-workbook';

const SIZES = [20_000, 40_000];
const ROUNDS = 3;
const ROOT = join(__dirname, '..');

interface Run {
  /** The work alone, in the child (for the command: the whole process). */
  ms: number;
  /** The whole process, start to exit. */
  wallMs: number;
  peakMb: number;
}

/** Contenders in one process each, measuring the work alone (read-child.ts). */
const READERS = ['lkj', 'lkj-validasi', 'exceljs', 'sheetjs'] as const;
export type ReaderName = (typeof READERS)[number];

type Contender = ReaderName | 'lkj validate';
const CONTENDERS: Contender[] = [...READERS, 'lkj validate'];

function child(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { wallMs: number; out: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  if (run.error || run.signal || run.status !== 0) {
    throw new Error(`${args.join(' ')}: ${run.error ?? run.signal ?? run.stderr}`);
  }
  return { wallMs: performance.now() - start, out: run.stdout };
}

/** A child printing its work's time and its peak memory as its last line. */
function reported(args: string[]): Run {
  const { wallMs, out } = child(args);
  const { ms, peakMb } = JSON.parse(out.trim().split('\n').pop() ?? '') as Run;
  return { ms, peakMb, wallMs };
}

/** The built `lkj validate` (npm run build:cli), its peak memory written by report-rss.cjs. */
function lkjValidate(file: string, dir: string): Run {
  const rssFile = join(dir, 'rss');
  const { wallMs } = child(
    ['-r', './test/support/report-rss.cjs', 'bin/lkj.cjs', 'validate', file],
    { ...process.env, LKJ_RSS_FILE: rssFile },
  );
  return { ms: wallMs, wallMs, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

/** read-child.ts bundled into `dir` by the `lkj` command's own webpack configuration. */
async function bundleChild(dir: string): Promise<string> {
  const configure = createRequire(__filename)('../webpack.config.js') as (
    env: { cli: boolean },
    argv: { mode: string },
  ) => Promise<Configuration>;
  const cli = await configure({ cli: true }, { mode: 'production' });
  const compiler = webpack({
    ...cli,
    entry: join(__dirname, 'read-child.ts'),
    output: { path: dir, filename: 'read-child.js' },
    // createRequire stays Node's own: the child loads ExcelJS and SheetJS from the project.
    module: { ...cli.module, parser: { javascript: { createRequire: false } } },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(String(stats)));
      else compiler.close(() => resolve(join(dir, 'read-child.js')));
    }),
  );
}

function runOnce(contender: Contender, file: string, dir: string, bundle: string): Run {
  switch (contender) {
    case 'lkj validate':
      return lkjValidate(file, dir);
    default:
      return reported([bundle, contender, file]);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** The median of each figure over the rounds. */
function medianRun(runs: Run[]): Run {
  return {
    ms: median(runs.map((run) => run.ms)),
    wallMs: median(runs.map((run) => run.wallMs)),
    peakMb: median(runs.map((run) => run.peakMb)),
  };
}

const format = (run: Run) =>
  `${run.ms.toFixed(0).padStart(6)} ms (proses ${run.wallMs.toFixed(0).padStart(6)} ms)   puncak RSS ${run.peakMb.toFixed(0).padStart(5)} MB`;

const ratio = (a: number, b: number) => `${(a / b).toFixed(2).replace('.', ',')}×`;

/** Time and memory of `ours` against `theirs`: the work alone, or whole processes. */
function versus(ours: Run, theirs: Run, whole = false): string {
  const time = whole ? ratio(ours.wallMs, theirs.wallMs) : ratio(ours.ms, theirs.ms);
  return `waktu ${time}, memori ${ratio(ours.peakMb, theirs.peakMb)}`;
}

export async function run(): Promise<void> {
  console.log(
    `\nBaca dan validasi .xlsx: lkj, ExcelJS, SheetJS (tiap jalan di prosesnya sendiri, median ${ROUNDS} jalan)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'lkj-bench-'));
  const results: Record<Contender, Run>[] = [];
  try {
    const bundle = await bundleChild(dir);
    for (const rows of SIZES) {
      const file = join(dir, `${rows}.xlsx`);
      const bytes = await validationWorkbook(rows, rows);
      writeFileSync(file, bytes);
      const rounds = new Map<Contender, Run[]>(CONTENDERS.map((name) => [name, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of CONTENDERS) rounds.get(name)?.push(runOnce(name, file, dir, bundle));
      }
      const runs = Object.fromEntries(
        CONTENDERS.map((name) => [name, medianRun(rounds.get(name) ?? [])]),
      ) as Record<Contender, Run>;
      results.push(runs);
      const { lkj, exceljs, sheetjs } = runs;
      const validasi = runs['lkj-validasi'];
      const command = runs['lkj validate'];
      console.log(
        `\n${rows.toLocaleString('id-ID')} + ${rows.toLocaleString('id-ID')} baris ` +
          `(${(bytes.byteLength / 2 ** 20).toFixed(1)} MB)`,
      );
      for (const name of CONTENDERS) console.log(`  ${name.padEnd(24)} ${format(runs[name])}`);
      console.log(
        `  baca lkj / ExcelJS: ${versus(lkj, exceljs)}; / SheetJS: ${versus(lkj, sheetjs)}`,
      );
      console.log(
        `  validasi lkj (baca + deteksi + pemeriksaan) / baca ExcelJS: ${versus(validasi, exceljs)} ` +
          `(target waktu < 1×, lanjutan ≤ 0,5×; memori ≤ 0,5×); / baca SheetJS: ${versus(validasi, sheetjs)}`,
      );
      console.log(
        `  lkj validate utuh / proses baca utuh: ExcelJS ${versus(command, exceljs, true)}; ` +
          `SheetJS ${versus(command, sheetjs, true)}`,
      );
    }
    const [half, full] = results;
    console.log(
      `\n  pertumbuhan 2× baris (target ≤ 2×): baca lkj ${ratio(full.lkj.ms, half.lkj.ms)}, ` +
        `validasi lkj ${ratio(full['lkj-validasi'].ms, half['lkj-validasi'].ms)}, ` +
        `lkj validate ${ratio(full['lkj validate'].wallMs, half['lkj validate'].wallMs)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
