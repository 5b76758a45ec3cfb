/**
 * Working through many findings at Excel's pane width (350 px), on a real workbook whose hidden
 * copies hold most of them (dinkes-realisasi-belanja.xlsx): hidden sheets left out and counted,
 * filters by check and by sheet, the search, and a fold of alike findings opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { formatAngka } from '../../src/core/angka';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FOLD_FROM } from '../../src/taskpane/finding-filter';
import { artifacts, openBrowser, root, type Browser } from './support';

const FILE = path.join(root, '../shared/reference/real-workbooks/dinkes-realisasi-belanja.xlsx');

let browser: Browser;
let page: Page;
let findings: Finding[];
let hiddenSheets: string[];

beforeAll(async () => {
  const model = await readXlsx(readFileSync(FILE));
  hiddenSheets = model.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.name);
  findings = validateWorkbook(model).findings;
  browser = await openBrowser(350);
  page = browser.page;
  await page.goto(browser.baseUrl);
  await page.getByTestId('file-input').setInputFiles(FILE);
  await page.getByText(`Berkas: ${path.basename(FILE)}`).waitFor();
  await page.getByTestId('validasi').click();
  await page.getByTestId('summary').waitFor({ timeout: 180_000 });
  await page.getByTestId('findings-view').waitFor();
}, 300_000);

afterAll(async () => {
  expect(browser.pageErrors).toEqual([]);
  await browser?.close();
});

/** The sheets and checks of the lines drawn: single findings and folds alike. */
const lines = () =>
  page.$$eval('[data-testid="finding"], [data-testid="finding-group"]', (elements) =>
    elements.map((element) => {
      const data = (element as HTMLElement).dataset;
      return { sheet: data.sheet ?? '', rule: data.rule ?? '' };
    }),
  );
const shownCount = async () => page.getByTestId('shown-count').textContent();
const counted = (n: number) =>
  n === findings.length
    ? `${formatAngka(n)} temuan ditampilkan.`
    : `${formatAngka(n)} dari ${formatAngka(findings.length)} temuan ditampilkan.`;
const visible = () => findings.filter((finding) => !finding.hidden);

describe('many findings at 350 px (dinkes-realisasi-belanja.xlsx)', () => {
  it('leaves the hidden copies out at first and says how many findings they hold', async () => {
    const hidden = findings.filter((finding) => finding.hidden).length;
    expect(hiddenSheets.length).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(findings.length / 2);
    expect(await page.getByTestId('hidden-sheets').textContent()).toBe(
      `Sheet tersembunyi: ${formatAngka(hidden)} temuan disembunyikan — Tampilkan`,
    );
    expect(await shownCount()).toBe(counted(findings.length - hidden));
    const sheets = new Set((await lines()).map((line) => line.sheet));
    expect([...sheets].filter((sheet) => hiddenSheets.includes(sheet))).toEqual([]);
    expect(sheets.size).toBeGreaterThan(0);
  }, 60_000);

  it('narrows the list by check, with the count beside it', async () => {
    const errors = visible().filter((finding) => finding.rule === 'sel-error');
    expect(errors.length).toBeGreaterThan(FOLD_FROM);
    const select = page.getByTestId('filter-rule');
    expect(await select.locator('option[value="sel-error"]').textContent()).toBe(
      `Sel berisi galat Excel (${formatAngka(errors.length)})`,
    );
    await select.selectOption('sel-error');
    expect(await shownCount()).toBe(counted(errors.length));
    expect(new Set((await lines()).map((line) => line.rule))).toEqual(new Set(['sel-error']));
    await select.selectOption('');
  }, 60_000);

  it('narrows the list by sheet, a hidden one once hidden sheets are shown', async () => {
    await page.getByTestId('toggle-hidden').click();
    expect(await shownCount()).toBe(counted(findings.length));
    const [sheet] = hiddenSheets.filter((name) => findings.some((f) => f.sheet === name));
    const onSheet = findings.filter((finding) => finding.sheet === sheet);
    const select = page.getByTestId('filter-sheet');
    expect(await select.locator(`option[value="${sheet}"]`).textContent()).toBe(
      `${sheet} (tersembunyi) (${formatAngka(onSheet.length)})`,
    );
    await select.selectOption(sheet);
    expect(await shownCount()).toBe(counted(onSheet.length));
    expect(new Set((await lines()).map((line) => line.sheet))).toEqual(new Set([sheet]));
    // Check and sheet together.
    await page.getByTestId('filter-rule').selectOption('serapan-salah');
    expect(await shownCount()).toBe(
      counted(onSheet.filter((finding) => finding.rule === 'serapan-salah').length),
    );
    await page.getByTestId('filter-rule').selectOption('');
    await select.selectOption('');
    await page.getByTestId('toggle-hidden').click();
  }, 60_000);

  it('narrows the list by a search over the messages and cells', async () => {
    const search = page.getByRole('searchbox', { name: 'Cari' });
    await search.fill('melebihi pagu');
    const overPagu = visible().filter((finding) => finding.message.includes('melebihi pagu'));
    expect(overPagu.length).toBeGreaterThan(0);
    await page.getByText(counted(overPagu.length), { exact: true }).waitFor();

    const [one] = visible().filter((finding) => finding.rule === 'sel-error');
    await search.fill(`${one.sheet}!${one.cell}`);
    await page.getByText(counted(1), { exact: true }).waitFor();
    expect(await page.getByTestId('finding').getAttribute('data-cell')).toBe(one.cell);
    await search.fill('');
    await page.getByText(counted(visible().length), { exact: true }).waitFor();
  }, 60_000);

  it('folds alike findings into one line that opens on their cells', async () => {
    const group = page.getByTestId('finding-group').first();
    const count = Number(await group.getAttribute('data-count'));
    const rule = await group.getAttribute('data-rule');
    const sheet = await group.getAttribute('data-sheet');
    expect(count).toBeGreaterThanOrEqual(FOLD_FROM);
    const toggle = group.getByTestId('group-toggle');
    expect(await toggle.textContent()).toMatch(
      new RegExp(`${formatAngka(count)} temuan serupa · kolom [A-Z]`),
    );
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await group.getByTestId('finding').count()).toBe(0);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const cells = await group
      .getByTestId('finding')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.cell));
    expect(cells).toHaveLength(Math.min(count, 50));
    const ofRule = visible().filter((f) => f.rule === rule && f.sheet === sheet);
    expect(cells.every((cell) => ofRule.some((finding) => finding.cell === cell))).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'temuan-350.png') });
  }, 60_000);

  it('names each cell link from the text it shows, reads at 12 px or more, heads in order', async () => {
    const { problems, links, texts } = await page.evaluate(() => {
      const found: string[] = [];
      let linkCount = 0;
      let textCount = 0;
      const view = document.querySelector('[data-testid="findings-view"]');
      for (const link of view?.querySelectorAll(
        '[data-testid="finding-link"], [data-testid="message-link"]',
      ) ?? []) {
        linkCount += 1;
        const name = link.getAttribute('aria-label') ?? link.textContent ?? '';
        if (!name.startsWith(link.textContent ?? '')) found.push(`nama: ${name}`);
      }
      for (const element of view?.querySelectorAll('*') ?? []) {
        const own = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        );
        if (!own) continue;
        textCount += 1;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 12) found.push(`${size}px: ${element.textContent?.slice(0, 30)}`);
      }
      let level = 0;
      for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        if (heading.getClientRects().length === 0) continue;
        const next = Number(heading.tagName[1]);
        if (next > level + 1) found.push(`h${level} → h${next}: ${heading.textContent}`);
        level = next;
      }
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) found.push(`lebar ${root.scrollWidth}`);
      return { problems: found, links: linkCount, texts: textCount };
    });
    expect(problems).toEqual([]);
    // The fold opened above shows its cells' links.
    expect(links).toBeGreaterThan(0);
    expect(texts).toBeGreaterThan(links);
  }, 60_000);
});
