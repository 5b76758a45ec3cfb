/**
 * The web page with hostile files, in a real browser (Debian's Chromium through playwright-core):
 * the same limits as `lkj`, the parsing in a Web Worker, and the page alive afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import * as hostile from '../support/hostile-files';

const root = path.resolve(__dirname, '../..');
const sample = path.join(root, 'samples/klakah-2023.xlsx');
const dir = mkdtempSync(path.join(tmpdir(), 'lkj-hostile-web-'));

let server: ChildProcess;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const workers: string[] = [];

beforeAll(async () => {
  server = spawn(process.execPath, [path.join(root, 'scripts/serve.cjs')], {
    env: { ...process.env, PORT: '0' },
  });
  const baseUrl = await new Promise<string>((resolve) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve(match[0]);
    });
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(baseUrl);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens `file` in the page, presses Validasi and returns what the page says, and how fast. */
async function validate(file: string): Promise<{ alert: string; ms: number }> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText(`Berkas: ${path.basename(file)}`).waitFor();
  const started = Date.now();
  await page.getByTestId('validasi').click();
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 60_000 });
  return { alert: (await alert.textContent()) ?? '', ms: Date.now() - started };
}

test.each([
  'a 2 KB sheet merging A3:XFD1048576',
  'a zip whose headers claim 6 kB for an 8 GB sheet',
  'a 2 KB sheet with one cell at row 4.000.000.000',
  'a defined name over a whole sheet',
])(
  '%s: refused in the page with the reason, parsed in a worker',
  async (name) => {
    const file = path.join(dir, `${name.replace(/[^\w]+/g, '-')}.xlsx`);
    const { bytes, expected } = hostile.files[name]();
    writeFileSync(file, bytes);
    const before = workers.length;
    const { alert, ms } = await validate(file);
    expect(alert).toMatch(expected);
    expect(ms).toBeLessThan(30_000);
    expect(workers.length).toBe(before + 1);
    expect(pageErrors).toEqual([]);
  },
  90_000,
);

test('after them the page still reads a good file, and ExcelJS never ran on the page itself', async () => {
  await page.getByTestId('file-input').setInputFiles(sample);
  await page.getByText('Berkas: klakah-2023.xlsx').waitFor();
  await page.getByTestId('validasi').click();
  await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('summary').textContent()).toMatch(/\d+ temuan/);
  // The page's own resources: the worker's script, but no reader chunk (the worker loads those).
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
  expect(loaded.some((url) => /xlsx-read|xlsx-write/.test(url))).toBe(false);
  expect(pageErrors).toEqual([]);
}, 90_000);
