import type { KindRule } from '../rule';
import type { ColumnRole, TableColumn } from '../../table-types';

export const multiTahun: KindRule = {
  id: 'tabel-multi-tahun',
  kind: 'multi-tahun',
  description:
    'Target dan realisasi untuk dua tahun atau lebih, atau capaian indikator untuk dua tahun atau ' +
    'lebih (capaian_tahun_2018, capaian_tahun_2019): tabel capaian multi-tahun.',
  apply: ({ columns, has }) =>
    (yearsOf(columns, 'target', 'realisasi') >= 2 && has('target') && has('realisasi')) ||
    (yearsOf(columns, 'capaian') >= 2 && has('indikator')),
};

/** How many years the columns of these roles state. */
function yearsOf(columns: readonly TableColumn[], ...roles: ColumnRole[]): number {
  const years = columns
    .filter((column) => column.year !== undefined && roles.includes(column.role))
    .map((column) => column.year);
  return new Set(years).size;
}
