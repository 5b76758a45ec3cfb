import { BOBOT_SKM } from '../core/skm';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, expectedNumber, shownNumber } from './compare';
import { ikmMatches, olahSkmHitung, readingOf } from './olah-skm-rows';

export const rule: Check = {
  id: 'ikm-salah',
  title: 'IKM salah hitung',
  severity: 'error',
  description:
    'IKM tabel pengolahan SKM yang tidak cocok dengan bacaan mana pun yang diterima: Σ NRR × bobot × 25 dengan bobot 1/9 (aturan), 0,1111, 0,111 atau 0,11, atau 0,111 dengan NRR dibulatkan lebih dulu.',
  check(context) {
    return olahSkmHitung(context).flatMap((hitung) => {
      const ikm = hitung.olah.ikm;
      if (!ikm || hitung.unknownWeight || hitung.readings.length === 0) return [];
      if (ikmMatches(hitung, ikm.reading, context.toleransi).length > 0) return [];
      const decimals = Math.max(2, ikm.reading.decimals);
      const rule19 = readingOf(hitung, BOBOT_SKM[0])!;
      const others = BOBOT_SKM.slice(1)
        .map((bobot) => `${bobot.teks}: ${shownNumber(readingOf(hitung, bobot)!.nilai, decimals)}`)
        .join('; ');
      return [
        finding(
          rule,
          context.at(hitung.olah.sheet, ikm.row, ikm.col),
          `IKM tertulis ${ikm.reading.shown}, seharusnya ${shownNumber(rule19.nilai, decimals)} (Σ NRR × 1/9 × 25); tidak cocok juga dengan bobot lain (${others})`,
          expectedNumber(rule19.nilai, decimals),
          actualOf(ikm.reading),
        ),
      ];
    });
  },
};
