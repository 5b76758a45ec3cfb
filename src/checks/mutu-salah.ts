import { mutuSkm, nilaiKonversi, type MutuSkm } from '../core/skm';
import type { SkmText } from '../facts/olah-skm';
import type { Check } from './check';
import { finding } from './check';
import { shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { olahSkmHitung } from './olah-skm-rows';

export const rule: Check = {
  id: 'mutu-salah',
  title: 'Mutu pelayanan tidak sesuai nilai',
  severity: 'error',
  description:
    'Mutu pelayanan (A–D) atau kinerja unit pelayanan yang tidak sesuai tabel konversi PermenPAN-RB 14/2017 untuk IKM atau nilai konversi unsurnya (batas bawah termasuk: 88,31 adalah A, 76,61 B, 65,00 C).',
  check(context) {
    return olahSkmHitung(context).flatMap(({ olah, unsur }) => {
      const found: Finding[] = [];
      const ikm = olah.ikm?.reading.value ?? undefined;
      if (ikm !== undefined) {
        for (const cell of [olah.mutu, olah.kinerja]) {
          if (cell) found.push(...judge(context, olah.sheet.name, cell, ikm, 'IKM'));
        }
      }
      for (const u of unsur) {
        const konversi =
          u.unsur.stated.konversi?.reading.value ??
          (u.nrrBasis[0] === undefined ? undefined : nilaiKonversi(u.nrrBasis[0]));
        if (u.unsur.mutu && konversi != null) {
          found.push(
            ...judge(
              context,
              olah.sheet.name,
              u.unsur.mutu,
              konversi,
              `nilai konversi ${u.unsur.label}`,
            ),
          );
        }
      }
      return found;
    });
  },
};

const KINERJA = ['sangat baik', 'kurang baik', 'tidak baik', 'baik'];

/** The letter and the kinerja label a cell states (`A`, `Sangat Baik`, `A (Sangat Baik)`). */
function statedMutu(text: string): { huruf?: string; kinerja?: string } {
  const lower = text.toLowerCase();
  const letter = /^([a-d])\b/.exec(lower.trim());
  const words = lower
    .replace(/^[a-d]\b/, '')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    huruf: letter?.[1].toUpperCase(),
    kinerja: KINERJA.find((label) => words === label),
  };
}

function judge(
  context: CheckContext,
  sheet: string,
  cell: SkmText,
  value: number,
  what: string,
): Finding[] {
  if (value < 25 || value > 100) return [];
  const expected: MutuSkm = mutuSkm(value);
  const stated = statedMutu(cell.text);
  const letterWrong = stated.huruf !== undefined && stated.huruf !== expected.huruf;
  const kinerjaWrong =
    stated.kinerja !== undefined && stated.kinerja !== expected.kinerja.toLowerCase();
  if (!letterWrong && !kinerjaWrong) return [];
  const shouldBe =
    stated.huruf !== undefined && stated.kinerja !== undefined
      ? `${expected.huruf} (${expected.kinerja})`
      : stated.huruf !== undefined
        ? expected.huruf
        : expected.kinerja;
  return [
    finding(
      rule,
      context.at(sheet, cell.row, cell.col),
      `Mutu tertulis "${cell.text}", seharusnya ${shouldBe} (${what} ${shownNumber(value)}; A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, batas bawah termasuk)`,
      shouldBe,
      cell.text,
    ),
  ];
}
