/**
 * The pane at Excel's narrowest width (350 px) under a deadline, in Debian's Chromium (issue 21):
 * after building a sheet its download button is in view and focused without scrolling; opening a
 * file clears whatever the files before left; every state passes axe-core (0 serious or
 * critical) and draws no text under 12 px.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityProblems, openBrowser, sample, type Browser } from './support';

const RENJA = path.join(
  __dirname,
  '../../../shared/reference/real-workbooks/evaluasi-renja-tw4-2025.xlsx',
);

let browser: Browser;
let page: Page;
const dir = mkdtempSync(path.join(tmpdir(), 'lkj-sempit-'));

beforeAll(async () => {
  browser = await openBrowser(350);
  page = browser.page;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

async function open(file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
}

/** A text file under an Excel name: it cannot be opened. */
function notExcel(name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, 'No;Indikator;Target\n1;IKM;90\n');
  return file;
}

const GENERATORS: [string, string, string, string, string][] = [
  ['Evaluasi', 'evaluasi', 'tulis-evaluasi', sample, 'Sheet evaluasi siap: '],
  ['Tabel LKj', 'tabel', 'tulis-tabel', sample, 'Tabel LKj siap: '],
  ['Evaluasi Renja', 'renja', 'tulis-renja', RENJA, 'Formulir Renja siap: '],
];

describe('after building a sheet at 350 px', () => {
  it.each(GENERATORS)(
    '%s: the summary and the download button are in view and focused, the preview below',
    async (tab, start, write, file, summary) => {
      await page.goto(browser.baseUrl);
      await open(file);
      await page.getByText(`Berkas: ${path.basename(file)}`).waitFor();
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByTestId(start).click();
      const button = page.getByTestId(write);
      await page.waitForFunction(
        (testId) => document.activeElement?.getAttribute('data-testid') === testId,
        write,
        { timeout: 120_000 },
      );

      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const box = await button.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      expect(await button.isEnabled()).toBe(true);
      expect(await page.getByTestId('hasil-susun').getByRole('heading').textContent()).toMatch(
        new RegExp(`^${summary}`),
      );
      // The preview follows the button.
      const preview = await page.locator('section[aria-labelledby]').last().boundingBox();
      expect(preview!.y).toBeGreaterThan(box!.y);
      expect(await accessibilityProblems(page)).toEqual([]);
    },
    180_000,
  );
});

describe('opening a file clears what the files before left', () => {
  it('shows only the last bad file’s message, and none of a good file’s results', async () => {
    await page.goto(browser.baseUrl);
    expect(await accessibilityProblems(page)).toEqual([]);

    await open(notExcel('pertama.xlsx'));
    await page
      .getByRole('alert')
      .getByText(/"pertama\.xlsx" tidak dapat dibuka/)
      .waitFor();
    await open(notExcel('kedua.xlsx'));
    await page
      .getByRole('alert')
      .getByText(/"kedua\.xlsx" tidak dapat dibuka/)
      .waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([
      expect.stringMatching(/^"kedua\.xlsx" tidak dapat dibuka\./),
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);

    await open(sample);
    await page.getByText('Berkas: klakah-2023.xlsx').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('validasi').click();
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    expect(await accessibilityProblems(page)).toEqual([]);

    await open(notExcel('ketiga.xlsx'));
    await page
      .getByRole('alert')
      .getByText(/"ketiga\.xlsx" tidak dapat dibuka/)
      .waitFor();
    expect(await page.getByTestId('summary').count()).toBe(0);
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByText(/klakah-2023/).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByTestId('validasi').isDisabled()).toBe(true);
  }, 180_000);
});

describe('the other tabs at 350 px', () => {
  it.each(['Pengaturan', 'Bantuan'])(
    '%s passes axe-core',
    async (tab) => {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      if (tab === 'Bantuan') await page.getByTestId('pemeriksaan').first().waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
    },
    60_000,
  );
});
