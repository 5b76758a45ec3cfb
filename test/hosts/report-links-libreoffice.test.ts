/**
 * The "Hasil Validasi" report written to .xlsx links to cells the way Excel writes such links
 * (`<hyperlink location>` with no `#` and no relationship), so that LibreOffice, which offices
 * without Microsoft 365 use, jumps inside the workbook instead of opening a file on disk. Proven
 * by converting the written file with real headless LibreOffice and reading its link targets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateWorkbook } from '../../src/checks';
import { WorkbookFacts } from '../../src/facts/facts';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { laporanSheet, planLaporan } from '../../src/laporan';
import { zipEntry } from '../evaluasi/zip-entry';

const SAMPLE = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');
const SOFFICE = '/usr/bin/soffice';

jest.setTimeout(300_000);

let written: Uint8Array;
let expectedLinks: string[];
let work: string;

beforeAll(async () => {
  const input = readFileSync(SAMPLE);
  const model = await readXlsx(input);
  const report = validateWorkbook(model);
  const plan = planLaporan(new WorkbookFacts(model, report.tables), {
    validation: report,
    source: 'klakah.xlsx',
  });
  expect(plan.findings.length).toBeGreaterThan(10);
  expectedLinks = plan.findings.map((finding) => `${finding.sheet}|${finding.cell}`);
  written = await addSheetToXlsx(
    input,
    laporanSheet(
      plan,
      model.sheets.map((sheet) => sheet.name),
    ),
  );
  work = mkdtempSync(path.join(tmpdir(), 'lkj-laporan-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The report's part in the package: the last sheet ExcelJS wrote. */
function reportXml(): string {
  const workbook = zipEntry(written, 'xl/workbook.xml') ?? '';
  const sheets = [...workbook.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((m) => m[1]);
  return zipEntry(written, `xl/worksheets/sheet${sheets[sheets.length - 1]}.xml`) ?? '';
}

test('links are written as Excel writes them: a bare location, no relationship', () => {
  const xml = reportXml();
  const links = [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1]);
  expect(links).toHaveLength(expectedLinks.length);
  for (const attributes of links) {
    expect(attributes).toMatch(/^ref="C\d+" location="&apos;|^ref="C\d+" location="'/);
    expect(attributes).not.toMatch(/r:id=|location="#/);
  }
  // No relationship of the report points anywhere: nothing for a viewer to open as a file.
  const workbook = zipEntry(written, 'xl/workbook.xml') ?? '';
  const last = [...workbook.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].at(-1)?.[1];
  const rels = zipEntry(written, `xl/worksheets/_rels/sheet${last}.xml.rels`) ?? '';
  expect(rels).not.toMatch(/hyperlink/i);
});

test('the report has a frozen header with filter buttons and prints landscape, one page wide', () => {
  const xml = reportXml();
  expect(xml).toMatch(/<pane [^>]*ySplit="5"[^>]*state="frozen"/);
  expect(xml).toMatch(new RegExp(`<autoFilter ref="A5:F${5 + expectedLinks.length}"/>`));
  expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
  expect(zipEntry(written, 'xl/workbook.xml')).toMatch(
    /<definedName name="_xlnm.Print_Titles"[^>]*>&apos;Hasil Validasi&apos;!\$5:\$5</,
  );
});

test('LibreOffice reads every link as a jump to its cell inside the workbook', () => {
  if (!existsSync(SOFFICE)) {
    throw new Error(`${SOFFICE} tidak ada: apt-get install -y libreoffice-calc-nogui`);
  }
  const file = path.join(work, 'laporan.xlsx');
  writeFileSync(file, written);
  // A fresh profile: no state from another run, no first-start dialogs.
  const profile = `file://${path.join(work, 'profil')}`;
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'fods',
      '--outdir',
      work,
      file,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  const converted = path.join(work, 'laporan.fods');
  if (!existsSync(converted)) throw new Error(`LibreOffice gagal: ${run.stderr}${run.stdout}`);
  const fods = readFileSync(converted, 'utf8');
  const unescape = (text: string) =>
    text
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const targets = [...fods.matchAll(/<text:a xlink:href="([^"]*)"[^>]*>([^<]*)<\/text:a>/g)].map(
    (m) => ({ href: unescape(m[1]), text: m[2] }),
  );
  // LibreOffice's own notation for a cell of this document: #'Sheet name'.$G$22.
  const jumps = targets.map(({ href, text }) => {
    const match = /^#'((?:[^']|'')+)'\.\$([A-Z]+)\$(\d+)$/.exec(href);
    return match
      ? `${match[1].replace(/''/g, "'")}|${match[2]}${match[3]}`
      : `bukan lompatan: ${href} (${text})`;
  });
  expect(jumps).toEqual(expectedLinks);
  // The print settings survive too: landscape, scaled to one page wide.
  expect(fods).toMatch(/style:print-orientation="landscape"/);
  expect(fods).toMatch(/style:scale-to-X="1"/);
});
