/**
 * The pane's preview of the BAB III tables holds only their first rows: the plan made with
 * `previewRows` shows exactly what the whole plan shows in them, and the count of every row. The
 * budget table lays out only the lines those rows need, the parts their sums add up included
 * (the sample's first program shows its parts' sum and states an amount unreadably).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { finish } from '../../src/core/steps';
import { planTabel, type TabelPlan } from '../../src/tabel';
import { BLOCKS, blockContext } from '../../src/tabel/blocks';
import { detectTables } from '../../src/workbook/detect';

const REAL = path.resolve(__dirname, '../../../shared/reference/real-workbooks');

/** Each workbook's plan, made whole and made for a preview of `rows` rows per table. */
async function plansOf(file: string, rows: number): Promise<{ whole: TabelPlan; cut: TabelPlan }> {
  const model = await readXlsx(readFileSync(file));
  const tables = detectTables(model);
  const facts = () => new WorkbookFacts(model, tables);
  return { whole: planTabel(facts()), cut: planTabel(facts(), { previewRows: rows }) };
}

describe('a preview of the first rows of each table', () => {
  it.each([
    // workbook, rows shown
    ['samples/klakah-2023.xlsx', 1],
    ['samples/klakah-2023.xlsx', 2],
    ['samples/klakah-2023.xlsx', 8],
    ['samples/klakah-2023.xlsx', 1_000],
    [`${REAL}/rak-belanja-diskominfo.xlsx`, 8],
    [`${REAL}/cirebon-renja-rkpd-2026.xlsx`, 50],
  ])('%s, %i rows: as the whole plan shows them', async (file, rows) => {
    const { whole, cut } = await plansOf(file, rows);
    expect(whole.sections.some((section) => section.hasData)).toBe(true);
    expect(cut.sections.map(({ id, hasData }) => ({ id, hasData }))).toEqual(
      whole.sections.map(({ id, hasData }) => ({ id, hasData })),
    );
    for (const [i, section] of cut.sections.entries()) {
      const all = whole.sections[i].preview;
      expect(section.preview.header).toEqual(all.header);
      expect(section.preview.rows).toEqual(all.rows.slice(0, rows));
      // The count is told only where the preview holds fewer rows than the table.
      expect(section.rowCount).toBe(all.rows.length > rows ? all.rows.length : undefined);
    }
    // The rest of the plan is the whole plan's.
    expect({ ...cut, sections: [] }).toEqual({ ...whole, sections: [] });
  });

  it.each([
    ['samples/klakah-2023.xlsx', 'Tahun 2019–2023', true],
    // One year only: 3.8 is left out, its title names no range of one year.
    [`${REAL}/cirebon-renja-rkpd-2026.xlsx`, 'Antartahun', false],
  ])('%s: 3.8 is titled with its years (%s)', async (file, years, hasData) => {
    const { whole } = await plansOf(file, 1);
    const section = whole.sections.find((s) => s.id === 8)!;
    expect(section.title).toBe(`Perbandingan Realisasi dan Capaian Kinerja ${years}`);
    expect(section.hasData).toBe(hasData);
  });

  it('the sample’s budget table starts with a program that adds up its parts', async () => {
    const { whole } = await plansOf('samples/klakah-2023.xlsx', 8);
    const first = whole.anggaran[0];
    expect(first.partsDiffer).toBe(true);
    expect([...first.pagu, ...first.realisasi].some((cell) => cell.value === null)).toBe(true);
    expect(whole.anggaranJumlah.partsDiffer).toBe(true);
  });

  it('lays out no more budget lines than the rows shown need', async () => {
    const { whole } = await plansOf(`${REAL}/lra-dinkes-2026.xlsx`, 8);
    const cellsOf = (shown?: number) =>
      finish(BLOCKS[9](blockContext(whole), 1, shown)).sheet.cells().length;
    const lines = whole.anggaran.length;
    expect(lines).toBeGreaterThan(1_000);
    // A line's cells: No., kode, label, indikator, pagu, realisasi, serapan; and the header's.
    expect(cellsOf(8)).toBeLessThanOrEqual(7 * 8 + 7);
    expect(cellsOf()).toBeGreaterThanOrEqual(7 * lines);
  });
});
