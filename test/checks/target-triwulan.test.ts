/** Quarterly targets against the annual one (exports' `target_tw1` … `target_tw4`), under rumus-kolom. */
import { rule } from '../../src/checks/rumus-kolom';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const ROLES: ColumnRole[] = [
  'indikator',
  'satuan',
  'target',
  'target-triwulan',
  'target-triwulan',
  'target-triwulan',
  'target-triwulan',
];
const HEADERS = [
  'indikator',
  'satuan',
  'target',
  'target_tw1',
  'target_tw2',
  'target_tw3',
  'target_tw4',
];
const UNITS = [undefined, undefined, undefined, '1', '2', '3', '4'];

function findings(rows: CellInput[][], units = UNITS) {
  return findingsOf(rule, [{ kind: 'capaian', roles: ROLES, headers: HEADERS, units, rows }]);
}

describe('rumus-kolom: quarterly targets end at the annual target', () => {
  it.each<[string, CellInput[], string[]]>([
    ['kumulatif, quarters add up', ['Jumlah publikasi', 'dokumen', 120, 30, 30, 30, 30], []],
    ['kumulatif, written to date', ['Jumlah kerja sama', 'dokumen', 40, 10, 20, 30, 40], []],
    [
      'kumulatif, quarters add up to less',
      ['Jumlah mahasiswa inbound', 'orang', 50, 10, 10, 10, 10],
      [
        'C2 Rumus kolom target = target_tw1 + target_tw2 + target_tw3 + target_tw4: tertulis 50, ' +
          'seharusnya 40 (indikator kumulatif: 10 + 10 + 10 + 10)',
      ],
    ],
    [
      'kumulatif, last quarter at the year but not to date (it falls back)',
      ['Jumlah kerja sama', 'dokumen', 40, 10, 45, 30, 40],
      [
        'C2 Rumus kolom target = target_tw1 + target_tw2 + target_tw3 + target_tw4: tertulis 40, ' +
          'seharusnya 125 (indikator kumulatif: 10 + 45 + 30 + 40)',
      ],
    ],
    ['nilai akhir, ends at the year', ['Persentase lulusan bekerja', '%', 80, 20, 40, 60, 80], []],
    [
      'nilai akhir, the same every quarter',
      ['Indeks kepuasan', 'indeks', 3.5, 3.5, 3.5, 3.5, 3.5],
      [],
    ],
    [
      'nilai akhir, ends elsewhere',
      ['Persentase dosen bersertifikat', '%', 90, 90, 90, 90, 85],
      [
        'C2 Rumus kolom target = target_tw4: tertulis 90, seharusnya 85 ' +
          '(indikator nilai akhir: target triwulan terakhir)',
      ],
    ],
    [
      'nilai akhir, quarters summed to the year',
      ['Persentase desa ODF', '%', 100, 25, 25, 25, 25],
      [
        'C2 Rumus kolom target = target_tw4: tertulis 100, seharusnya 25 ' +
          '(indikator nilai akhir: target triwulan terakhir)',
      ],
    ],
    ['type cannot be told: nothing said', ['Akreditasi prodi unggul', 'prodi', 10, 1, 2, 3, 5], []],
    ['quarters all 0 (not planned)', ['Jumlah paten', 'dokumen', 8, 0, 0, 0, 0], []],
    ['a quarter empty', ['Jumlah paten', 'dokumen', 8, 2, 2, null, 2], []],
    ['a quarter "-" counts as 0', ['Jumlah paten', 'dokumen', 6, 2, 2, '-', 2], []],
    ['annual target empty', ['Jumlah paten', 'dokumen', null, 2, 2, 2, 2], []],
    ['truncated decimals agree', ['Jumlah paten', 'dokumen', '3,33', 1.111, 1.111, 1.111, 0], []],
  ])('%s', (_name, row, expected) => {
    const found = findings([row]);
    expect(found.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    found.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('carries the expected and the stated annual target', () => {
    const [finding] = findings([['Jumlah mahasiswa inbound', 'orang', 50, 10, 10, 10, 10]]);
    expect(finding).toMatchObject({ rule: 'rumus-kolom', expected: 40, actual: 50 });
  });

  it('Roman quarter labels (Target TW I … IV) are read in quarter order', () => {
    const found = findings(
      [['Persentase dosen', '%', 90, 85, 90, 90, 90]],
      [undefined, undefined, undefined, 'IV', 'I', 'II', 'III'],
    );
    expect(found.map((f) => f.message)).toEqual([
      'Rumus kolom target = target_tw1: tertulis 90, seharusnya 85 (indikator nilai akhir: target triwulan terakhir)',
    ]);
  });

  it('without all four quarters nothing is implied', () => {
    const found = findings(
      [['Jumlah paten', 'dokumen', 50, 1, 1, 1, 1]],
      [undefined, undefined, undefined, '1', '2', '3', '3'],
    );
    expect(found).toEqual([]);
  });
});
