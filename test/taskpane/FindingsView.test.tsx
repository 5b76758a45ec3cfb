/** The finding list's filters, folds and action slot, drawn by React as the pane draws them. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checks } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { CELLS_PER_PAGE } from '../../src/taskpane/FindingList';
import FindingsView from '../../src/taskpane/FindingsView';
import type { CellTarget } from '../../src/taskpane/SheetPreview';

/** 60 #DIV/0! down column L of DPA, a serapan slip there, and a hidden copy's two findings. */
const findings: Finding[] = [
  ...Array.from({ length: 60 }, (_, i): Finding => ({
    rule: 'sel-error',
    severity: 'error',
    sheet: 'DPA',
    cell: `L${i + 10}`,
    message: `Sel berisi galat Excel #DIV/0! dari rumus =K${i + 10}/J${i + 10}`,
  })),
  {
    rule: 'serapan-salah',
    severity: 'error',
    sheet: 'DPA',
    cell: 'G5',
    message: 'Realisasi anggaran 5.862.544.300,00 melebihi pagu 0 (selisih 5.862.544.300)',
  },
  {
    rule: 'angka-teks',
    severity: 'warning',
    sheet: 'REKAP',
    cell: 'F10',
    message: '12 angka disimpan sebagai teks di F10:F21, antara lain "1", "2"',
    hidden: true,
  },
  {
    rule: 'serapan-salah',
    severity: 'error',
    sheet: 'REKAP',
    cell: 'G5',
    message: 'Realisasi anggaran 7 melebihi pagu 0 (selisih 7)',
    hidden: true,
  },
];

const sheets = [
  { name: 'DPA', hidden: false },
  { name: 'REKAP', hidden: true },
];

function renderView(onOpen: (target: CellTarget) => void = () => undefined) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView
        findings={findings}
        checks={checks}
        sheets={sheets}
        onOpen={onOpen}
        renderActions={(group) => <span data-testid="actions">{group.length}</span>}
      />
    </FluentProvider>,
  );
}

const shownCount = () => screen.getByTestId('shown-count').textContent;
const optionTexts = (testId: string) =>
  [...(screen.getByTestId(testId) as HTMLSelectElement).options].map((option) => option.text);
const choose = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('FindingsView', () => {
  it('leaves hidden sheets out at first, says how many, and shows them on request', () => {
    renderView();
    expect(screen.getByTestId('hidden-sheets').textContent).toBe(
      'Sheet tersembunyi: 2 temuan disembunyikan — Tampilkan',
    );
    expect(shownCount()).toBe('61 dari 63 temuan ditampilkan.');
    expect(optionTexts('filter-sheet')).toEqual(['Semua sheet (61)', 'DPA (61)']);

    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(shownCount()).toBe('63 temuan ditampilkan.');
    expect(optionTexts('filter-sheet')).toEqual([
      'Semua sheet (63)',
      'DPA (61)',
      'REKAP (tersembunyi) (2)',
    ]);
    // A hidden sheet chosen goes when hidden sheets are hidden again.
    choose('filter-sheet', 'REKAP');
    expect(shownCount()).toBe('2 dari 63 temuan ditampilkan.');
    fireEvent.click(screen.getByRole('button', { name: 'Sembunyikan' }));
    expect(shownCount()).toBe('61 dari 63 temuan ditampilkan.');
  });

  it('narrows by check, by sheet and by search, with counts beside each choice', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(optionTexts('filter-rule')).toEqual([
      'Semua pemeriksaan (63)',
      'Angka tersimpan sebagai teks (1)',
      'Serapan anggaran salah (2)',
      'Sel berisi galat Excel (60)',
    ]);
    choose('filter-rule', 'serapan-salah');
    expect(shownCount()).toBe('2 dari 63 temuan ditampilkan.');
    expect(optionTexts('filter-sheet')).toEqual([
      'Semua sheet (2)',
      'DPA (1)',
      'REKAP (tersembunyi) (1)',
    ]);
    choose('filter-sheet', 'REKAP');
    expect(screen.getAllByTestId('finding').map((item) => item.dataset.sheet)).toEqual(['REKAP']);

    choose('filter-rule', '');
    choose('filter-sheet', '');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari' }), {
      target: { value: 'dpa!l1' },
    });
    // L10 to L19: the search looks at addresses with their sheet.
    expect(shownCount()).toBe('10 dari 63 temuan ditampilkan.');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari' }), {
      target: { value: 'tidak ada' },
    });
    expect(screen.getByTestId('nothing-shown').textContent).toMatch(
      /^Tidak ada temuan yang cocok dengan saringan ini\./,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan semua temuan' }));
    expect(shownCount()).toBe('63 temuan ditampilkan.');
  });

  it('folds alike findings into one line that opens on its cells, a page at a time', () => {
    const opened: CellTarget[] = [];
    renderView((target) => opened.push(target));
    const group = screen.getByTestId('finding-group');
    expect(group.dataset.count).toBe('60');
    const toggle = within(group).getByRole('button', { name: /60 temuan serupa · kolom L/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(group).queryAllByTestId('finding')).toEqual([]);
    expect(group.textContent).toContain(
      'Contoh L10: Sel berisi galat Excel #DIV/0! dari rumus =K10/J10',
    );

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).not.toBeNull();
    expect(within(group).getAllByTestId('finding')).toHaveLength(CELLS_PER_PAGE);
    fireEvent.click(within(group).getByTestId('group-more'));
    expect(
      within(group)
        .getAllByTestId('finding')
        .map((item) => item.dataset.cell),
    ).toEqual(findings.slice(0, 60).map((finding) => finding.cell));
    fireEvent.click(within(group).getByRole('button', { name: 'L59 — buka sel di sheet DPA' }));
    expect(opened).toEqual([expect.objectContaining({ sheet: 'DPA', cell: 'L59' })]);
  });

  it('gives the actions slot one finding per line and every finding of a fold', () => {
    renderView();
    const counts = () => screen.getAllByTestId('actions').map((element) => element.textContent);
    // The serapan finding, then the fold of 60 (errors by check in registry order).
    expect(counts()).toEqual(['1', '60']);
    fireEvent.click(screen.getByRole('button', { name: /60 temuan serupa/ }));
    expect(counts()).toHaveLength(2 + CELLS_PER_PAGE);
  });

  it('draws 200 lines at first, the next ones on request', () => {
    // Names in letters only: no two messages alike, so none fold.
    const name = (i: number) =>
      `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    const many: Finding[] = Array.from({ length: 250 }, (_, i) => ({
      rule: 'nip-kembar',
      severity: 'error',
      sheet: 'DPA',
      cell: `C${i + 2}`,
      message: `NIP dipakai juga oleh ${name(i)}`,
    }));
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsView findings={many} checks={checks} sheets={sheets} onOpen={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getAllByTestId('finding')).toHaveLength(200);
    expect(screen.getByTestId('more-findings').textContent).toBe('Tampilkan 50 baris berikutnya');
    fireEvent.click(screen.getByTestId('more-findings'));
    expect(screen.getAllByTestId('finding')).toHaveLength(250);
    expect(screen.queryByTestId('more-findings')).toBeNull();
  });

  it('heads each sheet, then each check by its title with its id after it', () => {
    renderView();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Serapan anggaran salah serapan-salah',
      'Sel berisi galat Excel sel-error',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'DPA (61)',
    ]);
  });
});
