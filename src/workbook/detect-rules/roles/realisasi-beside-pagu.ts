/** A realisasi in a table with a pagu is, unless told otherwise, the realisasi of that pagu. */
import { setRole, type HeadRule } from '../rule';

export const realisasiBesidePagu: HeadRule = {
  id: 'realisasi-samping-pagu',
  description:
    'Realisasi dalam tabel yang memiliki pagu adalah realisasi anggaran (jika ada target, ' +
    'hanya realisasi dalam kelompok judul yang sama dengan pagunya).',
  apply({ columns, why }) {
    if (!columns.some((column) => column.role === 'pagu')) return;
    const hasTarget = columns.some((column) => column.role === 'target');
    // Beside a target, a realisasi named as money by its header (`Realisasi [Rp]`, `Realisasi
    // Anggaran`) leaves the other realisasi to the kinerja (an LKPJ form's REALISASI TARGET).
    const moneyNamed =
      hasTarget &&
      columns.some(
        (column) => column.role === 'realisasi-anggaran' && column.measure === undefined,
      );
    if (moneyNamed) return;
    const paguGroups = new Set(columns.filter((c) => c.role === 'pagu').map((c) => c.group ?? ''));
    for (const column of columns) {
      const rupiahOrAny = column.measure === undefined || column.measure === 'Rp';
      if (
        column.role === 'realisasi' &&
        rupiahOrAny &&
        (!hasTarget || paguGroups.has(column.group ?? ''))
      ) {
        setRole(column, 'realisasi-anggaran', this, why);
      }
    }
  },
};
