/**
 * Size budgets of the build in dist/ (`npm run build`; `npm test` builds when dist/ is stale):
 * the pane's start-up JavaScript, the .xlsx reader kept out of it, no UI in the functions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');

interface SizeReport {
  budget: number;
  sizes: Record<string, { bytes: number; gzip: number }>;
  webInitial: string[];
  excelInitial: string[];
  paneInitialGzip: number;
}

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

describe('bundle sizes', () => {
  let report: SizeReport;

  beforeAll(() => {
    if (!existsSync(path.join(dist, 'index.html')))
      throw new Error('dist/ tidak ada: jalankan `npm run build`.');
    const output = execFileSync(
      process.execPath,
      [path.join(root, 'scripts/bundle-sizes.cjs'), '--json'],
      {
        encoding: 'utf8',
      },
    );
    report = JSON.parse(output) as SizeReport;
  });

  it("keeps the pane's start-up JavaScript under 170 kB gzipped, inside Excel and on the web", () => {
    expect(report.webInitial).toEqual(['taskpane.js']);
    expect(report.excelInitial).toEqual(['office-wait.js', 'functions.js', 'taskpane.js']);
    expect(report.budget).toBe(170 * 1024);
    expect(report.paneInitialGzip).toBeLessThanOrEqual(report.budget);
    const excel = report.excelInitial.reduce((sum, file) => sum + report.sizes[file].gzip, 0);
    expect(excel).toBeLessThanOrEqual(report.budget);
  });

  it('loads the .xlsx reader (ExcelJS) only in a chunk of its own', () => {
    // ExcelJS names itself in its bundle; the start-up scripts must not carry it.
    const excelJsChunks = Object.keys(report.sizes).filter((file) => /exceljs/i.test(read(file)));
    expect(excelJsChunks.length).toBeGreaterThan(0);
    for (const file of [...report.webInitial, ...report.excelInitial]) {
      expect([file, excelJsChunks.includes(file)]).toEqual([file, false]);
    }
    // The page reaches the reader through its worker, which holds the whole engine.
    expect(read('taskpane.js')).toMatch(/new Worker\(/);
  });

  it('ships none of axe-core, which only the browser tests inject', () => {
    // axe names its rules' help pages in its code; the budget above has no room for it either.
    const signature = /dequeuniversity/;
    expect(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')).toMatch(signature);
    const withAxe = Object.keys(report.sizes).filter((file) => signature.test(read(file)));
    expect(withAxe).toEqual([]);
  });

  it('keeps React and Fluent out of the functions bundle', () => {
    const functions = read('functions.js');
    expect(read('taskpane.js')).toContain('react.transitional.element');
    expect(functions).not.toContain('react.transitional.element');
    expect(read('taskpane.js')).toMatch(/fui-/);
    expect(functions).not.toMatch(/fui-|griffel/i);
  });

  it('references no address outside the page in the web page', () => {
    const html = read('index.html');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'self'");
    expect(read('taskpane.html')).toContain(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
  });
});
