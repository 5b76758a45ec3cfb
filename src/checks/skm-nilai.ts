import type { Check } from './check';
import { finding } from './check';
import { answerSources } from './olah-skm-rows';
import { toA1 } from '../workbook/model';

/** Cells a message names before it says "…". */
const LISTED = 3;

export const rule: Check = {
  id: 'skm-nilai',
  title: 'Jawaban survei di luar 1–4',
  severity: 'error',
  description:
    'Jawaban SKM yang bukan bilangan bulat 1–4 (0, 5, 3,5, teks): dilaporkan per unsur, tidak pernah dipotong atau dibulatkan.',
  check(context) {
    return answerSources(context).flatMap(({ sheet, columns }) =>
      columns.flatMap(({ label, invalid }) => {
        if (invalid.length === 0) return [];
        const listed = invalid
          .slice(0, LISTED)
          .map((cell) => `${cell.reading.shown} di ${toA1(cell.row, cell.col)}`)
          .join(', ');
        const more = invalid.length > LISTED ? ', …' : '';
        const likert = invalid.some((cell) => cell.reading.value === 5)
          ? '; kuesioner 1–5? PermenPAN-RB 14/2017 memakai 1–4'
          : '';
        const first = invalid[0];
        return [
          finding(
            rule,
            context.at(sheet, first.row, first.col),
            `${label}: ${invalid.length} jawaban di luar 1–4 (${listed}${more})${likert}; NRR unsur ini tidak dihitung ulang`,
            '1–4',
            first.reading.value ?? first.reading.shown,
          ),
        ];
      }),
    );
  },
};
