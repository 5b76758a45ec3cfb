/**
 * A pagu list by kode rekening headed only by its amount (`Jumlah (Rp)`, `Nilai (Rp)`): with no
 * other money or measure column in the table, the one rupiah amount is the pagu. Beside a pagu or
 * realisasi the same header may be either (a sum of months, a realisasi), so it is left alone.
 */
import { normalize } from '../lexicon';
import { setRole, type HeadRule } from '../rule';
import type { ColumnRole } from '../../table-types';

const AMOUNT = /^(?:jumlah|total|nilai)(?: (?:anggaran|dana|biaya))? rp$/;
const MEASURES: ReadonlySet<ColumnRole> = new Set([
  'pagu',
  'realisasi-anggaran',
  'serapan',
  'target',
  'realisasi',
  'capaian',
]);

export const amountList: HeadRule = {
  id: 'jumlah-rp',
  description:
    'Satu-satunya kolom uang "Jumlah (Rp)" dalam tabel berkode rekening atau beruraian tanpa ' +
    'kolom pagu, realisasi atau target lain adalah pagu (daftar pagu per kode rekening).',
  apply({ columns, why }) {
    if (columns.some((column) => MEASURES.has(column.role))) return;
    if (!columns.some((column) => column.role === 'kode' || column.role === 'uraian')) return;
    const amounts = columns.filter(
      (column) => column.role === 'lain' && AMOUNT.test(normalize(column.header)),
    );
    if (amounts.length === 1) setRole(amounts[0], 'pagu', this, why);
  },
};
