/**
 * Table detection: every table on every sheet, with what each column means. Stages, passing plain
 * data: find the header (Excel Tables as they are; elsewhere by the lexicon's words, detect-header)
 * with each column's role from its header (detect-rules/roles: header rules); the numbering row with
 * column equations and the unit row (detect-form-rows); roles settled across the head (head rules)
 * and the kind named (detect-kind, detect-rules/kinds); the body (detect-body) and title (detect-title)
 * assembled into the table; roles settled from the cells (body rules). Every role change and kind
 * decision is recorded in the table's `why` with its rule's id. Linear in the number of cells.
 */
import { finish, ROWS_PER_STEP, stepDue, type Steps } from '../core/steps';
import { scanBody, type TableBody } from './detect-body';
import { excelTableHeader } from './detect-excel-tables';
import { formBody, type FormBody } from './detect-form-body';
import { readEquations, readNumberingRow, readUnitRow, withoutUnitRow } from './detect-form-rows';
import { gridOf } from './detect-grid';
import type { SheetGrid } from './detect-grid';
import { headerBlocksAt, looksLikeHeaderRow } from './detect-header';
import type { HeaderBlock } from './detect-header';
import { tableKind } from './detect-kind';
import { detectSkmTables } from './detect-skm';
import { settleBodyRoles, settleRoles } from './detect-rules/roles';
import type { TracedTable } from './detect-rules/rule';
import { tableYear, titleAbove } from './detect-title';
import { staffModel, type CellRange, type Sheet, type WorkbookModel } from './model';
import type {
  ColumnEquation,
  DetectedTable,
  DetectionStep,
  TableColumn,
  TableKind,
} from './table-types';

export { entityText, entityTexts } from './entity';

/** A recognised header with the rows under it that belong to the header, before the body. */
interface TableHead {
  block: HeaderBlock;
  columns: TableColumn[];
  kind: TableKind;
  equations: ColumnEquation[];
  why: DetectionStep[];
  numberingRow?: number;
  /** First row of the body. */
  firstRow: number;
  title?: string;
}

/** Every recognised table of the workbook, sheet by sheet, top to bottom. */
export function detectTables(model: WorkbookModel): DetectedTable[] {
  return staffModel(model).sheets.flatMap(detectSheetTables);
}

/** Every recognised table of one sheet. */
export function detectSheetTables(sheet: Sheet): DetectedTable[] {
  return finish(sheetTableSteps(sheet));
}

/**
 * `detectSheetTables` in steps (blocks of rows, each table found): the pane in Excel pauses
 * between them on a long sheet.
 */
export function* sheetTableSteps(sheet: Sheet): Steps<DetectedTable[]> {
  const grid = gridOf(sheet);
  const tables: DetectedTable[] = [];
  const excelRanges: CellRange[] = [];
  for (const excelTable of sheet.excelTables) {
    excelRanges.push(excelTable.range);
    const block = excelTableHeader(grid, excelTable);
    const head = block && recogniseHead(grid, block, 0);
    if (!head) continue;
    const body = yield* scanBody({
      grid,
      ...head,
      startsOtherTable: () => false,
      lastRow: excelTable.range.bottom,
    });
    const table = assemble(sheet, head, body, excelTable.name);
    if (settled(grid, table, head)) tables.push(table);
    yield;
  }
  const inExcelTable = (row: number) =>
    excelRanges.some((range) => row >= range.top && row <= range.bottom);
  const headsAt = (row: number, floor: number) =>
    inExcelTable(row) || !looksLikeHeaderRow(grid, row) ? [] : recogniseHeads(grid, row, floor);
  let floor = 0;
  let looked = 0;
  for (const row of grid.rows) {
    if (row <= floor) continue;
    if (stepDue(++looked, ROWS_PER_STEP)) yield;
    const heads = headsAt(row, floor);
    if (heads.length === 0) continue;
    for (const head of heads) {
      const body = yield* scanBody({
        grid,
        ...head,
        startsOtherTable: (next) =>
          (inExcelTable(next) && excelRanges.some((range) => range.top === next)) ||
          headsAt(next, head.block.bottom).length > 0,
      });
      yield;
      const table = assemble(sheet, head, body);
      floor = Math.max(floor, table.range.bottom);
      if (settled(grid, table, head)) tables.push(table);
      yield;
    }
  }
  return withSkmTables(tables, yield* detectSkmTables(grid));
}

/**
 * The SKM processing tables beside the raw-answers table over their answer rows (the generator
 * reads those), in place of any other table read over their rows: their labelled rows are the
 * more specific reading of those cells.
 */
function withSkmTables(tables: DetectedTable[], skm: DetectedTable[]): DetectedTable[] {
  if (skm.length === 0) return tables;
  const overlaps = (a: CellRange, b: CellRange) =>
    a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  const kept = tables.filter(
    (table) => table.kind === 'skm' || !skm.some((s) => overlaps(s.range, table.range)),
  );
  return [...kept, ...skm].sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

function recogniseHeads(grid: SheetGrid, top: number, floor: number): TableHead[] {
  return headerBlocksAt(grid, top)
    .map((block) => recogniseHead(grid, block, floor))
    .filter((head): head is TableHead => head !== undefined);
}

/** Reads the numbering and unit rows under a header block and decides its kind. */
function recogniseHead(
  grid: SheetGrid,
  headerBlock: HeaderBlock,
  floor: number,
): TableHead | undefined {
  const block = withoutUnitRow(grid, headerBlock);
  const columns = block.columns.map((column) => ({ ...column }));
  const why = [...block.why];
  let numberingRow: number | undefined;
  let unitRow: number | undefined;
  let next = block.bottom + 1;
  for (let extra = 0; extra < 2; extra++) {
    if (numberingRow === undefined && readNumberingRow(grid, block, next, columns))
      numberingRow = next;
    else if (unitRow === undefined && readUnitRow(grid, block, next, columns)) unitRow = next;
    else break;
    next++;
  }
  const equations = numberingRow === undefined ? [] : readEquations(grid, numberingRow, columns);
  settleRoles({ columns, equations, why });
  const title = titleAbove(grid, block.top, floor);
  const context = `${title ?? ''} ${columns.map((column) => column.header).join(' ')}`;
  const kind = tableKind(columns, context, why);
  if (!kind) return undefined;
  return { block, columns, kind, equations, why, numberingRow, firstRow: next, title };
}

/**
 * Settles roles from the table's cells (the body rules); when they ask, the kind is decided
 * again, from the title only, and a table that no longer has the columns of any kind is no table.
 */
function settled(grid: SheetGrid, table: TracedTable, head: TableHead): boolean {
  if (!settleBodyRoles(table, grid)) return true;
  const kind = tableKind(table.columns, head.title ?? '', table.why);
  if (kind === undefined) return false;
  table.kind = kind;
  return true;
}

function assemble(
  sheet: Sheet,
  head: TableHead,
  scanned: TableBody,
  excelTable?: string,
): TracedTable {
  const { block, columns, kind, equations, numberingRow, title } = head;
  const body: TableBody & Partial<FormBody> =
    kind === 'renja' ? formBody(gridOf(sheet), block, columns, scanned) : scanned;
  const headerRows: number[] = [];
  for (let row = block.top; row <= block.bottom; row++) headerRows.push(row);
  const table: TracedTable = {
    kind,
    sheet: sheet.name,
    range: {
      top: block.top,
      left: block.left,
      bottom: Math.max(body.bottom, head.firstRow - 1),
      right: block.right,
    },
    headerRows,
    columns,
    equations,
    dataRows: body.dataRows,
    why: head.why,
  };
  if (body.sectionRows.length > 0) table.sectionRows = body.sectionRows;
  if (body.summaryRows?.length) table.summaryRows = body.summaryRows;
  if (body.predikatRows?.length) table.predikatRows = body.predikatRows;
  if (numberingRow !== undefined) table.numberingRow = numberingRow;
  const year = tableYear(title, columns, kind);
  if (year !== undefined) table.year = year;
  if (title !== undefined) table.title = title;
  if (excelTable !== undefined) table.excelTable = excelTable;
  return table;
}
