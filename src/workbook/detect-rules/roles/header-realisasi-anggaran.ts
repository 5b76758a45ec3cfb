/** `Anggaran` / `Realisasi`: a realisasi under a money group is the budget's. */
import { roleOfText } from '../lexicon';
import type { HeaderRule } from '../rule';

export const headerRealisasiAnggaran: HeaderRule = {
  id: 'realisasi-bawah-anggaran',
  description:
    'Realisasi di bawah judul kelompok Anggaran, Keuangan, Pagu atau Belanja adalah ' +
    'realisasi anggaran.',
  apply({ leaf, groups }) {
    const underMoney = groups.some((group) => /\b(?:anggaran|keuangan|pagu|belanja)\b/.test(group));
    return underMoney && roleOfText(leaf) === 'realisasi'
      ? { role: 'realisasi-anggaran' }
      : undefined;
  },
};
