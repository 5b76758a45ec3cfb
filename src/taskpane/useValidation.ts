/** Reading the workbook and validating it, as state the panels render. */
import { startTransition, useCallback, useRef, useState } from 'react';
import type { WorkbookModel } from '../workbook/model';
import type { ValidationSettings } from '../laporan/outcome';
import type { PaneHost } from './host';
import type { Checked, ValidationStep } from './engine-types';

/** Where the validation is, or how it ended. */
export type Progress =
  { kind: 'idle' } | ValidationStep | { kind: 'cancelled' } | { kind: 'error'; message: string };

export interface Validation extends Checked {
  model: WorkbookModel;
  /** The settings the findings were computed with: changing them makes the result out of date. */
  settings: ValidationSettings;
}

export function isBusy(progress: Progress): progress is ValidationStep {
  return ['reading', 'detecting', 'preparing', 'checking'].includes(progress.kind);
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
        const { model, checked } = await host.validate(settings, setProgress, controller.signal);
        // Drawn in slices (a transition): thousands of findings never hold the page at once.
        startTransition(() => {
          setResult({ model, ...checked, settings });
          setProgress({ kind: 'idle' });
        });
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

  /** Ends the running validation. */
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

/** The message to show: ours are in Bahasa Indonesia already; anything else is labelled. */
export function errorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string') {
    return `Excel menolak permintaan (${code}): ${error.message}`;
  }
  if (error instanceof Error && error.message) return error.message;
  return `Terjadi kesalahan yang tidak terduga: ${String(error)}`;
}
