/**
 * Reading .xlsx: our streaming reader, a bare ExcelJS read and SheetJS on the same generated
 * workbooks (20,000 and 40,000 indicator rows plus as many budget rows), each in its own process
 * so peak memory is the reader's own; then validation (read + detection + checks) and the whole
 * `lkj validate` command against the ExcelJS read. Targets (issue 19): validation faster than a
 * bare ExcelJS read with at most half its peak memory; twice the rows at most twice the time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { READERS, type ReaderName } from './read-child';
import { validationWorkbook } from './validate-workbook';

const SIZES = [20_000, 40_000];
const ROOT = join(__dirname, '..');

interface Run {
  /** The work alone, in the child. */
  ms: number;
  /** The whole process, start to exit. */
  wallMs: number;
  peakMb: number;
}

function child(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { wallMs: number; out: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  if (run.error || run.signal) throw new Error(`${args.join(' ')}: ${run.error ?? run.signal}`);
  return { wallMs: performance.now() - start, out: run.stdout };
}

function readIn(reader: ReaderName, file: string): Run {
  const { wallMs, out } = child([
    '--import',
    'tsx',
    join(__dirname, 'read-child.ts'),
    reader,
    file,
  ]);
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

const format = (run: Run) =>
  `${run.ms.toFixed(0).padStart(6)} ms (proses ${run.wallMs.toFixed(0).padStart(6)} ms)   puncak RSS ${run.peakMb.toFixed(0).padStart(5)} MB`;

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export async function run(): Promise<void> {
  console.log('\nBaca .xlsx: pembaca lkj, ExcelJS, SheetJS (tiap pembaca di prosesnya sendiri)');
  const dir = mkdtempSync(join(tmpdir(), 'lkj-bench-'));
  const ours: Run[] = [];
  try {
    for (const rows of SIZES) {
      const file = join(dir, `${rows}.xlsx`);
      const bytes = await validationWorkbook(rows, rows);
      writeFileSync(file, bytes);
      const runs = Object.fromEntries(READERS.map((reader) => [reader, readIn(reader, file)]));
      const validate = lkjValidate(file, dir);
      const { lkj, exceljs, sheetjs } = runs;
      const validasi = runs['lkj-validasi'];
      ours.push(lkj);
      console.log(
        `\n${rows.toLocaleString('id-ID')} + ${rows.toLocaleString('id-ID')} baris ` +
          `(${(bytes.byteLength / 2 ** 20).toFixed(1)} MB)`,
      );
      for (const reader of READERS) console.log(`  ${reader.padEnd(24)} ${format(runs[reader])}`);
      console.log(`  ${'lkj validate (perintah)'.padEnd(24)} ${format(validate)}`);
      console.log(
        `  baca lkj / ExcelJS: waktu ${ratio(lkj.ms, exceljs.ms)}, memori ${ratio(lkj.peakMb, exceljs.peakMb)}; ` +
          `SheetJS / ExcelJS: waktu ${ratio(sheetjs.ms, exceljs.ms)}, memori ${ratio(sheetjs.peakMb, exceljs.peakMb)}`,
      );
      console.log(
        `  validasi (baca + deteksi + pemeriksaan) / baca ExcelJS: waktu ${ratio(validasi.ms, exceljs.ms)} ` +
          `(target < 1×), memori ${ratio(validasi.peakMb, exceljs.peakMb)} (target ≤ 0,5×)`,
      );
      console.log(
        `  lkj validate utuh / proses baca ExcelJS utuh: waktu ${ratio(validate.wallMs, exceljs.wallMs)}, ` +
          `memori ${ratio(validate.peakMb, exceljs.peakMb)}`,
      );
    }
    console.log(
      `\n  pertumbuhan 2× baris, baca lkj: ${ratio(ours[1].ms, ours[0].ms)} (target ≤ 2×)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
