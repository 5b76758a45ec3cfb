import type { KindRule } from '../rule';

export const penghitungan: KindRule = {
  id: 'tabel-penghitungan',
  kind: 'penghitungan',
  description: 'Kolom formulasi bersama penghitungan atau hasil: tabel penghitungan.',
  apply: ({ has }) => has('formulasi') && has('penghitungan', 'hasil'),
};
