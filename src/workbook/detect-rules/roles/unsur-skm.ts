/**
 * An SKM unsur column: its header names one of the nine unsur (`U1`, `U3 Waktu Penyelesaian`,
 * `Sarana dan Prasarana`), or numbers it under an `Unsur` group (`Unsur Pelayanan / 3`).
 */
import { unsurOfHeader } from '../lexicon';
import type { HeaderRule } from '../rule';

export const unsurSkm: HeaderRule = {
  id: 'unsur-skm',
  description:
    'Judul kolom yang menyebut salah satu dari sembilan unsur SKM (nama unsurnya, atau U1–U9 ' +
    'tanpa nama menurut urutan kuesioner) adalah kolom jawaban unsur itu.',
  apply({ normal, leaf, groups }) {
    const unsur =
      unsurOfHeader(normal.join(' ')) ??
      (/^[1-9]$/.test(leaf) && groups.some((group) => /^unsur\b/.test(group))
        ? Number(leaf)
        : undefined);
    return unsur === undefined ? undefined : { role: 'unsur-skm', unsur };
  },
};
