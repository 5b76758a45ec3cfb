/**
 * A rupiah mark (`[Rp]`, `(Rp)`, `Rp.`) beside the word that names the column: an LKPJ form puts
 * REALISASI TARGET and REALISASI [Rp] in one table. (A bare `Rp` sub-header under a group is a
 * form's measure, settled by satuan-rp with the others.)
 */
import { roleOfText } from '../lexicon';
import type { HeaderRule } from '../rule';
import { rupiahRole } from './rupiah-measure';

export const headerRupiah: HeaderRule = {
  id: 'judul-rp',
  description:
    'Judul target, realisasi atau capaian bertanda Rp ("Realisasi [Rp]") berarti pagu, ' +
    'realisasi anggaran atau serapan.',
  apply({ leaf }) {
    const role = /\brp\b/.test(leaf) ? rupiahRole(roleOfText(leaf)) : undefined;
    return role && { role };
  },
};
