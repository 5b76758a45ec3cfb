import { MAX_MERGE_REQUESTS, packBatches, readWorkbook } from '../../../src/hosts/office/read';
import { mergedAreas } from '../../../src/hosts/office/address';
import {
  BYTES_PER_CELL,
  MAX_GENERAL_SPLITS,
  PAYLOAD_BUDGET,
} from '../../../src/hosts/office/payload';
import { rangeToA1, type CellRange } from '../../../src/workbook/model';
import {
  EXCEL_WEB_LIMIT,
  MERGED_AREAS_LIMIT,
  mockExcel,
  type FakeCell,
  type FakeSheet,
} from './excel-mock';

const text = (value: string): FakeCell => ({ value, type: 'String' });
const num = (value: number, numFmt?: string): FakeCell => ({ value, type: 'Double', numFmt });

/** A sheet of `rows` indicator rows: name, target, realisasi, capaian (formula, percent). */
function indicatorSheet(name: string, rows: number, label = 'Indikator'): FakeSheet {
  return {
    name,
    rows,
    cols: 6,
    cell: (r, c) => {
      const row = r + 1;
      switch (c) {
        case 0:
          return num(row);
        case 1:
          return text(`${label} ${row}`);
        case 2:
          return num(90 + (row % 10));
        case 3:
          return num(85 + (row % 7));
        case 4:
          return { value: 0.9, type: 'Double', numFmt: '0.00%', formula: `=D${row}/C${row}` };
        default:
          return row % 3 === 0 ? null : text('Berhasil');
      }
    },
  };
}

// Tens of thousands of mocked rows take seconds on a busy machine.
jest.setTimeout(60_000);

describe('readWorkbook', () => {
  it('reads values, formats, formulas, errors, merges and tables', async () => {
    const grid: (FakeCell | null)[][] = [
      [text('Indikator'), text('Target'), text('Capaian')],
      [text('IKM'), num(90), { value: 0.9354, type: 'Double', numFmt: '0.00%', formula: '=B3/C3' }],
      [
        { value: true, type: 'Boolean' },
        null,
        { value: '#DIV/0!', type: 'Error', formula: '=1/0' },
      ],
    ];
    const { context, stats } = mockExcel([
      {
        name: 'Tabel 3.1',
        origin: [1, 1], // used range starts at B2
        rows: 3,
        cols: 3,
        cell: (r, c) => grid[r][c],
        merges: "'Tabel 3.1'!B2:C2, 'Tabel 3.1'!D3:D4",
        tables: [
          {
            name: 'Capaian',
            rowIndex: 1,
            columnIndex: 1,
            rowCount: 3,
            columnCount: 3,
            showHeaders: true,
          },
        ],
      },
      { name: 'Kosong', rows: 0, cols: 0 },
    ]);

    const model = await readWorkbook(context);

    expect(model.sheets.map((sheet) => sheet.name)).toEqual(['Tabel 3.1', 'Kosong']);
    const [sheet, empty] = model.sheets;
    expect(sheet.getCell(2, 2)).toEqual({ value: 'Indikator' });
    expect(sheet.getCell(3, 3)).toEqual({ value: 90 });
    expect(sheet.getCell(3, 4)).toEqual({ value: 0.9354, numFmt: '0.00%', formula: 'B3/C3' });
    expect(sheet.getCell(4, 2)).toEqual({ value: true });
    expect(sheet.getCell(4, 3)).toBeUndefined();
    expect(sheet.getCell(4, 4)).toEqual({ value: null, formula: '1/0', error: '#DIV/0!' });
    expect(sheet.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 3, left: 4, bottom: 4, right: 4 },
    ]);
    expect(sheet.excelTables).toEqual([
      { name: 'Capaian', range: { top: 2, left: 2, bottom: 4, right: 4 }, hasHeaderRow: true },
    ]);
    expect(empty.rowCount).toBe(0);
    expect(stats.syncs).toBe(3);
  });

  it('reads 10,000 rows with as many syncs as 100 rows: one batch for all sheets', async () => {
    const small = mockExcel([indicatorSheet('PK', 100), indicatorSheet('Capaian', 100)]);
    await readWorkbook(small.context);
    const large = mockExcel([indicatorSheet('PK', 10_000), indicatorSheet('Capaian', 100)]);
    const progress: [number, number][] = [];

    const model = await readWorkbook(large.context, {
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(small.stats.syncs).toBe(3);
    expect(large.stats.syncs).toBe(3);
    expect(large.stats.payloads).toHaveLength(1);
    expect(large.stats.payloads[0]).toBeLessThan(EXCEL_WEB_LIMIT);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const pk = model.sheets[0];
    expect(pk.rowCount).toBe(10_000);
    expect(pk.getCell(10_000, 2)).toEqual({ value: 'Indikator 10000' });
    expect(pk.getCell(10_000, 5)).toEqual({
      value: 0.9,
      numFmt: '0.00%',
      formula: 'D10000/C10000',
    });
    expect(pk.getCell(9_999, 6)).toBeUndefined();
  }, 60_000);

  it('splits a workbook over the 5 MB limit into batches that each stay under it', async () => {
    // 3 × 30,000 rows × 6 columns, about 17 MB of cell data as Office.js sends it.
    const sheets = ['A', 'B', 'C'].map((name) =>
      indicatorSheet(name, 30_000, 'Persentase fasilitasi desa'),
    );
    const { context, stats } = mockExcel(sheets);

    const model = await readWorkbook(context);

    const total = stats.payloads.reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(3 * EXCEL_WEB_LIMIT);
    expect(stats.refused).toBe(0);
    for (const payload of stats.payloads) expect(payload).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    // The batches follow the estimate: the cell count over the budget, not the row count.
    const cells = 3 * 30_000 * 6;
    expect(stats.payloads).toHaveLength(
      Math.ceil(cells / Math.floor(PAYLOAD_BUDGET / BYTES_PER_CELL)),
    );
    expect(stats.syncs).toBe(2 + stats.payloads.length);
    for (const sheet of model.sheets) {
      expect(sheet.rowCount).toBe(30_000);
      expect(sheet.getCell(30_000, 2)?.value).toBe('Persentase fasilitasi desa 30000');
      expect(sheet.getCell(15_000, 4)?.value).toBe(85 + (15_000 % 7));
    }
  }, 60_000);

  it('asks again in halves when the host refuses a batch the estimate let through', async () => {
    // Long texts: far more bytes per cell than the estimate, in a sheet that fits it by count.
    const long = 'Persentase hasil fasilitasi pembinaan desa yang ditindaklanjuti '.repeat(4);
    const { context, stats } = mockExcel([
      { name: 'Penghitungan', rows: 20_000, cols: 3, cell: (r) => text(`${r + 1}. ${long}`) },
    ]);

    const model = await readWorkbook(context);

    expect(stats.refused).toBeGreaterThan(0);
    for (const payload of stats.payloads) expect(payload).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    const sheet = model.sheets[0];
    expect(sheet.rowCount).toBe(20_000);
    expect(sheet.getCell(1, 1)?.value).toBe(`1. ${long}`);
    expect(sheet.getCell(20_000, 3)?.value).toBe(`20000. ${long}`);
  }, 60_000);

  it('reads a hidden sheet as wide as Excel allows, in bands of rows, beside an empty one', async () => {
    // 40 rows × 16,384 columns (A … XFD), filled only at both edges: the used range is read whole.
    // Hidden sheets are part of the workbook and are checked like the others.
    const { context, stats } = mockExcel([
      { name: 'Kosong', rows: 0, cols: 0 },
      {
        name: 'Lebar',
        visibility: 'VeryHidden',
        rows: 40,
        cols: 16_384,
        cell: (r, c) => (c === 0 ? num(r + 1) : c === 16_383 ? text(`ujung ${r + 1}`) : null),
      },
    ]);

    const model = await readWorkbook(context);

    const [empty, wide] = model.sheets;
    expect(empty.rowCount).toBe(0);
    expect(wide.getCell(40, 1)).toEqual({ value: 40 });
    expect(wide.getCell(40, 16_384)).toEqual({ value: 'ujung 40' });
    expect(wide.getCell(20, 8_000)).toBeUndefined();
    const rowsPerBatch = Math.floor(Math.floor(PAYLOAD_BUDGET / BYTES_PER_CELL) / 16_384);
    expect(stats.payloads).toHaveLength(Math.ceil(40 / rowsPerBatch));
    for (const payload of stats.payloads) expect(payload).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    expect(stats.refused).toBe(0);
  }, 60_000);

  it('gives up with the host error when even one row is too large', async () => {
    const { context } = mockExcel([{ name: 'X', rows: 1, cols: 1, cell: () => text('x') }], {
      payloadLimit: 10,
    });
    await expect(readWorkbook(context)).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
  });
});

/** A RangeAreas address of `areas` on sheet `name`. */
const addressOf = (name: string, areas: CellRange[]) =>
  areas.map((area) => `'${name}'!${rangeToA1(area)}`).join(', ');

/** `rows` indicator rows, each with its label merged over columns B:C, as LKj tables are. */
function mergedRowsSheet(name: string, rows: number): FakeSheet & { areas: CellRange[] } {
  const areas = Array.from({ length: rows }, (_, r) => ({
    top: r + 1,
    left: 2,
    bottom: r + 1,
    right: 3,
  }));
  return { ...indicatorSheet(name, rows), merges: addressOf(name, areas), areas };
}

const byPosition = (a: CellRange, b: CellRange) => a.top - b.top || a.left - b.left;

describe('readWorkbook with more than 512 merged areas on a sheet', () => {
  it('asks per band of rows, halving a band Excel refuses, and reads every merge once', async () => {
    const big = mergedRowsSheet('Capaian', 1_300);
    const small = mergedRowsSheet('PK', 4);
    const { context, stats } = mockExcel([small, big, { name: 'Kosong', rows: 0, cols: 0 }]);

    const model = await readWorkbook(context);

    expect(stats.mergeRefusals).toBeGreaterThan(0);
    const [pk, capaian] = model.sheets;
    expect([...capaian.merges].sort(byPosition)).toEqual(big.areas);
    expect(pk.merges).toEqual(small.areas);
    expect(model.notices).toBeUndefined();
    expect(capaian.getCell(1_300, 2)).toEqual({ value: 'Indikator 1300' });
    // Refused: the whole workbook, both sheets' bands together, all 1,300 rows of Capaian, then
    // each half of 650; the four bands of 325 rows are read.
    expect(stats.mergeRefusals).toBe(1 + 1 + 1 + 2);
  }, 60_000);

  it('keeps a merge that crosses a band edge, read once from the band of its top row', async () => {
    const areas = Array.from({ length: 600 }, (_, r) => ({
      top: 2 * r + 1,
      left: 1,
      bottom: 2 * r + 2,
      right: 1,
    }));
    const sheet: FakeSheet = {
      ...indicatorSheet('Tabel', 1_200),
      merges: addressOf('Tabel', areas),
    };
    const { context } = mockExcel([sheet]);

    const model = await readWorkbook(context);

    expect([...model.sheets[0].merges].sort(byPosition)).toEqual(areas);
  });

  it('reads a sheet whose single row holds more than 512 merged areas without merges, and says so', async () => {
    const wide = Array.from({ length: MERGED_AREAS_LIMIT + 88 }, (_, i) => ({
      top: 1,
      left: 2 * i + 1,
      bottom: 1,
      right: 2 * i + 2,
    }));
    const small = mergedRowsSheet('PK 2023', 3);
    const { context } = mockExcel([
      {
        name: 'Lebar',
        rows: 2,
        cols: 1_200,
        cell: (r, c) => (c % 2 === 0 ? text(`judul ${r + 1}.${c + 1}`) : null),
        merges: addressOf('Lebar', wide),
      },
      small,
    ]);

    const model = await readWorkbook(context);

    const [lebar, pk] = model.sheets;
    expect(lebar.merges).toEqual([]);
    expect(lebar.getCell(2, 1_199)).toEqual({ value: 'judul 2.1199' });
    expect(pk.merges).toEqual(small.areas);
    expect(model.notices).toEqual([
      expect.stringContaining('Sheet "Lebar" dibaca tanpa sel gabungan'),
    ]);
    expect(model.notices?.[0]).toContain('512');
  });

  it('spends a bounded number of requests on merges, however many sheets fail', async () => {
    const sheets = Array.from({ length: 120 }, (_, i) => {
      const name = `S${i}`;
      const areas = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, c) => ({
        top: 1,
        left: c + 1,
        bottom: 2,
        right: c + 1,
      }));
      return { name, rows: 2, cols: 2, cell: () => text('x'), merges: addressOf(name, areas) };
    });
    const { context, stats } = mockExcel(sheets);

    const model = await readWorkbook(context);

    expect(model.notices).toHaveLength(120);
    expect(stats.syncs).toBeLessThanOrEqual(3 + 1 + MAX_MERGE_REQUESTS + 1);
    expect(model.sheets.every((sheet) => sheet.getCell(2, 2)?.value === 'x')).toBe(true);
  }, 60_000);
});

describe('readWorkbook when Excel on the web reports an oversized batch as GeneralException', () => {
  it('splits and asks again, as for the documented codes', async () => {
    const long = 'Persentase hasil fasilitasi pembinaan desa yang ditindaklanjuti '.repeat(4);
    const { context, stats } = mockExcel(
      [{ name: 'Penghitungan', rows: 20_000, cols: 3, cell: (r) => text(`${r + 1}. ${long}`) }],
      { payloadErrorCode: 'GeneralException' },
    );

    const model = await readWorkbook(context);

    expect(stats.refused).toBeGreaterThan(0);
    expect(model.sheets[0].getCell(20_000, 3)?.value).toBe(`20000. ${long}`);
  }, 60_000);

  it('gives up after a bounded number of splits when GeneralException does not go away', async () => {
    const { context, stats } = mockExcel([indicatorSheet('PK', 5_000)], {
      payloadLimit: 10,
      payloadErrorCode: 'GeneralException',
    });

    await expect(readWorkbook(context)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(stats.refused).toBeLessThanOrEqual(MAX_GENERAL_SPLITS + 1);
  }, 60_000);
});

describe('packBatches', () => {
  const block = (rowIndex: number, rowCount: number, columnCount: number) => ({
    rowIndex,
    columnIndex: 0,
    rowCount,
    columnCount,
  });

  it.each([
    ['small sheets share one batch', [block(0, 10, 5), block(0, 20, 5)], 1000, [[10, 20]]],
    ['a large sheet is cut into row blocks', [block(0, 250, 4)], 400, [[100], [100], [50]]],
    [
      'a batch is topped up with the next sheet',
      [block(0, 50, 4), block(0, 100, 2)],
      400,
      [[50, 100]],
    ],
    [
      'the next sheet continues where room ends',
      [block(0, 90, 4), block(0, 100, 2)],
      400,
      [[90, 20], [80]],
    ],
    ['a row wider than the budget still goes alone', [block(0, 2, 50)], 10, [[1], [1]]],
  ])('%s', (_, blocks, maxCells, rowCounts) => {
    const batches = packBatches(blocks, maxCells);
    expect(batches.map((batch) => batch.map((b) => b.rowCount))).toEqual(rowCounts);
    const rows = batches.flat().reduce((sum, b) => sum + b.rowCount, 0);
    expect(rows).toBe(blocks.reduce((sum, b) => sum + b.rowCount, 0));
  });

  it('keeps row blocks contiguous', () => {
    const batches = packBatches([{ rowIndex: 5, columnIndex: 2, rowCount: 7, columnCount: 3 }], 9);
    expect(batches.flat().map((b) => [b.rowIndex, b.rowCount])).toEqual([
      [5, 3],
      [8, 3],
      [11, 1],
    ]);
  });
});

describe('mergedAreas', () => {
  it.each([
    ['Sheet1!A1:B2', [{ top: 1, left: 1, bottom: 2, right: 2 }]],
    [
      "'Tabel 3.1'!$A$1:$C$1, 'Tabel 3.1'!D4:D9",
      [
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 4, left: 4, bottom: 9, right: 4 },
      ],
    ],
    ["'a, b!c'!B2:C3", [{ top: 2, left: 2, bottom: 3, right: 3 }]],
    ['', []],
  ])('%s', (address, areas) => {
    expect(mergedAreas(address)).toEqual(areas);
  });
});
