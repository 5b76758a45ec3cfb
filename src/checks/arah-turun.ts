import { capaian } from '../core/capaian';
import type { Check } from './check';
import { finding } from './check';
import { capaianFormula, capaianRows } from './capaian-rows';
import { actualOf, expectedNumber, shownNumber } from './compare';

export const rule: Check = {
  id: 'arah-turun',
  severity: 'info',
  description:
    'Capaian tertulis cocok dengan rumus "makin rendah makin baik" padahal arah indikator tidak dinyatakan (kolom Arah/Polaritas).',
  check(context) {
    return capaianRows(context).flatMap((entry) => {
      const { computed, group, row } = entry;
      if (!computed || computed.stated !== 'turun' || !group.capaian) return [];
      const stated = group.capaian.reading;
      const turun = capaian(computed.target, computed.realisasi, 'turun');
      return [
        finding(
          rule,
          context.at(row.sheet, row.row, group.capaian.col),
          `Capaian tertulis ${stated.shown} memakai rumus arah turun (${capaianFormula(entry, 'turun')} = ${shownNumber(turun)}); ` +
            `arah indikator tidak dinyatakan, dengan arah naik capaiannya ${shownNumber(computed.value)}. Isi kolom Arah bila memang turun`,
          expectedNumber(computed.value),
          actualOf(stated),
        ),
      ];
    });
  },
};
