import type { Check } from './check';
import { finding } from './check';
import { shownNumber } from './compare';
import { bobotSlip, olahSkmHitung, readingOf, shownNrr } from './olah-skm-rows';
import { toA1 } from '../workbook/model';

export const rule: Check = {
  id: 'ikm-bobot',
  title: 'Bobot IKM berbeda dari yang dinyatakan',
  severity: 'error',
  description:
    'Tabel pengolahan SKM yang menyatakan satu bobot (keterangan "x 0,111", "Bobot = 1/9 = 0,1111") tetapi menerapkan bobot lain pada sel NRR tertimbang atau IKM-nya (0,11 untuk 0,1111).',
  check(context) {
    return olahSkmHitung(context).flatMap((hitung) => {
      const slip = bobotSlip(hitung, context.toleransi);
      const bobot = hitung.olah.bobot;
      if (!slip || !bobot) return [];
      const stated = slip.stated.map((b) => b.teks).join(' = ');
      const example = slip.example
        ? ` (${slip.example.label}: ${shownNrr(slip.example.nrr)} × ${slip.applied.teks} = ${slip.example.shown}; dengan ${slip.stated[slip.stated.length - 1].teks}: ${shownNrr(slip.example.withStated)})`
        : '';
      const ikm = hitung.olah.ikm;
      const intended = readingOf(hitung, slip.stated[0]);
      const result =
        ikm && intended
          ? `; IKM tertulis ${ikm.reading.shown}, dengan bobot yang dinyatakan ${shownNumber(intended.nilai)}`
          : '';
      return [
        finding(
          rule,
          context.at(hitung.olah.sheet, slip.at.row, slip.at.col),
          `Keterangan di ${toA1(bobot.row, bobot.col)} menyatakan bobot ${stated}, tetapi yang diterapkan ${slip.applied.teks}${example}${result}`,
          stated,
          slip.applied.teks,
        ),
      ];
    });
  },
};
