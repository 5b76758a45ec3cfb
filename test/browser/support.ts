/**
 * What the browser tests share: the built pane served by scripts/serve.cjs, and Debian's
 * Chromium driven by playwright-core.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';

export const root = path.resolve(__dirname, '../..');
export const sample = path.join(root, 'samples/klakah-2023.xlsx');
export const artifacts = path.join(root, 'test-artifacts');

export interface Browser {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Uncaught errors on the page: none may happen, whatever the user opens. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts scripts/serve.cjs on a free port and resolves with it and its address. */
function startServer(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.cjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve({ server, url: match[0] });
    });
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`serve.cjs berhenti (${code}): ${output}`)));
  });
}

/** Builds dist/ if missing, serves it, and opens Chromium at `width` × 900. */
export async function openBrowser(width: number): Promise<Browser> {
  // The lead's CI builds first; a fresh clone without dist/ builds here.
  if (!existsSync(path.join(root, 'dist/index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build gagal');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} tidak ada: apt-get install -y chromium`);
  const { server, url } = await startServer();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'lkj-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    baseUrl: url,
    context,
    page,
    requests,
    pageErrors,
    async close() {
      await context.close();
      server.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every finding of the list as a line of its own: hidden sheets shown, each fold of alike
 * findings opened and paged to its end. Waits for the list, which loads after the validation.
 */
export async function showAllFindings(page: Page): Promise<void> {
  await page.getByTestId('findings-view').waitFor();
  const hidden = page.getByTestId('toggle-hidden');
  if ((await hidden.count()) > 0 && (await hidden.textContent()) === 'Tampilkan') {
    await hidden.click();
  }
  // Clicked in the page, one at a time: React draws each click before the next is looked for.
  await page.evaluate(async () => {
    const next = () =>
      document.querySelector<HTMLElement>(
        '[data-testid="group-toggle"][aria-expanded="false"], [data-testid="group-more"]',
      );
    for (let button = next(); button; button = next()) {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
}

/** axe-core's script, read once: a dev dependency, injected by the tests, never in the bundle. */
let axeSource: string | undefined;

/** The rule name of text drawn under 12 px, beside axe's rules. */
const SMALL_TEXT = 'teks-kecil';

/** A violation accepted on purpose: its rule, on the elements named by a selector. */
export interface OwnedElsewhere {
  rule: string;
  selector: string;
}

/**
 * Fluent's focus manager (tabster) puts an `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` at each end of an arrow-key group such as the TabList: it hands the focus
 * on the moment it gets it, and is hidden so that screen readers never announce it. axe flags it
 * (aria-hidden-focus); tabster's maintainers call it intended (microsoft/tabster issue 288).
 */
const TABSTER_DUMMIES: OwnedElsewhere = {
  rule: 'aria-hidden-focus',
  selector: '[data-tabster-dummy]',
};

/**
 * What keeps the page as it is now from a staff member who reads with a screen reader or a
 * small font: axe-core's serious and critical violations (`rule: target (summary)`), and text
 * drawn smaller than 12 px (`klein: text (size)`). Empty when none. axe is injected through the
 * DevTools protocol, which the page's Content-Security-Policy (no inline script) does not apply
 * to. `ownedElsewhere`: violations left, on purpose, to elements named there.
 */
export async function accessibilityProblems(
  page: Page,
  ownedElsewhere: readonly OwnedElsewhere[] = [],
): Promise<string[]> {
  // Fluent eases colours in (a button just enabled): axe would measure a colour halfway.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (exceptions) => {
      const axe = (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe;
      const run = await axe.run({ resultTypes: ['violations'], elementRef: true });
      return run.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .flatMap((violation) =>
          violation.nodes
            .filter(
              (node) =>
                !exceptions.some(
                  (exception) =>
                    exception.rule === violation.id &&
                    (node.element as Element | undefined)?.matches(exception.selector),
                ),
            )
            .map(
              (node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
            ),
        );
    },
    [TABSTER_DUMMIES, ...ownedElsewhere],
  );
  const smallOwnedElsewhere = ownedElsewhere
    .filter((owned) => owned.rule === SMALL_TEXT)
    .map((owned) => owned.selector);
  const small = await page.evaluate(
    ({ rule, skipped }) =>
      [...document.querySelectorAll('body *')].flatMap((element) => {
        if (skipped.some((selector) => element.closest(selector))) return [];
        const text = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        if (!text || element.getClientRects().length === 0) return [];
        const style = getComputedStyle(element);
        const size = parseFloat(style.fontSize);
        return style.visibility !== 'hidden' && size < 12 ? [`${rule}: ${text} (${size} px)`] : [];
      }),
    { rule: SMALL_TEXT, skipped: smallOwnedElsewhere },
  );
  return [...violations, ...small];
}
