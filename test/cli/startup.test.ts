/**
 * `lkj` runs the bundled dist/cli.js: no TypeScript is compiled at run time, so tsx is only a
 * development dependency and a run starts about as fast as Node itself (issue 12, item 11).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const BIN = path.join(root, 'bin', 'lkj.cjs');

jest.setTimeout(120_000);

beforeAll(() => {
  // `npm test` builds dist/ when the sources are newer; `npx jest` alone may come before any build.
  if (existsSync(path.join(root, 'dist', 'cli.js'))) return;
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli gagal:\n${build.stderr}`);
});

/** Seconds of the fastest of `times` runs of `node args…`. */
function fastest(args: string[], times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(run.stderr);
    best = Math.min(best, seconds);
  }
  return best;
}

test('tsx is a development dependency only', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  expect(manifest.dependencies.tsx).toBeUndefined();
  expect(manifest.devDependencies.tsx).toBeDefined();
});

test('a run loads the one bundled file, in a worker with a capped young generation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkj-startup-'));
  const hook = path.join(dir, 'record.cjs');
  // Preloaded into both threads (a worker inherits the process's -r): each writes what it loaded.
  writeFileSync(
    hook,
    `const { isMainThread, resourceLimits } = require('node:worker_threads');\n` +
      `process.on('exit', () => require('node:fs').writeFileSync(` +
      `${JSON.stringify(dir)} + (isMainThread ? '/main.json' : '/worker.json'), ` +
      `JSON.stringify({ loaded: Object.keys(require.cache), resourceLimits })));\n`,
  );
  const run = spawnSync(process.execPath, ['-r', hook, BIN, 'fungsi', 'CAPAIAN', '95,23', '100'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stdout).toBe('105.00892575868947\n');
  expect(run.status).toBe(0);
  const recorded = (thread: string) =>
    JSON.parse(readFileSync(path.join(dir, `${thread}.json`), 'utf8')) as {
      loaded: string[];
      resourceLimits: { maxYoungGenerationSizeMb?: number };
    };
  const ours = (thread: string) => recorded(thread).loaded.filter((file) => !file.startsWith(dir));
  // The launcher alone in the main thread; the bundle in the worker, with the cap it was given.
  expect(ours('main')).toEqual([BIN]);
  expect(ours('worker')).toEqual([path.join(root, 'dist', 'cli.js')]);
  expect(recorded('worker').resourceLimits.maxYoungGenerationSizeMb).toBe(12);
  rmSync(dir, { recursive: true, force: true });
  // One file: the subcommands are inside it, not separate chunks.
  expect(readdirSync(path.join(root, 'dist')).filter((file) => /^cli\b/.test(file))).toEqual([
    'cli.js',
  ]);
});

test('lkj fungsi starts within 0,2 s of a bare Node start', () => {
  const node = fastest(['-e', '0']);
  const lkj = fastest([BIN, 'fungsi', 'CAPAIAN', '95,23', '100']);
  // tsx compiling the sources took 0,4 s more than Node alone.
  expect(lkj - node).toBeLessThan(0.2);
});
