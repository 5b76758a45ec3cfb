import { formatAngka } from '../core/angka';
import { sampelMinimum } from '../core/skm';
import type { Check } from './check';
import { finding } from './check';
import { answerSources } from './olah-skm-rows';

export const rule: Check = {
  id: 'skm-sampel',
  title: 'Responden kurang dari sampel minimum',
  severity: 'warning',
  description:
    'Jumlah responden SKM kurang dari sampel minimum Krejcie–Morgan untuk populasi yang dinyatakan workbook (PermenPAN-RB 14/2017).',
  check(context) {
    const populasi = context.facts.surveyPopulation;
    if (!populasi) return [];
    const minimum = sampelMinimum(populasi.value);
    return answerSources(context).flatMap(({ sheet, respondents }) => {
      if (respondents === 0 || respondents >= minimum) return [];
      const { cell } = populasi;
      return [
        finding(
          rule,
          context.at(cell.sheet, cell.row, cell.col),
          `${respondents} responden di lembar ${sheet.name}, kurang dari sampel minimum Krejcie–Morgan ${minimum} untuk populasi ${formatAngka(populasi.value)}`,
          minimum,
          respondents,
        ),
      ];
    });
  },
};
