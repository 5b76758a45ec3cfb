import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Finding } from '../../src/checks/finding';
import { FixAction, type FixActionProps } from '../../src/taskpane/FixAction';
import type { CellFix } from '../../src/workbook/cell-fix';
import { fakeHost, renderPane } from './fake-host';

jest.setTimeout(60_000);

const finding = (cell: string, fix?: CellFix[]): Finding => ({
  rule: 'angka-teks',
  severity: 'warning',
  sheet: 'PK 2023',
  cell,
  message: `Angka disimpan sebagai teks di ${cell}`,
  ...(fix ? { fix } : {}),
});
const ONE = finding('D6', [{ sheet: 'PK 2023', cell: 'D6', was: '95,23', value: 95.23 }]);
const TWO = finding('E6', [
  { sheet: 'PK 2023', cell: 'E6', was: '95,23', value: 95.23 },
  { sheet: 'PK 2023', cell: 'E7', was: '95,23', value: 95.23 },
]);

/** The action over a host recording what it was asked to write. */
function renderAction(
  findings: Finding[],
  { kind = 'excel', undoable = true, fails = false } = {},
) {
  const written: CellFix[][] = [];
  const notes: string[] = [];
  const host: FixActionProps['host'] = {
    kind: kind as 'excel' | 'web',
    ...(kind === 'excel' ? { fixUndoable: () => undoable } : {}),
    async fix(fixes) {
      if (fails) throw new Error('Excel menolak perubahan: sheet dilindungi.');
      written.push([...fixes]);
      return { note: `${fixes.length} sel diperbaiki.` };
    },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <FixAction host={host} findings={findings} onFixed={(note) => notes.push(note)} />
    </FluentProvider>,
  );
  return { written, notes };
}

describe('FixAction', () => {
  it.each<[string, Finding[], string, string]>([
    ['one cell in Excel', [ONE], 'excel', 'Perbaiki'],
    ['a finding of two cells in Excel', [TWO], 'excel', 'Perbaiki (2 sel)'],
    ['a group in Excel', [ONE, TWO], 'excel', 'Perbaiki semua (3 sel)'],
    ['one cell on the web page', [ONE], 'web', 'Unduh salinan yang diperbaiki'],
    ['a group on the web page', [ONE, TWO], 'web', 'Unduh salinan dengan semua perbaikan (3 sel)'],
  ])('%s', (_name, findings, kind, label) => {
    renderAction(findings, { kind });
    expect(screen.getByTestId('fix').textContent).toBe(label);
  });

  it('names the cell it fixes for a screen reader, starting with what it shows', () => {
    renderAction([ONE]);
    expect(screen.getByRole('button', { name: 'Perbaiki D6 di sheet PK 2023' })).toBeTruthy();
  });

  it('shows nothing for findings without a fix', () => {
    renderAction([finding('D9')]);
    expect(screen.queryByTestId('fix')).toBeNull();
  });

  it('writes the fixes of every finding at once, and hands on the note', async () => {
    const { written, notes } = renderAction([ONE, TWO]);
    fireEvent.click(screen.getByTestId('fix'));
    await waitFor(() => expect(notes).toEqual(['3 sel diperbaiki.']));
    expect(written).toEqual([[...(ONE.fix ?? []), ...(TWO.fix ?? [])]]);
  });

  it('asks first where Ctrl+Z cannot undo it, and writes nothing when cancelled', async () => {
    const { written, notes } = renderAction([TWO], { undoable: false });
    fireEvent.click(screen.getByTestId('fix'));
    expect(screen.getByRole('status').textContent).toContain(
      'Excel ini tidak dapat membatalkan perbaikan dengan Ctrl+Z. 2 sel akan diganti',
    );
    fireEvent.click(screen.getByTestId('fix-cancel'));
    expect(written).toEqual([]);

    fireEvent.click(screen.getByTestId('fix'));
    fireEvent.click(screen.getByTestId('fix-confirm'));
    await waitFor(() => expect(notes).toHaveLength(1));
    expect(written).toEqual([TWO.fix]);
  });

  it('shows why a fix failed', async () => {
    const { notes } = renderAction([ONE], { fails: true });
    fireEvent.click(screen.getByTestId('fix'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Excel menolak perubahan: sheet dilindungi.',
    );
    expect(notes).toEqual([]);
  });
});

describe('fixing from the pane', () => {
  it('fixes a finding, validates again, and the finding is gone', async () => {
    const { host, calls } = fakeHost('excel');
    renderPane(host);
    fireEvent.click(screen.getByTestId('validasi'));
    await screen.findByTestId('summary');
    const angkaTeks = screen
      .getAllByTestId('finding')
      .find((element) => element.dataset.rule === 'angka-teks');
    expect(angkaTeks?.textContent).toContain('ketik 95,23 sebagai angka');
    // Only the finding with a fix has the button.
    expect(screen.getAllByTestId('fix')).toHaveLength(1);

    fireEvent.click(within(angkaTeks as HTMLElement).getByTestId('fix'));

    await waitFor(() =>
      expect(screen.getAllByTestId('finding').map((element) => element.dataset.rule)).not.toContain(
        'angka-teks',
      ),
    );
    expect(calls.fixed).toEqual([{ sheet: 'Tabel 3.1', cell: 'C3', was: '95,23', value: 95.23 }]);
    expect(screen.getByText('1 sel diperbaiki.')).toBeTruthy();
  });
});
