/**
 * `lkj` on an .xls end to end (the sample saved as .xls by real LibreOffice, through the real
 * `bin/lkj.cjs`): the same findings and tables as the .xlsx, and a generator's copy written as
 * .xlsx with the source sheets as the .xls holds them and a note of what the copy lacks.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookBytes } from '../../src/hosts/xls/workbook-bytes';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { libreOfficeXls } from '../support/xls';
import { expectOriginalSheetsKept, lkj } from './sheet-copy-run';

const SAMPLE = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');

jest.setTimeout(120_000);

type Run = ReturnType<typeof lkj>;

let xls: string;
let dir: string;

beforeAll(() => {
  xls = libreOfficeXls(SAMPLE);
  dir = path.dirname(xls);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The run's output with the input's name taken out, to compare two inputs. */
const named = (run: Run, file: string) => ({
  status: run.status,
  stdout: run.stdout.split(file).join('BERKAS'),
  stderr: run.stderr.split(file).join('BERKAS'),
});

test('lkj validate --json: the .xls gives exactly the findings and tables of the .xlsx', async () => {
  const fromXlsx = lkj('validate', '--json', SAMPLE);
  const fromXls = lkj('validate', '--json', xls);
  const report = JSON.parse(fromXls.stdout) as { files: { findings: unknown[] }[] };
  expect(report.files[0].findings.length).toBeGreaterThan(10);
  // Nothing differs: BIFF8 holds everything the sample's checks read (docs/decisions.md).
  expect(named(fromXls, xls)).toEqual(named(fromXlsx, SAMPLE));
});

test('lkj inspect --why reads the .xls as the .xlsx', async () => {
  const fromXlsx = lkj('inspect', '--why', SAMPLE);
  const fromXls = lkj('inspect', '--why', xls);
  expect(fromXls.stdout).toMatch(/Tabel dikenali: 14/);
  expect(named(fromXls, xls)).toEqual(named(fromXlsx, SAMPLE));
});

test.each([
  ['tabel', 'Tabel LKj 2023'],
  ['evaluasi', 'Evaluasi Penghitungan 2023'],
  ['renja', 'Evaluasi Renja TW 1 2023'],
])(
  'lkj %s on the .xls writes an .xlsx copy with the source sheets and says what it lacks',
  async (command, sheetName) => {
    const output = path.join(dir, `${command}.xlsx`);
    const run = lkj(command, xls, '-o', output);
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([
      0,
      `${xls}: Berkas masukan .xls disalin sebagai .xlsx: nilai, rumus, format angka, sel ` +
        'gabungan dan sheet tersembunyi ikut, tetapi tampilan sheet asal (huruf, warna, garis, ' +
        'lebar kolom, tinggi baris), komentar, gambar dan grafiknya tidak ikut.',
    ]);
    const source = await readWorkbookBytes(readFileSync(xls));
    expectOriginalSheetsKept(source, await readXlsx(readFileSync(output)), sheetName);
  },
);

test('a copy named .xls is refused before anything is read: it is an .xlsx', async () => {
  const output = path.join(dir, 'salinan.xls');
  const run = lkj('tabel', xls, '-o', output);
  expect(run.status).toBe(2);
  expect(run.stderr).toBe(
    `Berkas keluaran ${output} akan berformat .xlsx; beri nama berakhiran .xlsx.\n`,
  );
  expect(existsSync(output)).toBe(false);
});
