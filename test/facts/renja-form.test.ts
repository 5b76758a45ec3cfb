/**
 * A Renja form's columns per measure, from its numbering row's equations where they say: the
 * official E.81 column order, and which form a generator carries on.
 */
import { renjaFormOf, sourceForm } from '../../src/facts/renja-form';
import { detectSheetTables } from '../../src/workbook/detect';
import type { DetectedTable } from '../../src/workbook/table-types';
import { officialE81 } from '../support/e81-official';

test('the official column order: (5)–(14) in K | Rp pairs, numbers as text merged over each pair', () => {
  const [table] = detectSheetTables(officialE81());
  expect(table).toMatchObject({ kind: 'renja', numberingRow: 4, dataRows: [5, 6] });
  // E/F (5) Renstra, G/H (6) s.d. tahun lalu, I/J (7) Renja, K–R (8)–(11) TW I–IV, S/T (12),
  // U/V (13) = 6 + 12, W/X (14) = 13 / 5 × 100.
  expect(renjaFormOf(table)).toMatchObject({
    k: { renstra: 5, lalu: 7, target: 9, quarters: [11, 13, 15, 17] },
    rp: { renstra: 6, lalu: 8, target: 10, quarters: [12, 14, 16, 18] },
    aggregates: {
      K: { year: 19, toDate: { col: 21, before: 7 } },
      Rp: { year: 20, toDate: { col: 22, before: 8 } },
    },
  });
});

test('the Renstra target and the years before come from the equations, not the column order', () => {
  const [table] = detectSheetTables(officialE81());
  // Swap the first two groups' numbers: 14 = 13/5 and 13 = 6 + 12 now name the other pair.
  const swapped: DetectedTable = {
    ...table,
    equations: table.equations.map((equation) => ({
      ...equation,
      expression: JSON.parse(
        JSON.stringify(equation.expression)
          .replace(/"col":5\b/g, '"col":"g"')
          .replace(/"col":7\b/g, '"col":5')
          .replace(/"col":"g"/g, '"col":7'),
      ) as DetectedTable['equations'][number]['expression'],
    })),
  };
  expect(renjaFormOf(swapped)?.k).toMatchObject({ renstra: 7, lalu: 5 });
});

test('a summary of another form (Tabel 2.2 RKPD) is not the form carried on; the latest is', () => {
  const form = (sheet: string, rows: number): DetectedTable =>
    ({
      kind: 'renja',
      sheet,
      dataRows: Array.from({ length: rows }, (_, i) => i + 10),
    }) as DetectedTable;
  const tw1 = form('TW I', 76);
  const tw2 = form('TW II', 74);
  const rkpd = form('RKPD', 11);
  expect(sourceForm([tw1, tw2, rkpd])).toBe(tw2);
  expect(sourceForm([rkpd])).toBe(rkpd);
});
