/**
 * `lkj renja` end to end: the real CLI writes a copy of the Deli Serdang TW IV form and of the
 * sample; the copies are read back with the real reader, the new sheet's formulas evaluated by a
 * real engine (HyperFormula) with every sheet loaded, and read again as last quarter's form.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIRST_DATA_ROW, planRenja, RENJA_COLUMNS as COL } from '../../src/renja';
import { detectTables } from '../../src/workbook/detect';
import type { WorkbookModel } from '../../src/workbook/model';
import { asResult, type Evaluated } from '../evaluasi/hf-engine';
import { expectOriginalSheetsKept, lkj, runCopy } from './sheet-copy-run';

const FORM = '../shared/reference/real-workbooks/evaluasi-renja-tw4-2025.xlsx';
const SAMPLE = 'samples/klakah-2023.xlsx';

describe('lkj renja evaluasi-renja-tw4-2025.xlsx -o out.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-renja-'));
  const out = join(dir, 'out.xlsx');
  const SHEET = 'Evaluasi Renja TW 4 2025';
  let run: ReturnType<typeof lkj>;
  let input: WorkbookModel;
  let output: WorkbookModel;
  let engine: Evaluated;

  beforeAll(async () => {
    ({ run, input, output, engine } = await runCopy(FORM, out, ['renja', FORM, '-o', out]));
  }, 120_000);

  afterAll(() => engine?.destroy());

  test('writes the copy and says what it did', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Lembar "${SHEET}" ditulis ke ${out}`);
    expect(run.stdout).toMatch(/dari formulir di lembar "Realisasi TW IV"/);
    expect(run.stdout).toMatch(/\d+ kumulatif, \d+ nilai akhir/);
    expect(run.stdout).toMatch(/predikat: (Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah)/);
  });

  test('the cached results in the file equal what a real engine computes', () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    let formulas = 0;
    for (const { row, col, cell } of sheet.entries()) {
      if (cell.formula === undefined) continue;
      formulas++;
      const engineValue = asResult(engine.value(SHEET, row, col));
      // ExcelJS reads a cached `<v>0</v>` of a formula back as no value (the file holds the 0).
      if (engineValue === 0) expect(cell.value ?? 0).toBe(0);
      else if (typeof engineValue === 'number') expect(cell.value).toBeCloseTo(engineValue, 6);
      else expect(cell.value ?? '').toBe(engineValue);
    }
    expect(formulas).toBeGreaterThan(500);
  });

  test('text from the workbook is written as text, never as a formula', () => {
    const sheet = output.sheets.find((candidate) => candidate.name === SHEET)!;
    for (const col of [COL.sasaran, COL.uraian, COL.indikator, COL.satuan]) {
      for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + 100; row++)
        expect(sheet.getCell(row, col)?.formula).toBeUndefined();
    }
  });

  test('the original sheets are unchanged', () => {
    expectOriginalSheetsKept(input, output, SHEET);
  });

  test('lkj validate on the copy finds nothing in the new sheet, and the source form keeps its slips', () => {
    const validate = lkj('validate', '--json', out);
    const report = JSON.parse(validate.stdout) as {
      files: { findings: { sheet: string; severity: string }[] }[];
    };
    const [file] = report.files;
    expect(file.findings.filter((finding) => finding.sheet === SHEET)).toEqual([]);
    expect(file.findings.some((finding) => finding.sheet === 'Realisasi TW IV')).toBe(true);
  }, 120_000);

  test("the add-in's form is not read back: the next plan reads the staff's form again", () => {
    const tables = detectTables(output);
    expect(output.sheets.find((sheet) => sheet.name === SHEET)?.generatedBy).toBe('renja');
    expect(tables.filter((table) => table.kind === 'renja').map((t) => t.sheet)).toEqual([
      'Realisasi TW IV',
    ]);
    const next = planRenja(new WorkbookFacts(output, tables));
    const first = planRenja(new WorkbookFacts(input, detectTables(input)));
    expect(next.source).toEqual({ kind: 'form', sheet: 'Realisasi TW IV' });
    expect(next.rows).toEqual(first.rows);
  });
});

describe('lkj renja on a workbook without a form', () => {
  test('builds the form from the PK and budget tables at the quarter asked, with the jenis set', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lkj-renja-')), 'tw2.xlsx');
    const run = lkj('renja', SAMPLE, '-o', out, '--tw', '2', '--jenis', '4=rata-rata');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/triwulan 2 tahun 2023, dari tabel PK, capaian dan anggaran/);
    const sheet = (await readXlsx(readFileSync(out))).sheets.find(
      (candidate) => candidate.name === 'Evaluasi Renja TW 2 2023',
    )!;
    const r = FIRST_DATA_ROW + 3;
    expect(sheet.getCell(r, COL.jenis)?.value).toBe('Rata-rata');
    expect(sheet.getCell(r, COL.tahunIni)?.formula).toBe(
      `IF(COUNT(M${r},O${r},Q${r},S${r})=0,"",SUM(M${r},O${r},Q${r},S${r})/COUNT(M${r},O${r},Q${r},S${r}))`,
    );
  }, 60_000);
});

describe('a workbook that states no year: the generators require --tahun', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-tahun-'));
  // Capaian columns per year (2018, 2019) are a series, not the report year; the RKPD states none.
  const NO_YEAR = [
    '../shared/reference/real-workbooks/lppd-capaian-2018-2019.xlsx',
    '../shared/reference/real-workbooks/rkpd-perubahan-kedua-2023.xlsx',
  ];
  test.each(NO_YEAR.flatMap((file) => ['renja', 'tabel', 'evaluasi'].map((c) => [c, file])))(
    'lkj %s %s without --tahun: exit 2, said in Bahasa Indonesia, nothing written',
    (command, file) => {
      const out = join(dir, `${command}.xlsx`);
      const run = lkj(command, file, '-o', out);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Tahun laporan tidak diketahui.*--tahun TAHUN/);
      expect(existsSync(out)).toBe(false);
    },
  );

  test('with --tahun the year asked titles the sheet', () => {
    const out = join(dir, 'tahun.xlsx');
    const run = lkj('renja', NO_YEAR[0], '-o', out, '--tahun', '2019');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Lembar "Evaluasi Renja TW 1 2019"/);
  }, 60_000);

  test.each([['20x5'], ['25'], ['']])('--tahun %p is refused', (value) => {
    const run = lkj('renja', SAMPLE, '-o', join(dir, 'z.xlsx'), '--tahun', value);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--tahun harus tahun empat angka/);
  });
});

describe('lkj renja refuses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-renja-'));

  test('to replace an existing file without --timpa, and replaces it with', () => {
    const existing = join(dir, 'ada.xlsx');
    copyFileSync(SAMPLE, existing);
    const before = readFileSync(existing);
    const refused = lkj('renja', SAMPLE, '-o', existing);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/sudah ada; tambahkan --timpa/);
    expect(readFileSync(existing).equals(before)).toBe(true);
    const replaced = lkj('renja', SAMPLE, '-o', existing, '--timpa');
    expect(replaced.status).toBe(0);
    expect(readFileSync(existing).equals(before)).toBe(false);
  }, 60_000);

  test.each([
    [
      'a quarter out of range',
      ['renja', SAMPLE, '-o', 'x.xlsx', '--tw', '5'],
      /--tw harus 1, 2, 3 atau 4/,
    ],
    [
      'an unknown jenis',
      ['renja', SAMPLE, '-o', 'x.xlsx', '--jenis', '1=rasio'],
      /--jenis harus N=JENIS/,
    ],
    [
      'a row past the end',
      ['renja', SAMPLE, '-o', join(dir, 'y.xlsx'), '--jenis', '999=kumulatif'],
      /hanya ada \d+ baris/,
    ],
    ['no output', ['renja', SAMPLE], /Berkas keluaran belum disebut/],
  ])('bad usage: %s', (_what, args, message) => {
    const run = lkj(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('--help explains the form in Bahasa Indonesia', () => {
    const run = lkj('renja', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/triwulan berikutnya dibuka/);
    expect(run.stdout).toMatch(/validasi data/);
  });
});
