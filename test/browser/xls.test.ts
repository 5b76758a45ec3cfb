/**
 * The web page with an .xls, in a real browser (Debian's Chromium through playwright-core): the
 * sample saved as .xls by LibreOffice gives the findings of the .xlsx, read in the worker by the
 * .xls chunk (never on the page); a generator's download is an .xlsx that says what it lacks;
 * an encrypted .xls is refused with its own message.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookBytes } from '../../src/hosts/xls/workbook-bytes';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { expectOriginalSheetsKept } from '../cli/sheet-copy-run';
import { libreOfficeXls, xlsFiles } from '../support/xls';
import { openBrowser, sample, type Browser } from './support';

jest.setTimeout(120_000);

let browser: Browser;
let xls: string;
const workers: string[] = [];

beforeAll(async () => {
  xls = libreOfficeXls(sample);
  browser = await openBrowser(1200);
  browser.page.on('worker', (worker) => workers.push(worker.url()));
  await browser.page.goto(browser.baseUrl);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (xls) rmSync(path.dirname(xls), { recursive: true, force: true });
});

/** Opens `file`, validates, and returns the summary line, or the alert when it is refused. */
async function validate(file: string): Promise<string> {
  const { page } = browser;
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText(`Berkas: ${path.basename(file)}`).waitFor();
  await page.getByTestId('validasi').click();
  const answer = page.getByTestId('summary').or(page.getByRole('alert'));
  await answer.first().waitFor({ timeout: 60_000 });
  return (await answer.first().textContent()) ?? '';
}

test('the .xls gives the summary of the .xlsx, read by the .xls chunk in the worker', async () => {
  const fromXlsx = await validate(sample);
  expect(fromXlsx).toMatch(/\d+ temuan/);
  const before = browser.requests.length;
  expect(await validate(xls)).toBe(fromXlsx);
  // SheetJS came in the worker's chunks, asked for only now that an .xls is read.
  expect(browser.requests.slice(before).some((url) => /xls-read/.test(url))).toBe(true);
  expect(browser.requests.slice(0, before).some((url) => /xls-read/.test(url))).toBe(false);
  const onPage = await browser.page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
  expect(onPage.some((url) => /xls-read|xlsx-read/.test(url))).toBe(false);
  expect(browser.pageErrors).toEqual([]);
});

test('the evaluasi download from an .xls is an .xlsx with the source sheets, and says so', async () => {
  const { page } = browser;
  await page.getByRole('tab', { name: 'Evaluasi', exact: true }).click();
  await page.getByTestId('evaluasi').click();
  await page.getByTestId('evaluasi-row').first().waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh dengan sheet evaluasi' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('klakah-2023 - Evaluasi Penghitungan 2023.xlsx');
  const file = path.join(path.dirname(xls), 'evaluasi.xlsx');
  await download.saveAs(file);
  const source = await readWorkbookBytes(readFileSync(xls));
  const copy = await readXlsx(readFileSync(file));
  expectOriginalSheetsKept(source, copy, 'Evaluasi Penghitungan 2023');
  await page.getByText(/Berkas masukan \.xls disalin sebagai \.xlsx/).waitFor();
  await page.getByRole('tab', { name: 'Validasi', exact: true }).click();
});

test('an encrypted .xls is refused in the page with its own message', async () => {
  const file = path.join(path.dirname(xls), 'bersandi.xls');
  const { bytes, expected } = xlsFiles['an .xls encrypted with a password (FILEPASS)']();
  writeFileSync(file, bytes);
  expect(await validate(file)).toMatch(expected);
  expect(browser.pageErrors).toEqual([]);
});
