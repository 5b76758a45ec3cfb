/**
 * The web page validates off its main thread (real Chromium, the built pane): the 2 MB Dinkes
 * workbook is read, detected and checked in the worker while the page stays responsive, progress
 * moves through real steps, and a run can be cancelled.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './support';

const file = path.join(
  __dirname,
  '../../../shared/reference/real-workbooks/dinkes-realisasi-belanja.xlsx',
);

/** A task this long is what a user feels as a frozen page; Chrome reports tasks over 50 ms. */
const LONG_TASK_MS = 200;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser(1280);
  page = browser.page;
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function open() {
  await page.goto(browser.baseUrl);
  // Installed before the file is opened: every task from then on is seen.
  await page.evaluate(() => {
    const seen = { longTasks: [] as number[], progress: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    // The progress bar's message only (textContent, no layout): the observer adds no work.
    new MutationObserver(() => {
      const text = document
        .querySelector('[aria-label="Kemajuan validasi"]')
        ?.closest('.fui-Field')
        ?.querySelector('.fui-Field__validationMessage')?.textContent;
      if (text && !seen.progress.includes(text)) seen.progress.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText('Berkas: dinkes-realisasi-belanja.xlsx').waitFor();
}

describe('Validation on the web page', () => {
  it('keeps the main thread free of long tasks while the whole validation runs', async () => {
    await open();
    await page.getByTestId('validasi').click();
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    await page.getByTestId('finding').first().waitFor();
    const { longTasks, progress } = await page.evaluate(
      () => (window as unknown as { seen: { longTasks: number[]; progress: string[] } }).seen,
    );
    console.log(`Tugas panjang di thread utama (ms): ${JSON.stringify(longTasks)}`);
    expect(longTasks.filter((duration) => duration >= LONG_TASK_MS)).toEqual([]);
    // Real steps, each seen: sheets read, tables detected, checks run.
    expect(progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Membaca workbook… \([1-6]\/6\)$/),
        'Mengenali tabel…',
        expect.stringMatching(/^Menjalankan pemeriksaan… \(\d+\/\d+\)$/),
      ]),
    );
    expect(browser.pageErrors).toEqual([]);
  }, 180_000);

  it('cancels a running validation and can validate again', async () => {
    await open();
    await page.getByTestId('validasi').click();
    await page.getByTestId('batal').click();
    await page.getByText('Validasi dibatalkan; tidak ada temuan yang ditampilkan.').waitFor();
    expect(await page.getByTestId('summary').count()).toBe(0);
    expect(await page.getByTestId('validasi').isEnabled()).toBe(true);
    await page.getByTestId('validasi').click();
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    expect(await page.getByText(/^Validasi dibatalkan/).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  }, 180_000);
});
