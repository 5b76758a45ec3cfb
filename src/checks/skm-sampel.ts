import { sampelMinimum } from '../core/skm';
import type { Check } from './check';
import { finding } from './check';

export const rule: Check = {
  id: 'skm-sampel',
  severity: 'warning',
  description:
    'Jumlah responden SKM kurang dari sampel minimum Krejcie–Morgan untuk populasi yang dinyatakan workbook (PermenPAN-RB 14/2017).',
  check(context) {
    const populasi = context.facts.populasiSkm;
    const value = populasi?.reading.value;
    if (!populasi || value == null || !Number.isInteger(value) || value < 1) return [];
    const minimum = sampelMinimum(value);
    return context.facts.olahSkm.flatMap((olah) => {
      const count = olah.respondents.length;
      if (count === 0 || count >= minimum) return [];
      return [
        finding(
          rule,
          context.at(populasi.sheet, populasi.row, populasi.col),
          `${count} responden di lembar ${olah.sheet.name}, kurang dari sampel minimum Krejcie–Morgan ${minimum} untuk populasi ${populasi.reading.shown}`,
          minimum,
          count,
        ),
      ];
    });
  },
};
