import type { Check } from './check';
import { finding } from './check';
import type { Finding } from './finding';
import { forEachNumericCell } from './tables';

export const rule: Check = {
  id: 'angka-teks',
  severity: 'warning',
  description:
    'Angka disimpan sebagai teks di kolom angka: Excel tidak dapat menghitungnya dengan rumus.',
  check(context) {
    const findings: Finding[] = [];
    forEachNumericCell(context, (sheet, row, col, reading) => {
      if (!reading.fromText || reading.value === null || reading.problem !== undefined) return;
      findings.push(
        finding(
          rule,
          context.at(sheet, row, col),
          `Angka disimpan sebagai teks: "${reading.raw}"`,
          reading.value,
          reading.raw,
        ),
      );
    });
    return findings;
  },
};
