import { columnsOfMask, SheetGrid } from '../../src/workbook/detect-grid';
import { Sheet } from '../../src/workbook/model';

describe('columnsOfMask', () => {
  it.each<[number, number[]]>([
    [0, []],
    [1 << 1, [1]],
    [(1 << 1) | (1 << 3) | (1 << 8), [1, 3, 8]],
    [1 << 30, [30]],
    [2 ** 31 - 2, Array.from({ length: 30 }, (_, i) => i + 1)],
  ])('mask %i has columns %j', (mask, cols) => {
    expect(columnsOfMask(mask)).toEqual(cols);
  });
});

describe('SheetGrid.cols', () => {
  const sheet = new Sheet('Data');
  const rows: [number, number[]][] = [
    [1, [1]],
    [2, [1, 2, 3]],
    [3, [1, 2, 3]],
    [4, [2, 30]],
    [5, [2, 31]],
    [6, [2, 31]],
    [7, [1, 16_384]],
  ];
  for (const [row, cols] of rows) for (const col of cols) sheet.setCell(row, col, { value: 'x' });
  // Empty text, a formula without a value and an error: only the error counts as filled.
  sheet.setCell(8, 1, { value: ' ' });
  sheet.setCell(8, 2, { value: null, formula: 'A1' });
  sheet.setCell(8, 3, { value: null, error: '#REF!' });
  const grid = new SheetGrid(sheet);

  it.each<[number, number[]]>([...rows, [8, [3]], [9, []], [0, []]])(
    'row %i has filled columns %j',
    (row, cols) => {
      expect(grid.cols(row)).toEqual(cols);
    },
  );

  it('lists the filled rows and shares the list of rows alike', () => {
    expect(grid.rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(grid.cols(3)).toBe(grid.cols(2));
    expect(grid.cols(6)).toBe(grid.cols(5));
  });
});
