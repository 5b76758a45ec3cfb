import type { Check } from './check';
import { finding } from './check';
import type { Finding } from './finding';
import { forEachNumericCell } from './tables';

export const rule: Check = {
  id: 'angka-format',
  severity: 'error',
  description:
    'Teks di kolom angka yang tidak dapat dibaca sebagai angka, atau hanya dapat dibaca dengan menebak (pengelompokan ribuan tidak baku, format Inggris).',
  check(context) {
    const findings: Finding[] = [];
    forEachNumericCell(context, (sheet, row, col, reading) => {
      if (reading.problem === undefined || reading.raw === '') return;
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
