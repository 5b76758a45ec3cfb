/** The real workbooks in ../shared/reference/real-workbooks, through the real reader. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { detectTables } from '../../src/workbook/detect';
import { equationText } from '../../src/workbook/equation-text';
import { fromA1 } from '../../src/workbook/model';
import type { DetectedTable } from '../../src/workbook/table-types';

const dir = path.resolve(__dirname, '../../../shared/reference/real-workbooks');
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
