/** Small synthetic workbooks and detected tables for the evaluasi tests. */
import { Sheet, type Cell, type WorkbookModel } from '../../src/workbook/model';
import type {
  ColumnRole,
  DetectedTable,
  TableColumn,
  TableKind,
} from '../../src/workbook/table-types';

export type CellInput = string | number | null | Cell;

/** A sheet whose rows start at `top`; a plain value is a cell without format. */
export function sheetOf(name: string, rows: CellInput[][], top = 1): Sheet {
  const sheet = new Sheet(name);
  rows.forEach((cells, r) =>
    cells.forEach((input, c) => {
      const cell = input !== null && typeof input === 'object' ? input : { value: input };
      sheet.setCell(top + r, c + 1, cell);
    }),
  );
  return sheet;
}

export function modelOf(...sheets: Sheet[]): WorkbookModel {
  return { sheets };
}

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
