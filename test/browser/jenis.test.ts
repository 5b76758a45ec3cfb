/**
 * The jenis of an indicator set in the pane as a web page (real Chromium, the built pane): on a
 * small Renja form, choosing "Nilai akhir" for an indicator whose jenis nothing tells turns its
 * summed quarters into a finding, and the choice is remembered in the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { RENJA_MERGES, RENJA_ROWS, RENJA_SHEET } from '../support/renja-form';
import { openBrowser, type Browser } from './support';

let browser: Browser;
let page: Page;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lkj-renja-'));
  file = path.join(dir, 'renja-tw2.xlsx');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(RENJA_SHEET);
  RENJA_ROWS.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value as string | number;
    }),
  );
  for (const [top, left, bottom, right] of RENJA_MERGES) sheet.mergeCells(top, left, bottom, right);
  await workbook.xlsx.writeFile(file);
  browser = await openBrowser(1280);
  page = browser.page;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openAndValidate() {
  await page.goto(browser.baseUrl);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText('Berkas: renja-tw2.xlsx').waitFor();
  await page.getByTestId('validasi').click();
  await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  await page.getByTestId('jenis-indikator').waitFor();
}

const akumulasiCells = () =>
  page.$$eval('[data-testid="finding"][data-rule="akumulasi-salah"]', (elements) =>
    elements.map((element) => (element as HTMLElement).dataset.cell),
  );

describe('Jenis indikator on the web page', () => {
  it('finds the summed quarters once the user says the indicator is nilai akhir', async () => {
    await openAndValidate();
    expect(await akumulasiCells()).toEqual([]);
    const panel = page.getByTestId('jenis-indikator');
    await panel.locator('summary').click();
    const cakupan = panel.getByRole('combobox', { name: 'Cakupan layanan' });
    await cakupan.waitFor();
    expect(await panel.getByText('Dari workbook: belum diketahui.').count()).toBe(1);

    await cakupan.selectOption('nilai-akhir');

    await page
      .locator('[data-testid="finding"][data-rule="akumulasi-salah"][data-cell="K6"]')
      .waitFor({ timeout: 60_000 });
    expect(await akumulasiCells()).toEqual(['K6']);
    expect(
      await page.locator('[data-testid="finding"][data-rule="akumulasi-salah"]').textContent(),
    ).toContain('Indikator nilai akhir (pilihan pengguna)');
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);

  it('fits a 320 px wide pane open, nothing to scroll sideways', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const panel = page.getByTestId('jenis-indikator');
    expect(await panel.getAttribute('open')).not.toBeNull();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const box = await panel.getByRole('combobox', { name: 'Persentase desa ODF' }).boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('remembers the choice in this browser for the next validation', async () => {
    await openAndValidate();
    // The list of findings loads after the validation.
    await page.getByTestId('findings-view').waitFor();
    expect(await akumulasiCells()).toEqual(['K6']);
    expect(
      await page
        .getByTestId('jenis-indikator')
        .getByRole('combobox', { name: 'Cakupan layanan', includeHidden: true })
        .inputValue(),
    ).toBe('nilai-akhir');
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);
});
