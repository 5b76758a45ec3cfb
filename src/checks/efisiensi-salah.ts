import { efisiensi } from '../core/capaian';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, agrees, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import { indicators, rowsByIndicator } from './indicators';
import type { CellNumber } from '../workbook/cell-number';
import { columnOf } from './tables';

export const rule: Check = {
  id: 'efisiensi-salah',
  title: 'Efisiensi salah hitung',
  severity: 'error',
  description:
    'Efisiensi tertulis tidak sama dengan capaian kinerja − capaian anggaran (serapan), dalam poin persen.',
  check(context) {
    return context.tables.flatMap((table) => {
      const kinerja = columnOf(table, 'capaian-kinerja');
      const anggaran = columnOf(table, 'capaian-anggaran');
      const stated = columnOf(table, 'efisiensi');
      if (!kinerja || !anggaran || !stated) return [];
      // The indicator nearest the numbers (Indikator Program rather than Indikator Sasaran).
      const nameCols = table.columns.filter((c) => c.role === 'indikator').reverse();
      const sheet = context.sheet(table.sheet);
      return table.dataRows.flatMap((row) => {
        const ck = context.number(sheet, row, kinerja.col);
        const ca = context.number(sheet, row, anggaran.col);
        const ef = context.number(sheet, row, stated.col);
        if (ck.value === null || ca.value === null || ef.empty || (ef.value === null && !ef.nil))
          return [];
        const computed = efisiensi(ck.value, ca.value);
        if (agrees(ef, computed, context.toleransi)) return [];
        const name =
          nameCols.map((c) => context.text(sheet, row, c.col)).find((text) => text !== '') ?? '';
        return [
          finding(
            rule,
            context.at(sheet, row, stated.col),
            `Efisiensi tertulis ${ef.shown}, seharusnya ${shownNumber(computed)} (${ck.shown} − ${ca.shown})` +
              targetHint(context, name, ck),
            expectedNumber(computed),
            actualOf(ef),
          ),
        ];
      });
    });
  },
};

/** A capaian kinerja that is really the indicator's target is a common slip: say so. */
function targetHint(context: CheckContext, name: string, capaianKinerja: CellNumber): string {
  if (name === '' || capaianKinerja.value === null) return '';
  const value = capaianKinerja.value;
  const indicator = indicators(context).find(name);
  const rows = indicator ? (rowsByIndicator(context).get(indicator) ?? []) : [];
  const isTarget = rows.some((row) =>
    row.groups.some(
      (group) => group.target?.reading.value === value && group.realisasi?.reading.value !== value,
    ),
  );
  return isTarget ? `; ${capaianKinerja.shown} adalah target indikator ini, bukan capaiannya` : '';
}
