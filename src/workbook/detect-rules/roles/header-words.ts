/** The column's own header text decides, by its first word in the lexicon. */
import { QUARTER_AFTER, roleOfText } from '../lexicon';
import type { HeaderRule } from '../rule';

export const headerWords: HeaderRule = {
  id: 'kata-judul',
  description: 'Kata pertama judul kolom (atau salah ketiknya yang dikenal) menentukan artinya.',
  apply({ parts, leaf }) {
    const role = roleOfText(leaf);
    if (role === 'lain') return undefined;
    if (role === 'triwulan') return { role, unit: parts[parts.length - 1].trim() };
    if (role === 'target-triwulan' || role === 'realisasi-triwulan') {
      return { role, unit: QUARTER_AFTER.exec(leaf)?.[1].toUpperCase() };
    }
    return { role };
  },
};
