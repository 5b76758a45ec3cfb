import type { Check } from './check';
import { finding } from './check';
import type { Finding } from './finding';

export const rule: Check = {
  id: 'sel-error',
  severity: 'error',
  description: 'Nilai galat Excel (#REF!, #DIV/0!, #VALUE!, #N/A …) di dalam tabel.',
  check(context) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const table of context.tables) {
      const sheet = context.sheet(table.sheet);
      const { top, bottom, left, right } = table.range;
      for (let row = top; row <= bottom; row++) {
        for (let col = left; col <= right; col++) {
          const cell = sheet.getCell(row, col);
          if (cell?.error === undefined) continue;
          const at = context.at(sheet, row, col);
          const key = `${at.sheet}!${at.cell}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const formula = cell.formula === undefined ? '' : ` dari rumus =${cell.formula}`;
          findings.push(
            finding(
              rule,
              at,
              `Sel berisi galat Excel ${cell.error}${formula}`,
              undefined,
              cell.error,
            ),
          );
        }
      }
    }
    return findings;
  },
};
