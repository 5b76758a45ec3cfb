/**
 * The pane's engine over one read workbook: tables detected once, then validations, the
 * generators' plans and their sheets from it. It runs in the web page's worker (xlsx-worker) and,
 * inside Excel, on the pane's thread (in-pane.ts); there it pauses before every sheet it
 * detects, between the steps of the facts that take long (every table's budget), of the checks
 * (see `Check.steps`) and of the plans and layouts, after every check, and before every plan and
 * layout, so that the pane never holds its thread for a whole run.
 */
import { checks, checkSteps, uncheckedSheetsOf } from '../checks';
import { jenisIndikator } from '../checks/jenis-indikator';
import { evaluasiGenerator, evaluateRow, type EvaluasiPlan } from '../evaluasi';
import { WorkbookFacts, type FactChoices } from '../facts/facts';
import { YearUnknownError } from '../facts/year';
import { laporanGenerator } from '../laporan';
import type { ValidationSettings } from '../laporan/outcome';
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import {
  footerResults,
  renjaGenerator,
  rowResults,
  type RenjaOptions,
  type RenjaPlan,
} from '../renja';
import type { Generator } from '../sheetgen/generator';
import { skmGenerator, type SkmOptions, type SkmPlan, type SkmSurveyPlan } from '../skm';
import { outputSheet, type NamedSheet } from '../sheetgen/output-marker';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import { finish, type Steps } from '../core/steps';
import { tabelGenerator, type TabelOptions, type TabelPlan } from '../tabel';
import { sheetTableSteps } from '../workbook/detect';
import { staffModel, type WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type {
  Checked,
  GeneratorId,
  PanePlans,
  PlanRequest,
  PlanStep,
  ReportRequest,
  ValidationStep,
  WriteRequest,
} from './engine-types';
import { validationOptions } from './host';

export { checks } from '../checks';

/**
 * What a call reports and how it hands the thread back between steps: `pause` resolves once the
 * pane may go on, and rejects when the run was cancelled.
 */
export interface Run<Step> {
  onStep: (step: Step) => void;
  pause: () => Promise<void>;
  /** Aborted when the user cancelled the run: the failure that follows is no fault. */
  signal?: AbortSignal;
}

/**
 * A failure of the engine itself (never the workbook's: that is a WorkbookReadError), told in
 * Bahasa Indonesia; the original error is its cause.
 */
export class EngineError extends Error {
  constructor(what: string, cause: unknown) {
    super(
      `${what} tidak dapat diselesaikan karena kesalahan tak terduga di add-in; workbook tidak ` +
        'diubah. Bila terus terjadi, laporkan bersama berkasnya.',
      { cause },
    );
    this.name = 'EngineError';
  }
}

/** Rows of a BAB III table the preview shows; the sheet holds them all. */
const TABEL_PREVIEW_ROWS = 8;
/** Rows of the Renja form the preview shows. */
const RENJA_PREVIEW_ROWS = 150;

/** How the pane runs a generator: the facts and options the user's choices make, the preview. */
interface PaneGenerator<G extends GeneratorId, Plan, Options> {
  generator: Generator<Plan, Options>;
  settle(choices: PanePlans[G]['choices']): { facts?: FactChoices; options: Options };
  preview(plan: Plan): PanePlans[G]['preview'];
}

type PaneGenerators = {
  [G in GeneratorId]: PaneGenerator<G, never, never>;
};

const evaluasi: PaneGenerator<'evaluasi', EvaluasiPlan, object> = {
  generator: evaluasiGenerator,
  // The types chosen are the facts' rumus of the indicators, the arah their arah.
  settle: ({ types, arah }) => ({ facts: { rumus: types, arah }, options: {} }),
  // The preview's values, in one place: what the sheet's formulas compute.
  preview: (plan) => ({ plan, results: plan.rows.map((row) => evaluateRow(row, plan.scale)) }),
};

const tabel: PaneGenerator<'tabel', TabelPlan, TabelOptions> = {
  generator: tabelGenerator,
  // The tables ticked only choose what is written, so they are no choice the plan depends on.
  // Only the rows shown are previewed: the sheet lays out the others when it is written.
  settle: () => ({ options: { previewRows: TABEL_PREVIEW_ROWS } }),
  preview: ({ year, scale, notes, sections }) => ({
    year,
    scale,
    notes,
    sections: sections.map((section) => ({
      ...section,
      rowCount: section.rowCount ?? section.preview.rows.length,
    })),
  }),
};

const renja: PaneGenerator<'renja', RenjaPlan, RenjaOptions> = {
  generator: renjaGenerator,
  // The jenis chosen per indicator name in the Validasi tab come with the settings, in the facts.
  settle: ({ jenis, tw }) => ({ options: { jenis: { ...jenis }, ...(tw ? { tw } : {}) } }),
  preview: (plan) => ({
    year: plan.year,
    tw: plan.tw,
    source: plan.source,
    notes: plan.notes,
    rows: plan.rows.slice(0, RENJA_PREVIEW_ROWS).map((row) => ({ row, results: rowResults(row) })),
    rowCount: plan.rows.length,
    footer: footerResults(plan),
  }),
};

const skm: PaneGenerator<'skm', SkmPlan, SkmOptions> = {
  generator: skmGenerator,
  settle: ({ bobot, populasi }) => ({
    options: { bobot, ...(populasi === undefined ? {} : { populasi }) },
  }),
  // The answer cells stay in the engine: the preview carries what the formulas give.
  preview: ({ year, missing, notes, survey }) => ({
    year,
    missing,
    notes,
    ...(survey ? { survey: surveyPreview(survey) } : {}),
  }),
};

function surveyPreview({ unsur, profiles: _profiles, splits, ...rest }: SkmSurveyPlan) {
  return {
    ...rest,
    unsur: unsur.map(({ answers: _a, tidakSah: _t, teks: _x, ...shown }) => shown),
    splits: splits.map((split) => split.label),
  };
}

/** Typed per id where they are made; here only passed through, as the request's id says. */
const GENERATORS = { evaluasi, tabel, renja, skm } as unknown as PaneGenerators;

interface Planned {
  key: string;
  plan: never;
  options: never;
}

export class WorkbookSession {
  private tables?: Promise<DetectedTable[]>;
  /** The last plan of each generator, with the settings and choices it was made under. */
  private readonly planned = new Map<GeneratorId, Planned>();

  constructor(readonly model: WorkbookModel) {}

  /** Every check, a check a step, and the jenis the user may set. */
  validate(settings: ValidationSettings, run: Run<ValidationStep>): Promise<Checked> {
    return guarded('Validasi', run, async () => {
      const tables = await this.detect(run);
      const facts = new WorkbookFacts(this.model, tables, validationOptions(settings));
      run.onStep({ kind: 'preparing' });
      await paced(facts.prepare(), run);
      const steps = checkSteps(facts, checks);
      let step = steps.next();
      for (; !step.done; step = steps.next()) {
        run.onStep({ kind: 'checking', ...step.value });
        await run.pause();
      }
      await run.pause();
      return {
        tables,
        findings: step.value,
        uncheckedSheets: uncheckedSheetsOf(this.model, tables),
        checks: checks.map(({ id, title, description }) => ({ id, title, description })),
        jenis: jenisIndikator(this.model, tables),
      };
    });
  }

  /** A generator's plan under the request's settings and choices, as its preview shows it. */
  plan<G extends GeneratorId>(
    request: PlanRequest<G>,
    run: Run<PlanStep>,
  ): Promise<PanePlans[G]['preview']> {
    return guarded('Pratinjau', run, async () => {
      const { plan } = await this.planOf(request, run);
      await run.pause();
      return GENERATORS[request.generator].preview(plan);
    });
  }

  /** The sheet of the request's plan (planned again only where its settings or choices changed). */
  sheet<G extends GeneratorId>(
    request: WriteRequest<G>,
    sheets: readonly NamedSheet[],
    run: Run<PlanStep>,
  ): Promise<SheetSpec> {
    return guarded('Sheet', run, async () => {
      const planned = await this.planOf(request, run);
      run.onStep({ kind: 'writing' });
      await run.pause();
      const { generator } = GENERATORS[request.generator];
      const options = (request.options ?? planned.options) as never;
      return paced(outputSheet(generator, planned.plan, sheets, options), run);
    });
  }

  /**
   * The "Hasil Validasi" sheet of a validation of this workbook: the laporan generator over the
   * facts of its settings, as `lkj validate --laporan` writes it.
   */
  report(
    request: ReportRequest,
    sheets: readonly NamedSheet[],
    run: Run<PlanStep>,
  ): Promise<SheetSpec> {
    return guarded('Laporan', run, async () => {
      run.onStep({ kind: 'writing' });
      await run.pause();
      const { tables } = request.validation;
      return laporanSheetOf({ ...request, model: this.model, tables }, sheets);
    });
  }

  /**
   * The workbook's tables, detected on first need, a sheet (or a block of a long one's rows) a
   * step; again after a cancelled run.
   */
  private detect(run: Run<{ kind: 'detecting' }>): Promise<DetectedTable[]> {
    this.tables ??= (async () => {
      run.onStep({ kind: 'detecting' });
      const tables: DetectedTable[] = [];
      for (const sheet of staffModel(this.model).sheets) {
        await run.pause();
        tables.push(...(await paced(sheetTableSteps(sheet), run)));
      }
      return tables;
    })();
    const detecting = this.tables;
    detecting.catch(() => {
      if (this.tables === detecting) this.tables = undefined;
    });
    return detecting;
  }

  private async planOf<G extends GeneratorId>(
    { generator: id, settings, choices, tahun }: PlanRequest<G>,
    run: Run<PlanStep>,
  ): Promise<Planned> {
    const key = JSON.stringify({ settings, choices, tahun });
    const kept = this.planned.get(id);
    if (kept?.key === key) return kept;
    const tables = await this.detect(run);
    run.onStep({ kind: 'planning' });
    await run.pause();
    const { generator, settle } = GENERATORS[id];
    const { facts, options } = settle(choices as never);
    const made = new WorkbookFacts(this.model, tables, {
      ...settings,
      ...facts,
      ...(tahun === undefined ? {} : { tahun }),
    });
    await paced(made.prepare(), run);
    const planned: Planned = {
      key,
      plan: await paced(generator.plan(made, options), run),
      options,
    };
    this.planned.set(id, planned);
    return planned;
  }
}

/**
 * A failure the user can act on, its message already Bahasa Indonesia: the file cannot be read, or
 * it states no year (the panel asks for one). Anything else is the add-in's failure.
 */
export function isUsersToAnswer(error: unknown): error is WorkbookReadError | YearUnknownError {
  return error instanceof WorkbookReadError || error instanceof YearUnknownError;
}

/** Runs `steps` through, pausing the run at each step. */
async function paced<T>(steps: Steps<T>, run: Run<never>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await run.pause();
  }
}

/** Runs `work`; a failure not the user's to answer, nor a cancellation, becomes an EngineError. */
async function guarded<T>(what: string, run: Run<never>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUsersToAnswer(error) || run.signal?.aborted) throw error;
    throw new EngineError(what, error);
  }
}

/** The report's sheet from a validation's workbook, tables, findings and settings. */
export function laporanSheetOf(
  {
    model,
    tables,
    settings,
    validation,
    source,
  }: ReportRequest & { model: WorkbookModel; tables: readonly DetectedTable[] },
  sheets: readonly NamedSheet[] = model.sheets,
): SheetSpec {
  const facts = new WorkbookFacts(model, tables, settings);
  const options = { validation, source };
  const plan = finish(laporanGenerator.plan(facts, options));
  return finish(outputSheet(laporanGenerator, plan, sheets, options));
}
