/**
 * The SKM processing table staff build by hand (SKM.md §4), found by its row labels under a
 * header of unsur columns, in either unsur order; and what is no such table.
 */
import { detectSheetTables } from '../../src/workbook/detect';
import { olahSkmRule } from '../../src/workbook/detect-skm';
import type { DetectedTable } from '../../src/workbook/table-types';
import { sheetOf, type CellInput } from '../support/sheets';

const U = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const answers = (n: number): CellInput[][] =>
  Array.from({ length: n }, (_, r) => [r + 1, 4, 3, 3, 4, 3, 4, 4, 3, 4]);
const processing: CellInput[][] = [
  ['Σ Nilai / Unsur', 8, 6, 6, 8, 6, 8, 8, 6, 8],
  ['NRR / Unsur', 4, 3, 3, 4, 3, 4, 4, 3, 4],
  ['NRR Tertimbang / Unsur', 0.444, 0.333, 0.333, 0.444, 0.333, 0.444, 0.444, 0.333, 0.444, 3.556],
  ['IKM UNIT PELAYANAN **)', 88.89],
];

function olah(rows: CellInput[][]): DetectedTable | undefined {
  return detectSheetTables(sheetOf('Olah', rows)).find((table) => table.kind === 'olah-skm');
}

describe('rule tabel-olah-skm', () => {
  it.each<[string, CellInput[][], Record<string, number> | undefined]>([
    [
      'answers, Σ, NRR, NRR tertimbang and IKM under No Resp | U1 … U9',
      [['No Resp', ...U], ...answers(2), ...processing],
      { jumlah: 4, nrr: 5, tertimbang: 6, ikm: 7 },
    ],
    [
      'the other labels: Jumlah Nilai per Unsur, Nilai Konversi, Nilai IKM',
      [
        ['No', ...U],
        ...answers(1),
        ['Jumlah Nilai per Unsur', 4, 3, 3, 4, 3, 4, 4, 3, 4],
        ['NRR per Unsur', 4, 3, 3, 4, 3, 4, 4, 3, 4],
        ['Nilai Konversi', 100, 75, 75, 100, 75, 100, 100, 75, 100],
        ['Nilai IKM', 88.89],
      ],
      { jumlah: 3, nrr: 4, konversi: 5, ikm: 6 },
    ],
    [
      'unsur named in the ruang-lingkup order (Pengaduan before Sarana), no answers',
      [
        [
          'Unsur',
          'Persyaratan',
          'Prosedur',
          'Waktu Penyelesaian',
          'Biaya/Tarif',
          'Produk Spesifikasi Jenis Pelayanan',
          'Kompetensi Pelaksana',
          'Perilaku Pelaksana',
          'Penanganan Pengaduan, Saran dan Masukan',
          'Sarana dan Prasarana',
        ],
        ['NRR / Unsur', 4, 3, 3, 4, 3, 4, 4, 3, 4],
        ['NRR Tertimbang / Unsur', 0.444, 0.333, 0.333, 0.444, 0.333, 0.444, 0.444, 0.333, 0.444],
      ],
      { nrr: 2, tertimbang: 3 },
    ],
    [
      'negative: an NRR row alone (no NRR tertimbang, no IKM)',
      [['No', ...U], processing[1]],
      undefined,
    ],
    [
      'negative: four unsur columns are too few to be sure',
      [
        ['No', 'U1', 'U2', 'U3', 'U4'],
        [1, 4, 4, 4, 4],
        ['NRR / Unsur', 4, 4, 4, 4],
        ['IKM', 100],
      ],
      undefined,
    ],
    [
      'negative: U1 … U14, the 2004 table of fourteen unsur, is not read as nine',
      [
        ['No', ...U, 'U10', 'U11', 'U12', 'U13', 'U14'],
        ['NRR / Unsur', 4, 3, 3, 4, 3, 4, 4, 3, 4, 4, 4, 4, 4, 4],
        ['IKM', 90],
      ],
      undefined,
    ],
  ])('%s', (_name, rows, expected) => {
    const table = olah(rows);
    if (expected === undefined) {
      expect(table).toBeUndefined();
      return;
    }
    const { labelCol, ...found } = table!.skm!;
    expect(labelCol).toBe(1);
    expect(found).toEqual(expected);
    expect(table!.why?.filter((step) => step.target === 'table').at(-1)?.rule).toBe(olahSkmRule.id);
  });

  it('reads each unsur column by its header, whatever its position', () => {
    const table = olah([
      [
        'No',
        'Persyaratan',
        'Prosedur',
        'Waktu',
        'Biaya',
        'Produk',
        'Kompetensi',
        'Perilaku',
        'Pengaduan',
        'Sarana',
      ],
      ...answers(1),
      ...processing,
    ])!;
    expect(table.columns.map((column) => column.unsur ?? column.role)).toEqual([
      'no',
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      9,
      8,
    ]);
    expect(table.dataRows).toEqual([2]);
  });

  it('stands beside the raw-answers table over the same rows (the generator reads that one)', () => {
    const kinds = detectSheetTables(
      sheetOf('Olah', [['No Resp', ...U], ...answers(2), ...processing]),
    ).map((table) => table.kind);
    expect(kinds.sort()).toEqual(['olah-skm', 'skm']);
  });
});
