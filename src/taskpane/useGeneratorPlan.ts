/**
 * What a generator's panel does with the workbook: read it with the panel's engine, plan from the
 * workbook's facts made with the pane's settings (skala, toleransi, the jenis chosen in the
 * Validasi tab) and the user's choices in the preview, and write the sheet. The lazily loaded
 * Renja panel gets it from App (see its PanelKit) rather than importing it.
 */
import { useMemo, useState } from 'react';
import type { FactChoices, WorkbookFacts } from '../facts/facts';
import type { ValidationSettings } from '../laporan/outcome';
import type { Generator } from '../sheetgen/generator';
import type { WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { PaneHost } from './host';
import { errorMessage } from './useValidation';

/** What a panel's engine chunk brings besides its generator. */
export interface PlanEngine {
  WorkbookFacts: typeof WorkbookFacts;
  detectTables(model: WorkbookModel): DetectedTable[];
}

export type Progress = { done: number; total: number };
export type Status = { ok: boolean; message: string } | null;

export interface GeneratorPlanSetup<E extends PlanEngine, Plan, Options, Choices> {
  host: PaneHost;
  settings: ValidationSettings;
  loadEngine: () => Promise<E>;
  generator: (engine: E) => Generator<Plan, Options>;
  /** The choices before the user makes any: again after each reading. */
  noChoices: Choices;
  /**
   * The facts' choices (over the settings) and the generator's options the user's choices make.
   * Planning runs again when it changes: a function of the module, or memoised.
   */
  settle: (choices: Choices) => { facts?: FactChoices; options: Options };
}

export function useGeneratorPlan<E extends PlanEngine, Plan, Options, Choices>({
  host,
  settings,
  loadEngine,
  generator,
  noChoices,
  settle,
}: GeneratorPlanSetup<E, Plan, Options, Choices>) {
  const [reading, setReading] = useState<Progress | null>(null);
  const [read, setRead] = useState<{ engine: E; model: WorkbookModel; tables: DetectedTable[] }>();
  const [choices, setChoices] = useState(noChoices);
  const [status, setStatus] = useState<Status>(null);
  const [writing, setWriting] = useState(false);
  // Planned while drawing, so a planning failure becomes a message instead of a blank pane.
  const planned = useMemo(():
    | { plan: Plan; options: Options; planFailure?: undefined }
    | { plan: null; planFailure?: string } => {
    if (!read) return { plan: null };
    try {
      const { facts, options } = settle(choices);
      const { engine, model, tables } = read;
      const made = new engine.WorkbookFacts(model, tables, { ...settings, ...facts });
      return { plan: generator(engine).plan(made, options), options };
    } catch (error) {
      return { plan: null, planFailure: errorMessage(error) };
    }
  }, [read, choices, settings, settle, generator]);

  const prepare = async () => {
    setStatus(null);
    setRead(undefined);
    setChoices(noChoices);
    setReading({ done: 0, total: 1 });
    try {
      const [model, engine] = await Promise.all([
        host.readWorkbook((done, total) => setReading({ done, total })),
        loadEngine(),
      ]);
      setRead({ engine, model, tables: engine.detectTables(model) });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    } finally {
      setReading(null);
    }
  };

  /** Adds the plan's sheet; `options` where the layout takes others than the plan (the tables ticked). */
  const write = async (options?: Options) => {
    if (!read || !('options' in planned)) return;
    setWriting(true);
    try {
      const names = read.model.sheets.map((sheet) => sheet.name);
      const spec = generator(read.engine).layout(planned.plan, names, options ?? planned.options);
      const added = await host.addSheet(spec);
      setStatus({ ok: true, message: added.note });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    } finally {
      setWriting(false);
    }
  };

  return {
    ...planned,
    engine: read?.engine,
    choices,
    setChoices,
    reading,
    status,
    writing,
    prepare,
    write,
  };
}

/** What the panel around a plan shows of its state, and does by default. */
export interface PlanState {
  reading: Progress | null;
  planFailure?: string;
  status: Status;
  writing: boolean;
  prepare: () => Promise<void>;
  write: () => Promise<void>;
}
