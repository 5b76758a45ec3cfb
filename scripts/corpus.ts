/**
 * `npm run corpus [FOLDER]`: validates every .xlsx in a folder (by default the real workbooks in
 * ../shared/reference/real-workbooks) and prints one table, so that precision can be seen at a
 * glance: per workbook the tables found by kind, the errors and warnings by rule, and the seconds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateWorkbook } from '../src/checks';
import { readXlsx } from '../src/hosts/xlsx/read';

const folder = path.resolve(
  process.argv[2] ?? path.join(__dirname, '../../shared/reference/real-workbooks'),
);

function counted(items: string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

async function main(): Promise<void> {
  const files = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.xlsx'))
    .sort();
  const rows: string[][] = [['berkas', 'tabel', 'kesalahan', 'peringatan', 'info', 'detik']];
  for (const file of files) {
    const started = process.hrtime.bigint();
    try {
      const report = validateWorkbook(await readXlsx(readFileSync(path.join(folder, file))));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rules = (severity: string) =>
        counted(report.findings.filter((f) => f.severity === severity).map((f) => f.rule));
      const unchecked = report.uncheckedSheets.length;
      rows.push([
        file,
        `${counted(report.tables.map((t) => t.kind))}${unchecked ? `; ${unchecked} lembar tidak diperiksa` : ''}`,
        rules('error'),
        rules('warning'),
        rules('info'),
        seconds.toFixed(1),
      ]);
    } catch (error) {
      rows.push([file, `tidak terbaca: ${(error as Error).message}`, '', '', '', '']);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join(' | '));
}

void main();
