import type { Check } from './check';
import { finding } from './check';
import { tableErrors } from './template-rows';

export const rule: Check = {
  id: 'sel-error',
  title: 'Sel berisi galat Excel',
  severity: 'error',
  description:
    'Nilai galat Excel (#REF!, #DIV/0!, #VALUE!, #N/A …) di dalam tabel, pada baris yang sudah diisi.',
  check(context) {
    return tableErrors(context).filled.map(({ sheet, row, col, error, formula }) =>
      finding(
        rule,
        context.at(sheet, row, col),
        `Sel berisi galat Excel ${error}${formula === undefined ? '' : ` dari rumus =${formula}`}`,
        undefined,
        error,
      ),
    );
  },
};
