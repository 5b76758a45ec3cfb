/** samples/klakah-2023.xlsx (built by scripts/build-sample.ts): every table is found. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { detectTables } from '../../src/workbook/detect';
import { rangeToA1 } from '../../src/workbook/model';

test('detection finds every table of the Klakah sample with its kind and range', async () => {
  const file = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');
  const tables = detectTables(await readXlsx(readFileSync(file)));
  expect(tables.map((t) => `${t.sheet}!${rangeToA1(t.range)} ${t.kind}`)).toEqual([
    'PK 2023!A3:F7 pk',
    'PK 2023!A12:D15 pk',
    'PK 2023!A16:D24 pk',
    'PK 2023!B27:D34 anggaran',
    'BAB III!A3:G9 capaian',
    'BAB III!B14:G23 capaian',
    'BAB III!A28:L32 multi-tahun',
    'BAB III!A37:E43 capaian',
    'BAB III!A48:F52 perbandingan-pd',
    'BAB III!A57:G66 efisiensi',
    'Anggaran!A3:G59 anggaran',
    'Lampiran!A3:F6 penghitungan',
    'Lampiran!A11:F12 ikm-triwulan',
    'SDM!B3:G26 sdm',
  ]);
  const efisiensi = tables.find((t) => t.kind === 'efisiensi')!;
  expect(efisiensi.equations.map((e) => e.text)).toEqual(['7=5-6']);
  const renstra = tables.find((t) => t.sheet === 'BAB III' && t.range.top === 37)!;
  expect(renstra.sectionRows).toEqual([39, 41]);
});
