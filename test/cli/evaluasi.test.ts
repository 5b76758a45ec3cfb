/**
 * `lkj evaluasi` end to end: the real CLI writes a copy of the Klakah sample; the copy is read
 * back with the real reader, and the new sheet's formulas are evaluated, with every sheet of the
 * workbook loaded, by a real engine (HyperFormula).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVALUASI_COLUMNS as COL, FIRST_DATA_ROW } from '../../src/evaluasi';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { WorkbookModel } from '../../src/workbook/model';
import { asResult, type Evaluated } from '../evaluasi/hf-engine';
import { expectOriginalSheetsKept, lkj, runCopy } from './sheet-copy-run';

const SAMPLE = 'samples/klakah-2023.xlsx';
const SHEET = 'Evaluasi Penghitungan 2023';

describe('lkj evaluasi samples/klakah-2023.xlsx -o out.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-evaluasi-'));
  const out = join(dir, 'out.xlsx');
  let run: ReturnType<typeof lkj>;
  let input: WorkbookModel;
  let output: WorkbookModel;
  let engine: Evaluated;

  beforeAll(async () => {
    ({ run, input, output, engine } = await runCopy(SAMPLE, out, ['evaluasi', SAMPLE, '-o', out]));
  }, 120_000);

  afterAll(() => engine?.destroy());

  test('writes the copy and says what it computed', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Lembar "${SHEET}" ditulis ke ${out}`);
    expect(run.stdout).toMatch(
      /Nilai IKM .*hasil 84,185, target 90, capaian 93,539, predikat Berhasil/,
    );
    expect(run.stdout).toMatch(/fasilitasi .*hasil 95,238, target 95,23, capaian 100,009/);
    expect(run.stdout).toMatch(/NIP penanda tangan .* tidak valid/);
  });

  test('a real engine evaluates the formulas to the core results: IKM 84,185, fasilitasi 95,238…, dokumen desa 100', () => {
    const at = (row: number, col: number) => engine.value(SHEET, FIRST_DATA_ROW + row, col);
    expect(at(0, COL.hasil)).toBeCloseTo(84.185, 10);
    expect(at(0, COL.hasil)).not.toBeCloseTo(84.25, 2);
    expect(at(1, COL.hasil)).toBeCloseTo((40 / 42) * 100, 10);
    expect(at(2, COL.hasil)).toBe(100);
    expect([0, 1, 2].map((row) => at(row, COL.target))).toEqual([90, 95.23, 95.23]);
    expect(at(0, COL.capaian)).toBeCloseTo((84.185 / 90) * 100, 10);
    expect(at(1, COL.capaian)).toBeCloseTo((((40 / 42) * 100) / 95.23) * 100, 10);
    expect(at(2, COL.capaian)).toBeCloseTo((100 / 95.23) * 100, 10);
    expect([0, 1, 2].map((row) => at(row, COL.predikat))).toEqual([
      'Berhasil',
      'Sangat berhasil',
      'Sangat berhasil',
    ]);
  });

  test('the cached results in the file equal what the engine computes', () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    let formulas = 0;
    for (const { row, col, cell } of sheet.entries()) {
      if (cell.formula === undefined) continue;
      formulas++;
      const engineValue = asResult(engine.value(SHEET, row, col));
      if (typeof engineValue === 'number') expect(cell.value).toBeCloseTo(engineValue, 9);
      else if (col === COL.penghitungan)
        expect(String(engineValue).replace(/\./g, ',')).toBe(cell.value);
      else expect(cell.value ?? '').toBe(engineValue);
    }
    expect(formulas).toBe(3 * 5);
  });

  test('the Target formulas refer to the PK and capaian cells', () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    expect(
      [0, 1, 2].map((row) => sheet.getCell(FIRST_DATA_ROW + row, COL.target)?.formula),
    ).toEqual([
      "'BAB III'!E5",
      // Stored with the prefix Excel 2010+ functions need in the file, or Excel shows #NAME?.
      `_xlfn.NUMBERVALUE('PK 2023'!E6,",",".")`,
      `_xlfn.NUMBERVALUE('PK 2023'!E7,",",".")`,
    ]);
  });

  test('the original sheets are unchanged', () => {
    expectOriginalSheetsKept(input, output, SHEET);
  });

  test("lkj validate on the copy lists the new sheet as the add-in's and checks nothing on it", () => {
    const validate = lkj('validate', '--json', out);
    const report = JSON.parse(validate.stdout) as {
      files: {
        tables: { sheet: string }[];
        findings: { sheet: string; severity: string }[];
        uncheckedSheets: { sheet: string; reason: string }[];
      }[];
    };
    const [file] = report.files;
    expect(file.tables.filter((table) => table.sheet === SHEET)).toEqual([]);
    expect(file.findings.filter((finding) => finding.sheet === SHEET)).toEqual([]);
    expect(file.uncheckedSheets).toContainEqual(
      expect.objectContaining({ sheet: SHEET, reason: 'dibuat oleh add-in' }),
    );
    // The checks do run on this copy: the sample's own slips are still found.
    expect(
      file.findings.some((finding) => finding.sheet === 'Lampiran' && finding.severity === 'error'),
    ).toBe(true);
  });
});

describe('lkj evaluasi refuses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-evaluasi-'));

  test('to write over its input', () => {
    const copy = join(dir, 'sama.xlsx');
    copyFileSync(SAMPLE, copy);
    const before = readFileSync(copy);
    const run = lkj('evaluasi', copy, '-o', join(dir, '.', 'sama.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sama dengan berkas masukan/);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  test.each([
    ['no output', ['evaluasi', SAMPLE], /Berkas keluaran belum disebut/],
    ['no input', ['evaluasi', '-o', 'x.xlsx'], /Berkas masukan belum disebut/],
    [
      'an unknown scale',
      ['evaluasi', SAMPLE, '-o', 'x.xlsx', '--skala', 'ABC'],
      /Skala tidak dikenal/,
    ],
    [
      'a bad type',
      ['evaluasi', SAMPLE, '-o', 'x.xlsx', '--jenis', '1=rasio'],
      /--jenis harus N=JENIS/,
    ],
  ])('bad usage: %s', (_what, args, message) => {
    const run = lkj(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('a file that is not a workbook', () => {
    const bad = join(dir, 'bukan.xlsx');
    writeFileSync(bad, 'ini bukan berkas Excel');
    const run = lkj('evaluasi', bad, '-o', join(dir, 'hasil.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bukan berkas Excel/);
  });

  test('--help names what the ExcelJS copy may lose', () => {
    const run = lkj('evaluasi', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/validasi data/);
  });
});

describe('lkj evaluasi --jenis', () => {
  test('changes an indicator type before writing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lkj-evaluasi-')), 'nilai.xlsx');
    const run = lkj('evaluasi', SAMPLE, '-o', out, '--jenis', '2=nilai');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2\. .*\[nilai, naik\]: hasil 93,65/);
    const sheet = (await readXlsx(readFileSync(out))).sheets.find(
      (candidate) => candidate.name === SHEET,
    )!;
    expect(sheet.getCell(FIRST_DATA_ROW + 1, COL.nilai)?.value).toBe(93.65);
    expect(sheet.getCell(FIRST_DATA_ROW + 1, COL.hasil)?.formula).toBe(
      `IF(K${FIRST_DATA_ROW + 1}="","",K${FIRST_DATA_ROW + 1})`,
    );
  }, 60_000);
});
