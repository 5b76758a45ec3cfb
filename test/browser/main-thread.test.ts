/**
 * The web page runs its engine off its main thread (real Chromium, the built pane): the 2 MB
 * Dinkes workbook is read, detected and checked in the worker while the page stays responsive,
 * and so are the generators' sheets (planned, laid out and written into the downloaded copy in
 * the worker: Tabel LKj on the Dinkes workbook, the Renja form on a real TW IV form); progress
 * moves through real steps, and a run can be cancelled.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './support';

const real = (name: string) =>
  path.join(__dirname, '../../../shared/reference/real-workbooks', name);
const DINKES = 'dinkes-realisasi-belanja.xlsx';
const RENJA_TW4 = 'evaluasi-renja-tw4-2025.xlsx';

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

/** What the page saw since the file was opened: its long tasks and every progress message. */
const seen = () =>
  page.evaluate(
    () => (window as unknown as { seen: { longTasks: number[]; progress: string[] } }).seen,
  );

async function open(name = DINKES) {
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
      for (const bar of document.querySelectorAll('[aria-label^="Kemajuan"]')) {
        const text = bar
          .closest('.fui-Field')
          ?.querySelector('.fui-Field__validationMessage')?.textContent;
        if (text && !seen.progress.includes(text)) seen.progress.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('file-input').setInputFiles(real(name));
  await page.getByText(`Berkas: ${name}`).waitFor();
}

describe('Validation on the web page', () => {
  it('keeps the main thread free of long tasks while the whole validation runs', async () => {
    await open();
    await page.getByTestId('validasi').click();
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    await page.getByTestId('finding-list').waitFor();
    const { longTasks, progress } = await seen();
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

/** Opens a generator's tab and asks for its preview. */
async function prepare(tab: string, button: string) {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByTestId(button).click();
}

/** Downloads the copy with the generator's sheet and returns its file name. */
async function download(button: string): Promise<string> {
  const [copy] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  await page.getByText(/Yang tidak ikut tersalin/).waitFor();
  return copy.suggestedFilename();
}

describe('Generators on the web page', () => {
  it('builds Tabel LKj from the Dinkes workbook and downloads it without a long task', async () => {
    await open(DINKES);
    await prepare('Tabel LKj', 'tabel');
    await page.getByRole('region', { name: 'Pratinjau tabel LKj' }).waitFor({ timeout: 120_000 });
    // Table 5 holds every budget line; the preview shows its first rows and counts the others.
    await page.getByText(/… dan \d+ baris lagi di sheet\./).waitFor();
    expect(await download('Unduh dengan sheet tabel')).toMatch(
      /^dinkes-realisasi-belanja - Tabel LKj \d{4}\.xlsx$/,
    );
    const { longTasks, progress } = await seen();
    console.log(`Tabel LKj, tugas panjang di thread utama (ms): ${JSON.stringify(longTasks)}`);
    expect(longTasks.filter((duration) => duration >= LONG_TASK_MS)).toEqual([]);
    expect(progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Membaca workbook… \([1-6]\/6\)$/),
        'Mengenali tabel…',
        'Menyusun pratinjau…',
        'Menulis sheet…',
      ]),
    );
    expect(browser.pageErrors).toEqual([]);
  }, 240_000);

  it('builds the Renja form from a real TW IV form and downloads it without a long task', async () => {
    await open(RENJA_TW4);
    await prepare('Evaluasi Renja', 'renja');
    const preview = page.getByRole('region', { name: 'Pratinjau formulir Renja' });
    await preview.waitFor({ timeout: 120_000 });
    const built = page.getByRole('tabpanel', { name: 'Evaluasi Renja' }).getByTestId('hasil-susun');
    expect(await built.getByRole('heading', { level: 2 }).textContent()).toMatch(
      /^Formulir Renja siap: \d+ baris, triwulan 4 tahun 2025, dari formulir di lembar "/,
    );
    expect(await download('Unduh dengan formulir Renja')).toMatch(
      /^evaluasi-renja-tw4-2025 - Evaluasi Renja TW 4 2025\.xlsx$/,
    );
    const { longTasks } = await seen();
    console.log(`Renja, tugas panjang di thread utama (ms): ${JSON.stringify(longTasks)}`);
    expect(longTasks.filter((duration) => duration >= LONG_TASK_MS)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  }, 240_000);

  it('cancels a preview being built, and builds it again', async () => {
    await open(DINKES);
    await prepare('Tabel LKj', 'tabel');
    await page.getByTestId('tabel-batal').click();
    await page.getByText('Dibatalkan; tidak ada pratinjau yang ditampilkan.').waitFor();
    expect(await page.getByRole('region', { name: 'Pratinjau tabel LKj' }).count()).toBe(0);
    await page.getByTestId('tabel').click();
    await page.getByRole('region', { name: 'Pratinjau tabel LKj' }).waitFor({ timeout: 120_000 });
    expect(await page.getByText(/^Dibatalkan/).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  }, 240_000);
});
