/** Reading the workbook and validating it, as state the panels render. */
import { useCallback, useState } from 'react';
import type { UncheckedSheet } from '../checks';
import type { Finding } from '../checks/finding';
import type { JenisIndikator } from '../checks/jenis-indikator';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { ValidationSettings } from '../laporan/outcome';
import type { PaneHost } from './host';
import { loadEngine } from './load-engine';

export type Progress =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'checking' }
  | { kind: 'error'; message: string };

export interface Validation {
  model: WorkbookModel;
  tables: DetectedTable[];
  findings: Finding[];
  /** Sheets with cells but no recognised table: not checked, and the pane says so. */
  uncheckedSheets: UncheckedSheet[];
  /** The checks that ran, in registry order, for grouping and headings. */
  checks: readonly { id: string; description: string }[];
  /** The settings the findings were computed with: changing them makes the result out of date. */
  settings: ValidationSettings;
  /** Indicators on Renja forms, whose jenis the user may set; `leftOut` beyond the list's cap. */
  jenis: { list: JenisIndikator[]; leftOut: number };
}

export function useValidation(host: PaneHost) {
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const [result, setResult] = useState<Validation | null>(null);

  const run = useCallback(
    async (settings: ValidationSettings) => {
      setProgress({ kind: 'reading', done: 0, total: 1 });
      try {
        const [model, engine] = await Promise.all([
          host.readWorkbook((done, total) => setProgress({ kind: 'reading', done, total })),
          loadEngine(),
        ]);
        setProgress({ kind: 'checking' });
        // Let the browser paint "Memeriksa…" before the checks hold the thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const { tables, findings, uncheckedSheets } = engine.validateWorkbook(model, {
          toleransi: settings.toleransi,
          ...(settings.skala ? { skala: settings.skala } : {}),
          ...(settings.jenis ? { jenis: settings.jenis } : {}),
        });
        const jenis = engine.jenisIndikator(model, tables);
        const { checks } = engine;
        setResult({ model, tables, findings, uncheckedSheets, checks, settings, jenis });
        setProgress({ kind: 'idle' });
      } catch (error) {
        setResult(null);
        setProgress({ kind: 'error', message: errorMessage(error) });
      }
    },
    [host],
  );

  const reset = useCallback(() => {
    setResult(null);
    setProgress({ kind: 'idle' });
  }, []);

  const fail = useCallback(
    (error: unknown) => setProgress({ kind: 'error', message: errorMessage(error) }),
    [],
  );

  return { progress, result, run, reset, fail };
}

/**
 * The "Hasil Validasi" sheet of a validation, from the file `source`: the laporan generator over
 * the facts of the validation's workbook and settings, as `lkj validate --laporan` writes it.
 */
export async function laporanSheetOf(result: Validation, source: string): Promise<SheetSpec> {
  const { laporanGenerator, WorkbookFacts } = await loadEngine();
  const facts = new WorkbookFacts(result.model, result.tables, result.settings);
  const options = { validation: result, source };
  const names = result.model.sheets.map((sheet) => sheet.name);
  return laporanGenerator.layout(laporanGenerator.plan(facts, options), names, options);
}

/** The message to show: ours are in Bahasa Indonesia already; anything else is labelled. */
export function errorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string') {
    return `Excel menolak permintaan (${code}): ${error.message}`;
  }
  if (error instanceof Error && error.message) return error.message;
  return `Terjadi kesalahan yang tidak terduga: ${String(error)}`;
}
