import type { KindRule } from '../rule';

export const skm: KindRule = {
  id: 'tabel-jawaban-skm',
  kind: 'skm',
  description:
    'Sembilan kolom unsur SKM (U1–U9, masing-masing satu kolom): jawaban responden Survei ' +
    'Kepuasan Masyarakat, satu baris per responden.',
  apply: ({ count }) => count('unsur-skm') === 9,
};
