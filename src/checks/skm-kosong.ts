import type { Check } from './check';
import { finding } from './check';
import { answerSources, listed, shownNrr } from './olah-skm-rows';
import { toA1 } from '../workbook/model';

export const rule: Check = {
  id: 'skm-kosong',
  title: 'Jawaban survei kosong',
  severity: 'warning',
  description:
    'Jawaban SKM yang kosong pada baris responden: disebut jumlahnya, dan NRR unsur itu dihitung atas jawaban yang terisi (bukan dibagi seluruh responden).',
  check(context) {
    return answerSources(context).flatMap(({ sheet, respondents, columns }) =>
      columns.flatMap(({ label, blank, jumlah, terisi, invalid }) => {
        if (blank.length === 0) return [];
        const cells = listed(blank, (cell) => toA1(cell.row, cell.col));
        const nrr =
          invalid.length === 0 && terisi > 0
            ? `; NRR dihitung atas ${terisi} jawaban terisi: ${jumlah} / ${terisi} = ${shownNrr(jumlah / terisi)}`
            : '';
        const first = blank[0];
        return [
          finding(
            rule,
            context.at(sheet, first.row, first.col),
            `${label}: ${blank.length} jawaban kosong (${cells}) dari ${respondents} responden${nrr}`,
          ),
        ];
      }),
    );
  },
};
