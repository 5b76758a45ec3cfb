/**
 * The pane as a web page in a real browser (Debian's Chromium through playwright-core), served
 * from dist/ by scripts/serve.cjs: open the sample, validate, follow links, download the report.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { checks, validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { orderFindings } from '../../src/laporan/outcome';
import { planTabel, tabelSheet } from '../../src/tabel';
import { cellLink } from '../../src/sheetgen/sheet-spec';
import {
  EVALUASI_COLUMNS,
  FIRST_DATA_ROW,
  evaluasiSheet,
  evaluateRow,
  planEvaluasi,
} from '../../src/evaluasi';
import { detectTables } from '../../src/workbook/detect';
import { fromA1, toA1, type WorkbookModel } from '../../src/workbook/model';
import { sheetContents, specContents } from '../evaluasi/sheet-contents';
import { zipEntry } from '../evaluasi/zip-entry';
import {
  accessibilityProblems,
  artifacts,
  openBrowser,
  sample,
  showAllFindings,
  type Browser,
} from './support';

/** The slips DOMAIN section 8 says the sample holds: rule → at least this many findings. */
const ANSWER_KEY: Record<string, number> = {
  'capaian-salah': 2,
  'realisasi-berbeda': 2,
  'target-berbeda': 1,
  'hitung-salah': 2,
  'jumlah-salah': 1,
  'angka-format': 1,
  'tahun-kembar': 1,
  'efisiensi-salah': 1,
  'nip-salah': 2,
  'nip-kembar': 1,
  'pangkat-golongan': 1,
};

type Shown = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cell'>;

let browser: Browser;
let page: Page;
let baseUrl: string;
let requests: string[];
let pageErrors: string[];

function countByRule(findings: readonly Shown[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
  return counts;
}

const key = (finding: Shown) =>
  `${finding.rule}|${finding.severity}|${finding.sheet}|${finding.cell}`;

async function shownFindings(): Promise<Shown[]> {
  return page.$$eval('[data-testid="finding"]', (elements) =>
    elements.map((element) => {
      const data = (element as HTMLElement).dataset;
      return {
        rule: data.rule ?? '',
        severity: (data.severity ?? '') as Finding['severity'],
        sheet: data.sheet ?? '',
        cell: data.cell ?? '',
      };
    }),
  );
}

/** Follows a finding's link and returns the marked preview cell and whether it is in view. */
async function follow(finding: Shown) {
  const item = page.locator(
    `[data-testid="finding"][data-rule="${finding.rule}"][data-sheet="${finding.sheet}"][data-cell="${finding.cell}"]`,
  );
  await item.locator('[data-testid="finding-link"]').first().click();
  const preview = page.locator('[data-testid="preview"]');
  const marked = preview.locator('td[data-marked="true"]');
  await marked.waitFor();
  const viewport = await preview.locator('[role="region"]').boundingBox();
  const box = await marked.boundingBox();
  const inView =
    viewport !== null &&
    box !== null &&
    box.y >= viewport.y &&
    box.y + box.height <= viewport.y + viewport.height &&
    box.x >= viewport.x &&
    box.x + box.width <= viewport.x + viewport.width;
  return {
    sheet: await preview.getAttribute('data-sheet'),
    cell: await marked.getAttribute('data-cell'),
    count: await marked.count(),
    inView,
  };
}

/**
 * What the preview's frozen parts (row numbers, column letters, the table's label columns) hide
 * or cover: a column letter or a cell cut in half at the frozen edge, or a row number, letter or
 * label cell drawn under a cell. Empty when all is well.
 */
function previewLayoutProblems(): Promise<string[]> {
  return page.locator('[data-testid="preview"] [role="region"]').evaluate((viewport) => {
    const problems: string[] = [];
    const view = viewport.getBoundingClientRect();
    const corner = viewport.querySelector('thead th')?.getBoundingClientRect();
    if (!corner) return ['tidak ada sudut tabel'];
    const drawnOnTop = (element: Element, x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit === element || element.contains(hit);
    };
    const isLabel = (cell: HTMLElement) => cell.style.left !== '';
    // The frozen edge: after the row numbers and every label column stuck at its place.
    let edge = corner.right;
    for (const th of viewport.querySelectorAll<HTMLElement>('thead th[data-label-column]')) {
      const box = th.getBoundingClientRect();
      const stuckAt = view.left + viewport.clientLeft + parseFloat(th.style.left);
      if (Math.abs(box.left - stuckAt) < 1) edge = Math.max(edge, box.right);
    }
    for (const th of viewport.querySelectorAll<HTMLElement>('thead th[scope="col"]')) {
      const box = th.getBoundingClientRect();
      if (!isLabel(th) && box.left < edge - 0.5 && box.right > edge + 0.5) {
        problems.push(`kolom ${th.textContent} setengah tertutup`);
      }
      if ((isLabel(th) || box.left >= edge - 0.5) && box.right <= view.right) {
        if (!drawnOnTop(th, (box.left + box.right) / 2, (box.top + box.bottom) / 2)) {
          problems.push(`kolom ${th.textContent} tertimpa`);
        }
      }
    }
    for (const row of viewport.querySelectorAll('tbody tr:not([aria-hidden])')) {
      const head = row.querySelector('th');
      if (!head) continue;
      const box = head.getBoundingClientRect();
      if (box.top < corner.bottom || box.bottom > view.bottom) continue;
      if (!drawnOnTop(head, (box.left + box.right) / 2, (box.top + box.bottom) / 2)) {
        problems.push(`nomor baris ${head.textContent} tertimpa`);
      }
      for (const td of row.querySelectorAll<HTMLElement>('td')) {
        const cell = td.getBoundingClientRect();
        if (isLabel(td)) {
          if (!drawnOnTop(td, (cell.left + cell.right) / 2, (cell.top + cell.bottom) / 2)) {
            problems.push(`sel label ${td.dataset.cell} tertimpa`);
          }
          continue;
        }
        // A merge may run on under the frozen part, as in Excel; a single cell may not be cut.
        const single = (td as HTMLTableCellElement).colSpan === 1;
        if (single && cell.left < edge - 0.5 && cell.right > edge + 0.5) {
          problems.push(`sel ${td.dataset.cell} setengah tertutup`);
        }
      }
    }
    return problems;
  });
}

/** Presses Tab until the focused element matches `selector` (at most 60 times). */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector))
      return;
  }
  throw new Error(`${selector} tidak tercapai dengan Tab`);
}

/** What draws focus on an element (the focused one by default): outline, shadow, ::after ring. */
function focusStyle(selector?: string): Promise<string> {
  return page.evaluate((css) => {
    const element = css ? document.querySelector(css) : document.activeElement;
    if (!element) return '';
    const own = getComputedStyle(element);
    const after = getComputedStyle(element, '::after');
    return [
      own.outlineStyle,
      own.outlineWidth,
      own.boxShadow,
      after.borderTopStyle,
      after.outlineStyle,
      after.boxShadow,
    ].join(' | ');
  }, selector);
}

beforeAll(async () => {
  browser = await openBrowser(1280);
  ({ page, baseUrl, requests, pageErrors } = browser);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('the pane as a web page', () => {
  let expected: Finding[];
  let sheetNames: string[];
  let sampleModel: WorkbookModel;

  beforeAll(async () => {
    sampleModel = await readXlsx(readFileSync(sample));
    sheetNames = sampleModel.sheets.map((sheet) => sheet.name);
    expected = validateWorkbook(sampleModel).findings;
  });

  it('loads without ExcelJS until a file is opened', async () => {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Buka berkas Excel' }).waitFor();
    expect(await page.getByTestId('validasi').isDisabled()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    // A clean start: what to do first, no error, no findings.
    expect(await page.getByTestId('empty-state').textContent()).toMatch(
      /^Belum ada berkas yang dibuka\./,
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    const scripts = requests
      .filter((url) => url.endsWith('.js'))
      .map((url) => new URL(url).pathname);
    expect(scripts).toEqual(['/taskpane.js']);
  }, 60_000);

  it('refuses a text file renamed .xlsx with a clear message, and goes on working', async () => {
    const renamed = path.join(mkdtempSync(path.join(tmpdir(), 'lkj-bukan-')), 'capaian.xlsx');
    writeFileSync(renamed, 'No;Indikator;Target;Realisasi\n1;IKM;90;84,19\n');

    await page.getByTestId('file-input').setInputFiles(renamed);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      '"capaian.xlsx" tidak dapat dibuka. Berkas ini bukan berkas Excel .xlsx yang sah (isinya bukan paket .xlsx). Buka di Excel, lalu Simpan Sebagai "Buku Kerja Excel (.xlsx)".',
    );
    expect(await page.getByTestId('validasi').isDisabled()).toBe(true);
    expect(await page.getByText('Berkas: capaian.xlsx').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    rmSync(path.dirname(renamed), { recursive: true, force: true });
  }, 30_000);

  it('shows the sample findings per check after one click on Validasi', async () => {
    await page.getByTestId('file-input').setInputFiles(sample);
    await page.getByText('Berkas: klakah-2023.xlsx').waitFor();
    // The file opened: the message about the one before goes.
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('validasi').click();
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    await showAllFindings(page);

    const shown = await shownFindings();
    expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
    expect(countByRule(shown)).toEqual(countByRule(expected));
    const counts = countByRule(shown);
    const missing = Object.entries(ANSWER_KEY).filter(
      ([rule, atLeast]) => (counts[rule] ?? 0) < atLeast,
    );
    expect(missing).toEqual([]);
    const summary = await page.getByTestId('summary').textContent();
    expect(summary).toContain(`${expected.length} temuan`);
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 90_000);

  it("follows a finding's link to its cell in the preview, scrolling to it", async () => {
    // The lowest finding: its row lies below the preview's first screen, so it must scroll.
    const far = expected.reduce((low, finding) =>
      fromA1(finding.cell).row > fromA1(low.cell).row ? finding : low,
    );
    expect(fromA1(far.cell).row).toBeGreaterThan(30);
    const capaian = expected.find((finding) => finding.rule === 'capaian-salah');
    if (!capaian) throw new Error('Sampel tidak punya temuan capaian-salah');

    for (const finding of [far, capaian]) {
      const reached = await follow(finding);
      expect(reached).toEqual({ sheet: finding.sheet, cell: finding.cell, count: 1, inView: true });
      expect(await previewLayoutProblems()).toEqual([]);
    }
    expect(await accessibilityProblems(page)).toEqual([]);

    mkdirSync(artifacts, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.screenshot({ path: path.join(artifacts, 'pane.png'), fullPage: false });
  }, 60_000);

  it('draws merged cells as merged and marks a merged cell whole', async () => {
    const tahun = expected.find((finding) => finding.rule === 'tahun-kembar');
    if (!tahun) throw new Error('Sampel tidak punya temuan tahun-kembar');
    const sheet = sampleModel.sheets.find((candidate) => candidate.name === tahun.sheet);
    const { row, col } = fromA1(tahun.cell);
    const merge = sheet?.merges.find((area) => area.top === row && area.left === col);
    // The sample's year headings are merged across two columns (G28:H28).
    expect(merge && merge.right - merge.left).toBe(1);

    const reached = await follow(tahun);
    expect(reached).toEqual({ sheet: tahun.sheet, cell: tahun.cell, count: 1, inView: true });
    const preview = page.locator('[data-testid="preview"]');
    expect(await preview.locator('td[data-marked="true"]').getAttribute('colspan')).toBe('2');

    // Every merge drawn whole among the rendered rows is one cell spanning it; what it covers
    // is not drawn.
    const drawn = await preview.evaluate((element) => ({
      rows: [...element.querySelectorAll('tbody tr:not([aria-hidden]) th')].map((th) =>
        Number(th.textContent),
      ),
      cells: Object.fromEntries(
        [...element.querySelectorAll('td')].map((td) => [
          td.dataset.cell,
          [td.colSpan, td.rowSpan],
        ]),
      ),
    }));
    const first = Math.min(...drawn.rows);
    const last = Math.max(...drawn.rows);
    const whole = (sheet?.merges ?? []).filter((area) => area.top >= first && area.bottom <= last);
    expect(whole.length).toBeGreaterThan(5);
    for (const area of whole) {
      expect([toA1(area.top, area.left), drawn.cells[toA1(area.top, area.left)]]).toEqual([
        toA1(area.top, area.left),
        [area.right - area.left + 1, area.bottom - area.top + 1],
      ]);
      expect(drawn.cells[toA1(area.bottom, area.right)]).toBeUndefined();
    }

    // Scrolled sideways by hand, by a part of a column: it comes to rest on a column boundary.
    await preview.locator('[role="region"]').hover();
    await page.mouse.wheel(170, 0);
    await page.waitForTimeout(500);
    const scrollLeft = await preview.locator('[role="region"]').evaluate((v) => v.scrollLeft);
    expect(scrollLeft % 110).toBe(0);
    expect(await previewLayoutProblems()).toEqual([]);
  }, 60_000);

  it('filters by severity', async () => {
    const errors = expected.filter((finding) => finding.severity === 'error').length;
    await page.getByRole('checkbox', { name: /^Peringatan/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Info/ }).uncheck();
    const shown = await shownFindings();
    expect(shown).toHaveLength(errors);
    expect(new Set(shown.map((finding) => finding.severity))).toEqual(new Set(['error']));
    await page.getByRole('checkbox', { name: /^Peringatan/ }).check();
    await page.getByRole('checkbox', { name: /^Info/ }).check();
    // The folds of the warnings come back folded.
    await showAllFindings(page);
    expect(await shownFindings()).toHaveLength(expected.length);
  }, 30_000);

  it("downloads the report as an .xlsx: the pane's order, a link per cell, coloured, filtered, print-ready", async () => {
    // The pane's order (its folds stand where their first finding would).
    const shownOrder = orderFindings(
      expected,
      sheetNames,
      checks.map((check) => check.id),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('laporan').click(),
    ]);
    const file = path.join(artifacts, 'laporan.xlsx');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    const model = await readXlsx(bytes);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual([...sheetNames, 'Hasil Validasi']);
    const report = model.sheets[model.sheets.length - 1];
    expect(report.value(5, 1)).toBe('No');
    const listed = [];
    for (let row = 6; row < 6 + expected.length; row++) {
      listed.push(`${report.value(row, 2)}!${report.value(row, 3)}|${report.value(row, 5)}`);
    }
    // By sheet, errors first within a sheet.
    // Each check by its short title, with its id.
    const titles = new Map(checks.map((check) => [check.id, check.title]));
    expect(listed).toEqual(
      shownOrder.map((f) => `${f.sheet}!${f.cell}|${titles.get(f.rule)} (${f.rule})`),
    );
    expect(report.value(2, 1)).toBe(
      `klakah-2023.xlsx: ${await page.getByTestId('summary').textContent()}`,
    );
    expect(report.value(3, 1)).toMatch(/^Skala predikat: otomatis/);
    // Each listed cell links to its cell, as Excel writes such a link.
    const workbook = zipEntry(bytes, 'xl/workbook.xml') ?? '';
    const id = [...workbook.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].at(-1)?.[1];
    const xml = zipEntry(bytes, `xl/worksheets/sheet${id}.xml`) ?? '';
    const locations = [...xml.matchAll(/<hyperlink ref="C\d+" location="([^"]*)"/g)].map((m) =>
      m[1].replace(/&apos;/g, "'"),
    );
    expect(locations).toEqual(shownOrder.map((f) => cellLink(f.sheet, f.cell)));
    // Coloured by severity, a frozen header with filter buttons, landscape one page wide.
    const excel = new Workbook();
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = excel.getWorksheet('Hasil Validasi');
    const fills = shownOrder.map((_, i) => {
      const fill = sheet?.getCell(6 + i, 4).fill;
      return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
    });
    const colours = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
    expect(fills).toEqual(shownOrder.map((f) => colours[f.severity]));
    expect(xml).toMatch(/<pane [^>]*ySplit="5"[^>]*state="frozen"/);
    expect(xml).toContain(`<autoFilter ref="A5:F${5 + expected.length}"/>`);
    expect(xml).toMatch(
      /<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/,
    );
  }, 60_000);

  it('works with the keyboard alone, with a visible focus', async () => {
    await page.goto(baseUrl);
    const chooser = page.waitForEvent('filechooser');
    await tabTo('[data-testid="open-file"]');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(sample);
    await page.getByText('Berkas: klakah-2023.xlsx').waitFor();

    await tabTo('[data-testid="validasi"]');
    const focused = await focusStyle();
    await page.keyboard.press('Enter');
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await focusStyle('[data-testid="validasi"]')).not.toEqual(focused);

    await tabTo('[data-testid="finding-link"]');
    // A ring around the focused finding link, not only Fluent's double underline.
    expect(
      await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return [style.outlineStyle, style.outlineWidth];
      }),
    ).toEqual(['solid', '2px']);
    const first = await page.evaluate(() => {
      const item = document.activeElement?.closest('[data-testid="finding"]') as HTMLElement;
      return { sheet: item.dataset.sheet, cell: item.dataset.cell };
    });
    await page.keyboard.press('Enter');
    const preview = page.locator('[data-testid="preview"]');
    await preview.locator('td[data-marked="true"]').waitFor();
    expect({
      sheet: await preview.getAttribute('data-sheet'),
      cell: await preview.locator('td[data-marked="true"]').getAttribute('data-cell'),
    }).toEqual(first);
  }, 90_000);

  it('previews the evaluasi rows and downloads the file with the evaluasi sheet added', async () => {
    await page.getByRole('tab', { name: 'Evaluasi', exact: true }).click();
    await page.getByTestId('evaluasi').click();
    const rows = page.getByTestId('evaluasi-row');
    await rows.first().waitFor({ timeout: 60_000 });
    const planned = planEvaluasi(new WorkbookFacts(sampleModel, detectTables(sampleModel))).rows;
    expect(
      await rows.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id)),
    ).toEqual(planned.map((row) => row.id));
    await rows.first().getByRole('combobox', { name: 'Jenis indikator' }).selectOption('nilai');
    // Planned again in the worker: the row follows once its answer is in.
    await page.locator('[data-testid="evaluasi-row"][data-type="nilai"]').first().waitFor();
    expect(await rows.first().getAttribute('data-type')).toBe('nilai');
    expect(await accessibilityProblems(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh dengan sheet evaluasi' }).click(),
    ]);
    const file = path.join(artifacts, 'evaluasi.xlsx');
    await download.saveAs(file);
    const model = await readXlsx(readFileSync(file));
    expect(model.sheets.map((sheet) => sheet.name)).toEqual([
      ...sheetNames,
      'Evaluasi Penghitungan 2023',
    ]);
    // The same sheet the pane writes in Excel (test/taskpane/EvaluasiPanel.test.tsx), cell by
    // cell, the changed type included; with the results cached for viewers that do not calculate.
    const changed = planEvaluasi(
      new WorkbookFacts(sampleModel, detectTables(sampleModel), {
        rumus: { [planned[0].id]: 'nilai' },
      }),
    );
    const expected = evaluasiSheet(changed, sheetNames);
    const sheet = model.sheets[model.sheets.length - 1];
    expect(sheetContents(sheet)).toEqual(specContents(expected));
    const byPlace = (areas: typeof expected.merges) =>
      [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(byPlace(sheet.merges)).toEqual(byPlace(expected.merges));
    const hasil = planned.map((_, i) => sheet.value(FIRST_DATA_ROW + i, EVALUASI_COLUMNS.hasil));
    // As a nilai, the IKM takes the realisasi Tabel 3.1 states.
    expect(hasil).toEqual(changed.rows.map((row) => evaluateRow(row, changed.scale).hasil));
    expect(hasil[0]).toBe(84.19);
    expect(hasil[1]).toBeCloseTo(95.238095238, 8);
    expect(hasil[2]).toBe(100);
    await page.getByText(/Yang tidak ikut tersalin/).waitFor();
  }, 90_000);

  it('previews the BAB III tables and downloads the file with the Tabel LKj sheet added', async () => {
    await page.getByRole('tab', { name: 'Tabel LKj' }).click();
    await page.getByTestId('tabel').click();
    await page.getByTestId('tabel-section').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('tabel-section').count()).toBe(9);
    await page.getByText(/Grafik hanya dibuat di Excel/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh dengan sheet tabel' }).click(),
    ]);
    const file = path.join(artifacts, 'tabel.xlsx');
    await download.saveAs(file);
    const model = await readXlsx(readFileSync(file));
    // The page's workbook holds the evaluasi sheet downloaded before: the tables read it too.
    const before = { ...model, sheets: model.sheets.slice(0, -1) };
    const names = before.sheets.map((sheet) => sheet.name);
    expect(names.slice(0, sheetNames.length)).toEqual(sheetNames);
    expect(model.sheets[model.sheets.length - 1].name).toBe('Tabel LKj 2023');
    // The sheet the generator makes of that workbook, cell by cell.
    const expected = tabelSheet(planTabel(new WorkbookFacts(before, detectTables(before))), names);
    expect(sheetContents(model.sheets[model.sheets.length - 1])).toEqual(specContents(expected));
  }, 90_000);

  it('explains the pane and lists every check on the Bantuan tab', async () => {
    await page.getByRole('tab', { name: 'Bantuan' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Bantuan' });
    const listed = panel.getByTestId('pemeriksaan');
    await listed.first().waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Cara memakai',
      'Berkas dan data',
      'Pemeriksaan',
    ]);
    // What each check looks for first; its code as a secondary detail.
    expect(await listed.allTextContents()).toEqual(
      checks.map((check) => `${check.description} (kode: ${check.id})`),
    );
    expect(await panel.textContent()).toContain('tidak ada data yang dikirim ke mana pun');
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 30_000);

  it('raised no uncaught error on the page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('sends no request to any address but the local server', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return !(protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost'));
    });
    expect(foreign).toEqual([]);
  });
});
