import { validateWorkbook } from '../../src/checks';
import { jenisIndikator, MAX_JENIS_INDIKATOR } from '../../src/checks/jenis-indikator';
import { detectTables } from '../../src/workbook/detect';
import type { Sheet } from '../../src/workbook/model';
import { RENJA_ROWS, RENJA_SHEET, renjaFormSheet as renjaSheet } from '../support/renja-form';
import { modelOf, sheetOf } from '../support/sheets';

const listOf = (...sheets: Sheet[]) => {
  const model = modelOf(...sheets);
  return jenisIndikator(model, detectTables(model));
};

describe('jenisIndikator', () => {
  it('lists the indicators of a Renja form with the jenis the workbook gives and where from', () => {
    expect(listOf(renjaSheet())).toEqual({
      list: [
        {
          name: 'Persentase desa ODF',
          auto: { value: 'nilai-akhir', from: 'nama', sheet: RENJA_SHEET, cell: 'B5' },
        },
        { name: 'Cakupan layanan' },
        {
          name: 'Jumlah dokumen',
          auto: { value: 'kumulatif', from: 'kolom', sheet: RENJA_SHEET, cell: 'D7' },
        },
      ],
      leftOut: 0,
    });
  });

  it('lists nothing for a workbook without a Renja form', () => {
    const tabel = sheetOf('Tabel 3.1', [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase desa ODF', 100, 90, 90],
    ]);
    expect(listOf(tabel)).toEqual({ list: [], leftOut: 0 });
  });

  it('keeps the list to its cap and counts the rest', () => {
    const [header, units, measures, numbers, row] = RENJA_ROWS;
    const many = Array.from({ length: MAX_JENIS_INDIKATOR + 3 }, (_, i) => [
      i + 1,
      `Jumlah dokumen jenis ${i + 1}`,
      ...row.slice(2),
    ]);
    const { list, leftOut } = listOf(renjaSheet([header, units, measures, numbers, ...many]));
    expect(list).toHaveLength(MAX_JENIS_INDIKATOR);
    expect(leftOut).toBe(3);
  });

  it('is what the user’s choice overrides: a nilai-akhir choice finds the summed quarters', () => {
    const model = modelOf(renjaSheet());
    const rules = (jenis?: Record<string, 'nilai-akhir'>) =>
      validateWorkbook(model, { jenis })
        .findings.filter((f) => f.rule === 'akumulasi-salah')
        .map((f) => `${f.cell} ${f.message}`);
    expect(rules()).toEqual([]);
    expect(rules({ 'Cakupan layanan': 'nilai-akhir' })).toEqual([
      expect.stringMatching(/^K6 Indikator nilai akhir \(pilihan pengguna\): .*tertulis 170/),
    ]);
  });
});
