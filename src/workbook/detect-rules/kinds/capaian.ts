import type { KindRule } from '../rule';

export const capaian: KindRule = {
  id: 'tabel-capaian',
  kind: 'capaian',
  description:
    'Target dan realisasi bersama capaian atau kolom yang menamai baris (indikator, sasaran, ' +
    'tujuan, program): tabel capaian.',
  apply: ({ has }) =>
    has('target') &&
    has('realisasi') &&
    (has('indikator', 'sasaran', 'tujuan', 'program') || has('capaian')),
};
