/**
 * taskpane.html (the pane inside Excel) in a real browser (Debian's Chromium through
 * playwright-core) when Office.js from Microsoft's CDN is blocked, hangs, is slow, or loads; and
 * index.html opened by the manifest's help link. The built files of dist/ are served through
 * request interception, and Office.js is a small stand-in: no request leaves the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { accessibilityProblems, sample } from './support';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const ORIGIN = 'https://lkj.test/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The "within a few seconds", with room for a loaded test machine. */
const FEW_SECONDS = 8_000;

/** Just enough of Office.js for the pane to start in Excel and the functions to register. */
const FAKE_OFFICE_JS = `
  window.registered = [];
  window.CustomFunctions = { associate: (id) => window.registered.push(id), Error: class {} };
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    context: { document: { settings: { get: () => null } } },
  };
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

let userDataDir: string;
let context: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build gagal');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} tidak ada: apt-get install -y chromium`);
  userDataDir = mkdtempSync(path.join(tmpdir(), 'lkj-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // dist/ as the add-in's web server; anything else that is not routed below is refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(ORIGIN).origin) return route.abort('blockedbyclient');
    const file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist + path.sep) || !existsSync(file))
      return route.fulfill({ status: 404 });
    return route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  pageErrors.length = 0;
});

/** Opens `file` of dist/ with Office.js answered by `office`; returns once the page is committed. */
async function open(file: string, office: (route: Route) => unknown): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route(OFFICE_JS, office);
  await page.goto(ORIGIN + file, { waitUntil: 'commit' });
  return page;
}

const notice = (page: Page) => page.locator('#office-wait');

/** The web page's own button: the pane runs as the web page. */
const openButton = (page: Page) => page.getByRole('button', { name: 'Buka berkas Excel' });

/** What a staff member reads: no library, no server name. */
const WORKSHOP_WORDS = /Office\.js|appsforoffice|microsoft\.com|index\.html/i;

describe('taskpane.html when Office.js cannot load', () => {
  it('runs as the web page within a few seconds while the Office.js request hangs, saying why', async () => {
    const started = Date.now();
    // The blocked CDN that never answers: the request is left pending.
    const page = await open('taskpane.html', () => undefined);

    await openButton(page).waitFor({ timeout: FEW_SECONDS });

    expect(Date.now() - started).toBeLessThan(FEW_SECONDS);
    const text = (await notice(page).textContent()) ?? '';
    expect(text).toContain('belum menjawab setelah beberapa detik');
    expect(text).toContain('panel berjalan sebagai halaman web');
    expect(text).not.toMatch(WORKSHOP_WORDS);
    // The working web page, not only a notice: a file can be opened and validated.
    await page.getByTestId('file-input').setInputFiles(sample);
    await page.getByText('Berkas: klakah-2023.xlsx').waitFor({ timeout: FEW_SECONDS });
    expect(await page.getByTestId('validasi').isEnabled()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  }, 60_000);

  it('runs as the web page, saying why, when the Office.js request fails', async () => {
    const page = await open('taskpane.html', (route) => route.abort('blockedbyclient'));

    await openButton(page).waitFor({ timeout: FEW_SECONDS });

    const text = (await notice(page).textContent()) ?? '';
    expect(text).toContain('tidak dapat dimuat');
    expect(text).toContain('panel berjalan sebagai halaman web');
    expect(text).not.toMatch(WORKSHOP_WORDS);
    // The functions need Office.js: they were not loaded, so nothing failed on a missing global.
    expect(await page.evaluate(() => 'registered' in window)).toBe(false);
    await page.close();
  }, 60_000);
});

describe('taskpane.html when Office.js loads', () => {
  it('registers the functions and opens the pane in Excel', async () => {
    const page = await open('taskpane.html', (route) =>
      route.fulfill({ body: FAKE_OFFICE_JS, contentType: 'text/javascript' }),
    );

    await page
      .getByRole('button', { name: 'Validasi Workbook LKj' })
      .waitFor({ timeout: FEW_SECONDS });

    expect(await notice(page).count()).toBe(0);
    // Inside Excel there is no file to open: the pane works on the open workbook.
    expect(await openButton(page).count()).toBe(0);
    const registered = await page.evaluate(() => (window as { registered?: string[] }).registered);
    expect(registered).toEqual(expect.arrayContaining(['CAPAIAN', 'PREDIKAT', 'NIP']));
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('after a slow start, registers the functions and offers to restart the pane in Excel', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const page = await open('taskpane.html', async (route) => {
      await answered;
      await route.fulfill({ body: FAKE_OFFICE_JS, contentType: 'text/javascript' });
    });
    await openButton(page).waitFor({ timeout: FEW_SECONDS });

    answer();

    const restart = notice(page).getByRole('button', { name: 'Muat ulang panel' });
    await restart.waitFor({ timeout: FEW_SECONDS });
    expect(await notice(page).textContent()).not.toMatch(WORKSHOP_WORDS);
    const registered = await page.evaluate(() => (window as { registered?: string[] }).registered);
    expect(registered).toEqual(expect.arrayContaining(['CAPAIAN', 'PREDIKAT', 'NIP']));

    await restart.click();

    // Office.js answers at once now: the pane starts in Excel.
    await page
      .getByRole('button', { name: 'Validasi Workbook LKj' })
      .waitFor({ timeout: FEW_SECONDS });
    expect(await openButton(page).count()).toBe(0);
    expect(await notice(page).count()).toBe(0);
    await page.close();
  }, 60_000);
});

describe("the manifest's help link (index.html#bantuan)", () => {
  it('opens the pane on the Bantuan tab', async () => {
    const page = await open('index.html#bantuan', (route) => route.abort('blockedbyclient'));

    await page.getByRole('heading', { name: 'Cara memakai' }).waitFor({ timeout: FEW_SECONDS });

    expect(await page.getByRole('tab', { name: 'Bantuan' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page.close();
  }, 60_000);
});
