/**
 * `npm run outputs -- OUTDIR [FOLDER…]`: writes, per workbook, what every reader of the workbook
 * makes of it (the validator's findings, and each generator's plan and sheet) as one JSON file,
 * so that two runs (before and after a change) can be compared with `diff -r`. By default the
 * sample and the real workbooks in ../shared/reference/real-workbooks.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkbook } from '../src/checks';
import { evaluasiSheet, planEvaluasi } from '../src/evaluasi';
import { WorkbookFacts } from '../src/facts/facts';
import { readXlsx } from '../src/hosts/xlsx/read';
import { planRenja, renjaSheet } from '../src/renja';
import { planTabel, tabelSheet } from '../src/tabel';
import { detectTables } from '../src/workbook/detect';
import type { SheetSpec } from '../src/sheetgen/sheet-spec';

const [outDir, ...inputs] = process.argv.slice(2);
if (!outDir) {
  console.error('Pemakaian: npm run outputs -- FOLDER_KELUARAN [BERKAS_ATAU_FOLDER…]');
  process.exit(2);
}

const defaults = [
  path.join(__dirname, '../samples/klakah-2023.xlsx'),
  path.join(__dirname, '../../shared/reference/real-workbooks'),
];

function filesOf(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => name.toLowerCase().endsWith('.xlsx'))
    .sort()
    .map((name) => path.join(entry, name));
}

/** A sheet as rows of `A1: value | =formula → result`, which diffs line by line. */
function sheetLines(spec: SheetSpec): string[] {
  return [...spec.cells]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((cell) => {
      const parts = [`${cell.row}:${cell.col}`];
      if (cell.value !== undefined) parts.push(JSON.stringify(cell.value));
      if (cell.formula !== undefined)
        parts.push(`=${cell.formula} → ${JSON.stringify(cell.result)}`);
      if (cell.link !== undefined) parts.push(`link ${cell.link}`);
      return parts.join(' ');
    });
}

function attempt<T>(make: () => T): T | { gagal: string } {
  try {
    return make();
  } catch (error) {
    return { gagal: (error as Error).message };
  }
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const file of (inputs.length > 0 ? inputs : defaults).flatMap(filesOf)) {
    const model = await readXlsx(readFileSync(file));
    const tables = detectTables(model);
    const report = validateWorkbook(model);
    const names = model.sheets.map((sheet) => sheet.name);
    const out = {
      tables: report.tables.map((t) => `${t.kind} ${t.sheet}!${JSON.stringify(t.range)}`),
      findings: report.findings.map(
        (f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`,
      ),
      evaluasi: attempt(() => {
        const plan = planEvaluasi(new WorkbookFacts(model, tables));
        return { plan, sheet: sheetLines(evaluasiSheet(plan, names)) };
      }),
      tabel: attempt(() => {
        const plan = planTabel(new WorkbookFacts(model, tables));
        return { plan, sheet: sheetLines(tabelSheet(plan, names)) };
      }),
      renja: attempt(() => {
        const plan = planRenja(new WorkbookFacts(model, tables));
        return { plan, sheet: sheetLines(renjaSheet(plan, names)) };
      }),
    };
    const name = path.basename(file, '.xlsx');
    writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(out, null, 1));
    console.log(name);
  }
}

void main();
