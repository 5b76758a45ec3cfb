import type { KindRule } from '../rule';

export const anggaran: KindRule = {
  id: 'tabel-anggaran',
  kind: 'anggaran',
  description:
    'Pagu bersama realisasi anggaran, program, uraian, kode atau serapan: tabel anggaran.',
  apply: ({ has }) =>
    has('pagu') && has('realisasi-anggaran', 'program', 'uraian', 'kode', 'serapan'),
};
