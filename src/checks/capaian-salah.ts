import type { Check } from './check';
import { finding, findingsOf } from './check';
import { capaianFormula, capaianRows } from './capaian-rows';
import { actualOf, expectedNumber, shownNumber } from './compare';

export const rule: Check = {
  id: 'capaian-salah',
  title: 'Capaian salah hitung',
  severity: 'error',
  description:
    'Capaian tertulis tidak sama dengan realisasi / target × 100 (atau rumus arah turun), dengan toleransi sesuai desimal yang tertulis.',
  check(context) {
    return findingsOf(capaianRows(context), (entry) => {
      const { group, row } = entry;
      if (entry.stated !== 'wrong' || !group.capaian) return undefined;
      // A stated verdict is one of a computed capaian.
      const computed = entry.computed as NonNullable<typeof entry.computed>;
      const stated = group.capaian.reading;
      const decimals = Math.max(2, stated.decimals);
      return finding(
        rule,
        context.at(row.sheet, row.row, group.capaian.col),
        `Capaian tertulis ${stated.shown}, seharusnya ${shownNumber(computed.value, decimals)} (${capaianFormula(entry, computed.arah)})`,
        expectedNumber(computed.value, decimals),
        actualOf(stated),
      );
    });
  },
};
