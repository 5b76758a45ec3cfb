import type { Check } from './check';
import { conflictFindings } from './cross-table';

export const rule: Check = {
  id: 'target-berbeda',
  title: 'Target berbeda antartabel',
  severity: 'warning',
  description:
    'Indikator yang sama (dan tahun yang sama) memiliki target berbeda di dua tabel; target sebelum/sesudah perubahan PK keduanya diterima.',
  check(context) {
    return conflictFindings(context, rule, 'target');
  },
};
