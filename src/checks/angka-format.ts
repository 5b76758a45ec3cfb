import type { CellNumber } from '../workbook/cell-number';
import type { ColumnRole } from '../workbook/table-types';
import { typedNumber } from './angka-teks';
import type { Check } from './check';
import { finding, stepped } from './check';
import { numberFix } from './cell-fix';
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

export const rule: Check = stepped({
  id: 'angka-format',
  title: 'Angka yang tidak terbaca',
  severity: 'error',
  description:
    'Teks di kolom angka yang tidak dapat dibaca sebagai angka, atau hanya dapat dibaca dengan menebak (pengelompokan ribuan tidak baku, format Inggris).',
  *steps(context) {
    const findings: Finding[] = [];
    yield* forEachNumericCell(context, (sheet, row, col, reading, table) => {
      if (reading.problem === undefined || reading.raw === '') return;
      if (reading.verdict) {
        const role = table.columns.find((column) => column.col === col)?.role;
        if (role !== undefined && QUALITATIVE_ROLES.has(role)) return;
      }
      const problem = reading.problem.charAt(0).toUpperCase() + reading.problem.slice(1);
      const proposed = proposal(reading);
      const result = finding(
        rule,
        context.at(sheet, row, col),
        problem +
          (proposed === undefined
            ? '; bacaannya tidak pasti, jadi tidak ada usulan: periksa lalu ketik angka yang benar'
            : proposed.message),
        proposed?.value,
        reading.raw,
      );
      const fix = proposed && numberFix(sheet, row, col, proposed.value);
      if (fix) result.fix = [fix];
      findings.push(result);
    });
    return findings;
  },
});

/**
 * `21,276,070,424,00`: one separator throughout, groups of three, and two digits after the last
 * one. Only cents fit the last two digits, so the last separator is the decimal one; every other
 * irregular grouping (`1.23.456`, `1,234,5`) has more than one reading and gets no proposal.
 */
const CENTS_AFTER_GROUPING = /^(-?)(?:Rp\.?\s*)?(\d{1,3}(?:(?:,\d{3})+,|(?:\.\d{3})+\.)\d{2})$/i;

/** The number the text means, where only one reading fits, and the words saying so. */
function proposal(reading: CellNumber): { value: number; message: string } | undefined {
  if (reading.guessed && reading.value !== null) {
    // The reader's problem already says `dibaca sebagai …`.
    return {
      value: reading.value,
      message: `; bila benar, ketik ${typedNumber(reading.value)} sebagai angka`,
    };
  }
  const match = CENTS_AFTER_GROUPING.exec(reading.raw);
  if (!match) return undefined;
  const digits = match[2].replace(/\D/g, '');
  const value = Number(`${match[1]}${digits.slice(0, -2)}.${digits.slice(-2)}`);
  const typed = typedNumber(value);
  return {
    value,
    message: `; kemungkinan ${typed} (dua angka terakhir adalah desimal); bila benar, ketik ${typed} sebagai angka`,
  };
}
