/**
 * Validation of a generated workbook of 50,000 indicator rows and 50,000 budget rows, and the
 * same at half size: reading the .xlsx (the baseline), table detection and the checks, with time
 * and memory of each step printed separately for both sizes. Target (issue "Validasi"): detection
 * plus checks under half the read time, growing no more than linearly (full / half ≈ 2).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checks, runChecks } from '../src/checks';
import { WorkbookFacts } from '../src/facts/facts';
import { readXlsx } from '../src/hosts/xlsx/read';
import { detectTables } from '../src/workbook/detect';
import { validationWorkbook } from './validate-workbook';

const FULL = 50_000;

// A collection before each step, so no step pays for the garbage of the one before it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Step {
  ms: number;
  /** Heap grown by the step while its result is still held, in MB. */
  heapMb: number;
  /** Process peak resident memory after the step, in MB. */
  peakMb: number;
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; step: Step }> {
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  return { result, step: { ms, heapMb, peakMb } };
}

function line(label: string, step: Step): string {
  return `  ${label.padEnd(26)} ${step.ms.toFixed(0).padStart(7)} ms   heap +${step.heapMb.toFixed(0).padStart(4)} MB   puncak RSS ${step.peakMb.toFixed(0).padStart(5)} MB`;
}

interface SizeResult {
  read: Step;
  /** Detection plus checks: what validation adds to reading. */
  validate: number;
}

async function measureSize(rows: number): Promise<SizeResult> {
  const bytes = await validationWorkbook(rows, rows);
  const read = await timed(() => readXlsx(bytes));
  const detect = await timed(() => detectTables(read.result));
  const checked = await timed(() =>
    runChecks(new WorkbookFacts(read.result, detect.result), checks),
  );
  const dataRows = detect.result.reduce((sum, table) => sum + table.dataRows.length, 0);
  console.log(
    `\n${rows.toLocaleString('id-ID')} baris indikator + ${rows.toLocaleString('id-ID')} baris anggaran ` +
      `(${(bytes.byteLength / 2 ** 20).toFixed(1)} MB, ${detect.result.length} tabel, ${dataRows} baris data, ` +
      `${checked.result.length} temuan)`,
  );
  console.log(line('baca .xlsx (dasar)', read.step));
  console.log(line('deteksi tabel', detect.step));
  console.log(line('pemeriksaan', checked.step));
  const validate = detect.step.ms + checked.step.ms;
  console.log(
    `  rasio (deteksi + pemeriksaan) / baca: ${(validate / read.step.ms).toFixed(3)}× (target < 0,5×)`,
  );
  return { read: read.step, validate };
}

export async function run(): Promise<void> {
  console.log('\nValidasi: baca .xlsx, deteksi tabel, pemeriksaan');
  const half = await measureSize(FULL / 2);
  const full = await measureSize(FULL);
  console.log(
    `\n  pertumbuhan 2× baris: baca ${(full.read.ms / half.read.ms).toFixed(2)}×, ` +
      `deteksi + pemeriksaan ${(full.validate / half.validate).toFixed(2)}× (linear ≈ 2×)`,
  );
}
