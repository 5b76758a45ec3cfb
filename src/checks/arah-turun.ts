import { capaian, capaianTrenNegatif } from '../core/capaian';
import type { Check } from './check';
import { finding, findingsOf } from './check';
import { capaianFormula, capaianRows, numbersOf, type CapaianRow } from './capaian-rows';
import { actualOf, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { ValueCell } from './indicators';

export const rule: Check = {
  id: 'arah-turun',
  title: 'Arah indikator belum jelas',
  severity: 'info',
  description:
    'Capaian tertulis cocok dengan rumus "makin rendah makin baik" padahal arah indikator tidak dinyatakan (kolom Arah/Polaritas), atau mengikuti konvensi "tren negatif" target / realisasi × 100 pada indikator arah turun.',
  check(context) {
    return findingsOf(capaianRows(context), (entry) => {
      const { group, row } = entry;
      if ((entry.stated !== 'turun' && entry.stated !== 'tren-negatif') || !group.capaian)
        return undefined;
      // A stated verdict is one of a computed capaian.
      const computed = entry.computed as NonNullable<typeof entry.computed>;
      if (computed.stated === 'tren-negatif')
        return trenNegatif(context, entry, computed, group.capaian);
      const stated = group.capaian.reading;
      const turun = capaian(...numbersOf(entry), 'turun');
      return finding(
        rule,
        context.at(row.sheet, row.row, group.capaian.col),
        `Capaian tertulis ${stated.shown} memakai rumus arah turun (${capaianFormula(entry, 'turun')} = ${shownNumber(turun)}); ` +
          `arah indikator tidak dinyatakan, dengan arah naik capaiannya ${shownNumber(computed.value)}. Isi kolom Arah bila memang turun`,
        expectedNumber(computed.value),
        actualOf(stated),
      );
    });
  },
};

/**
 * A capaian written T / R × 100 ("tren negatif", DOMAIN section 9) on a lower-is-better or
 * arah-less indicator: a convention named at info level, with the rule's value beside it.
 */
function trenNegatif(
  context: CheckContext,
  entry: CapaianRow,
  computed: NonNullable<CapaianRow['computed']>,
  cell: ValueCell,
): Finding {
  const stated = cell.reading;
  const [target, realisasi] = numbersOf(entry);
  const turun = capaian(target, realisasi, 'turun');
  const convention = capaianTrenNegatif(target, realisasi);
  const arah = computed.arahStated
    ? ''
    : `; arah indikator tidak dinyatakan, dengan arah naik capaiannya ${shownNumber(computed.value)}`;
  return finding(
    rule,
    context.at(entry.row.sheet, entry.row.row, cell.col),
    `Capaian tertulis ${stated.shown} memakai konvensi "tren negatif" target / realisasi × 100 ` +
      `(${capaianFormula(entry, 'tren-negatif')} = ${shownNumber(convention)}); rumus arah turun ` +
      `(2 × target − realisasi) / target × 100 memberi ${shownNumber(turun)}${arah}`,
    expectedNumber(turun),
    actualOf(stated),
  );
}
