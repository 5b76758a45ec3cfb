/**
 * A small Renja form (E.81 layout, K | Rp per quarter, TW I–II) for the jenis tests: one
 * percentage indicator (nilai akhir by its name) carrying its last quarter, one whose jenis
 * nothing tells (satuan "layanan", no Jenis cell) with its quarters summed, one kumulatif by its
 * Jenis cell.
 */
import type { Sheet } from '../../src/workbook/model';
import { sheetOf, type CellInput } from './sheets';

export const RENJA_SHEET = 'Renja TW II';

export const RENJA_ROWS: CellInput[][] = [
  [
    'No',
    'Indikator Kinerja',
    'Satuan',
    'Jenis',
    'Target Renja Tahun Berjalan',
    null,
    'Realisasi Kinerja Pada Triwulan',
    null,
    null,
    null,
    'Realisasi Capaian Kinerja',
    null,
    'Tingkat Capaian (%)',
  ],
  [null, null, null, null, null, null, 'I', null, 'II'],
  [null, null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'],
  [1, 2, 3, null, 4, null, 5, null, 6, null, '7 = 5 + 6', null, '8 = 7/4*100'],
  [1, 'Persentase desa ODF', '%', null, 100, 1000, 80, 400, 90, 500, 90, 900, 90, 90],
  [2, 'Cakupan layanan', 'layanan', null, 100, 1000, 80, 400, 90, 500, 170, 900, 170, 90],
  [3, 'Jumlah dokumen', 'Dokumen', 'Kumulatif', 4, 1000, 2, 400, 2, 500, 4, 900, 100, 90],
];

/** [top, left, bottom, right], 1-based. */
export const RENJA_MERGES: [number, number, number, number][] = [
  [1, 5, 2, 6],
  [1, 7, 1, 10],
  [2, 7, 2, 8],
  [2, 9, 2, 10],
  [1, 11, 2, 12],
  [1, 13, 2, 14],
  [4, 5, 4, 6],
  [4, 7, 4, 8],
  [4, 9, 4, 10],
  [4, 11, 4, 12],
  [4, 13, 4, 14],
];

/** The form as a sheet of the model, merges and all (`rows` in place of its own). */
export function renjaFormSheet(rows: CellInput[][] = RENJA_ROWS): Sheet {
  const sheet = sheetOf(RENJA_SHEET, rows);
  for (const [top, left, bottom, right] of RENJA_MERGES) {
    sheet.merges.push({ top, left, bottom, right });
  }
  return sheet;
}
