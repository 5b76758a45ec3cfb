/** The year a workbook's report is about, from its tables. */
import type { WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';

/** The table's year, or the year of its target column (`Tahun 2023` over Target | Realisasi). */
export function yearOf(table: DetectedTable): number | undefined {
  return table.year ?? table.columns.find((column) => column.role === 'target')?.year;
}

/** The year most tables are about; else one in a sheet name; else this year. */
export function reportYear(tables: DetectedTable[], model: WorkbookModel): number {
  const counts = new Map<number, number>();
  for (const table of tables) {
    const year = yearOf(table);
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    if (
      best === undefined ||
      count > counts.get(best)! ||
      (count === counts.get(best)! && year > best)
    ) {
      best = year;
    }
  }
  if (best !== undefined) return best;
  for (const sheet of model.sheets) {
    const match = /(?<!\d)(20\d\d)(?!\d)/.exec(sheet.name);
    if (match) return Number(match[1]);
  }
  return new Date().getFullYear();
}
