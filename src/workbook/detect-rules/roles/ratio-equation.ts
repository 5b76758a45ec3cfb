/**
 * Where a numbering row states the capaian (`15 = 14 / 6 x 100`), its operands are the realisasi
 * and the target the capaian compares; other columns of those roles become `lain`, so checks do
 * not pair the wrong target with a realisasi.
 */
import { ratioOperands } from '../../detect-kind';
import type { ColumnRole } from '../../table-types';
import { setRole, type HeadRule } from '../rule';

export const ratioEquation: HeadRule = {
  id: 'persamaan-rasio',
  description:
    'Persamaan capaian atau serapan di baris nomor kolom (15 = 14 / 6 x 100) menunjuk ' +
    'realisasi dan target (atau pagu) yang dibandingkan; kolom lain berperan sama menjadi "lain".',
  apply({ columns, equations, why }) {
    const byCol = new Map(columns.map((column) => [column.col, column]));
    for (const equation of equations) {
      const result = byCol.get(equation.resultCol);
      const ratio = ratioOperands(equation.expression);
      if (!result || !ratio) continue;
      const pair: [ColumnRole, ColumnRole] | undefined =
        result.role === 'capaian'
          ? ['realisasi', 'target']
          : result.role === 'serapan'
            ? ['realisasi-anggaran', 'pagu']
            : undefined;
      const numerator = byCol.get(ratio[0]);
      const denominator = byCol.get(ratio[1]);
      if (!pair || !numerator || !denominator) continue;
      for (const column of columns) {
        if (column.measure !== result.measure) continue;
        if (column.role === pair[0] && column !== numerator) setRole(column, 'lain', this, why);
        if (column.role === pair[1] && column !== denominator) setRole(column, 'lain', this, why);
      }
      setRole(numerator, pair[0], this, why);
      setRole(denominator, pair[1], this, why);
    }
  },
};
