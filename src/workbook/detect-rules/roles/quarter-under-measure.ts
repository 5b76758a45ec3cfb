/**
 * `Realisasi` over `TW I | TW II | TW III | TW IV`: each quarter is that measure's, as
 * `Realisasi TW I` written in one cell would be, not a quarter's IKM value.
 */
import { QUARTER_NAMED, roleOfText } from '../lexicon';
import type { HeaderRule } from '../rule';

export const quarterUnderMeasure: HeaderRule = {
  id: 'triwulan-bawah-ukuran',
  description:
    'Kolom triwulan (TW I … TW IV) di bawah kelompok Target atau Realisasi adalah target atau realisasi triwulan itu.',
  apply({ parts, leaf, groups }) {
    if (!QUARTER_NAMED.test(leaf)) return undefined;
    const unit = parts[parts.length - 1].trim();
    for (let i = groups.length - 1; i >= 0; i--) {
      const role = roleOfText(groups[i]);
      if (role === 'target') return { role: 'target-triwulan', unit };
      if (role === 'realisasi') return { role: 'realisasi-triwulan', unit };
    }
    return undefined;
  },
};
