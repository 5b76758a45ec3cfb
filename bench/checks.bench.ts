/**
 * The checks on the generated workbook of bench/validate-workbook.ts (50,000 indicator rows and
 * 50,000 budget rows, and half size): their time against the time to read the .xlsx, the baseline
 * of the same run, and the slowest checks. Target (issue "Validasi"): detection plus checks well
 * under half the read time, growing no more than linearly (full / half ≈ 2).
 */
import { performance } from 'node:perf_hooks';
import { checks, runChecks } from '../src/checks';
import { readXlsx } from '../src/hosts/xlsx/read';
import { detectTables } from '../src/workbook/detect';
import type { WorkbookModel } from '../src/workbook/model';
import { measure, type Timing } from './harness';
import { validationWorkbook } from './validate-workbook';

const FULL = 50_000;
const ROUNDS = 3;

async function measureSize(rows: number): Promise<{ read: number; checks: Timing }> {
  const bytes = await validationWorkbook(rows, rows);
  const start = performance.now();
  const model: WorkbookModel = await readXlsx(bytes);
  const read = performance.now() - start;
  const tables = detectTables(model);
  const all = measure(
    'semua pemeriksaan',
    rows * 2,
    () => runChecks(model, tables, checks).length,
    ROUNDS,
  );
  const each = checks.map((check) =>
    measure(check.id, rows * 2, () => runChecks(model, tables, [check]).length, ROUNDS),
  );
  const findings = runChecks(model, tables, checks).length;
  console.log(
    `\n${rows.toLocaleString('id-ID')} baris indikator + ${rows.toLocaleString('id-ID')} baris anggaran ` +
      `(${tables.length} tabel, ${findings.toLocaleString('id-ID')} temuan)`,
  );
  console.log(`  baca .xlsx (dasar)          ${read.toFixed(0).padStart(7)} ms`);
  console.log(`  semua pemeriksaan           ${all.ms.toFixed(0).padStart(7)} ms`);
  console.log(
    `  rasio pemeriksaan / baca: ${(all.ms / read).toFixed(3)}× (target < 0,5× bersama deteksi)`,
  );
  const slowest = [...each].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `  paling lambat (tiap pemeriksaan sendiri, termasuk data bersamanya): ${slowest.map((t) => `${t.label} ${t.ms.toFixed(0)} ms`).join(', ')}`,
  );
  return { read, checks: all };
}

export async function run(): Promise<void> {
  console.log('\nValidasi: pemeriksaan (checks) dibanding baca .xlsx');
  const half = await measureSize(FULL / 2);
  const full = await measureSize(FULL);
  console.log(
    `\n  pertumbuhan 2× baris: baca ${(full.read / half.read).toFixed(2)}×, ` +
      `pemeriksaan ${(full.checks.ms / half.checks.ms).toFixed(2)}× (linear ≈ 2×)`,
  );
}
