/**
 * Both pages carry a Content-Security-Policy: the web page loads only its own files; the page
 * inside Excel the same, with Office.js's origin allowed and nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const OFFICE = 'https://appsforoffice.microsoft.com';

function policy(page: string): Map<string, string[]> {
  const html = readFileSync(path.join(__dirname, '../../src/taskpane', page), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${page} tanpa Content-Security-Policy`);
  return new Map(
    content.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test('taskpane.html has index.html policy plus Office.js origin, workers from self only', () => {
  const web = policy('index.html');
  const excel = policy('taskpane.html');
  expect(web.get('worker-src')).toEqual(["'self'"]);
  expect(excel.get('default-src')).toEqual(web.get('default-src'));
  expect(excel.get('worker-src')).toEqual(["'self'"]);
  for (const [name, sources] of web) {
    const allowed = excel.get(name) ?? excel.get('default-src') ?? [];
    expect(allowed.filter((source) => source !== OFFICE)).toEqual(sources);
  }
  expect(excel.get('script-src')).toEqual(["'self'", OFFICE]);
  const origins = [...excel.values()].flat().filter((source) => source.startsWith('https:'));
  expect(new Set(origins)).toEqual(new Set([OFFICE]));
});
