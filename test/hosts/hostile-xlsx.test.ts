/**
 * Hostile and damaged .xlsx files through the real reader: each is refused with a message in
 * Bahasa Indonesia that names the limit, quickly, or read; never expanded cell by cell. The same
 * files through `lkj` in a process with a heap limit: test/cli/hostile-files.test.ts.
 */
import { readFileSync } from 'node:fs';
import { readXlsx, WorkbookReadError } from '../../src/hosts/xlsx/read';
import { MAX_CELLS, MAX_RANGE_CELLS } from '../../src/hosts/xlsx/work-limits';
import { MAX_ENTRIES, MAX_UNPACKED_BYTES } from '../../src/hosts/xlsx/zip-guard';
import {
  lieAboutCount,
  lieAboutSizes,
  numericRows,
  sheetXml,
  xlsxPackage,
} from '../support/hostile-xlsx';
import * as hostile from '../support/hostile-files';

jest.setTimeout(30_000);

async function refusal(bytes: Uint8Array): Promise<{ message: string; ms: number }> {
  const started = Date.now();
  try {
    await readXlsx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return { message: (error as Error).message, ms: Date.now() - started };
  }
  throw new Error('readXlsx accepted the file');
}

/** No English from a library, no long echo of the file. */
function expectPlainIndonesian(message: string): void {
  expect(message).not.toMatch(/Bug|undefined|Cannot|Error|entity|mismatch|Invalid/);
  expect(message.length).toBeLessThan(400);
}

test.each(Object.entries(hostile.files))('%s is refused quickly, naming why', async (_, make) => {
  const { bytes, expected } = make();
  const { message, ms } = await refusal(bytes);
  expect(message).toMatch(expected);
  expectPlainIndonesian(message);
  expect(ms).toBeLessThan(15_000);
});

test('a merge is measured as a range: a merge within the limit is read as one range', async () => {
  const bytes = xlsxPackage({
    sheets: {
      Data: sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:P1"/></mergeCells>',
      ),
    },
  });
  const sheet = (await readXlsx(bytes)).sheets[0];
  expect(sheet.value(1, 1)).toBe('Judul');
  expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 16 }]);
});

test('the end record claiming fewer entries does not hide parts from the count', async () => {
  const honest = xlsxPackage({
    sheets: { Data: sheetXml(numericRows(2, 2)) },
  });
  // Still read: every central-directory record is walked, the claim is ignored.
  const model = await readXlsx(lieAboutCount(honest, 1));
  expect(model.sheets[0].value(2, 2)).toBe(3);
});

test('sizes claimed too small do not stop a small honest workbook from being read', async () => {
  const bytes = lieAboutSizes(xlsxPackage({ sheets: { Data: sheetXml(numericRows(3, 3)) } }), 6);
  expect((await readXlsx(bytes)).sheets[0].value(3, 3)).toBe(5);
});

test('a workbook just under the cell limit is read', async () => {
  // 1,000 × 100 cells is far below MAX_CELLS; the limit is a bound, not a cut.
  const bytes = xlsxPackage({ sheets: { Data: sheetXml(numericRows(1000, 100)) }, level: 1 });
  const sheet = (await readXlsx(bytes)).sheets[0];
  expect(sheet.rowCount).toBe(1000);
  expect(sheet.value(1000, 100)).toBe(1099);
});

test('the limits are as the README states them', () => {
  // The cell limit is chosen by measurement (docs/decisions.md): the README's table must say it.
  const stated = /\| sel per workbook\s*\|\s*([\d.]+)\s*\|/.exec(readFileSync('README.md', 'utf8'));
  expect(Number(stated?.[1].replace(/\./g, ''))).toBe(MAX_CELLS);
  expect(MAX_RANGE_CELLS).toBe(500_000);
  expect(MAX_ENTRIES).toBe(2_000);
  expect(MAX_UNPACKED_BYTES).toBe(200 * 1024 * 1024);
});
