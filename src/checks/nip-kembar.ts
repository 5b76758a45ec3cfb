import type { Check } from './check';
import { finding } from './check';
import { nipCells, type NipCell } from './nip-cells';

export const rule: Check = {
  id: 'nip-kembar',
  title: 'Satu NIP untuk dua nama',
  severity: 'error',
  description: 'Satu NIP dipakai oleh dua nama berbeda di tabel SDM.',
  check(context) {
    const first = new Map<string, NipCell>();
    return nipCells(context).flatMap((nip) => {
      if (!nip.inTable || nip.numeric) return [];
      const digits = nip.text.replace(/\s+/g, '');
      const earlier = first.get(digits);
      if (!earlier) {
        first.set(digits, nip);
        return [];
      }
      if (samePerson(earlier.name, nip.name)) return [];
      const place = context.at(earlier.sheet, earlier.row, earlier.col);
      return [
        finding(
          rule,
          context.at(nip.sheet, nip.row, nip.col),
          `NIP ${nip.text} milik ${nip.name || 'baris ini'} juga dipakai oleh ${earlier.name || 'baris lain'} (${place.sheet}!${place.cell})`,
          undefined,
          nip.text,
        ),
      ];
    });
  },
};

/** Names compared without case, punctuation or academic titles after a comma. */
function samePerson(a: string, b: string): boolean {
  const key = (name: string): string =>
    name
      .split(',')[0]
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}
