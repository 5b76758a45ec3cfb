import type { ColumnRole } from '../workbook/table-types';
import type { Check } from './check';
import { finding } from './check';
import type { Finding } from './finding';
import { forEachNumericCell } from './tables';

/**
 * Columns of an indicator's values, where words are a legitimate qualitative value ("WTP",
 * "Opini WTP", "Baik", "Tercapai"; DOMAIN §9), not a malformed number. Amounts stay numbers.
 */
const QUALITATIVE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target',
  'target-sebelum',
  'target-sesudah',
  'realisasi',
  'capaian',
  'hasil',
  'realisasi-unit',
  'target-triwulan',
  'realisasi-triwulan',
]);

export const rule: Check = {
  id: 'angka-format',
  title: 'Angka yang tidak terbaca',
  severity: 'error',
  description:
    'Teks di kolom angka yang tidak dapat dibaca sebagai angka, atau hanya dapat dibaca dengan menebak (pengelompokan ribuan tidak baku, format Inggris).',
  check(context) {
    const findings: Finding[] = [];
    forEachNumericCell(context, (sheet, row, col, reading, table) => {
      if (reading.problem === undefined || reading.raw === '') return;
      if (reading.verdict) {
        const role = table.columns.find((column) => column.col === col)?.role;
        if (role !== undefined && QUALITATIVE_ROLES.has(role)) return;
      }
      const problem = reading.problem.charAt(0).toUpperCase() + reading.problem.slice(1);
      findings.push(
        finding(
          rule,
          context.at(sheet, row, col),
          problem,
          reading.value ?? undefined,
          reading.raw,
        ),
      );
    });
    return findings;
  },
};
