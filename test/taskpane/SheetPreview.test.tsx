import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SheetPreview, type CellTarget } from '../../src/taskpane/SheetPreview';
import { displayText } from '../../src/taskpane/preview-format';
import { Sheet, type WorkbookModel } from '../../src/workbook/model';
import type { DetectedTable } from '../../src/workbook/table-types';

/**
 * Tabel 3.1 as LKj tables are laid out: a title merged across A1:D1, "Indikator" merged down
 * A2:A3, "Tahun 2023" across B2:D2; and a long body whose B-column note spans rows 100 to 160.
 */
function model(): WorkbookModel {
  const sheet = new Sheet('Tabel 3.1');
  sheet.setCell(1, 1, { value: 'Tabel 3.1 Capaian Kinerja' });
  sheet.setCell(2, 1, { value: 'Indikator' });
  sheet.setCell(2, 2, { value: 'Tahun 2023' });
  ['Target', 'Realisasi', 'Capaian'].forEach((value, i) => sheet.setCell(3, 2 + i, { value }));
  for (let row = 4; row <= 200; row++) sheet.setCell(row, 4, { value: row });
  sheet.setCell(100, 2, { value: 'Catatan panjang' });
  sheet.merges.push(
    { top: 1, left: 1, bottom: 1, right: 4 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 100, left: 2, bottom: 160, right: 3 },
  );
  return { sheets: [sheet] };
}

/** The table as detection would describe it: A names the indicators. */
const TABLE: DetectedTable = {
  kind: 'capaian',
  sheet: 'Tabel 3.1',
  range: { top: 2, left: 1, bottom: 200, right: 4 },
  headerRows: [2, 3],
  columns: [
    { col: 1, role: 'indikator', header: 'Indikator' },
    { col: 2, role: 'target', header: 'Target' },
  ],
  equations: [],
  dataRows: [],
};

function show(target: CellTarget | null, onBack = () => {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SheetPreview model={model()} tables={[TABLE]} target={target} onBack={onBack} />
    </FluentProvider>,
  );
}

const cell = (address: string) => document.querySelector<HTMLElement>(`td[data-cell="${address}"]`);
const spans = (address: string) => {
  const element = cell(address) as HTMLTableCellElement;
  return [element.colSpan, element.rowSpan, element.textContent];
};
const marked = () =>
  [...document.querySelectorAll<HTMLElement>('td[data-marked="true"]')].map(
    (element) => element.dataset.cell,
  );

describe('SheetPreview', () => {
  it('draws merged cells once, spanning their rows and columns', () => {
    show(null);

    expect(spans('A1')).toEqual([4, 1, 'Tabel 3.1 Capaian Kinerja']);
    expect(spans('A2')).toEqual([1, 2, 'Indikator']);
    expect(spans('B2')).toEqual([3, 1, 'Tahun 2023']);
    // The cells a merge covers are not drawn: every row is as wide as the sheet.
    for (const covered of ['B1', 'C1', 'D1', 'A3', 'C2', 'D2']) expect(cell(covered)).toBeNull();
    expect(spans('B3')).toEqual([1, 1, 'Target']);
    const widths = [...document.querySelectorAll('tbody tr:not([aria-hidden])')]
      .slice(0, 3)
      .map((row) =>
        [...row.querySelectorAll('td')].reduce(
          (sum, td) => sum + (td as HTMLTableCellElement).colSpan,
          0,
        ),
      );
    // Row 1: the title across 4 columns; row 2: A2 and B2:D2; row 3: B3 to D3 beside A2's span.
    expect(widths).toEqual([4, 4, 3]);
  });

  it('marks the merge itself for a cell inside it, and says so to screen readers', () => {
    show({ sheet: 'Tabel 3.1', cell: 'C1' });

    expect(marked()).toEqual(['A1']);
    expect(screen.getByRole('region', { name: /^Isi sheet/ }).getAttribute('aria-label')).toBe(
      'Isi sheet Tabel 3.1, hanya baca; sel C1 ditandai (bagian dari sel gabungan A1:D1)',
    );
  });

  it('marks a plain cell as before', () => {
    show({ sheet: 'Tabel 3.1', cell: 'C3' });

    expect(marked()).toEqual(['C3']);
    expect(screen.getByRole('region', { name: /^Isi sheet/ }).getAttribute('aria-label')).toBe(
      'Isi sheet Tabel 3.1, hanya baca; sel C3 ditandai',
    );
  });

  it('draws a tall merge from the first rendered row once its top has scrolled away', () => {
    show({ sheet: 'Tabel 3.1', cell: 'C150' });
    const viewport = screen.getByRole('region', { name: /^Isi sheet/ });
    // Scrolled to row 140: rows from 124 on are rendered (15 above the view), the merge's first row (100) is not.
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: 139 * 24 });
    fireEvent.scroll(viewport);

    expect(document.querySelector('tbody th')?.textContent).toBe('124');
    expect(marked()).toEqual(['B100']);
    const merge = cell('B100') as HTMLTableCellElement;
    expect(merge.closest('tr')?.querySelector('th')?.textContent).toBe('124');
    expect([merge.colSpan, merge.textContent]).toEqual([2, 'Catatan panjang']);
    // It ends at row 160 (or at the last rendered row), and D stays drawn beside it.
    const lastRendered = Number(
      [...document.querySelectorAll('tbody th')].at(-1)?.textContent ?? '0',
    );
    expect(merge.rowSpan).toBe(Math.min(160, lastRendered) - 124 + 1);
    expect(cell('D130')?.textContent).toBe('130');
    expect(cell('B130')).toBeNull();
  });

  it("shows the flagged cell's whole text, keeps the label column in view, and goes back", () => {
    const back = jest.fn();
    show({ sheet: 'Tabel 3.1', cell: 'B100' }, back);

    expect(screen.getByTestId('marked-text').textContent).toBe('B100: Catatan panjang');
    // Column A names the rows: its cells stick at the left edge, after the row numbers.
    expect((cell('A101') as HTMLElement).style.left).toBe('48px');
    expect(document.querySelector('th[data-label-column="true"]')?.textContent).toBe('A');
    expect((cell('D101') as HTMLElement).style.left).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Kembali ke temuan' }));
    expect(back).toHaveBeenCalledTimes(1);
  });

  it('shows values the way Indonesian Excel does', () => {
    expect(displayText({ value: true })).toBe('BENAR');
    expect(displayText({ value: false })).toBe('SALAH');
    expect(displayText({ value: 2023 })).toBe('2023');
    expect(displayText({ value: 1500000.5, numFmt: '0.0' })).toBe('1500000,5');
    expect(displayText({ value: 2486022481, numFmt: '#,##0' })).toBe('2.486.022.481');
    expect(displayText({ value: 0.9354, numFmt: '0.00%' })).toBe('93,54%');
    expect(displayText({ value: 93.654 })).toBe('93,65');
  });
});
