import type { Check } from './check';
import { finding } from './check';
import { answerSources, listed } from './olah-skm-rows';
import { toA1 } from '../workbook/model';

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
        const cells = listed(
          invalid,
          (cell) => `${cell.reading.shown} di ${toA1(cell.row, cell.col)}`,
        );
        const likert = invalid.some((cell) => cell.reading.value === 5)
          ? '; kuesioner 1–5? PermenPAN-RB 14/2017 memakai 1–4'
          : '';
        const first = invalid[0];
        return [
          finding(
            rule,
            context.at(sheet, first.row, first.col),
            `${label}: ${invalid.length} jawaban di luar 1–4 (${cells})${likert}; NRR unsur ini tidak dihitung ulang`,
            '1–4',
            first.reading.value ?? first.reading.shown,
          ),
        ];
      }),
    );
  },
};
