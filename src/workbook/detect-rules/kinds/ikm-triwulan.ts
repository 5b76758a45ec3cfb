import type { KindRule } from '../rule';

export const ikmTriwulan: KindRule = {
  id: 'tabel-ikm-triwulan',
  kind: 'ikm-triwulan',
  description: 'Dua kolom triwulan atau lebih, atau triwulan bersama nilai IKM: IKM per triwulan.',
  apply: ({ count, has }) => count('triwulan') >= 2 || (count('triwulan') > 0 && has('ikm')),
};
