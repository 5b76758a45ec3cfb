import { formatAngka } from '../core/angka';
import { cents } from '../facts/budget';
import type { RenjaForm } from '../facts/renja-form';
import type { Check } from './check';
import { finding } from './check';
import type { CheckContext } from './context';
import { conflictFindings } from './cross-table';
import { quoted } from './indicators';
import type { Finding } from './finding';
import { doubleCountsOf } from './jumlah-salah';

export const rule: Check = {
  id: 'realisasi-berbeda',
  title: 'Realisasi berbeda antartabel',
  severity: 'warning',
  description:
    'Indikator yang sama (dan tahun yang sama) memiliki realisasi berbeda di dua tabel (termasuk hasil penghitungan), atau realisasi Rp yang menyalin jumlah terhitung dua kali dari formulir Renja lain.',
  check(context) {
    return conflictFindings(context, rule, 'realisasi').concat(copiedDoubleCounts(context));
  },
};

/**
 * A realisasi Rp of one quarter or the year in another Renja form (Tabel 2.2 RKPD) that states
 * the same indicator's same quantity as a double count `jumlah-salah` found, and equals its wrong
 * value: the slip copied (Cirebon RKPD!N11 typed 16.912.790 from 'renja 2026'!R60). The cell the
 * same indicator lands on is the indicators' own match across tables, never a row guess.
 */
function copiedDoubleCounts(context: CheckContext): Finding[] {
  const { facts } = context;
  return doubleCountsOf(context).flatMap((slip) => {
    const form = facts.renjaForm(slip.table);
    const slot = form && realisasiSlot(form, slip.col);
    if (slot === undefined || slip.stated.value === null) return [];
    const wrong = cents(slip.stated.value);
    const indicator = facts.indicators.model.indicators.find((candidate) =>
      candidate.mentions.some((m) => m.table === slip.table && m.row === slip.row),
    );
    const from = context.at(slip.table.sheet, slip.row, slip.col);
    return (indicator?.mentions ?? []).flatMap((mention) => {
      const other = mention.table === slip.table ? undefined : facts.renjaForm(mention.table);
      const col = other && slot(other);
      if (col === undefined) return [];
      const copy = context.amount(context.sheet(mention.table.sheet), mention.row, col);
      if (copy.value === null || cents(copy.value) !== wrong) return [];
      return [
        finding(
          rule,
          context.at(mention.table.sheet, mention.row, col),
          `Realisasi ${copy.shown} untuk ${quoted(mention.name)} sama dengan ` +
            `${from.sheet}!${from.cell}, jumlah yang menghitung rincian dua kali; ` +
            `seharusnya ${formatAngka(slip.right, copy.decimals)}`,
          slip.right,
          copy.value,
        ),
      ];
    });
  });
}

/** The realisasi Rp column `col` is on a form (a quarter or the year), as a reader of any form. */
function realisasiSlot(
  form: RenjaForm,
  col: number,
): ((other: RenjaForm) => number | undefined) | undefined {
  const quarter = form.rp.quarters.indexOf(col);
  if (quarter >= 0) return (other) => other.rp.quarters[quarter];
  if (col === form.aggregates.Rp?.year) return (other) => other.aggregates.Rp?.year;
  return undefined;
}
