/**
 * Quarterly targets against the annual one, row by row (exports: `target`, `target_tw1` …
 * `target_tw4`): an equation the columns imply rather than a numbering row states, reported
 * under `rumus-kolom`. A kumulatif indicator's quarters add up to the year (or, written to date,
 * end at it); a nilai-akhir indicator's last quarter is the year's target. Where the indicator's
 * type cannot be told, either is accepted and nothing is said.
 */
import { akumulasiOf } from '../core/akumulasi';
import type { DetectedTable, TableColumn } from '../workbook/table-types';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, agrees, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { quarterValue } from './reading';
import { columnOf, shortHeader } from './tables';

const QUARTER_NUMBER: Readonly<Record<string, number>> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
};

/** The four quarterly target columns in quarter order, or undefined unless there are exactly four. */
function quarterColumns(table: DetectedTable): TableColumn[] | undefined {
  const byQuarter = new Map<number, TableColumn>();
  for (const column of table.columns) {
    const quarter = QUARTER_NUMBER[column.unit ?? ''];
    if (column.role !== 'target-triwulan' || quarter === undefined) continue;
    if (byQuarter.has(quarter)) return undefined;
    byQuarter.set(quarter, column);
  }
  if (byQuarter.size !== 4) return undefined;
  return [1, 2, 3, 4].map((quarter) => byQuarter.get(quarter)!);
}

export function quarterTargetFindings(
  check: Pick<Check, 'id' | 'severity'>,
  context: CheckContext,
  table: DetectedTable,
): Finding[] {
  const annual = columnOf(table, 'target');
  const quarters = quarterColumns(table);
  if (!annual || !quarters) return [];
  const indikator = columnOf(table, 'indikator');
  const satuan = columnOf(table, 'satuan');
  const sheet = context.sheet(table.sheet);
  const names = quarters.map(shortHeader);
  return table.dataRows.flatMap((row) => {
    const stated = context.number(sheet, row, annual.col);
    const readings = quarters.map((column) => context.number(sheet, row, column.col));
    const values = readings.map(quarterValue);
    if (stated.value === null || values.some((value) => value === undefined)) return [];
    const q = values as number[];
    // Quarters left at 0 by the system are not planned, not a slip.
    if (q.every((value) => value === 0)) return [];
    const type = akumulasiOf(
      indikator ? context.text(sheet, row, indikator.col) : '',
      satuan ? context.text(sheet, row, satuan.col) : '',
    );
    if (type === undefined) return [];
    const last = q[3];
    const sum = q.reduce((total, value) => total + value, 0);
    const toDate = q.every((value, i) => i === 0 || value >= q[i - 1]);
    const endsAtYear = agrees(stated, last, context.toleransi);
    if (type === 'kumulatif' && (agrees(stated, sum, context.toleransi) || (toDate && endsAtYear)))
      return [];
    if (type === 'nilai-akhir' && endsAtYear) return [];
    const decimals = Math.max(2, stated.decimals);
    const [expected, equation, how] =
      type === 'kumulatif'
        ? [
            sum,
            names.join(' + '),
            `indikator kumulatif: ${readings.map((reading) => reading.shown).join(' + ')}`,
          ]
        : [last, names[3], 'indikator nilai akhir: target triwulan terakhir'];
    return [
      finding(
        check,
        context.at(sheet, row, annual.col),
        `Rumus kolom ${shortHeader(annual)} = ${equation}: tertulis ${stated.shown}, ` +
          `seharusnya ${shownNumber(expected, decimals)} (${how})`,
        expectedNumber(expected, decimals),
        actualOf(stated),
      ),
    ];
  });
}
