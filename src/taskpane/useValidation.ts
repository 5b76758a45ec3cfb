/** Reading the workbook and validating it, as state the panels render. */
import { useCallback, useRef, useState } from 'react';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { WorkbookModel } from '../workbook/model';
import type { ValidationSettings } from '../laporan/outcome';
import { validationOptions, type PaneHost } from './host';
import { loadEngine } from './load-engine';
import type { Checked, ValidationStep } from './validate-bytes';

/** A step's `total` 0: not known (Excel's checks, which report no steps). */
export type Progress =
  { kind: 'idle' } | ValidationStep | { kind: 'cancelled' } | { kind: 'error'; message: string };

export interface Validation extends Checked {
  model: WorkbookModel;
  /** The settings the findings were computed with: changing them makes the result out of date. */
  settings: ValidationSettings;
}

export function isBusy(progress: Progress): boolean {
  return ['reading', 'detecting', 'checking'].includes(progress.kind);
}

export function useValidation(host: PaneHost) {
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const [result, setResult] = useState<Validation | null>(null);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(
    async (settings: ValidationSettings) => {
      setProgress({ kind: 'reading', done: 0, total: 1 });
      const controller = new AbortController();
      running.current = controller;
      try {
        const { model, checked } = host.validate
          ? await host.validate(settings, setProgress, controller.signal)
          : await validateInPane(host, settings, setProgress);
        setResult({ model, ...checked, settings });
        setProgress({ kind: 'idle' });
      } catch (error) {
        setResult(null);
        setProgress(
          controller.signal.aborted
            ? { kind: 'cancelled' }
            : { kind: 'error', message: errorMessage(error) },
        );
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [host],
  );

  /** Ends the running validation, where the host can (the web page's worker). */
  const cancel = useCallback(() => running.current?.abort(), []);

  const reset = useCallback(() => {
    setResult(null);
    setProgress({ kind: 'idle' });
  }, []);

  const fail = useCallback(
    (error: unknown) => setProgress({ kind: 'error', message: errorMessage(error) }),
    [],
  );

  return { progress, result, run, cancel, reset, fail };
}

/** Excel's way: the workbook read through the host, then checked on the pane's thread. */
async function validateInPane(
  host: PaneHost,
  settings: ValidationSettings,
  setProgress: (progress: Progress) => void,
): Promise<{ model: WorkbookModel; checked: Checked }> {
  const [model, engine] = await Promise.all([
    host.readWorkbook((done, total) => setProgress({ kind: 'reading', done, total })),
    loadEngine(),
  ]);
  setProgress({ kind: 'checking', done: 0, total: 0 });
  // Let the browser paint "Memeriksa…" before the checks hold the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const report = engine.validateWorkbook(model, validationOptions(settings));
  const jenis = engine.jenisIndikator(model, report.tables);
  return { model, checked: { ...report, checks: engine.checks, jenis } };
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
