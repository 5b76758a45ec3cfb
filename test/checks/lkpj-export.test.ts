/**
 * The LKPJ capaian form and the IKU exports (test/support/lkpj-export-xlsx.ts) through the real
 * reader and every check: exactly the slips the fixtures carry, and nothing else.
 */
import { validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { ikuExportWorkbook, lkpjWorkbook } from '../support/lkpj-export-xlsx';

const listed = (findings: Finding[]) =>
  findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}: ${f.message}`);

test('LKPJ form: the capaian against REALISASI TARGET, the serapan against REALISASI [Rp]', async () => {
  const report = validateWorkbook(await readXlsx(await lkpjWorkbook()));
  expect(report.tables.map((table) => table.kind)).toEqual(['capaian']);
  expect(listed(report.findings)).toEqual([
    'Tabel 2.3!G9 capaian-salah error: Capaian tertulis 80, seharusnya 90 (36 / 40 × 100)',
    'Tabel 2.3!J10 serapan-salah error: Serapan tertulis 80, seharusnya 75 (150.000.000 / 200.000.000 × 100)',
  ]);
});

test('IKU exports: capaian and quarterly targets checked, unknown types left alone', async () => {
  const report = validateWorkbook(await readXlsx(await ikuExportWorkbook()));
  expect(report.tables.map((table) => `${table.sheet}:${table.kind}`)).toEqual([
    'iku:capaian',
    'capaian:capaian',
  ]);
  expect(listed(report.findings)).toEqual([
    'iku!D4 rumus-kolom error: Rumus kolom target = target_tw1 + target_tw2 + target_tw3 + target_tw4: ' +
      'tertulis 50, seharusnya 40 (indikator kumulatif: 10 + 10 + 10 + 10)',
    'iku!F4 capaian-salah error: Capaian tertulis 85, seharusnya 80 (40 / 50 × 100)',
    'iku!D5 rumus-kolom error: Rumus kolom target = target_tw4: tertulis 90, seharusnya 85 ' +
      '(indikator nilai akhir: target triwulan terakhir)',
    'capaian!F3 capaian-salah error: Capaian tertulis 80, seharusnya 75 (6 / 8 × 100)',
  ]);
});
