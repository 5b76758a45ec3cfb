/**
 * A leaf that says nothing known (`Klakah`, `2023`, `SD JUNI`, `I`, `%`) takes its meaning from
 * the group cells above it, the nearest first.
 */
import { roleOfText } from '../lexicon';
import type { HeaderRule } from '../rule';

const QUARTER = /^(?:tw|triwulan|trwl|tw\.)?\s*(i{1,3}|iv|[1-4])$/;

export const headerGroup: HeaderRule = {
  id: 'kata-kelompok',
  description:
    'Kolom yang judulnya sendiri tidak dikenal mengambil arti dari judul kelompok di atasnya ' +
    '(Triwulan / I, Anggaran / %, Realisasi / Klakah).',
  apply({ parts, leaf, groups }) {
    const inGroup = (pattern: RegExp) => groups.some((group) => pattern.test(group));
    const unit = parts[parts.length - 1].trim();
    if (QUARTER.test(leaf) && inGroup(/\b(?:triwulan|tw)\b/)) return { role: 'triwulan', unit };
    if (leaf === '%' && inGroup(/\b(?:anggaran|total|belanja|serapan|pagu|realisasi)\b/)) {
      return { role: 'serapan' };
    }
    for (let i = groups.length - 1; i >= 0; i--) {
      const groupRole = roleOfText(groups[i]);
      if (groupRole === 'lain') continue;
      // A unit under REALISASI (`Rp`) is what is measured, not a unit of government.
      if (groupRole === 'realisasi' && !/^\d+$/.test(leaf) && leaf !== 'rp') {
        return { role: 'realisasi-unit', unit };
      }
      return { role: groupRole };
    }
    return undefined;
  },
};
