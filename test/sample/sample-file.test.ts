/**
 * samples/klakah-2023.xlsx is built from samples/klakah-2023.data.ts by scripts/build-sample.ts:
 * these tests fail when the committed file and its script drift apart, and when the answer key
 * points at cells that do not hold what it says.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { KLAKAH_2023 } from '../../samples/klakah-2023.data';
import { SAMPLE_PATH, layoutSample, sampleBytes } from '../../scripts/build-sample';
import { toA1, rangeToA1 } from '../../src/workbook/model';
import { CORRECT_NUMBERS, EXPECTED_FINDINGS, OPTIONAL_FINDINGS } from './answer-key';

interface FileCell {
  value: unknown;
  numFmt?: string;
}

let committed: Buffer;
let sheetNames: string[];
const fileCells = new Map<string, FileCell>();
const fileMerges = new Map<string, string[]>();

beforeAll(async () => {
  committed = await readFile(SAMPLE_PATH);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(committed).buffer);
  sheetNames = workbook.worksheets.map((ws) => ws.name);
  workbook.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
        fileCells.set(`${ws.name}!${cell.address}`, { value: cell.value, numFmt });
      }),
    );
    fileMerges.set(ws.name, [...ws.model.merges].sort());
  });
});

describe('samples/klakah-2023.xlsx matches its data', () => {
  const layout = layoutSample();

  test('same sheets, in the same order', () => {
    expect(sheetNames).toEqual(KLAKAH_2023.map((s) => s.name));
  });

  test('every cell holds the value and number format the data gives it, and no other cell is filled', () => {
    const expected = new Map<string, FileCell>();
    for (const sheet of layout) {
      for (const cell of sheet.cells) {
        expected.set(`${sheet.name}!${toA1(cell.row, cell.col)}`, {
          value: cell.value,
          numFmt: cell.numFmt,
        });
      }
    }
    expect(Object.fromEntries(fileCells)).toEqual(Object.fromEntries(expected));
  });

  test('merges are those of the data', () => {
    for (const sheet of layout) {
      expect(fileMerges.get(sheet.name)).toEqual(sheet.merges.map(rangeToA1).sort());
    }
  });

  test('rebuilding gives the committed file byte for byte (run `npm run sample` after changing the data)', async () => {
    const rebuilt = await sampleBytes();
    expect(rebuilt.equals(committed)).toBe(true);
  });
});

describe('the answer key points at what the sample holds', () => {
  const refs = [...EXPECTED_FINDINGS, ...OPTIONAL_FINDINGS].flatMap((f) => [
    { ...f.at, value: f.value as unknown },
    ...(f.orAt ?? []).map((ref) => ({ ...ref, value: undefined as unknown })),
  ]);

  test.each(refs)('$sheet!$cell', ({ sheet, cell, value }) => {
    const held = fileCells.get(`${sheet}!${cell}`);
    expect(held).toBeDefined();
    if (value !== undefined) expect(held?.value).toBe(value);
  });

  test.each(CORRECT_NUMBERS)('correct number $sheet!$cell = $value', ({ sheet, cell, value }) => {
    expect(fileCells.get(`${sheet}!${cell}`)?.value).toBe(value);
  });
});
