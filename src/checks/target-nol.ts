import type { Check } from './check';
import { finding, findingsOf } from './check';
import { capaianRows } from './capaian-rows';
import { quoted } from './indicators';

export const rule: Check = {
  id: 'target-nol',
  title: 'Target nol',
  severity: 'error',
  description: 'Target 0 pada baris yang capaiannya dihitung: pembagian dengan nol (#DIV/0!).',
  check(context) {
    return findingsOf(capaianRows(context), ({ row, targetZero }) =>
      targetZero
        ? finding(
            rule,
            context.at(row.sheet, row.row, targetZero.col),
            `Target 0${row.name === '' ? '' : ` untuk ${quoted(row.name)}`}: capaian tidak dapat dihitung (#DIV/0!)`,
            undefined,
            0,
          )
        : undefined,
    );
  },
};
