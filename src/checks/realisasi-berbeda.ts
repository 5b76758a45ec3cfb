import type { Check } from './check';
import { conflictFindings } from './cross-table';

export const rule: Check = {
  id: 'realisasi-berbeda',
  severity: 'warning',
  description:
    'Indikator yang sama (dan tahun yang sama) memiliki realisasi berbeda di dua tabel (termasuk hasil penghitungan).',
  check(context) {
    return conflictFindings(context, rule, 'realisasi');
  },
};
