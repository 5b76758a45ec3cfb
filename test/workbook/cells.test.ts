/**
 * ModelReader reads each distinct value once and shares the reading; a typed number and a formula's
 * result of the same value and format are read apart, since only a typed number's own decimals
 * count (a typed 95,2 in a 0,00 cell is stated to one decimal, a result of 95,2 to two).
 */
import { ModelReader } from '../../src/workbook/cells';
import { Sheet, type Cell } from '../../src/workbook/model';

const TYPED: Cell = { value: 95.2, numFmt: '0.00' };
const RESULT: Cell = { value: 95.2, numFmt: '0.00', formula: 'B2/C2*100' };

describe('ModelReader.numberAt', () => {
  it.each<[string, Cell[]]>([
    ['typed first', [TYPED, RESULT]],
    ['formula first', [RESULT, TYPED]],
  ])('reads a typed number and an equal formula result apart (%s)', (_name, cells) => {
    const sheet = new Sheet('Data');
    cells.forEach((cell, i) => sheet.setCell(i + 1, 1, cell));
    const reader = new ModelReader({ sheets: [sheet] });
    const readings = cells.map((_, i) => reader.numberAt(sheet, i + 1, 1));
    const typedDecimals = readings.map((reading) => reading.typedDecimals);
    expect(typedDecimals).toEqual(cells.map((cell) => (cell === TYPED ? 1 : undefined)));
    expect(readings.map((reading) => [reading.value, reading.decimals])).toEqual([
      [95.2, 2],
      [95.2, 2],
    ]);
  });

  it('shares one reading between cells of the same value, format and kind', () => {
    const sheet = new Sheet('Data');
    sheet.setCell(1, 1, { ...TYPED });
    sheet.setCell(2, 1, { ...TYPED });
    const reader = new ModelReader({ sheets: [sheet] });
    expect(reader.numberAt(sheet, 1, 1)).toBe(reader.numberAt(sheet, 2, 1));
  });
});
