/**
 * One reader on one .xlsx, alone in its own process so that readers never share a heap. Bundled
 * by read-validate.bench.ts (webpack, as the `lkj` command is) and run from the project folder as
 * `node BUNDLE READER FILE`: our code runs as it ships, not through tsx's per-module wrappers.
 * Prints one JSON line: the time of the work itself and the process's peak resident memory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ReaderName } from './read-validate.bench';

// CommonJS packages of the project, loaded only in the child that measures them.
const load = createRequire(join(process.cwd(), 'package.json'));

/** Each reader's work on the bytes; modules are loaded before the clock starts. */
async function prepared(reader: ReaderName): Promise<(bytes: Buffer) => Promise<unknown>> {
  switch (reader) {
    case 'lkj': {
      const { readXlsx } = await import('../src/hosts/xlsx/read');
      return readXlsx;
    }
    case 'lkj-validasi': {
      const { readXlsx } = await import('../src/hosts/xlsx/read');
      const { validateWorkbook } = await import('../src/checks');
      return async (bytes) => validateWorkbook(await readXlsx(bytes));
    }
    case 'exceljs': {
      const { Workbook } = load('exceljs') as typeof import('exceljs');
      return (bytes) => new Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    }
    case 'sheetjs': {
      // A dev dependency for this comparison only: SheetJS CE 0.20.3, republished on npm (the
      // registry's own `xlsx` stops at 0.18.5, which has known advisories).
      // Typed here, so that building the project never needs this dev dependency.
      const xlsx = load('@e965/xlsx') as {
        read(data: Buffer, options: { type: 'buffer' }): unknown;
      };
      return async (bytes) => xlsx.read(bytes, { type: 'buffer' });
    }
  }
}

async function main(): Promise<void> {
  const [reader, file] = process.argv.slice(2) as [ReaderName, string];
  const work = await prepared(reader);
  const bytes = readFileSync(file);
  const start = performance.now();
  await work(bytes);
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
