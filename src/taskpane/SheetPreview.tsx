/**
 * Read-only preview of one sheet on the web page. Only the rows in view are rendered, so a
 * sheet of 50,000 rows scrolls as lightly as one of fifty. A finding's link scrolls its cell
 * into the middle of the view and marks it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Field, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { fromA1, toA1, type WorkbookModel } from '../workbook/model';
import { displayText } from './preview-format';

const ROW_HEIGHT = 24;
const COLUMN_WIDTH = 110;
const ROW_HEADER_WIDTH = 48;
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
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    height: `${ROW_HEIGHT}px`,
  },
  corner: { left: 0, zIndex: 2 },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    textAlign: 'right',
    paddingRight: '4px',
  },
  cell: {
    height: `${ROW_HEIGHT}px`,
    padding: '0 4px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'right' },
  marked: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-3px',
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});

export function SheetPreview({
  model,
  target,
}: {
  model: WorkbookModel;
  target: CellTarget | null;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState(model.sheets[0]?.name ?? '');
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  // A followed link shows its sheet; until the next link the user may pick another one.
  const [followed, setFollowed] = useState(target);
  if (target !== followed) {
    setFollowed(target);
    if (target) setChosen(target.sheet);
  }
  const sheet = model.sheets.find((candidate) => candidate.name === chosen) ?? model.sheets[0];
  const marked = target && sheet && target.sheet === sheet.name ? fromA1(target.cell) : null;

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || !marked) return;
    element.scrollTop = Math.max(0, (marked.row - 1) * ROW_HEIGHT - VIEW_HEIGHT / 2);
    // Sideways only as far as needed: the columns left of the cell give it its meaning.
    const left = (marked.col - 1) * COLUMN_WIDTH;
    const visible = element.clientWidth - ROW_HEADER_WIDTH;
    if (left < element.scrollLeft || left + COLUMN_WIDTH > element.scrollLeft + visible) {
      element.scrollLeft = Math.max(0, left + COLUMN_WIDTH - visible);
    }
    setScrollTop(element.scrollTop);
    // Keyed on the target object: following the same link again scrolls back to it.
  }, [target, sheet?.name, marked?.row, marked?.col]);

  if (!sheet) return null;
  const rowCount = Math.max(sheet.rowCount, marked?.row ?? 0, 1);
  const columnCount = Math.max(sheet.columnCount, marked?.col ?? 0, 1);
  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, first + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + 2 * OVERSCAN);
  const columns = Array.from({ length: columnCount }, (_, i) => i + 1);

  return (
    <section aria-label="Pratinjau sheet" data-testid="preview" data-sheet={sheet.name}>
      <Field label="Sheet yang ditampilkan">
        <Select value={sheet.name} onChange={(_, data) => setChosen(data.value)}>
          {model.sheets.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {candidate.name}
            </option>
          ))}
        </Select>
      </Field>
      <div
        ref={viewport}
        className={styles.viewport}
        tabIndex={0}
        role="region"
        aria-label={`Isi sheet ${sheet.name}, hanya baca${marked ? `; sel ${target?.cell} ditandai` : ''}`}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <table
          className={styles.table}
          style={{ width: `${ROW_HEADER_WIDTH + columnCount * COLUMN_WIDTH}px` }}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
            {columns.map((col) => (
              <col key={col} style={{ width: `${COLUMN_WIDTH}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} />
              {columns.map((col) => (
                <th key={col} scope="col" className={styles.head}>
                  {toA1(1, col).replace(/\d+$/, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 1 && <tr aria-hidden style={{ height: `${(first - 1) * ROW_HEIGHT}px` }} />}
            {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((row) => (
              <tr key={row}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                  {row}
                </th>
                {columns.map((col) => {
                  const cell = sheet.getCell(row, col);
                  const isMarked = marked?.row === row && marked.col === col;
                  const text = displayText(cell);
                  return (
                    <td
                      key={col}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell?.value === 'number' && styles.number,
                        isMarked && styles.marked,
                      )}
                      data-cell={toA1(row, col)}
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
