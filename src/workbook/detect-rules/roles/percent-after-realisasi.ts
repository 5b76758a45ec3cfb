/**
 * A bare `Persentase` / `%` header takes its meaning from the column before it: after a
 * realisasi anggaran it is the serapan (ALOKASI [Rp] · REALISASI [Rp] · PERSENTASE [%]); after a
 * realisasi beside a target, with no capaian column, the capaian.
 */
import { normalize } from '../lexicon';
import { setRole, type HeadRule } from '../rule';

/** Normalised, so the lexicon's misspellings (`Prosentase`) count too. */
const BARE_PERCENT = /^(?:%|persen|persentase)(?: %)?$/;

export const percentAfterRealisasi: HeadRule = {
  id: 'persen-samping-realisasi',
  description:
    'Kolom "%" atau "Persentase" tanpa keterangan dalam tabel berpagu: sesudah realisasi ' +
    'anggaran berarti serapan, sesudah realisasi (tanpa kolom capaian) berarti capaian.',
  apply({ columns, why }) {
    if (!columns.some((column) => column.role === 'pagu')) return;
    const hasCapaian = columns.some((column) => column.role === 'capaian');
    columns.forEach((column, i) => {
      const before = columns[i - 1];
      if (column.role !== 'lain' || !before || before.col !== column.col - 1) return;
      if (column.measure !== undefined || !BARE_PERCENT.test(normalize(leafOf(column)))) return;
      if (before.role === 'realisasi-anggaran') setRole(column, 'serapan', this, why);
      else if (before.role === 'realisasi' && !hasCapaian) setRole(column, 'capaian', this, why);
    });
  },
};

function leafOf(column: { header: string }): string {
  const parts = column.header.split(' / ');
  return parts[parts.length - 1];
}
