import type { KindRule } from '../rule';

export const efisiensi: KindRule = {
  id: 'tabel-efisiensi',
  kind: 'efisiensi',
  description: 'Kolom efisiensi, atau capaian kinerja bersama capaian anggaran: tabel efisiensi.',
  apply: ({ has }) => has('efisiensi') || (has('capaian-kinerja') && has('capaian-anggaran')),
};
