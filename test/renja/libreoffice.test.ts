/**
 * The Renja form recalculated by real headless LibreOffice, which offices without Microsoft 365
 * use: random forms written without their cached results (so nothing but LibreOffice's own
 * calculation can fill the cells) give, cell by cell, what core computes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { renjaSheet, type Triwulan } from '../../src/renja';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';
import { planOf, row } from './arbitraries';

const SOFFICE = '/usr/bin/soffice';
/** Comma-separated, UTF-8, raw values (not as shown), every sheet to a file of its own. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

jest.setTimeout(300_000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'lkj-renja-lo-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** One CSV line into fields; quoted fields may hold commas and doubled quotes. */
function fields(line: string): string[] {
  const out: string[] = [];
  const pattern = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  for (const match of line.matchAll(pattern)) {
    out.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]);
    if (match[3] === '') break;
  }
  return out;
}

test('LibreOffice computes every formula of 8 random forms (120 rows) to the core values', async () => {
  if (!existsSync(SOFFICE))
    throw new Error(`${SOFFICE} tidak ada: apt-get install -y libreoffice-calc-nogui`);
  const base = new Workbook();
  base.addWorksheet('Awal').getCell('A1').value = 'awal';
  let data: Uint8Array = new Uint8Array((await base.xlsx.writeBuffer()) as ArrayBuffer);
  const forms = fc.sample(
    fc.tuple(
      fc.array(row, { minLength: 15, maxLength: 15 }),
      fc.constantFrom<Triwulan>(1, 2, 3, 4),
    ),
    { numRuns: 8, seed: 86 },
  );
  const specs: SheetSpec[] = [];
  for (const [i, [rows, tw]] of forms.entries()) {
    const spec = { ...renjaSheet(planOf(rows, tw), []), name: `Renja ${i + 1}` };
    specs.push(spec);
    const blank = {
      ...spec,
      cells: spec.cells.map((c) => (c.formula ? { ...c, result: undefined } : c)),
    };
    data = await addSheetToXlsx(data, blank);
  }
  const file = path.join(work, 'renja.xlsx');
  writeFileSync(file, data);
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${path.join(work, 'profil')}`,
      '--headless',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      work,
      file,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  let compared = 0;
  for (const spec of specs) {
    const csv = path.join(work, `renja-${spec.name}.csv`);
    if (!existsSync(csv)) throw new Error(`LibreOffice gagal: ${run.stderr}${run.stdout}`);
    const lines = readFileSync(csv, 'utf8').split('\n').map(fields);
    for (const cell of spec.cells) {
      if (cell.formula === undefined) continue;
      const shown = lines[cell.row - 1]?.[cell.col - 1] ?? '';
      const where = `${spec.name} baris ${cell.row} kolom ${cell.col}: ${cell.formula}`;
      if (typeof cell.result === 'number') {
        const got = Number(shown);
        expect({
          where,
          ok: Math.abs(got - cell.result) <= 1e-9 * Math.max(1, Math.abs(cell.result)),
        }).toEqual({ where, ok: true });
      } else expect({ where, got: shown }).toEqual({ where, got: cell.result ?? '' });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(8 * 15 * 3);
});
