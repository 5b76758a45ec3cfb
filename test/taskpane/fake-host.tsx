/** A PaneHost for component tests: a small workbook, and a record of what the pane asked for. */
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type TabName } from '../../src/taskpane/App';
import type { ValidationSettings } from '../../src/laporan/outcome';
import type { PaneHost } from '../../src/taskpane/host';
import { inPane, type WorkbookSource } from '../../src/taskpane/in-pane';
import type { WebHost } from '../../src/taskpane/web-host';
import type { CellFix } from '../../src/workbook/cell-fix';
import { fromA1, Sheet, type WorkbookModel } from '../../src/workbook/model';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';

/**
 * Tabel 3.1 with a wrong capaian and predikat (row 2) and a target typed as text (row 3); a PK
 * sheet listing the same two indicators, for the evaluasi plan.
 */
export function workbook(): WorkbookModel {
  const tabel = new Sheet('Tabel 3.1');
  fill(tabel, [
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
    [1, 'Indeks Kepuasan Masyarakat', 90, 84.19, 97, 'Sangat berhasil'],
    [2, 'Persentase desa tertib administrasi', '95,23', 93.65, 98.34, 'Sangat berhasil'],
  ]);
  const pk = new Sheet('PK 2023');
  fill(pk, [
    ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
    [1, 'Meningkatnya kualitas pelayanan', 'Indeks Kepuasan Masyarakat', 90],
    [2, 'Tertibnya administrasi desa', 'Persentase desa tertib administrasi', 95.23],
  ]);
  return { sheets: [tabel, pk] };
}

function fill(sheet: Sheet, rows: (string | number)[][]): void {
  rows.forEach((row, r) => row.forEach((value, c) => sheet.setCell(r + 1, c + 1, { value })));
}

/**
 * The pane's engine runs on this thread over `readWorkbook` and `addSheet`, as in Excel; a test
 * may replace either on the host it gets.
 */
interface Calls {
  selected: string[];
  added: SheetSpec[];
  saved: ValidationSettings[];
  progress: string[];
  opened: string[];
  /** The fixes written, which later reads of the workbook show. */
  fixed: CellFix[];
}

export function fakeHost(kind: 'excel'): { host: PaneHost & WorkbookSource; calls: Calls };
export function fakeHost(kind: 'web'): { host: WebHost & WorkbookSource; calls: Calls };
export function fakeHost(kind: 'excel' | 'web') {
  const calls: Calls = { selected: [], added: [], saved: [], progress: [], opened: [], fixed: [] };
  const source: WorkbookSource = {
    async readWorkbook(onProgress) {
      onProgress(1, 3);
      calls.progress.push('1/3');
      onProgress(3, 3);
      const model = workbook();
      for (const fix of calls.fixed) {
        const { row, col } = fromA1(fix.cell);
        const sheet = model.sheets.find((candidate) => candidate.name === fix.sheet);
        sheet?.setCell(
          row,
          col,
          'value' in fix ? { value: fix.value } : { value: null, formula: fix.formula },
        );
      }
      return model;
    },
    async addSheet(spec) {
      calls.added.push(spec);
      return { name: `${spec.name} (2)`, note: `Sheet baru "${spec.name} (2)" ditambahkan.` };
    },
  };
  const host = Object.assign(source, {
    kind,
    ...inPane(source),
    /** Excel with ExcelApi 1.20 (one undo step); a test may say otherwise. */
    fixUndoable: () => true,
    async fix(fixes: readonly CellFix[]) {
      calls.fixed.push(...fixes);
      return { note: `${fixes.length} sel diperbaiki.` };
    },
    loadSettings: () => ({ toleransi: 0 }),
    async saveSettings(settings: ValidationSettings) {
      calls.saved.push(settings);
    },
  });
  if (kind === 'excel') {
    const excel: PaneHost & WorkbookSource = Object.assign(host, {
      async selectCell(sheet: string, cell: string) {
        calls.selected.push(`${sheet}!${cell}`);
      },
    });
    return { host: excel, calls };
  }
  const web: WebHost & WorkbookSource = Object.assign(host, {
    kind: 'web' as const,
    fileName: null,
    async openFile(file: File) {
      calls.opened.push(file.name);
    },
  });
  return { host: web, calls };
}

export function renderPane(host: PaneHost, initialTab?: TabName) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialTab={initialTab} />
    </FluentProvider>,
  );
}
