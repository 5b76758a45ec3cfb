import type { DetectedTable, TableColumn } from '../workbook/table-types';
import type { Check } from './check';
import { finding } from './check';
import type { CheckContext } from './context';
import type { Finding } from './finding';

export const rule: Check = {
  id: 'tahun-kembar',
  title: 'Dua tahun berangka sama',
  severity: 'info',
  description:
    'Dua tahun dengan target dan realisasi yang sama persis untuk semua indikator (kemungkinan salin-tempel).',
  check(context) {
    const findings: Finding[] = [];
    for (const table of context.tables) {
      const years = yearColumns(table);
      const list = [...years.keys()].sort((a, b) => a - b);
      for (let later = 1; later < list.length; later++) {
        const earlier = list
          .slice(0, later)
          .find((year) =>
            identical(context, table, years.get(year) ?? [], years.get(list[later]) ?? []),
          );
        if (earlier === undefined) continue;
        const columns = years.get(list[later]) ?? [];
        const firstCol = Math.min(...columns.map((c) => c.col));
        findings.push(
          finding(
            rule,
            context.at(table.sheet, table.headerRows[0] ?? table.range.top, firstCol),
            `Target dan realisasi tahun ${list[later]} sama persis dengan tahun ${earlier} untuk semua indikator: kemungkinan salin-tempel`,
            undefined,
            list[later],
          ),
        );
      }
    }
    return findings;
  },
};

/** Target and realisasi columns of each year of a table that spans several years. */
function yearColumns(table: DetectedTable): Map<number, TableColumn[]> {
  const years = new Map<number, TableColumn[]>();
  for (const column of table.columns) {
    if (column.year === undefined || (column.role !== 'target' && column.role !== 'realisasi'))
      continue;
    const list = years.get(column.year) ?? [];
    list.push(column);
    years.set(column.year, list);
  }
  return years;
}

/** Same roles, and on every data row the same numbers (at least one row holding some). */
function identical(
  context: CheckContext,
  table: DetectedTable,
  a: TableColumn[],
  b: TableColumn[],
): boolean {
  const roles = (cols: TableColumn[]): string =>
    cols
      .map((c) => c.role)
      .sort()
      .join();
  if (roles(a) !== roles(b)) return false;
  const sheet = context.sheet(table.sheet);
  let filled = false;
  for (const row of table.dataRows) {
    for (const colA of a) {
      const colB = b.find((c) => c.role === colA.role);
      if (!colB) return false;
      const x = context.number(sheet, row, colA.col).value;
      const y = context.number(sheet, row, colB.col).value;
      if (x !== y) return false;
      if (x !== null) filled = true;
    }
  }
  return filled;
}
