/** The real workbooks in ../shared/reference/real-workbooks, through the real reader. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { detectTables } from '../../src/workbook/detect';
import { equationText } from '../../src/workbook/equation-text';
import { fromA1 } from '../../src/workbook/model';
import type { DetectedTable } from '../../src/workbook/table-types';

const dir = path.resolve(__dirname, '../../../shared/reference/real-workbooks');

// Reading a 1,000-row workbook takes seconds on a busy machine.
jest.setTimeout(60_000);
const read = (name: string) => readXlsx(readFileSync(path.join(dir, name)));
const col = (letters: string) => fromA1(`${letters}1`).col;

describe('evaluasi-renja-tw4-2025.xlsx (Permendagri 86 form)', () => {
  let table: DetectedTable;
  beforeAll(async () => {
    const tables = detectTables(await read('evaluasi-renja-tw4-2025.xlsx'));
    expect(tables).toHaveLength(1);
    [table] = tables;
  });

  test('one renja table under three merged title rows, 2-row header, numbering and unit rows', () => {
    expect(table).toMatchObject({
      kind: 'renja',
      sheet: 'Realisasi TW IV',
      range: { top: 6, left: 1, bottom: 113, right: col('AG') },
      headerRows: [6, 7],
      numberingRow: 8,
      year: 2025,
      title: 'Evaluasi Terhadap Hasil RKPD Kabupaten Deli Serdang Tahun 2025',
      sectionRows: [10],
    });
    expect(table.dataRows[0]).toBe(11);
    expect(table.dataRows).toHaveLength(103);
  });

  test('each column number spans K | Rp (| %) columns with their measure', () => {
    const byLetter = (letters: string) => table.columns.find((c) => c.col === col(letters))!;
    expect(byLetter('J')).toMatchObject({ number: 6, measure: 'K', role: 'target' });
    expect(byLetter('K')).toMatchObject({ number: 6, measure: 'Rp', role: 'pagu' });
    expect(byLetter('Q')).toMatchObject({ number: 9, measure: '%', role: 'triwulan', unit: 'I' });
    expect(byLetter('AD')).toMatchObject({ number: 14, measure: 'K', role: 'realisasi' });
    expect(byLetter('AF')).toMatchObject({ number: 15, measure: 'K', role: 'capaian' });
    expect(byLetter('AG')).toMatchObject({ number: 15, measure: 'Rp', role: 'serapan' });
  });

  test('the three equations become one per measure over the right sheet columns', () => {
    expect(table.equations.map((e) => `${e.text} → ${equationText(e)}`)).toEqual([
      '13 = 9 + 10 + 11 + 12 → AB = P + S + V + Y',
      '13 = 9 + 10 + 11 + 12 → AC = R + U + X + AA',
      '14 = 7 + 13 → AD = L + AB',
      '14 = 7 + 13 → AE = M + AC',
      '15 = 14 / 6 x 100 → AF = AD / J × 100',
      '15 = 14 / 6 x 100 → AG = AE / K × 100',
    ]);
    const capaian = table.equations.find((e) => e.resultCol === col('AF'))!;
    expect(capaian.expression).toEqual({
      type: 'binary',
      op: '*',
      left: {
        type: 'binary',
        op: '/',
        left: { type: 'column', col: col('AD') },
        right: { type: 'column', col: col('J') },
      },
      right: { type: 'number', value: 100 },
    });
  });
});

describe('evaluasi-renja-e81-2018.xlsx (Permendagri 86 form E.81, K/Rp row inside the header)', () => {
  let table: DetectedTable;
  beforeAll(async () => {
    const tables = detectTables(await read('evaluasi-renja-e81-2018.xlsx'));
    expect(tables).toHaveLength(1);
    [table] = tables;
  });

  test('one renja table ending above its footer notes', () => {
    expect(table).toMatchObject({
      kind: 'renja',
      sheet: 'Sheet-1',
      // Faktor pendorong / penghambat and tindak lanjut (rows 51–54) close the form.
      range: { top: 10, left: 1, bottom: 49, right: col('AF') },
      headerRows: [10, 11],
      numberingRow: 13,
      predikatRows: [41, 49],
    });
    expect(table.sectionRows).toBeUndefined();
  });

  test('line rows are data; rata-rata, percentage and predikat rows are not', () => {
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(table.dataRows).toEqual([...range(15, 37), ...range(42, 44)]);
    expect(table.summaryRows).toEqual([
      // Rows 15–17 (Fungsi …, Perencanaan, the program row) are not averaged: AVERAGE(H18:H37).
      { row: 38, role: 'rata-rata', lines: range(18, 37), parents: [15, 16, 17] },
      { row: 39, role: 'persen', base: 38 },
      { row: 40, role: 'persen', base: 38 },
      { row: 45, role: 'rata-rata', lines: [43, 44], parents: [42] },
      { row: 46, role: 'persen', base: 45 },
      { row: 47, role: 'persen', base: 45 },
      // The rata-rata of all programs: no line rows of its own.
      { row: 48, role: 'rata-rata', lines: [], parents: [] },
    ]);
  });

  test('K/Rp measures from the row inside the header; Satuan under K is no number', () => {
    const byLetter = (letters: string) => table.columns.find((c) => c.col === col(letters))!;
    expect(byLetter('H')).toMatchObject({ number: 5, measure: 'K', role: 'target' });
    expect(byLetter('I')).toMatchObject({ number: 5, role: 'satuan' });
    expect(byLetter('J')).toMatchObject({ number: 5, measure: 'Rp', role: 'pagu' });
    expect(byLetter('O')).toMatchObject({ number: 8, measure: 'K', role: 'triwulan', unit: 'I' });
    expect(byLetter('V')).toMatchObject({
      number: 11,
      measure: 'Rp',
      role: 'triwulan',
      unit: 'IV',
    });
    expect(table.equations.map((e) => `${e.text} → ${equationText(e)}`)).toEqual([
      '12 = 8+9+10+11 → W = O + Q + S + U',
      '12 = 8+9+10+11 → X = P + R + T + V',
      '13 = 12/7*100 → Y = W / M × 100',
      '13 = 12/7*100 → Z = X / N × 100',
      '14 = 6 + 12 → AA = K + W',
      '14 = 6 + 12 → AB = L + X',
      '15 = 14/5*100 → AC = AA / H × 100',
      '15 = 14/5*100 → AD = AB / J × 100',
    ]);
  });
});

describe('lra-dinkes-2026.xlsx (budget realisation, one sheet per division)', () => {
  let tables: DetectedTable[];
  let sheetNames: string[];
  beforeAll(async () => {
    const model = await read('lra-dinkes-2026.xlsx');
    sheetNames = model.sheets.map((sheet) => sheet.name);
    tables = detectTables(model);
  });

  test('every division sheet has one anggaran table under a 3-row merged header', () => {
    expect(sheetNames.length).toBeGreaterThan(1);
    expect(tables.map((t) => t.sheet)).toEqual(sheetNames);
    for (const table of tables) {
      expect(table).toMatchObject({
        kind: 'anggaran',
        headerRows: [6, 7, 8],
        numberingRow: 9,
        year: 2026,
      });
      expect(table.range).toMatchObject({ top: 6, left: 1, right: col('N') });
      expect(table.dataRows[0]).toBe(10);
      expect(table.dataRows.length).toBeGreaterThan(1000);
    }
  });

  test('pagu, realisasi and serapan columns per group (Operasi, Modal, Total)', () => {
    for (const table of tables) {
      const role = (letters: string) => table.columns.find((c) => c.col === col(letters))?.role;
      expect(['F', 'G', 'H', 'I', 'J', 'K', 'L'].map(role)).toEqual([
        'pagu',
        'realisasi-anggaran',
        'pagu',
        'realisasi-anggaran',
        'pagu',
        'realisasi-anggaran',
        'serapan',
      ]);
      expect(table.columns.find((c) => c.col === col('J'))?.group).toBe('Total');
      expect(role('E')).toBe('uraian');
    }
  });
});
