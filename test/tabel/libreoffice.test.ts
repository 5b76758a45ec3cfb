/**
 * The "Tabel LKj" sheet recalculated by real headless LibreOffice, as the offices without
 * Microsoft 365 open it: every formula gives what core computes, and a changed source cell flows
 * through. The written file's cached results are removed and LibreOffice is told to recalculate
 * on load, so every value read back is LibreOffice's own.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { planTabel, tabelSheet } from '../../src/tabel';
import { detectTables } from '../../src/workbook/detect';
import { fromA1, toA1 } from '../../src/workbook/model';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';

const SAMPLE = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');
const SOFFICE = '/usr/bin/soffice';
/**
 * Recalculate OOXML files on load (LibreOffice's default for them is never), in an Indonesian
 * office: text such as "0,00" that a workbook's own formulas add is read as a number there.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Syntax"><prop oor:name="StringConversion" oor:op="fuse"><value>3</value></prop></item>
</oor:items>`;

jest.setTimeout(300_000);

let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'lkj-tabel-lo-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The worksheet part of the n-th sheet (1-based), as both ExcelJS and LibreOffice name them. */
const part = (n: number) => `xl/worksheets/sheet${n}.xml`;

/** The package with the last sheet's cached results removed and one source value replaced. */
async function prepared(
  bytes: Uint8Array,
  change?: { sheet: number; cell: string; value: string },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  // The new sheet's part: the highest number (ExcelJS numbers it after the largest sheet id).
  const newest = Object.keys(zip.files)
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .pop()!;
  const last = await zip.file(newest)!.async('string');
  zip.file(newest, last.replace(/(<\/f>)<v>[^<]*<\/v>/g, '$1'));
  if (!change) return zip.generateAsync({ type: 'uint8array' });
  const source = await zip.file(part(change.sheet))!.async('string');
  const pattern = new RegExp(`(<c r="${change.cell}"[^>]*>)<v>[^<]*</v>`);
  expect(source).toMatch(pattern);
  zip.file(part(change.sheet), source.replace(pattern, `$1<v>${change.value}</v>`));
  return zip.generateAsync({ type: 'uint8array' });
}

/** Each cell's value in a sheet part as LibreOffice wrote it: numbers, texts, errors. */
function cellValues(xml: string): Map<string, number | string> {
  const values = new Map<string, number | string>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(\/?)>/g)) {
    const [, ref, attributes, selfClosing] = match;
    const start = match.index + match[0].length;
    const body = selfClosing ? '' : xml.slice(start, xml.indexOf('</c>', start));
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    const type = /t="(\w+)"/.exec(attributes)?.[1];
    if (type === 'str' || type === 'e') values.set(ref, v ?? '');
    else if (v !== undefined && type !== 's') values.set(ref, Number(v));
  }
  return values;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The file converted by LibreOffice, recalculating on load: the last sheet's values. */
async function recalculated(
  file: string,
  sheetCount: number,
): Promise<Map<string, number | string>> {
  const profile = path.join(work, 'profil');
  spawnSync('mkdir', ['-p', path.join(profile, 'user')]);
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  const outdir = path.join(work, 'lo');
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      outdir,
      file,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  const converted = path.join(outdir, path.basename(file));
  if (!existsSync(converted)) throw new Error(`LibreOffice gagal: ${run.stderr}${run.stdout}`);
  const zip = await JSZip.loadAsync(readFileSync(converted));
  return cellValues(await zip.file(part(sheetCount))!.async('string'));
}

/** Every formula of the spec: LibreOffice's value is the one core computed. */
function expectEveryFormula(expected: SheetSpec, values: Map<string, number | string>): number {
  let compared = 0;
  for (const cell of expected.cells) {
    if (cell.formula === undefined) continue;
    const where = `${toA1(cell.row, cell.col)} =${cell.formula}`;
    const got = values.get(toA1(cell.row, cell.col));
    const want = cell.result ?? '';
    if (typeof want === 'number') {
      expect([where, typeof got]).toEqual([where, 'number']);
      expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(want)),
      );
    } else {
      expect([where, unescapeXml(String(got ?? ''))]).toEqual([where, want]);
    }
    compared++;
  }
  return compared;
}

test('LibreOffice recalculates every formula to core, after a source cell changed', async () => {
  if (!existsSync(SOFFICE))
    throw new Error(`${SOFFICE} tidak ada: apt-get install -y libreoffice-calc-nogui`);
  const input = readFileSync(SAMPLE);
  const model = await readXlsx(input);
  const names = model.sheets.map((sheet) => sheet.name);
  const plan = planTabel(new WorkbookFacts(model, detectTables(model)));
  const original = tabelSheet(plan, names);
  const written = await addSheetToXlsx(input, original);

  // The LPPdes target in the PK: 95,23% becomes 100%.
  const { ref } = plan.indicators.find((i) => /LPPdes/.test(i.indicator))!.target;
  const file = path.join(work, 'tabel.xlsx');
  const sheetCount = names.length + 1;
  writeFileSync(
    file,
    await prepared(written, {
      sheet: names.indexOf(ref!.sheet) + 1,
      cell: toA1(ref!.row, ref!.col),
      value: '1',
    }),
  );

  // What core says of the changed workbook: the sheet planned from its own sheets.
  const reread = await readXlsx(readFileSync(file));
  const changed = {
    ...reread,
    sheets: reread.sheets.filter((sheet) => names.includes(sheet.name)),
  };
  const expected: SheetSpec = tabelSheet(
    planTabel(new WorkbookFacts(changed, detectTables(changed))),
    names,
  );

  const values = await recalculated(file, sheetCount);

  const compared = expectEveryFormula(expected, values);
  expect(compared).toBeGreaterThan(200);

  // The change flowed through: LPPdes 100 / 100 instead of 100 / 95,23.
  const lppdes = expected.cells.find((c) => c.col === 4 && /LPPdes/.test(String(c.value)))!.row;
  expect(values.get(toA1(lppdes, 5))).toBe(100);
  expect(values.get(toA1(lppdes, 7))).toBe(100);
  const before = original.cells.find((c) => c.row === lppdes && c.col === 7)?.result;
  expect(before).toBeCloseTo(105.01, 2);
});

test.each([
  ['lra-dinkes-2026.xlsx', 'DINKES INDUK', 'J1054'],
  ['rak-belanja-diskominfo.xlsx', 'RAK Belanja', 'C488'],
  ['dinkes-realisasi-belanja.xlsx', 'DPA', 'J4505'],
  // Renja forms: the year's target Renja Rp, nested by kode (Cirebon) or by the rows each SUM
  // adds (Deli Serdang), totalled by the form's own last row.
  ['cirebon-e81-renja-2026.xlsx', 'Sheet1', 'N98'],
  ['evaluasi-renja-tw4-2025.xlsx', 'Realisasi TW IV', 'O113'],
])(
  '%s: LibreOffice gives the budget table the total the workbook states',
  async (name, sheet, cell) => {
    const input = readFileSync(
      path.resolve(__dirname, '../../../shared/reference/real-workbooks', name),
    );
    const model = await readXlsx(input);
    const names = model.sheets.map((s) => s.name);
    const spec = tabelSheet(planTabel(new WorkbookFacts(model, detectTables(model))), names, [9]);
    const file = path.join(work, name);
    writeFileSync(file, await prepared(await addSheetToXlsx(input, spec)));
    const values = await recalculated(file, names.length + 1);
    const { row, col } = fromA1(cell);
    const total = spec.cells.find((c) => c.value === 'JUMLAH')!.row;
    expect(values.get(toA1(total, 5))).toBe(model.sheets[names.indexOf(sheet)].value(row, col));
    expect(expectEveryFormula(spec, values)).toBeGreaterThan(100);
  },
);
