import { normalizeGolongan, pangkatForGolongan, pangkatMatchesGolongan } from '../core/pangkat';
import type { Check } from './check';
import { finding } from './check';
import { columnOf } from './tables';

export const rule: Check = {
  id: 'pangkat-golongan',
  title: 'Pangkat tidak sesuai golongan',
  severity: 'error',
  description:
    'Pangkat tidak sesuai golongan (misalnya "Pengatur Muda" dengan II/b, yang seharusnya Pengatur Muda Tingkat I).',
  check(context) {
    return context.tables.flatMap((table) => {
      const pangkat = columnOf(table, 'pangkat');
      if (table.kind !== 'sdm' || !pangkat) return [];
      const golonganCol = columnOf(table, 'golongan')?.col;
      const sheet = context.sheet(table.sheet);
      return table.dataRows.flatMap((row) => {
        const pangkatText = context.text(sheet, row, pangkat.col);
        // Without a Gol column, the golongan is often written beside the pangkat: `Penata (III/c)`.
        const golonganText =
          golonganCol === undefined ? pangkatText : context.text(sheet, row, golonganCol);
        const expected = pangkatForGolongan(golonganText);
        if (
          pangkatText === '' ||
          expected === undefined ||
          pangkatMatchesGolongan(pangkatText, golonganText)
        )
          return [];
        return [
          finding(
            rule,
            context.at(sheet, row, pangkat.col),
            `Pangkat "${pangkatText}" tidak sesuai golongan ${normalizeGolongan(golonganText) ?? golonganText} (seharusnya ${expected})`,
            expected,
            pangkatText,
          ),
        ];
      });
    });
  },
};
