import type { KindRule } from '../rule';

export const multiTahun: KindRule = {
  id: 'tabel-multi-tahun',
  kind: 'multi-tahun',
  description: 'Target dan realisasi untuk dua tahun atau lebih: tabel capaian multi-tahun.',
  apply: ({ columns, has }) => {
    const years = new Set(
      columns
        .filter(
          (column) =>
            column.year !== undefined && (column.role === 'target' || column.role === 'realisasi'),
        )
        .map((column) => column.year),
    );
    return years.size >= 2 && has('target') && has('realisasi');
  },
};
