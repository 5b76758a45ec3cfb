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

/** axe-core's script, read once: a dev dependency, injected by the tests, never in the bundle. */
let axeSource: string | undefined;

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now,
 * as `rule: target` lines (empty when none). Injected through the DevTools protocol, which the
 * page's Content-Security-Policy (no inline script) does not apply to. `allowed`: violations of
 * a rule on elements matching a selector that another change of the same issue owns, each with
 * its reason, so that they stay listed in one place rather than hide.
 */
export async function seriousViolations(
  page: Page,
  allowed: readonly { rule: string; selector: string }[] = [],
): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (exceptions) =>
      (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe
        .run({ resultTypes: ['violations'], elementRef: true })
        .then((run) =>
          run.violations
            .filter(
              (violation) => violation.impact === 'serious' || violation.impact === 'critical',
            )
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
                  (node) =>
                    `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
                ),
            ),
        ),
    allowed,
  );
  return results;
}
