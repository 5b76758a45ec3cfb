#!/usr/bin/env node
// The `lkj` command: the bundled CLI, dist/cli.js, which `npm ci` (the prepare script),
// `npm run build` and `npm run build:cli` write. Plain JavaScript, so a run compiles nothing.
//
// The bundle runs in a worker thread whose young generation is capped at 12 MB (two 4 MB
// semispaces instead of Node's two 16 MB ones, sized for servers' throughput): validating the
// 40,000 + 40,000-row workbook peaks at about 140 MB instead of 170 MB, in the same time
// (docs/decisions.md, "Generasi muda 12 MB"). This thread only launches it and passes on its
// output and exit code.
const { existsSync } = require('node:fs');
const path = require('node:path');

const YOUNG_GENERATION_MB = 12;
const UNEXPECTED = 'Kesalahan tak terduga di lkj; tidak ada berkas yang diubah.';
const OUT_OF_MEMORY =
  'Memori tidak cukup untuk mengolah berkas ini (batas heap Node tercapai); tidak ada berkas yang ' +
  'diubah. Jalankan dengan batas yang lebih besar, misalnya node --max-old-space-size=4096 ' +
  'bin/lkj.cjs …, atau bagi workbook menjadi beberapa berkas.';

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (existsSync(bundle)) {
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(bundle, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // A reader that stops early (`lkj validate … | head`) closes the pipe: not an error of ours.
  // The rest of the worker's output is let through to nowhere, so that it never waits on it.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    worker.stdout.resume();
  });
  // What the bundle does not catch itself (it reports its own errors and sets its exit code),
  // and a heap grown to Node's limit, which ends the worker and not the whole process.
  worker.on('error', (error) => {
    const detail = process.env.LKJ_DEBUG ? `\n${error.stack ?? String(error)}` : '';
    process.stderr.write(
      `${error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : UNEXPECTED}${detail}\n`,
    );
    process.exitCode = 2;
  });
  worker.on('exit', (code) => {
    if (process.exitCode === undefined) process.exitCode = code;
  });
} else {
  process.stderr.write('Perintah lkj belum dibangun. Jalankan dulu: npm run build:cli\n');
  process.exitCode = 2;
}
