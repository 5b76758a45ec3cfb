/**
 * `lkj skm` end to end: the real CLI on real .xlsx files: a workbook of raw answers gets its copy
 * with "Pengolahan SKM" evaluated by a real engine, the answers sheet unchanged cell by cell and
 * `lkj validate` finding nothing on the new sheet; a workbook without answers is refused, saying
 * what was looked for.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkbook, type ValidationReport } from '../../src/checks';
import type { WorkbookModel } from '../../src/workbook/model';
import type { Evaluated } from '../evaluasi/hf-engine';
import { respondentsWithSums, surveyWorkbook } from '../support/skm-xlsx';
import { expectOriginalSheetsKept, lkj, runCopy } from './sheet-copy-run';

const SUMS = [105, 101, 100, 116, 102, 105, 106, 105, 115];
const SHEET = 'Pengolahan SKM 2024';

describe('lkj skm survey.xlsx -o out.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-skm-'));
  const input = join(dir, 'survey.xlsx');
  const out = join(dir, 'out.xlsx');
  let run: ReturnType<typeof lkj>;
  let before: WorkbookModel;
  let after: WorkbookModel;
  let engine: Evaluated;

  beforeAll(async () => {
    const respondents = respondentsWithSums(29, SUMS);
    writeFileSync(
      input,
      await surveyWorkbook({
        respondents,
        title: 'DATA SURVEI KEPUASAN MASYARAKAT TAHUN 2024',
        trailingEmpty: 4,
        population: 1000,
        triwulan: ['I', 'II'],
      }),
    );
    ({
      run,
      input: before,
      output: after,
      engine,
    } = await runCopy(input, out, ['skm', input, '-o', out]));
  }, 120_000);

  afterAll(() => engine?.destroy());

  test('writes the copy and says what it computed', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Lembar "${SHEET}" ditulis ke ${out} (tahun 2024, bobot 1/9).`);
    expect(run.stdout).toContain('Jawaban: sheet "Data_Survei_Mentah", 29 responden.');
    expect(run.stdout).toContain(
      'U3 Waktu Penyelesaian: Σ 100, terisi 29, NRR 3,4483, konversi 86,21 B',
    );
    expect(run.stdout).toContain('IKM 91,48 — mutu A (Sangat Baik)');
    expect(run.stdout).toContain('Sampel minimum untuk N = 1000: 278 responden — kurang 249.');
    expect(run.stdout).toMatch(/4 baris di bawah responden terakhir tanpa jawaban/);
  });

  test('lkj inspect --why shows the survey table, its respondents and the rows left out', () => {
    const inspect = lkj('inspect', input, '--why');
    expect(inspect.status).toBe(0);
    expect(inspect.stdout).toContain('Jenis tabel: skm (aturan tabel-jawaban-skm)');
    expect(inspect.stdout).toContain('"U3 (Waktu)" → unsur-skm (aturan unsur-skm)');
    expect(inspect.stdout).toContain('Responden SKM: 29 (baris 4–32); urutan unsur kuesioner');
    expect(inspect.stdout).toContain(
      'Bukan responden (tanpa jawaban, di akhir): baris 33, 34, 35, 36',
    );
    expect(inspect.stdout).toContain('Hasil dipisah per: "Jenis Layanan", "Triwulan"');
  });

  test('the answers sheet and the info sheet are unchanged, cell by cell', () => {
    expectOriginalSheetsKept(before, after, SHEET);
  });

  test('the new sheet computes in the engine: IKM 91,48, a block per Triwulan and per Jenis Layanan', () => {
    const sheet = after.sheets.find((candidate) => candidate.name === SHEET)!;
    const find = (text: string | RegExp) =>
      [...sheet.entries()].find(
        ({ cell }) =>
          typeof cell.value === 'string' &&
          (typeof text === 'string' ? cell.value === text : text.test(cell.value)),
      )!;
    const ikm = find(/^IKM Unit Pelayanan/);
    expect(Math.round((engine.value(SHEET, ikm.row, 7) as number) * 100) / 100).toBe(91.48);
    expect(find(/^Hasil per Periode/)).toBeDefined();
    const layanan = find(/^Hasil per Jenis Layanan/);
    expect(engine.value(SHEET, layanan.row + 2, 1)).toBe('KTP');
    expect(engine.value(SHEET, layanan.row + 2, 2)).toBe(15);
  });

  test('lkj validate finds nothing on the new sheet: it is the add-in’s, and not read', () => {
    const validate = lkj('validate', out, '--json');
    const [file] = (JSON.parse(validate.stdout) as { files: ValidationReport[] }).files;
    expect(file.findings.filter((finding) => finding.sheet === SHEET)).toEqual([]);
    expect(file.uncheckedSheets).toContainEqual({
      sheet: SHEET,
      hidden: false,
      reason: 'dibuat oleh add-in',
    });
  });

  test('read as if staff had written it, the new sheet still raises no finding', () => {
    const unmarked = { sheets: after.sheets.map((sheet) => sheet) };
    const sheet = unmarked.sheets.find((candidate) => candidate.name === SHEET)!;
    sheet.generatedBy = undefined;
    const report = validateWorkbook(unmarked);
    expect(report.findings.filter((finding) => finding.sheet === SHEET)).toEqual([]);
  });
});

describe('lkj skm on a workbook without survey answers', () => {
  test('exits 1, says what it looked for, writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkj-skm-none-'));
    const out = join(dir, 'out.xlsx');
    const run = lkj('skm', 'samples/klakah-2023.xlsx', '-o', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'Jawaban SKM tidak ditemukan. Yang dicari: tabel dengan judul kolom kesembilan unsur (U1–U9',
    );
    expect(run.stderr).toContain('Tidak ada berkas yang ditulis.');
    expect(run.stdout).toBe('');
  });

  test.each([
    [['--bobot', '0,12'], '--bobot harus 1/9 atau 0,111: 0,12'],
    [['--populasi', 'banyak'], '--populasi harus bilangan bulat ≥ 1 (misalnya 1250): banyak'],
  ])('%j is refused before reading', (extra, message) => {
    const run = lkj('skm', 'samples/klakah-2023.xlsx', '-o', '/tmp/never.xlsx', ...extra);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
