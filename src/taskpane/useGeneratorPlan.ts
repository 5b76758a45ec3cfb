/**
 * What a generator's panel does with the workbook: asks the host's engine (the web page's worker,
 * or the pane's thread in Excel) for the plan under the pane's settings (skala, toleransi, the
 * jenis chosen in the Validasi tab) and the user's choices in the preview, and for the sheet. The
 * panel gets plain data back, the preview it renders; a run shows its steps and can be cancelled.
 * The lazily loaded Renja panel gets it from App (see its PanelKit) rather than importing it.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ValidationSettings } from '../laporan/outcome';
import type { GeneratorId, PanePlans, PlanStep } from './engine-types';
import type { PaneHost } from './host';
import { errorMessage } from './useValidation';

export type Status = { intent: 'success' | 'warning' | 'error'; message: string } | null;

/** What App gives each generator tab (Evaluasi, Tabel, Renja, SKM). */
export interface GeneratorTabProps {
  host: PaneHost;
  settings: ValidationSettings;
  canRun: boolean;
}

export interface GeneratorPlanSetup<G extends GeneratorId> {
  host: PaneHost;
  settings: ValidationSettings;
  generator: G;
  /** The choices before the user makes any: again after each reading. */
  noChoices: PanePlans[G]['choices'];
}

export function useGeneratorPlan<G extends GeneratorId>({
  host,
  settings,
  generator,
  noChoices,
}: GeneratorPlanSetup<G>) {
  const [step, setStep] = useState<PlanStep | null>(null);
  const [plan, setPlan] = useState<PanePlans[G]['preview'] | null>(null);
  const [planFailure, setPlanFailure] = useState<string>();
  /** The choices, and whether the workbook is to be read (again) for them: the panel's button. */
  const [asked, setAsked] = useState<{ choices: PanePlans[G]['choices']; reread: boolean }>();
  const [status, setStatus] = useState<Status>(null);
  /** The report year typed in the panel; undefined: the workbook's. */
  const [tahun, setTahun] = useState<number>();
  const running = useRef<AbortController | null>(null);

  /**
   * Runs one request of the engine. A newer request ends it (null: nothing to show), and so does
   * the user (`cancelled`).
   */
  const runStep = useCallback(
    async <T>(
      work: (onStep: (step: PlanStep) => void, signal: AbortSignal) => Promise<T>,
    ): Promise<{ done: T } | { failed: string } | { cancelled: true } | null> => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setStep({ kind: 'reading', done: 0, total: 1 });
      try {
        return { done: await work(setStep, controller.signal) };
      } catch (error) {
        if (!controller.signal.aborted) return { failed: errorMessage(error) };
        return running.current === controller ? { cancelled: true } : null;
      } finally {
        if (running.current === controller) {
          running.current = null;
          setStep(null);
        }
      }
    },
    [],
  );

  // A panel that goes (another file opened) ends its run: the engine takes the next request.
  useEffect(() => () => running.current?.abort(), []);

  // Planned again whenever the choices or the settings change, on the workbook read before.
  useEffect(() => {
    if (!asked) return;
    const request = { generator, settings, choices: asked.choices, tahun };
    void runStep((onStep, signal) => host.plan(request, asked.reread, onStep, signal)).then(
      (outcome) => {
        if (!outcome) return;
        // Drawn in slices (a transition): a long preview never holds the page at once.
        startTransition(() => {
          setPlan('done' in outcome ? outcome.done : null);
          setPlanFailure('failed' in outcome ? outcome.failed : undefined);
        });
        if ('cancelled' in outcome) {
          // Nothing planned stands: the button starts again.
          setAsked(undefined);
          setStatus({
            intent: 'warning',
            message: 'Dibatalkan; tidak ada pratinjau yang ditampilkan.',
          });
        }
      },
    );
  }, [asked, settings, tahun, host, generator, runStep]);

  const prepare = async () => {
    setStatus(null);
    setPlan(null);
    setPlanFailure(undefined);
    setAsked({ choices: noChoices, reread: true });
  };

  const setChoices = (
    change: (current: PanePlans[G]['choices']) => PanePlans[G]['choices'],
  ): void => setAsked((current) => current && { choices: change(current.choices), reread: false });

  /** Adds the plan's sheet; `options` where the layout takes others than the plan (the tables ticked). */
  const write = async (options?: PanePlans[G]['write']) => {
    if (!asked || !plan) return;
    setStatus(null);
    const request = {
      generator,
      settings,
      choices: asked.choices,
      tahun,
      ...(options ? { options } : {}),
    };
    const outcome = await runStep((onStep, signal) => host.write(request, onStep, signal));
    if (!outcome) return;
    if ('done' in outcome) setStatus({ intent: 'success', message: outcome.done.note });
    else if ('failed' in outcome) setStatus({ intent: 'error', message: outcome.failed });
    else setStatus({ intent: 'warning', message: 'Dibatalkan; tidak ada sheet yang ditulis.' });
  };

  /** Ends the running read, plan or write. */
  const cancel = () => running.current?.abort();

  return {
    plan,
    planFailure,
    choices: asked?.choices ?? noChoices,
    setChoices,
    tahun,
    setTahun,
    step,
    status,
    prepare,
    write,
    cancel,
  };
}

/** What the panel around a plan shows of its state, and does by default. */
export interface PlanState {
  step: PlanStep | null;
  tahun?: number;
  setTahun: (tahun: number | undefined) => void;
  planFailure?: string;
  status: Status;
  prepare: () => Promise<void>;
  write: () => Promise<void>;
  cancel: () => void;
}
