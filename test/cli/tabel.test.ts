/**
 * `lkj tabel` end to end: the real CLI writes a copy of the Klakah sample; the copy is read back
 * with the real reader and the new sheet's formulas are evaluated, with every sheet of the
 * workbook loaded, by a real engine (HyperFormula).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { toA1, type Sheet, type WorkbookModel } from '../../src/workbook/model';
import { zipEntry } from '../evaluasi/zip-entry';
import { asResult, type Evaluated } from '../evaluasi/hf-engine';
import { expectOriginalSheetsKept, lkj, runCopy } from './sheet-copy-run';

const SAMPLE = 'samples/klakah-2023.xlsx';
const SHEET = 'Tabel LKj 2023';

function titles(sheet: Sheet): string[] {
  return [...sheet.entries()]
    .map(({ cell }) => cell.value)
    .filter((value): value is string => typeof value === 'string' && /^Tabel 3\.\d /.test(value));
}

describe('lkj tabel samples/klakah-2023.xlsx -o out.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-tabel-'));
  const out = join(dir, 'out.xlsx');
  let run: ReturnType<typeof lkj>;
  let input: WorkbookModel;
  let output: WorkbookModel;
  let engine: Evaluated;
  let sheetXml: string;

  beforeAll(async () => {
    ({ run, input, output, engine } = await runCopy(SAMPLE, out, ['tabel', SAMPLE, '-o', out]));
    // The new sheet is the workbook's last part.
    const written = readFileSync(out);
    const count = (zipEntry(written, 'xl/workbook.xml')?.match(/<sheet /g) ?? []).length;
    sheetXml = zipEntry(written, `xl/worksheets/sheet${count}.xml`) ?? '';
  }, 120_000);

  afterAll(() => engine?.destroy());

  test('writes the copy and says what it computed', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Lembar "${SHEET}" ditulis ke ${out}`);
    expect(run.stdout).toMatch(
      // The realisasi the penghitungan computes (40 / 42 × 100), as in the Evaluasi sheet.
      /Presentase hasil fasilitasi .*target 95,23, realisasi 95,24, capaian 100,01/,
    );
    expect(run.stdout).toMatch(/LPPdes .*target 95,23, realisasi 100, capaian 105,01/);
    expect(run.stdout).toMatch(/Nilai IKM .*capaian 93,54, predikat Berhasil/);
    expect(run.stdout).toMatch(/2020 dan 2021 sama persis/);
    expect(run.stdout).toMatch(/Grafik hanya dibuat di Excel: 3 grafik/);
  });

  test("the report's tables 3.1 to 3.7, then the earlier years (3.8) and the budget (3.9)", () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    expect(titles(sheet).map((title) => title.slice(0, 9))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Tabel 3.${n}`),
    );
    expect(run.stdout).toMatch(/^Tabel 3\.5 Analisis Permasalahan .*: 4 baris$/m);
  });

  test('the cached results in the file equal what the engine computes', () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    let formulas = 0;
    for (const { row, col, cell } of sheet.entries()) {
      if (cell.formula === undefined) continue;
      formulas++;
      const engineValue = asResult(engine.value(SHEET, row, col));
      if (engineValue === 0 && cell.value === null) {
        // ExcelJS reads a formula's cached `<v>0</v>` back as no value: the file holds the 0.
        expect(sheetXml).toMatch(new RegExp(`<c r="${toA1(row, col)}"[^>]*><f>[^<]*</f><v>0</v>`));
      } else if (typeof engineValue === 'number') expect(cell.value).toBeCloseTo(engineValue, 6);
      else expect(cell.value ?? '').toBe(engineValue);
    }
    expect(formulas).toBeGreaterThan(200);
  });

  test('targets link to the PK: the LPPdes target is the PK cell, not the 85,23 of Tabel 3.2', () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    const lppdes = [...sheet.entries()].find(
      ({ col, cell }) => col === 4 && /LPPdes/.test(String(cell.value)),
    )!.row;
    expect(sheet.getCell(lppdes, 5)?.formula).toMatch(/^'PK 2023'!D\d+\*100$/);
    expect(engine.value(SHEET, lppdes, 5)).toBeCloseTo(95.23, 10);
  });

  test('the original sheets are unchanged', () => {
    expectOriginalSheetsKept(input, output, SHEET);
  });

  test("lkj validate on the copy: nothing on the add-in's sheet, tahun-kembar still reported", () => {
    const validate = lkj('validate', '--json', out);
    const report = JSON.parse(validate.stdout) as {
      files: {
        findings: { sheet: string; rule: string }[];
        uncheckedSheets: { sheet: string; reason: string }[];
      }[];
    };
    const [file] = report.files;
    // Its yellow cells are for the staff to fill: an output is not checked (DOMAIN §9).
    expect(file.findings.filter((finding) => finding.sheet === SHEET)).toEqual([]);
    expect(file.uncheckedSheets).toContainEqual(
      expect.objectContaining({ sheet: SHEET, reason: 'dibuat oleh add-in' }),
    );
    expect(
      file.findings.some(
        (finding) => finding.rule === 'tahun-kembar' && finding.sheet === 'BAB III',
      ),
    ).toBe(true);
  });
});

describe('lkj tabel --tabel', () => {
  test("writes only the chosen tables, under the report's numbers", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lkj-tabel-')), 'dua.xlsx');
    const run = lkj('tabel', SAMPLE, '-o', out, '--tabel', '1,9', '--skala', 'P86');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/skala predikat Permendagri 86\/2017/);
    const sheet = (await readXlsx(readFileSync(out))).sheets.find((s) => s.name === SHEET)!;
    expect(titles(sheet)).toEqual([
      'Tabel 3.1 Capaian Indikator Tujuan dan Sasaran Tahun 2023',
      'Tabel 3.9 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023',
    ]);
  }, 60_000);

  test.each([
    ['a table number out of range', ['--tabel', '10'], /--tabel harus nomor 1 sampai 9/],
    ['no output', [], /Berkas keluaran belum disebut/],
  ])('bad usage: %s', (_what, extra, message) => {
    const args =
      extra.length === 0 ? ['tabel', SAMPLE] : ['tabel', SAMPLE, '-o', 'x.xlsx', ...extra];
    const run = lkj(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('--help is in Bahasa Indonesia, names every table number and says charts come in Excel', () => {
    const run = lkj('tabel', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Grafik hanya dibuat di Excel/);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9])
      expect(run.stdout).toMatch(new RegExp(`\\b${n} [a-z]`));
  });
});

describe('lkj tabel on a real RAK (rak-belanja-diskominfo.xlsx) --tabel 9', () => {
  const input = '../shared/reference/real-workbooks/rak-belanja-diskominfo.xlsx';
  const out = join(mkdtempSync(join(tmpdir(), 'lkj-tabel-')), 'rak.xlsx');
  let output: WorkbookModel;
  let engine: Evaluated;

  beforeAll(async () => {
    let run: ReturnType<typeof lkj>;
    ({ run, output, engine } = await runCopy(input, out, [
      'tabel',
      input,
      '-o',
      out,
      '--tabel',
      '9',
    ]));
    expect(run.status).toBe(0);
  }, 120_000);

  afterAll(() => engine?.destroy());

  test("JUMLAH is 'RAK Belanja'!C488, as written in the file and as the engine computes it", () => {
    const rak = output.sheets.find((sheet) => sheet.name === 'RAK Belanja')!;
    const name = output.sheets[output.sheets.length - 1].name;
    const sheet = output.sheets.find((candidate) => candidate.name === name)!;
    const total = [...sheet.entries()].find(({ cell }) => cell.value === 'JUMLAH')!.row;
    expect(rak.value(488, 3)).toBe(10_810_941_900);
    expect(sheet.getCell(total, 5)?.value).toBe(rak.value(488, 3));
    expect(engine.value(name, total, 5)).toBe(rak.value(488, 3));
  });
});
