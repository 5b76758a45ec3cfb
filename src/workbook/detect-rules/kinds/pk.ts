import type { KindRule } from '../rule';

export const pk: KindRule = {
  id: 'tabel-pk',
  kind: 'pk',
  description:
    'Target (atau target sebelum/sesudah perubahan) bersama indikator, sasaran, tujuan atau ' +
    'program: Perjanjian Kinerja.',
  apply: ({ has }) =>
    has('target', 'target-sebelum', 'target-sesudah') &&
    has('indikator', 'sasaran', 'tujuan', 'program'),
};
