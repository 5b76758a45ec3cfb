import type { Check } from './check';
import { finding, findingsOf } from './check';
import { capaianRows } from './capaian-rows';
import { quoted } from './indicators';

export const rule: Check = {
  id: 'nilai-kosong',
  title: 'Target atau realisasi kosong',
  severity: 'error',
  description:
    'Baris indikator tanpa target atau tanpa realisasi, sehingga capaiannya tidak dapat dihitung.',
  check(context) {
    return findingsOf(capaianRows(context), ({ row, missing }) => {
      if (!missing) return undefined;
      const what = missing.field === 'target' ? 'Target' : 'Realisasi';
      const name = row.name === '' ? '' : ` indikator ${quoted(row.name)}`;
      return finding(
        rule,
        context.at(row.sheet, row.row, missing.col),
        `${what} kosong${name}: capaian tidak dapat dihitung`,
      );
    });
  },
};
