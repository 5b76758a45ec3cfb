import { Sheet } from '../../src/workbook/model';
import type { Cell } from '../../src/workbook/model';

function visited(sheet: Sheet): [number, number, Cell['value']][] {
  const out: [number, number, Cell['value']][] = [];
  sheet.forEachCell((row, col, cell) => out.push([row, col, cell.value]));
  return out;
}

describe('Sheet', () => {
  it('finds cells set in any order and lists them row by row, left to right', () => {
    const sheet = new Sheet('Data');
    sheet.setCell(5, 3, { value: 'c' });
    sheet.setCell(2, 7, { value: 'b' });
    sheet.setCell(5, 1, { value: 'a' });
    sheet.setCell(2, 1, { value: 1 });
    sheet.setCell(1_048_576, 16_384, { value: 'last' });
    expect(sheet.value(5, 3)).toBe('c');
    expect(sheet.value(1_048_576, 16_384)).toBe('last');
    expect(sheet.getCell(5, 2)).toBeUndefined();
    expect(sheet.value(3, 1)).toBeNull();
    const expected = [
      [2, 1, 1],
      [2, 7, 'b'],
      [5, 1, 'a'],
      [5, 3, 'c'],
      [1_048_576, 16_384, 'last'],
    ];
    expect([...sheet.entries()].map(({ row, col, cell }) => [row, col, cell.value])).toEqual(
      expected,
    );
    expect(visited(sheet)).toEqual(expected);
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1_048_576, 16_384]);
  });

  it('replaces a cell set twice and does not store an empty cell', () => {
    const sheet = new Sheet('Data');
    sheet.setCell(1, 1, { value: 'lama' });
    sheet.setCell(1, 1, { value: 'baru' });
    sheet.setCell(1, 2, { value: null });
    sheet.setCell(1, 3, { value: null, formula: 'A1' });
    expect(visited(sheet)).toEqual([
      [1, 1, 'baru'],
      [1, 3, null],
    ]);
    expect(sheet.columnCount).toBe(3);
  });

  // A row is sized for the sheet's width when first set; one far wider than its cells is walked
  // by its cells. Each case: cells of one row, set in this order.
  it.each([
    ['narrow, in order', [1, 2, 3]],
    ['narrow, out of order', [3, 1, 2]],
    ['past the first width', [1, 2, 40, 70, 3]],
    ['sparse: two ends of the sheet', [16_384, 1]],
    ['sparse, then filled in between', [9_000, 2, 5_000, 1, 9_001]],
  ])('a row %s lists its cells left to right', (_, cols) => {
    const sheet = new Sheet('Data');
    sheet.setCell(1, 4, { value: 'lebar' });
    for (const col of cols) sheet.setCell(2, col, { value: col });
    const sorted = [...cols].sort((a, b) => a - b);
    const row2 = visited(sheet).filter(([row]) => row === 2);
    expect(row2).toEqual(sorted.map((col) => [2, col, col]));
    expect([...sheet.entries()].filter(({ row }) => row === 2).map(({ col }) => col)).toEqual(
      sorted,
    );
    for (const col of cols) expect(sheet.value(2, col)).toBe(col);
  });

  // Cells set row by row or across rows, each row growing as its cells come: every cell is found
  // again, no cell of another row moves, and walks list them row by row, left to right.
  it.each<[string, [number, number][]]>([
    [
      'rows growing one after the other',
      [
        [1, 1],
        [2, 1],
        [2, 2],
        [2, 3],
        [3, 2],
        [1, 5],
      ],
    ],
    [
      'interleaved rows, each growing',
      [
        [1, 1],
        [2, 1],
        [1, 2],
        [2, 3],
        [1, 9],
        [2, 2],
      ],
    ],
    [
      'a row growing past the slot width',
      [
        [4, 1],
        [4, 64],
        [5, 1],
        [4, 65],
        [4, 3],
        [5, 64],
      ],
    ],
    [
      'a wide row first, then a narrow one',
      [
        [1, 300],
        [1, 2],
        [2, 2],
        [2, 300],
        [3, 1],
      ],
    ],
    [
      'rows filling more than one block of slots',
      Array.from({ length: 2_100 * 5 }, (_, i): [number, number] => [
        1 + (i % 2_100),
        1 + Math.floor(i / 2_100),
      ]),
    ],
  ])('%s', (_, cells) => {
    const sheet = new Sheet('Data');
    cells.forEach(([row, col], i) => sheet.setCell(row, col, { value: i }));
    const expected = cells
      .map(([row, col], i): [number, number, Cell['value']] => [row, col, i])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, col, value] of expected) expect(sheet.value(row, col)).toBe(value);
    expect(visited(sheet)).toEqual(expected);
    expect([...sheet.entries()].map(({ row, col, cell }) => [row, col, cell.value])).toEqual(
      expected,
    );
  });

  it.each<[string, number, number]>([
    ['column 0', 1, 0],
    ['a negative column', 1, -1],
    ['a fractional column', 1, 1.5],
    ['a column past the row', 1, 4],
    ['a column past a wide row', 2, 301],
    ['a row not set', 3, 1],
  ])('finds no cell at %s', (_, row, col) => {
    const sheet = new Sheet('Data');
    sheet.setCell(1, 1, { value: 'a' });
    sheet.setCell(1, 2, { value: 'b' });
    sheet.setCell(2, 300, { value: 'c' });
    expect(sheet.getCell(row, col)).toBeUndefined();
  });

  // Slots a growing row leaves behind are never reused: each row at least doubles when it grows,
  // so cells set column by column across many rows use at most four times the slots they fill
  // (growing one column at a time, 64 columns would use 2,080 slots a row).
  it.each<[string, number, number]>([
    ['one row', 1, 64],
    ['many rows, column by column', 500, 64],
    ['many rows, a few columns', 500, 5],
  ])('%s: slots stay within four times the cells', (_, rows, cols) => {
    const sheet = new Sheet('Data');
    for (let col = 1; col <= cols; col++) {
      for (let row = 1; row <= rows; row++) sheet.setCell(row, col, { value: row * 100 + col });
    }
    for (let row = 1; row <= rows; row++) expect(sheet.value(row, cols)).toBe(row * 100 + cols);
    const used = (sheet as unknown as { slotsUsed: number }).slotsUsed;
    expect(used).toBeLessThanOrEqual(4 * rows * cols);
  });
});
