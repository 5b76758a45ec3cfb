/**
 * The .xls reader through the one entry point (readWorkbookBytes): the sample saved as .xls by
 * real LibreOffice reads into the same model as the .xlsx; a copy for the generators keeps the
 * source sheets; hostile files are refused, each naming why, with WorkbookReadError only.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookBytes, xlsxForCopy } from '../../src/hosts/xls/workbook-bytes';
import { WorkbookReadError } from '../../src/hosts/xlsx/read-error';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { Sheet, WorkbookModel } from '../../src/workbook/model';
import { cut, dimensions, libreOfficeXls, number, padded, xlsFiles, xlsOf } from '../support/xls';

jest.setTimeout(120_000);

const SAMPLE = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');
let xls: string;

beforeAll(() => {
  xls = libreOfficeXls(SAMPLE);
});

afterAll(() => {
  if (xls) rmSync(path.dirname(xls), { recursive: true, force: true });
});

/** Every sheet as plain data: name, hidden, merges and each cell with its address. */
function plain(model: WorkbookModel) {
  return model.sheets.map((sheet: Sheet) => ({
    name: sheet.name,
    hidden: sheet.hidden,
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    cells: [...sheet.entries()],
  }));
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbookBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as Error).message;
  }
  throw new Error('the file was read');
}

test('the sample saved as .xls by LibreOffice reads into the same model as the .xlsx', async () => {
  const fromXlsx = await readXlsx(readFileSync(SAMPLE));
  const fromXls = await readWorkbookBytes(readFileSync(xls));
  expect(plain(fromXls)).toEqual(plain(fromXlsx));
  // What the comparison covers: text typed as numbers, number formats (percent), merges.
  const cells = fromXls.sheets.flatMap((sheet) => [...sheet.entries()]);
  expect(cells.length).toBeGreaterThan(800);
  expect(cells.some(({ cell }) => cell.numFmt === '0.00%')).toBe(true);
  expect(fromXls.sheets.reduce((sum, sheet) => sum + sheet.merges.length, 0)).toBeGreaterThan(50);
});

test('reports each sheet read, as the .xlsx reader does', async () => {
  const progress: [number, number][] = [];
  await readWorkbookBytes(readFileSync(xls), (done, total) => progress.push([done, total]));
  expect(progress).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
});

test('a copy for the generators is an .xlsx whose sheets hold what the .xls holds', async () => {
  const bytes = new Uint8Array(readFileSync(xls));
  const copy = await xlsxForCopy(bytes);
  expect(copy.losses).toMatch(/disalin sebagai \.xlsx: .*tampilan sheet asal .* tidak ikut/);
  expect([copy.bytes[0], copy.bytes[1]]).toEqual([0x50, 0x4b]);
  expect(plain(await readXlsx(copy.bytes))).toEqual(plain(await readWorkbookBytes(bytes)));
  const xlsx = new Uint8Array(readFileSync(SAMPLE));
  expect(await xlsxForCopy(xlsx)).toEqual({ bytes: xlsx });
});

test('a sheet claiming 65.536 rows × 256 columns holds only its cells, in the model and the copy', async () => {
  const bytes = xlsOf([[dimensions(65_536, 256), number(0, 0, 1), number(2, 1, 5)]]);
  const [sheet] = (await readWorkbookBytes(bytes)).sheets;
  expect([sheet.rowCount, sheet.columnCount, sheet.value(3, 2)]).toEqual([3, 2, 5]);
  const [copied] = (await readXlsx((await xlsxForCopy(bytes)).bytes)).sheets;
  expect([copied.rowCount, copied.columnCount, copied.value(3, 2)]).toEqual([3, 2, 5]);
});

test.each(Object.entries(xlsFiles))('%s is refused, naming why', async (_, make) => {
  const { bytes, expected } = make();
  expect(await refusal(bytes)).toMatch(expected);
  // The generators' copy refuses it the same way.
  await expect(xlsxForCopy(bytes)).rejects.toThrow(expected);
});

test.each([0.1, 0.5, 0.9, 0.99])(
  'the sample .xls cut to %s of its length is refused',
  async (fraction) => {
    expect(await refusal(cut(xls, fraction))).toMatch(/Berkas \.xls rusak/);
  },
);

test('damaged copies of the sample never throw anything but WorkbookReadError', async () => {
  const good = new Uint8Array(readFileSync(xls));
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  for (let run = 0; run < 150; run++) {
    const bytes = good.slice();
    // Keep the signature so the .xls reader gets it; damage a few bytes anywhere after it.
    for (let i = 0; i < 1 + (run % 8); i++)
      bytes[8 + (next() % (bytes.length - 8))] = next() & 0xff;
    try {
      await readWorkbookBytes(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookReadError);
    }
  }
});

test('an ordinary one-sheet file built record by record reads', async () => {
  const [sheet] = (await readWorkbookBytes(xlsOf([padded([])]))).sheets;
  expect([sheet.name, sheet.value(1, 1), sheet.value(301, 2)]).toEqual(['Data1', 1, 299]);
});
