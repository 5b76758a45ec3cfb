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
});
