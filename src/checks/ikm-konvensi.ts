import { BOBOT_SKM, mutuSkm } from '../core/skm';
import type { Check } from './check';
import { finding } from './check';
import { shownNumber } from './compare';
import { bobotSlip, ikmMatches, isRule, olahSkmHitung, readingOf } from './olah-skm-rows';

export const rule: Check = {
  id: 'ikm-konvensi',
  title: 'Bobot IKM menurut kebiasaan',
  severity: 'info',
  description:
    'IKM tabel pengolahan SKM yang dihitung dengan konvensi lain dari aturan (bobot 0,111, 0,1111 atau 0,11, atau NRR dibulatkan lebih dulu): diterima, konvensinya disebut beserta nilai menurut bobot 1/9.',
  check(context) {
    return olahSkmHitung(context).flatMap((hitung) => {
      const ikm = hitung.olah.ikm;
      if (!ikm || hitung.unknownWeight || ikm.reading.value === null) return [];
      const matches = ikmMatches(hitung, ikm.reading, context.toleransi);
      // The GASPUL slip is ikm-bobot's: the convention is then no choice of the sheet's.
      if (matches.length === 0 || matches.some(isRule) || bobotSlip(hitung, context.toleransi)) {
        return [];
      }
      const rule19 = readingOf(hitung, BOBOT_SKM[0])!.nilai;
      const mutu = mutuMoved(ikm.reading.value, rule19);
      return [
        finding(
          rule,
          context.at(hitung.olah.sheet, ikm.row, ikm.col),
          `IKM ${ikm.reading.shown} dihitung dengan ${matches[0].nama} (konvensi); menurut aturan PermenPAN-RB 14/2017 (bobot 1/9) ${shownNumber(rule19)}${mutu}`,
          expectedRule(rule19),
          ikm.reading.value,
        ),
      ];
    });
  },
};

function expectedRule(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Near an edge the convention moves the mutu (SKM.md §5: 88,35 × 0,999 = 88,26). */
function mutuMoved(stated: number, rule19: number): string {
  if (stated < 25 || stated > 100) return '';
  const [a, b] = [mutuSkm(stated), mutuSkm(rule19)];
  return a.huruf === b.huruf ? '' : `, dan mutunya ${b.huruf} (${b.kinerja}), bukan ${a.huruf}`;
}
