/**
 * The offline manifest check (the online validator needs the internet): reads manifest.xml with
 * office-addin-manifest in a Node child process, builds with a custom public URL, and checks that
 * every file the built manifest names exists in the build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

interface ManifestFacts {
  info: { id: string; defaultLocale: string; hosts: string[]; officeAppType: string };
  sets: { name: string; minVersion: string }[];
  namespace: string;
  runtimeLifetime: string;
  actions: { type: string; children: string[] }[];
  urls: string[];
  overrideLocales: string[];
  order: { officeApp: string[]; versionOverrides: string[]; host: string[] };
}

function readManifest(file: string): ManifestFacts {
  const out = execFileSync(
    process.execPath,
    [path.join(root, 'test/support/read-manifest.cjs'), file],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as ManifestFacts;
}

const facts = readManifest(path.join(root, 'manifest.xml'));

describe('manifest.xml', () => {
  test('identifies an Excel task-pane add-in in Indonesian with English overrides', () => {
    expect(facts.info.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(facts.info.officeAppType).toBe('TaskPaneApp');
    expect(facts.info.hosts).toEqual(['Workbook']);
    expect(facts.info.defaultLocale).toBe('id-ID');
    expect(facts.overrideLocales).toEqual(['en-US']);
  });

  test('asks for a shared runtime and custom functions runtime 1.2 or later, namespace LKJ', () => {
    const version = (name: string) => facts.sets.find((s) => s.name === name)?.minVersion;
    expect(version('SharedRuntime')).toBe('1.1');
    expect(Number(version('CustomFunctionsRuntime'))).toBeGreaterThanOrEqual(1.2);
    expect(facts.runtimeLifetime).toBe('long');
    expect(facts.namespace).toBe('LKJ');
  });

  test('requires ExcelApi 1.13, which reading merged cells (getMergedAreasOrNullObject) needs', () => {
    const excelApi = facts.sets.find((s) => s.name === 'ExcelApi')?.minVersion;
    expect(excelApi).toBeDefined();
    const [major, minor] = (excelApi ?? '0.0').split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(113);
  });

  test('opens the pane without a TaskpaneId, as a shared runtime requires', () => {
    // "None of the descendant <Action> elements should have a <TaskpaneID>" (Runtimes element).
    expect(facts.actions).toEqual([{ type: 'ShowTaskpane', children: ['SourceLocation'] }]);
  });

  // Office refuses a manifest whose elements break the XSD's sequence (schema
  // http://schemas.microsoft.com/office/appforoffice/1.1 and taskpaneappversionoverrides).
  test.each<[keyof ManifestFacts['order'], string[]]>([
    [
      'officeApp',
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'VersionOverrides',
      ],
    ],
    ['versionOverrides', ['Description', 'Requirements', 'Hosts', 'Resources']],
    ['host', ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor']],
  ])('%s children come in the schema order', (element, schemaOrder) => {
    const children = facts.order[element];
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(schemaOrder).toContain(child);
    const positions = children.map((child) => schemaOrder.indexOf(child));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('names only https URLs', () => {
    expect(facts.urls.length).toBeGreaterThan(5);
    for (const url of facts.urls) expect(url).toMatch(/^https:\/\//);
  });
});

describe('a build for a public URL', () => {
  const publicUrl = 'https://lkj.example.go.id/addin/';
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lkj-dist-'));

  beforeAll(() => {
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out],
      { cwd: root, env: { ...process.env, LKJ_PUBLIC_URL: publicUrl }, stdio: 'pipe' },
    );
  }, 180_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('writes a manifest whose every URL is under that address and names a built file', () => {
    const built = readManifest(path.join(out, 'manifest.xml'));
    expect(built.info.id).toBe(facts.info.id);
    for (const url of built.urls) {
      expect(url.startsWith(publicUrl)).toBe(true);
      const file = url.slice(publicUrl.length).replace(/[#?].*$/, '');
      expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
  });
});
