/**
 * The add-in's outputs on the web page (DOMAIN §9), in Debian's Chromium with the built page:
 * Evaluasi, Tabel LKj and Renja generated one after another into the same workbook (each on the
 * copy the one before wrote), the Tabel LKj once more, then validated again. The pane's summary is
 * the one before, the generated sheets are listed as made by the add-in, the second Tabel LKj
 * replaced the first and said so; the last downloaded copy, read back, has exactly the findings
 * of the original and no generated cell computing an error value.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { validateWorkbook } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { generatedErrors } from '../support/generated-errors';
import { openBrowser, sample, type Browser } from './support';

const DINKES = path.join(
  __dirname,
  '../../../shared/reference/real-workbooks/lra-dinkes-2026.xlsx',
);

/** Each generator's tab, the button that previews and the one that downloads. */
const GENERATORS = {
  evaluasi: { tab: 'Evaluasi', start: 'evaluasi', write: 'tulis-evaluasi' },
  tabel: { tab: 'Tabel LKj', start: 'tabel', write: 'tulis-tabel' },
  renja: { tab: 'Evaluasi Renja', start: 'renja', write: 'tulis-renja' },
} as const;
type GeneratorId = keyof typeof GENERATORS;

let browser: Browser;
let page: Page;
const dir = mkdtempSync(path.join(tmpdir(), 'lkj-keluaran-'));

beforeAll(async () => {
  browser = await openBrowser(1280);
  page = browser.page;
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function validate(): Promise<{ summary: string; unchecked: string[] }> {
  await page.getByRole('tab', { name: 'Validasi', exact: true }).click();
  await page.getByTestId('validasi').click();
  await page.getByTestId('summary').waitFor({ timeout: 120_000 });
  await page.getByTestId('validasi').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('[aria-label^="Kemajuan"]'), undefined, {
    timeout: 120_000,
  });
  return {
    summary: (await page.getByTestId('summary').textContent()) ?? '',
    unchecked: await page.getByTestId('unchecked').locator('li').allTextContents(),
  };
}

/**
 * Previews and downloads a generator's sheet; returns the saved copy and the note shown. `again`:
 * the note to wait for is the one saying the sheet replaced the earlier one (the panel showed
 * the note of the same file name before).
 */
async function generate(
  id: GeneratorId,
  step: number,
  again: boolean,
): Promise<{ file: string; note: string }> {
  const { tab, start, write } = GENERATORS[id];
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByTestId(start).click();
  const button = page.getByTestId(write);
  await button.waitFor({ timeout: 120_000 });
  await page.waitForFunction((testId) => {
    const element = document.querySelector(`[data-testid="${testId}"]`);
    return element instanceof HTMLButtonElement && !element.disabled;
  }, write);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    button.click(),
  ]);
  const file = path.join(dir, `${step}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const note = page
    .locator('[role="status"]:visible', { hasText: `Diunduh "${download.suggestedFilename()}"` })
    .filter({ hasText: again ? 'menggantikan' : 'Yang tidak ikut tersalin' });
  await note.waitFor({ timeout: 30_000 });
  return { file, note: (await note.textContent()) ?? '' };
}

const WORKBOOKS: [string, string, GeneratorId[]][] = [
  ['the sample', sample, ['evaluasi', 'tabel', 'renja']],
  // Nothing in it for the evaluasi sheet (no indicator): `lkj evaluasi` finds nothing there too.
  ['lra-dinkes-2026.xlsx', DINKES, ['tabel', 'renja']],
];

describe.each(WORKBOOKS)('generated one after another into %s', (_, input, writing) => {
  it('validates as before, lists the generated sheets, replaces the Tabel LKj', async () => {
    await page.goto(browser.baseUrl);
    await page.getByTestId('file-input').setInputFiles(input);
    await page.getByText(`Berkas: ${path.basename(input)}`).waitFor();
    const before = await validate();

    const written = [];
    for (const [step, id] of [...writing, 'tabel' as const].entries()) {
      written.push(await generate(id, step, step === writing.length));
    }
    const after = await validate();

    expect(after.summary).toBe(before.summary);
    const copy = await readXlsx(readFileSync(written[written.length - 1].file));
    const generated = copy.sheets.filter((sheet) => sheet.generatedBy);
    expect(generated.map((sheet) => sheet.generatedBy)).toEqual(writing);
    expect(after.unchecked).toEqual([
      ...before.unchecked,
      ...generated.map((sheet) => `${sheet.name}: dibuat oleh add-in`),
    ]);
    const tabel = generated.find((sheet) => sheet.generatedBy === 'tabel')?.name;
    expect(written[written.length - 1].note).toContain(
      `Sheet "${tabel}" menggantikan sheet "${tabel}" yang dibuat sebelumnya oleh add-in.`,
    );
    expect(written.slice(0, -1).map(({ note }) => note.includes('menggantikan'))).toEqual(
      writing.map(() => false),
    );

    const original = await readXlsx(readFileSync(input));
    expect(validateWorkbook(copy).findings).toEqual(validateWorkbook(original).findings);
    expect(generatedErrors(copy)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  }, 600_000);
});
