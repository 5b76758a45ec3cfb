/**
 * The pane as a web page the way a new user meets it under deadline (issue 12), in Debian's
 * Chromium at Excel's default pane width (350 px) and at 1280 px: what was not checked, the
 * preview coming to the user, no sideways scrolling, settings that do not act quietly, the
 * evaluasi preview explaining its blanks, focus and links.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { displayText } from '../../src/taskpane/preview-format';
import { fromA1, type WorkbookModel } from '../../src/workbook/model';
import {
  accessibilityProblems,
  artifacts,
  openBrowser,
  sample,
  showAllFindings,
  type Browser,
} from './support';

type Row = (string | number)[];

const TABEL: Row[] = [
  ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
  [1, 'Indeks Kepuasan Masyarakat', 90, 84.19, 97, 'Sangat berhasil'],
  [2, 'Persentase desa tertib administrasi', 95.23, 93.65, 98.34, 'Sangat berhasil'],
];

let dir: string;
const files: Record<string, string> = {};

/** Writes an .xlsx of `sheets` (name → rows; `hidden` ones hidden) and returns its path. */
async function xlsx(
  name: string,
  sheets: Record<string, Row[]>,
  hidden: string[] = [],
): Promise<string> {
  const workbook = new Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName, {
      state: hidden.includes(sheetName) ? 'hidden' : 'visible',
    });
    rows.forEach((row) => sheet.addRow(row));
  }
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

let sampleModel: WorkbookModel;
let sampleFindings: Finding[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lkj-pengguna-'));
  mkdirSync(artifacts, { recursive: true });
  files.mixed = await xlsx(
    'campuran.xlsx',
    {
      'Tabel 3.1': TABEL,
      Catatan: [['Catatan rapat evaluasi'], ['Dibahas tanggal 5 Januari']],
      Salinan: TABEL,
    },
    ['Salinan'],
  );
  files.many = await xlsx('banyak.xlsx', {
    'Tabel 3.1': [
      TABEL[0],
      ...Array.from({ length: 260 }, (_, i) => [
        i + 1,
        `Persentase kegiatan bidang ${i + 1} yang selesai`,
        100,
        50,
        99,
        'Sangat berhasil',
      ]),
    ],
  });
  files.noTables = await xlsx('catatan.xlsx', { Catatan: [['Hanya catatan'], ['Tanpa tabel']] });
  files.empty = await xlsx('kosong.xlsx', { Sheet1: [] });
  files.evaluasi = await xlsx('evaluasi.xlsx', {
    'PK 2023': [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, 'Meningkatnya kualitas pelayanan', 'Indeks Kepuasan Masyarakat', 90],
      [2, 'Tertibnya administrasi desa', 'Persentase desa tertib administrasi', 95.23],
      [3, 'Tertibnya pengaduan', 'Persentase pengaduan yang diselesaikan', 0],
    ],
    // The title gives the year whose realisasi the plan may use.
    'Tabel 3.1': [
      ['Tabel 3.1 Capaian Kinerja Tahun 2023'],
      [],
      ...TABEL,
      [3, 'Persentase pengaduan yang diselesaikan', 0, 5, '-', '-'],
    ],
  });
  sampleModel = await readXlsx(readFileSync(sample));
  sampleFindings = validateWorkbook(sampleModel).findings;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText(`Berkas: ${path.basename(file)}`).waitFor();
}

async function validate(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Validasi' }).click();
  await page.getByTestId('validasi').click();
  await page.getByTestId('summary').waitFor({ timeout: 90_000 });
}

/** Where an element is against the window: wholly inside its height, or not. */
function inWindow(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
}

/** Everything that makes the page or a select overflow: empty when nothing does. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`halaman ${root.scrollWidth} > ${root.clientWidth}`);
    }
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of document.querySelectorAll('select')) {
      if (!canvas || select.getClientRects().length === 0) continue;
      const style = getComputedStyle(select);
      canvas.font = style.font;
      const text = select.selectedOptions[0]?.textContent ?? '';
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(text).width > room + 0.5) problems.push(`pilihan terpotong: ${text}`);
      const box = select.getBoundingClientRect();
      if (box.right > root.clientWidth + 0.5) problems.push(`pilihan melewati tepi: ${text}`);
    }
    return problems;
  });
}

describe.each([350, 1280])('at %i px', (width) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(width);
    page = browser.page;
    await page.goto(browser.baseUrl);
  }, 300_000);

  afterAll(async () => {
    expect(browser.pageErrors).toEqual([]);
    await browser?.close();
  });

  it('names the sheets it did not check, puts hidden-sheet findings last and marks them, and focuses the result', async () => {
    await open(page, files.mixed);
    await validate(page);

    expect(await page.getByTestId('summary').textContent()).toMatch(/temuan di 2 tabel/);
    expect(await page.getByTestId('unchecked').textContent()).toBe(
      'Sheet yang tidak diperiksa (1):Catatan: tidak ada tabel LKj yang dikenali',
    );
    // Focus went to the result, not back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'summary-block',
    );
    const headings = () =>
      page
        .getByRole('heading', { level: 2 })
        .allTextContents()
        .then((texts) => texts.map((text) => text.replace(/ \(\d+\)$/, '')));
    // The hidden copy's findings are left out at first, and counted.
    await page.getByTestId('findings-view').waitFor();
    expect(await headings()).toEqual(['Tabel 3.1']);
    expect(await page.getByTestId('hidden-sheets').textContent()).toMatch(
      /^Sheet tersembunyi: \d+ temuan disembunyikan/,
    );
    await showAllFindings(page);
    expect(await headings()).toEqual(['Tabel 3.1', 'Salinan (tersembunyi)']);
    const sheets = await page
      .getByTestId('finding')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.sheet));
    expect(sheets.indexOf('Salinan')).toBeGreaterThan(sheets.lastIndexOf('Tabel 3.1'));
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 120_000);

  it('folds a long run of alike findings into one line each, its cells a page at a time', async () => {
    await open(page, files.many);
    await validate(page);
    const total = Number(
      /^(\d+) temuan/.exec((await page.getByTestId('summary').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(400);
    const groups = page.getByTestId('finding-group');
    const counts = await groups.evaluateAll((items) =>
      items.map((item) => Number((item as HTMLElement).dataset.count)),
    );
    // One wrong capaian and one wrong predikat per row: two lines.
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(counts.length).toBeLessThanOrEqual(4);
    expect(await page.getByTestId('finding').count()).toBe(0);
    await groups.first().getByTestId('group-toggle').click();
    expect(await page.getByTestId('finding').count()).toBe(50);
    await groups.first().getByTestId('group-more').click();
    expect(await page.getByTestId('finding').count()).toBe(100);
    expect(await overflow(page)).toEqual([]);
  }, 120_000);

  it('never calls a workbook it could not read clean, and calls an empty one empty', async () => {
    await open(page, files.noTables);
    await validate(page);
    const summary = await page.getByTestId('summary').textContent();
    expect(summary).toMatch(/^Tidak ada tabel LKj yang dikenali, jadi tidak ada yang diperiksa/);
    expect(summary).not.toMatch(/Tidak ada temuan/);
    expect(await page.getByTestId('unchecked').textContent()).toContain('Catatan');

    await open(page, files.empty);
    await validate(page);
    expect(await page.getByTestId('summary').textContent()).toBe(
      'Workbook ini kosong: tidak ada sel berisi di sheet mana pun.',
    );
  }, 120_000);

  it('brings the preview to the finding, shows the full cell text, keeps labels in view, and goes back', async () => {
    await open(page, sample);
    await validate(page);
    await showAllFindings(page);
    // The finding whose cell holds the longest text, such as a penghitungan the grid cuts.
    const textOf = (finding: Finding) => {
      const { row, col } = fromA1(finding.cell);
      const sheet = sampleModel.sheets.find((candidate) => candidate.name === finding.sheet);
      return displayText(sheet?.getCell(row, col));
    };
    const hitung = sampleFindings.reduce((longest, finding) =>
      textOf(finding).length > textOf(longest).length ? finding : longest,
    );
    const link = page
      .locator(
        `[data-testid="finding"][data-rule="${hitung.rule}"][data-sheet="${hitung.sheet}"][data-cell="${hitung.cell}"]`,
      )
      .getByTestId('finding-link')
      .first();
    await link.click();
    const marked = page.locator('[data-testid="preview"] td[data-marked="true"]');
    await marked.waitFor();
    expect(await marked.getAttribute('data-cell')).toBe(hitung.cell);
    // The user sees the marked cell without scrolling the page themselves.
    await page.waitForTimeout(300);
    expect(await inWindow(page, '[data-testid="preview"] td[data-marked="true"]')).toBe(true);
    const text = textOf(hitung);
    expect(text.length).toBeGreaterThan(20);
    expect(await page.getByTestId('marked-text').textContent()).toBe(`${hitung.cell}: ${text}`);
    expect(await inWindow(page, '[data-testid="marked-text"]')).toBe(true);

    // Scrolled far to the right, the table's label column stays in view, drawn on top.
    const region = page.locator('[data-testid="preview"] [role="region"]');
    await region.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    await page.waitForTimeout(300);
    const label = await region.evaluate((element) => {
      const head = element.querySelector<HTMLElement>('th[data-label-column="true"]');
      if (!head) return 'tidak ada kolom label';
      const view = element.getBoundingClientRect();
      const box = head.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return box.left >= view.left && box.right <= view.right && hit === head
        ? 'terlihat'
        : 'tertutup';
    });
    expect(label).toBe('terlihat');
    if (width === 350) {
      await page.screenshot({ path: path.join(artifacts, 'pane-350.png') });
    }

    await page.getByTestId('back-to-finding').click();
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(
      await link.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).toBe(true);
  }, 120_000);

  it('links the cells a message names to them', async () => {
    const referring = sampleFindings.find((finding) =>
      sampleModel.sheets.some((sheet) => finding.message.includes(`${sheet.name}!`)),
    );
    if (!referring) throw new Error('Tidak ada pesan yang menyebut sel lain');
    const item = page.locator(
      `[data-testid="finding"][data-rule="${referring.rule}"][data-sheet="${referring.sheet}"][data-cell="${referring.cell}"]`,
    );
    const reference = item.getByTestId('message-link').first();
    const [sheet, cell] = ((await reference.textContent()) ?? '').split('!');
    await reference.click();
    const preview = page.locator('[data-testid="preview"]');
    await preview.locator(`td[data-marked="true"]`).waitFor();
    expect(await preview.getAttribute('data-sheet')).toBe(sheet);
    expect(await page.getByTestId('marked-text').textContent()).toMatch(new RegExp(`^${cell}: `));
  }, 60_000);

  it('says so when every severity is filtered out', async () => {
    for (const name of [/^Kesalahan/, /^Peringatan/, /^Info/]) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByTestId('nothing-shown').textContent()).toMatch(
      /^Semua tingkat disembunyikan/,
    );
    for (const name of [/^Kesalahan/, /^Peringatan/, /^Info/]) {
      await page.getByRole('checkbox', { name }).check();
    }
    expect(await page.getByTestId('nothing-shown').count()).toBe(0);
  }, 60_000);

  it('marks results computed under other settings, names the scale, and drops a stale "disimpan"', async () => {
    expect(await page.getByTestId('summary-settings').textContent()).toMatch(
      /^Skala predikat: otomatis/,
    );
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('combobox', { name: 'Skala predikat' }).selectOption('P86');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByText(/Pengaturan disimpan/).waitFor();
    const toleransi = page.getByRole('textbox', { name: /Toleransi tambahan/ });
    await toleransi.fill('abc');
    expect(await page.getByText(/Pengaturan disimpan/).count()).toBe(0);
    await toleransi.fill('0');

    await page.getByRole('tab', { name: 'Validasi' }).click();
    const stale = page.getByText(/Hasil ini sudah tidak sesuai pengaturan/);
    expect(await stale.textContent()).toMatch(
      /dihitung dengan skala predikat: otomatis.*Permendagri 86\/2017/,
    );
    await validate(page);
    await page
      .getByTestId('summary-settings')
      .getByText(/^Skala predikat: Permendagri 86\/2017/)
      .waitFor();
    expect(await stale.count()).toBe(0);
  }, 120_000);

  it('scrolls sideways nowhere, on any tab, from 320 px up', async () => {
    const widths = width === 350 ? [320, 350] : [1280];
    for (const viewport of widths) {
      await page.setViewportSize({ width: viewport, height: 900 });
      for (const tab of [
        'Validasi',
        'Evaluasi',
        'Tabel LKj',
        'Evaluasi Renja',
        'Olah SKM',
        'Pengaturan',
        'Bantuan',
      ]) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        if (tab === 'Evaluasi' && (await page.getByTestId('evaluasi-row').count()) === 0) {
          await page.getByTestId('evaluasi').click();
          await page.getByTestId('evaluasi-row').first().waitFor({ timeout: 90_000 });
        }
        if (tab === 'Tabel LKj' && (await page.getByTestId('tabel-section').count()) === 0) {
          await page.getByTestId('tabel').click();
          await page.getByTestId('tabel-section').first().waitFor({ timeout: 90_000 });
        }
        if (tab === 'Evaluasi Renja' && (await page.getByTestId('renja-row').count()) === 0) {
          await page.getByTestId('renja').click();
          await page.getByTestId('renja-row').first().waitFor({ timeout: 90_000 });
        }
        expect([viewport, tab, await overflow(page), await accessibilityProblems(page)]).toEqual([
          viewport,
          tab,
          [],
          [],
        ]);
      }
    }
    await page.setViewportSize({ width, height: 900 });
  }, 180_000);

  it('explains the blanks of the evaluasi preview, warns on target 0, and uses a stated realisasi', async () => {
    await open(page, files.evaluasi);
    await page.getByRole('tab', { name: 'Evaluasi', exact: true }).click();
    await page.getByTestId('evaluasi').click();
    const rows = page.getByTestId('evaluasi-row');
    await rows.first().waitFor({ timeout: 90_000 });
    const persen = rows.filter({ hasText: 'Persentase desa tertib administrasi' });
    expect(await persen.getByTestId('evaluasi-missing').textContent()).toMatch(
      /belum diketahui dari workbook: pembilang, penyebut\./,
    );
    expect(await persen.getByTestId('evaluasi-fallback').textContent()).toMatch(
      /Hasil memakai realisasi yang tertulis di workbook \(93,65\)/,
    );
    expect(await persen.textContent()).toMatch(/Hasil 93,65/);
    const nol = rows.filter({ hasText: 'Persentase pengaduan yang diselesaikan' });
    expect(await nol.getByTestId('evaluasi-target-nol').textContent()).toMatch(/^Target 0/);
    expect(await overflow(page)).toEqual([]);
  }, 120_000);
});
