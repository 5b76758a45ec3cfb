import type { KindRule } from '../rule';

export const perbandinganPd: KindRule = {
  id: 'tabel-perbandingan-pd',
  kind: 'perbandingan-pd',
  description: 'Dua kolom realisasi unit atau lebih: perbandingan antar perangkat daerah.',
  apply: ({ count }) => count('realisasi-unit') >= 2,
};
