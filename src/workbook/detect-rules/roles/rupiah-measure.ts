/** A target, realisasi or capaian measured in rupiah is the budget's pagu, realisasi or serapan. */
import type { ColumnRole } from '../../table-types';
import { setRole, type HeadRule } from '../rule';

const RUPIAH_ROLE: Partial<Record<ColumnRole, ColumnRole>> = {
  target: 'pagu',
  realisasi: 'realisasi-anggaran',
  capaian: 'serapan',
};

/** What a target, realisasi or capaian is when its measure is rupiah; undefined for other roles. */
export function rupiahRole(role: ColumnRole): ColumnRole | undefined {
  return RUPIAH_ROLE[role];
}

export const rupiahMeasure: HeadRule = {
  id: 'satuan-rp',
  description:
    'Target, realisasi atau capaian yang satuannya Rp (baris satuan K | Rp) adalah pagu, ' +
    'realisasi anggaran atau serapan.',
  apply({ columns, why }) {
    for (const column of columns) {
      const rupiah = column.measure === 'Rp' ? rupiahRole(column.role) : undefined;
      if (rupiah) setRole(column, rupiah, this, why);
    }
  },
};
