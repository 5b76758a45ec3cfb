/**
 * The validator on the real workbooks in ../shared/reference/real-workbooks/, read by the real
 * .xlsx reader: the slips it reports there are the ones a reviewer would confirm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkbook } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';

const REAL = path.join(__dirname, '../../../shared/reference/real-workbooks');

jest.setTimeout(60_000);

async function errorsIn(file: string): Promise<string[]> {
  const report = validateWorkbook(await readXlsx(readFileSync(path.join(REAL, file))));
  return report.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
}

describe('real workbooks', () => {
  it('Evaluasi Renja: only rows breaking the numbering-row equations and #DIV/0! cells', async () => {
    const errors = await errorsIn('evaluasi-renja-tw4-2025.xlsx');
    expect(errors.map((e) => e.split(' ').pop()).sort()).toEqual([
      'rumus-kolom',
      'rumus-kolom',
      'rumus-kolom',
      'rumus-kolom',
      'sel-error',
      'sel-error',
    ]);
    // 13 = 9 + 10 + 11 + 12 on row 11: 2.004.106.779 + 2.286.043.325 + 2.759.455.579 + 5.079.357.490.
    expect(errors).toContain('Realisasi TW IV!AC11 rumus-kolom');
  });

  it('LRA: every serapan formula agrees; the sums that break are in the AKAS column only', async () => {
    const errors = await errorsIn('lra-dinkes-2026.xlsx');
    expect(errors.filter((e) => e.endsWith('serapan-salah'))).toEqual([]);
    const sums = errors.filter((e) => e.endsWith('jumlah-salah'));
    expect(sums.length).toBeGreaterThan(0);
    for (const sum of sums) expect(sum).toMatch(/!M\d+ jumlah-salah$/);
  });
});
