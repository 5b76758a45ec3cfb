/**
 * Random tables never crash a check, and every finding names a real check, with that check's
 * severity, a cell inside the sheet, and finite numbers in its message and fields.
 */
import fc from 'fast-check';
import { checks, validateWorkbook, type Finding } from '../../src/checks';
import { fromA1, Sheet, type Cell } from '../../src/workbook/model';

/** Header rows of each table kind, so that random grids hold tables for the checks to read. */
const HEADERS: string[][] = [
  ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
  ['No', 'Program/Kegiatan', 'Kode', 'Pagu', 'Realisasi', 'Serapan'],
  ['Sasaran', 'Indikator Kinerja', 'Target', 'Arah'],
  ['Capaian realisasi kinerja', 'Capaian pagu anggaran', 'Efisiensi'],
  ['Indikator', 'Formulasi', 'Penghitungan', 'Hasil'],
  ['Nama / NIP', 'Pangkat', 'Gol', 'Jabatan'],
  ['TW I', 'TW II', 'TW III', 'TW IV'],
];

const body: fc.Arbitrary<Cell> = fc.oneof(
  // Any number a cell can hold: Excel has no NaN or Infinity (detection's fuzz feeds those too).
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ({ value: n })),
  fc.integer({ min: -5, max: 200 }).map((n) => ({ value: n })),
  fc.double({ min: 0, max: 2, noNaN: true }).map((n) => ({ value: n, numFmt: '0.00%' })),
  fc
    .constantFrom('95,23', '1.923.283.100', '0,00', '-', 'N/A', '100 %', '(1.500)', 'Rp 2.000,-')
    .map((text) => ({ value: text })),
  fc
    .constantFrom('7.01.01', '7.01.01.2.01', 'PROGRAM A', 'JUMLAH', 'Sangat Baik', 'naik', 'turun')
    .map((text) => ({ value: text })),
  fc
    .constantFrom('198108042009012001', 'Penata Muda', 'III/a', '(81,25+89,51)/2 = 85,38')
    .map((text) => ({ value: text })),
  fc.string({ maxLength: 10 }).map((text) => ({ value: text })),
  fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((error) => ({ value: null, error })),
  fc.boolean().map((b) => ({ value: b })),
);

const workbook = fc.record({
  header: fc.constantFrom(...HEADERS),
  numbering: fc.boolean(),
  rows: fc.array(fc.array(fc.option(body, { nil: undefined }), { maxLength: 7 }), {
    maxLength: 25,
  }),
  merges: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 7 }), fc.nat(3), fc.nat(3)),
    { maxLength: 6 },
  ),
});

const severityOf = new Map(checks.map((check) => [check.id, check.severity]));

function expectWellFormed(finding: Finding, sheet: Sheet): void {
  expect(severityOf.get(finding.rule)).toBe(finding.severity);
  expect(finding.sheet).toBe(sheet.name);
  const { row, col } = fromA1(finding.cell);
  expect(row).toBeLessThanOrEqual(sheet.rowCount);
  expect(col).toBeLessThanOrEqual(sheet.columnCount);
  expect(finding.message).not.toMatch(/^$|NaN|Infinity|undefined/);
  for (const value of [finding.expected, finding.actual]) {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  }
}

test('random tables of every kind: numbers, text numbers, errors, merges', () => {
  let tablesSeen = 0;
  fc.assert(
    fc.property(workbook, ({ header, numbering, rows, merges }) => {
      const sheet = new Sheet('Acak');
      header.forEach((text, c) => sheet.setCell(1, c + 1, { value: text }));
      if (numbering) header.forEach((_, c) => sheet.setCell(2, c + 1, { value: `(${c + 1})` }));
      const top = numbering ? 3 : 2;
      rows.forEach((cells, r) =>
        cells.forEach((cell, c) => cell && sheet.setCell(top + r, c + 1, cell)),
      );
      for (const [row, col, height, width] of merges) {
        sheet.merges.push({ top: row, left: col, bottom: row + height, right: col + width });
      }
      const report = validateWorkbook({ sheets: [sheet, new Sheet('Kosong')] });
      tablesSeen += report.tables.length;
      for (const finding of report.findings) expectWellFormed(finding, sheet);
    }),
    { numRuns: 400 },
  );
  // The headers make tables in most runs, so the checks really ran.
  expect(tablesSeen).toBeGreaterThan(200);
});

test('a 10,000-column table and an empty sheet', () => {
  const wide = new Sheet('Lebar');
  wide.setCell(1, 1, { value: 'Indikator' });
  wide.setCell(2, 1, { value: 'IKM' });
  for (let col = 2; col <= 10_000; col++) {
    wide.setCell(1, col, { value: col % 2 ? 'Target' : 'Realisasi' });
    wide.setCell(2, col, col % 3 ? { value: `${col},5` } : { value: null, error: '#N/A' });
  }
  const report = validateWorkbook({ sheets: [new Sheet('Kosong'), wide] });
  expect(report.tables).toHaveLength(1);
  for (const finding of report.findings) expectWellFormed(finding, wide);
  const rules = new Set(report.findings.map((f) => f.rule));
  expect([...rules].sort()).toEqual(['angka-teks', 'sel-error']);
  // Text numbers are counted per column: one finding per column holding one.
  expect(report.findings.filter((f) => f.rule === 'angka-teks')).toHaveLength(6_666);
});
