/**
 * Read-only preview of one sheet on the web page. Only the rows in view are rendered, so a
 * sheet of 50,000 rows scrolls as lightly as one of fifty. A finding's link scrolls its cell
 * into the middle of the view and marks it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import {
  Button,
  Field,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { fromA1, rangeToA1, toA1, type CellRange, type WorkbookModel } from '../workbook/model';
import type { ColumnRole, DetectedTable } from '../workbook/table-types';
import { displayText } from './preview-format';

const ROW_HEIGHT = 24;
const COLUMN_WIDTH = 110;
/** A table's No column holds short numbers: it stays narrow, leaving room beside it. */
const NO_COLUMN_WIDTH = 40;
const ROW_HEADER_WIDTH = 48;
/** Where the pane shows the preview beside the findings (App's two columns) rather than below. */
const WIDE_LAYOUT = '(min-width: 960px)';
/** Columns naming a row: they stay in view when a wide table scrolls sideways. */
const LABEL_ROLES: readonly ColumnRole[] = ['indikator', 'uraian', 'program', 'nama', 'nama-nip'];
const VIEW_HEIGHT = 360;
/** Rows rendered beyond the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 15;

export interface CellTarget {
  sheet: string;
  cell: string;
}

const useStyles = makeStyles({
  viewport: {
    height: `${VIEW_HEIGHT}px`,
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Sideways scrolling stops at whole columns: none is left half hidden under the row numbers.
    scrollSnapType: 'x mandatory',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: {
    tableLayout: 'fixed',
    // Separate borders: collapsed ones do not travel with sticky header cells.
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
  },
  // Column letters over the cells, row numbers over both, the corner over everything.
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    height: `${ROW_HEIGHT}px`,
    scrollSnapAlign: 'start',
  },
  corner: { left: 0, zIndex: 3, borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: 'right',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    height: `${ROW_HEIGHT}px`,
    padding: '0 4px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  merged: { verticalAlign: 'middle' },
  number: { textAlign: 'right' },
  // Read by screen readers, not shown.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  marked: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-3px',
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  // A label column kept in view, over the cells that scroll under it.
  sticky: {
    position: 'sticky',
    zIndex: 1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  stickyHead: { zIndex: 3, scrollSnapAlign: 'none' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  chooser: { flexGrow: 1, minWidth: 0 },
  // The flagged cell's whole text: the grid cuts it at the column width.
  markedText: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
});

/**
 * The label columns of the table holding the marked row (else the sheet's first table): its No
 * column and its first naming column (Indikator, Uraian, Program, Nama), left to right.
 */
function labelColumns(tables: readonly DetectedTable[], sheet: string, row: number | null) {
  const onSheet = tables.filter((table) => table.sheet === sheet);
  const table =
    (row !== null && onSheet.find((t) => t.range.top <= row && row <= t.range.bottom)) ||
    onSheet[0];
  if (!table) return { no: undefined, columns: [] as number[] };
  const no = table.columns.find((column) => column.role === 'no')?.col;
  const label = table.columns.find((column) => LABEL_ROLES.includes(column.role))?.col;
  const columns = [no, label].filter((col): col is number => col !== undefined);
  return { no, columns: [...new Set(columns)].sort((a, b) => a - b) };
}

function isWideLayout(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(WIDE_LAYOUT).matches;
}

/** The merged area holding (row, col), or undefined when the cell stands alone. */
function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find(
    (merge) => merge.top <= row && row <= merge.bottom && merge.left <= col && col <= merge.right,
  );
}

export function SheetPreview({
  model,
  tables,
  target,
  onBack,
}: {
  model: WorkbookModel;
  /** The detected tables, for the label columns kept in view. */
  tables: readonly DetectedTable[];
  target: CellTarget | null;
  /** Back to the finding whose link opened the cell. */
  onBack: () => void;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState(model.sheets[0]?.name ?? '');
  const [scrollTop, setScrollTop] = useState(0);
  const section = useRef<HTMLElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  // A followed link shows its sheet; until the next link the user may pick another one.
  const [followed, setFollowed] = useState(target);
  if (target !== followed) {
    setFollowed(target);
    if (target) setChosen(target.sheet);
  }
  const sheet = model.sheets.find((candidate) => candidate.name === chosen) ?? model.sheets[0];
  const marked = target && sheet && target.sheet === sheet.name ? fromA1(target.cell) : null;
  // A cell inside a merge is shown, and marked, as the merge's first cell.
  const markedArea = marked
    ? (mergeAt(sheet.merges, marked.row, marked.col) ?? {
        top: marked.row,
        left: marked.col,
        bottom: marked.row,
        right: marked.col,
      })
    : null;

  const labels = labelColumns(tables, sheet?.name ?? '', markedArea?.top ?? null);
  const widthOf = (col: number) => (col === labels.no ? NO_COLUMN_WIDTH : COLUMN_WIDTH);
  /** Left edge of a column within the table, the row numbers included. */
  const leftOf = (col: number) =>
    ROW_HEADER_WIDTH +
    (col - 1) * COLUMN_WIDTH -
    (labels.no !== undefined && labels.no < col ? COLUMN_WIDTH - NO_COLUMN_WIDTH : 0);
  /** Where a label column sticks: after the row numbers and the label columns left of it. */
  const stickyLeft = (col: number) =>
    ROW_HEADER_WIDTH +
    labels.columns.filter((other) => other < col).reduce((sum, other) => sum + widthOf(other), 0);
  const stuckWidth = labels.columns.reduce((sum, col) => sum + widthOf(col), ROW_HEADER_WIDTH);
  const stickyStyle = (col: number) =>
    labels.columns.includes(col) ? { left: `${stickyLeft(col)}px` } : undefined;

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || !markedArea) return;
    // Below the findings (a narrow pane) the preview comes to the user, who can go back.
    if (!isWideLayout()) {
      section.current?.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    }
    element.scrollTop = Math.max(0, (markedArea.top - 1) * ROW_HEIGHT - VIEW_HEIGHT / 2);
    // Sideways only as far as needed, by whole columns: the columns left of the cell give it
    // its meaning. A label column is always in view.
    if (!labels.columns.includes(markedArea.left)) {
      const start = leftOf(markedArea.left) - stuckWidth;
      const end = leftOf(markedArea.right) + widthOf(markedArea.right) - stuckWidth;
      const visible = element.clientWidth - stuckWidth;
      if (start < element.scrollLeft || end > element.scrollLeft + visible) {
        const fitted = Math.ceil((end - visible) / COLUMN_WIDTH) * COLUMN_WIDTH;
        element.scrollLeft = Math.max(0, Math.min(start, fitted));
      }
    }
    setScrollTop(element.scrollTop);
    // Keyed on the target object: following the same link again scrolls back to it.
  }, [target, sheet?.name, markedArea?.top, markedArea?.left, markedArea?.right]);

  if (!sheet) return null;
  const rowCount = Math.max(sheet.rowCount, markedArea?.bottom ?? 0, 1);
  const columnCount = Math.max(sheet.columnCount, markedArea?.right ?? 0, 1);
  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, first + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + 2 * OVERSCAN);
  const columns = Array.from({ length: columnCount }, (_, i) => i + 1);
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const merges = sheet.merges.filter((merge) => merge.bottom >= first && merge.top <= last);

  /** The cell drawn at (row, col): a merge at its first rendered row and column, else null. */
  const drawn = (row: number, col: number) => {
    const merge = mergeAt(merges, row, col);
    if (!merge) return { row, col, rowSpan: 1, colSpan: 1, merged: false };
    // A merge that starts above the rendered rows is drawn from the first of them.
    if (row !== Math.max(merge.top, first) || col !== merge.left) return null;
    return {
      row: merge.top,
      col: merge.left,
      rowSpan: Math.min(merge.bottom, last) - row + 1,
      colSpan: Math.min(merge.right, columnCount) - col + 1,
      merged: true,
    };
  };

  const markedText =
    marked && markedArea
      ? `; sel ${target?.cell} ditandai` +
        (markedArea.bottom > markedArea.top || markedArea.right > markedArea.left
          ? ` (bagian dari sel gabungan ${rangeToA1(markedArea)})`
          : '')
      : '';

  const fullText =
    marked && markedArea ? displayText(sheet.getCell(markedArea.top, markedArea.left)) : '';

  return (
    <section
      ref={section}
      aria-label="Pratinjau sheet"
      data-testid="preview"
      data-sheet={sheet.name}
    >
      <div className={styles.bar}>
        <Field label="Sheet yang ditampilkan" className={styles.chooser}>
          <Select value={sheet.name} onChange={(_, data) => setChosen(data.value)}>
            {model.sheets.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name}
              </option>
            ))}
          </Select>
        </Field>
        {target && (
          <Button data-testid="back-to-finding" onClick={onBack}>
            Kembali ke temuan
          </Button>
        )}
      </div>
      {marked && (
        <p className={styles.markedText} data-testid="marked-text">
          <strong>{target?.cell}</strong>: {fullText || '(kosong)'}
        </p>
      )}
      <div
        ref={viewport}
        className={styles.viewport}
        style={{ scrollPaddingLeft: `${stuckWidth}px` }}
        tabIndex={0}
        role="region"
        aria-label={`Isi sheet ${sheet.name}, hanya baca${markedText}`}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <table
          className={styles.table}
          style={{ width: `${leftOf(columnCount) + widthOf(columnCount)}px` }}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
            {columns.map((col) => (
              <col key={col} style={{ width: `${widthOf(col)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)}>
                <span className={styles.hidden}>Baris</span>
              </th>
              {columns.map((col) => (
                <th
                  key={col}
                  scope="col"
                  className={mergeClasses(
                    styles.head,
                    labels.columns.includes(col) && styles.sticky,
                    labels.columns.includes(col) && styles.stickyHead,
                  )}
                  style={stickyStyle(col)}
                  data-label-column={labels.columns.includes(col) ? 'true' : undefined}
                >
                  {toA1(1, col).replace(/\d+$/, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 1 && <tr aria-hidden style={{ height: `${(first - 1) * ROW_HEIGHT}px` }} />}
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                  {row}
                </th>
                {columns.map((col) => {
                  const place = drawn(row, col);
                  if (!place) return null;
                  const cell = sheet.getCell(place.row, place.col);
                  const isMarked = markedArea?.top === place.row && markedArea.left === place.col;
                  const text = displayText(cell);
                  // A merge reaching past a label column scrolls with the rest.
                  const stuck = place.colSpan === 1 && labels.columns.includes(place.col);
                  return (
                    <td
                      key={col}
                      rowSpan={place.rowSpan > 1 ? place.rowSpan : undefined}
                      colSpan={place.colSpan > 1 ? place.colSpan : undefined}
                      className={mergeClasses(
                        styles.cell,
                        place.merged && styles.merged,
                        typeof cell?.value === 'number' && styles.number,
                        stuck && styles.sticky,
                        isMarked && styles.marked,
                      )}
                      style={stuck ? stickyStyle(place.col) : undefined}
                      data-cell={toA1(place.row, place.col)}
                      data-marked={isMarked ? 'true' : undefined}
                      title={text || undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
            {last < rowCount && (
              <tr aria-hidden style={{ height: `${(rowCount - last) * ROW_HEIGHT}px` }} />
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
