/** Random grids never crash detection, and what it returns always lies inside the sheet. */
import fc from 'fast-check';
import { detectTables, entityTexts } from '../../src/workbook/detect';
import { Sheet } from '../../src/workbook/model';
import type { Cell } from '../../src/workbook/model';

const words = [
  'No',
  'Indikator',
  'Target',
  'Realisasi',
  'Capaian',
  'Pagu',
  'Anggaran',
  'TW I',
  'TW II',
  'Sasaran',
  'Nama / NIP',
  'Pangkat',
  'Tahun 2023',
  '2019',
  '7=5-6',
  '(1)',
  '15 = 14 / 6 x 100',
  'TUJUAN',
  'Tabel 3.1',
  'K',
  'Rp.',
  '%',
  ' ',
  '',
];

const value: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...words).map((text) => ({ value: text })),
  fc.string({ maxLength: 12 }).map((text) => ({ value: text })),
  fc.double({ noNaN: false }).map((n) => ({ value: n })),
  fc.integer({ min: 1, max: 20 }).map((n) => ({ value: n })),
  fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((error) => ({ value: null, error })),
  fc.boolean().map((b) => ({ value: b })),
);

const grid = fc.record({
  cells: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), value),
    { maxLength: 300 },
  ),
  merges: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 12 }),
      fc.nat(5),
      fc.nat(5),
    ),
    { maxLength: 15 },
  ),
});

test('random grids of header words, numbers, errors and merges', () => {
  fc.assert(
    fc.property(grid, ({ cells, merges }) => {
      const sheet = new Sheet('Acak');
      for (const [row, col, cell] of cells) sheet.setCell(row, col, cell);
      for (const [top, left, height, width] of merges) {
        sheet.merges.push({ top, left, bottom: top + height, right: left + width });
      }
      const tables = detectTables({ sheets: [sheet] });
      for (const table of tables) {
        expect(table.range.top).toBeLessThanOrEqual(table.range.bottom);
        for (const row of table.dataRows) {
          expect(row).toBeGreaterThan(table.headerRows[table.headerRows.length - 1]);
          expect(row).toBeLessThanOrEqual(table.range.bottom);
        }
        for (const column of table.columns) {
          expect(column.col).toBeGreaterThanOrEqual(table.range.left);
          expect(column.col).toBeLessThanOrEqual(table.range.right);
          entityTexts(sheet, table, column.role);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('empty sheets, a 10,000-column header and error values', () => {
  const wide = new Sheet('Lebar');
  for (let col = 1; col <= 10_000; col++) {
    wide.setCell(1, col, { value: col % 2 ? 'Target' : 'Realisasi' });
    wide.setCell(2, col, col % 3 ? { value: col } : { value: null, error: '#N/A' });
  }
  wide.setCell(1, 10_001, { value: 'Indikator' });
  const tables = detectTables({ sheets: [new Sheet('Kosong'), wide] });
  expect(tables).toHaveLength(1);
  expect(tables[0].dataRows).toEqual([2]);
  expect(tables[0].columns).toHaveLength(10_001);
});
