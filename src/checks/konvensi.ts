/**
 * Stated numbers that follow a convention found in practice rather than the rule (DOMAIN
 * section 9): the IKM with weight 0,111 or 0,11 instead of 1/9, and a lower-is-better capaian
 * written target / realisasi × 100 ("tren negatif"). Worth a look, not an error.
 */
import { capaian, capaianTrenNegatif } from '../core/capaian';
import { valueOf } from '../core/penghitungan';
import type { Check } from './check';
import { finding } from './check';
import { capaianFormula, capaianRows } from './capaian-rows';
import { actualOf, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { ikmConvention, penghitunganRows } from './hitung-salah';

export const rule: Check = {
  id: 'konvensi',
  severity: 'info',
  description:
    'Angka tertulis mengikuti konvensi yang lazim, bukan rumus baku: bobot IKM 0,111 atau 0,11 (aturannya 1/9), atau capaian "tren negatif" target / realisasi × 100 (aturannya (2 × target − realisasi) / target × 100).',
  check(context) {
    return [...trenNegatif(context), ...bobotIkm(context)];
  },
};

function trenNegatif(context: CheckContext): Finding[] {
  return capaianRows(context).flatMap((entry) => {
    const { computed, group, row } = entry;
    if (!computed || computed.stated !== 'tren-negatif' || !group.capaian) return [];
    const stated = group.capaian.reading;
    const rule2 = capaian(computed.target, computed.realisasi, 'turun');
    const convention = capaianTrenNegatif(computed.target, computed.realisasi);
    const arah = computed.arahStated
      ? ''
      : `; arah indikator tidak dinyatakan, dengan arah naik capaiannya ${shownNumber(computed.value)}`;
    return [
      finding(
        rule,
        context.at(row.sheet, row.row, group.capaian.col),
        `Capaian tertulis ${stated.shown} memakai konvensi "tren negatif" target / realisasi × 100 ` +
          `(${capaianFormula(entry, 'tren-negatif')} = ${shownNumber(convention)}); rumus arah turun ` +
          `(2 × target − realisasi) / target × 100 memberi ${shownNumber(rule2)}${arah}`,
        expectedNumber(rule2),
        actualOf(stated),
      ),
    ];
  });
}

function bobotIkm(context: CheckContext): Finding[] {
  return penghitunganRows(context).flatMap(({ sheet, row, steps }) =>
    steps.slice(1).flatMap((after, i) => {
      const before = steps[i];
      const convention = ikmConvention(before, after, context.toleransi);
      if (!convention) return [];
      const { written, other, value } = convention;
      const exact = valueOf(before.expr);
      return [
        finding(
          rule,
          context.at(sheet, row, after.col),
          `Hasil ${after.text} mengikuti bobot IKM ${other.text}, bukan ${written.text} yang tertulis ` +
            `(${before.text} = ${shownNumber(exact, 3)}; dengan bobot ${other.text} ${shownNumber(value, 3)}). ` +
            `PermenPAN-RB 14/2017 memakai 1/9; bobot 0,111 atau 0,11 adalah konvensi yang lazim`,
          expectedNumber(exact, 3),
          valueOf(after.expr),
        ),
      ];
    }),
  );
}
