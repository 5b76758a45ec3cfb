/** Detected tables described by hand for the evaluasi tests (sheets: test/support/sheets). */
import type {
  ColumnRole,
  DetectedTable,
  TableColumn,
  TableKind,
} from '../../src/workbook/table-types';

/**
 * A detected table on `sheet` whose header is row `headerRow` and data rows follow it; columns
 * are given by role from column A (null for a column the table does not use).
 */
export function tableOf(
  kind: TableKind,
  sheet: string,
  roles: (ColumnRole | [ColumnRole, Partial<TableColumn>] | null)[],
  dataRows: number[],
  extra: Partial<DetectedTable> = {},
): DetectedTable {
  const columns: TableColumn[] = [];
  roles.forEach((entry, i) => {
    if (entry === null) return;
    const [role, more] = Array.isArray(entry) ? entry : [entry, {}];
    columns.push({ col: i + 1, role, header: role, ...more });
  });
  const headerRow = Math.min(...dataRows) - 1;
  return {
    kind,
    sheet,
    range: { top: headerRow, left: 1, bottom: Math.max(...dataRows), right: roles.length },
    headerRows: [headerRow],
    columns,
    equations: [],
    dataRows,
    ...extra,
  };
}
