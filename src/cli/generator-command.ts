/**
 * The command of a generator (`lkj evaluasi`, `lkj tabel`, `lkj renja`): parse, plan from the
 * workbook's facts, plan again with the `--jenis N=…` choices, lay the sheet out, write the copy,
 * then say what was written. Each command only configures its options and its texts.
 */
import type { FactChoices } from '../facts/facts';
import { WorkbookFacts } from '../facts/facts';
import { TAHUN_TIDAK_DIKETAHUI } from '../facts/year';
import type { Generator } from '../sheetgen/generator';
import { outputSheet } from '../sheetgen/output-marker';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import { finish } from '../core/steps';
import { detectTables } from '../workbook/detect';
import type { DetectedTable } from '../workbook/table-types';
import type { Command, Output } from './command';
import type { WorkbookFile } from './read-file';
import { replacedLine, sheetCopyCommand, writeSheetCopy, type SheetCopyArgs } from './sheet-copy';

type Io = { stdout: Output; stderr: Output };

/** `--jenis N=…`: choices by row number (1-based, as the sheet's No column counts). */
export interface RowChoices<Plan, Args, Choice, Row> {
  of: (args: Args) => ReadonlyMap<number, Choice>;
  rows: (plan: Plan) => readonly Row[];
  /** Why a row takes no choice, when it does not. */
  refusal?: (row: Row) => string | undefined;
}

export interface GeneratorCommandConfig<Plan, Options, Args extends SheetCopyArgs, Choice, Row> {
  /** One line for `lkj` without arguments. */
  summary: string;
  usage: string;
  parse: (args: string[]) => Args | string;
  /**
   * The facts' choices (beyond `--skala`, which every command passes on) and the generator's
   * options the arguments ask for; `byRow` holds the `--jenis` choices by row id, once made.
   */
  settings: (
    args: Args,
    byRow?: Readonly<Record<string, NoInfer<Choice>>>,
  ) => { choices?: FactChoices; options: Options };
  rowChoices?: RowChoices<Plan, Args, Choice, Row>;
  /**
   * Why the workbook holds nothing the generator reads, asked before the year (a workbook without
   * survey answers is told so, not asked for its year); undefined when it holds something.
   */
  missing?: (facts: WorkbookFacts) => string | undefined;
  /** Why the plan makes no sheet (said on stderr, exit code 1); undefined when it makes one. */
  nothing: (plan: Plan, args: Args) => string | undefined;
  /** What stdout says of the copy written. */
  written: (plan: Plan, spec: SheetSpec, args: Args) => string;
}

export interface GeneratorCommand<Args> extends Command {
  /** Writes the copy; `tables` when the caller has detected them already (`lkj demo`). */
  write(file: WorkbookFile, args: Args, io: Io, tables?: DetectedTable[]): Promise<number>;
}

export function generatorCommand<
  Plan,
  Options,
  Args extends SheetCopyArgs,
  Choice,
  Row extends { id: string },
>(
  generator: Generator<Plan, Options>,
  config: GeneratorCommandConfig<Plan, Options, Args, Choice, Row>,
): GeneratorCommand<Args> {
  async function write(
    { data, model }: WorkbookFile,
    args: Args,
    io: Io,
    tables: DetectedTable[] = detectTables(model),
  ): Promise<number> {
    const planWith = (byRow?: Readonly<Record<string, Choice>>) => {
      const { choices, options } = config.settings(args, byRow);
      const skala = args.skala === undefined ? {} : { skala: args.skala };
      const tahun = args.tahun === undefined ? {} : { tahun: args.tahun };
      const facts = new WorkbookFacts(model, tables, { ...skala, ...tahun, ...choices });
      return { facts, plan: () => finish(generator.plan(facts, options)), options };
    };
    const made = planWith();
    const missing = config.missing?.(made.facts);
    if (missing !== undefined) {
      io.stderr.write(`${args.input}: ${missing} Tidak ada berkas yang ditulis.\n`);
      return 1;
    }
    // Asked before planning: a generator never invents the year a sheet is titled with.
    if (made.facts.year === undefined) {
      io.stderr.write(
        `${args.input}: ${TAHUN_TIDAK_DIKETAHUI} Sebutkan dengan --tahun TAHUN (misalnya --tahun 2025). Tidak ada berkas yang ditulis.\n`,
      );
      return 2;
    }
    const first = { plan: made.plan(), options: made.options };
    const nothing = config.nothing(first.plan, args);
    if (nothing !== undefined) {
      io.stderr.write(`${args.input}: ${nothing}\n`);
      return 1;
    }
    const byRow = config.rowChoices && rowChoices(first.plan, args, config.rowChoices, io.stderr);
    if (typeof byRow === 'number') return byRow;
    const again = byRow && planWith(byRow);
    const { plan, options } = again ? { plan: again.plan(), options: again.options } : first;
    const spec = finish(outputSheet(generator, plan, model.sheets, options));
    const code = await writeSheetCopy(data, spec, args, io.stderr);
    if (code === 0) io.stdout.write(config.written(plan, spec, args) + replacedLine(spec));
    return code;
  }
  return { ...sheetCopyCommand(config.summary, config.usage, config.parse, write), write };
}

/**
 * The `--jenis` choices keyed by row id (the choices number the plan's rows from 1); undefined
 * when none was made. A number past the rows, or a row that takes no choice, is reported on
 * `stderr` and gives exit code 2.
 */
function rowChoices<Plan, Args, Choice, Row extends { id: string }>(
  plan: Plan,
  args: Args,
  { of, rows, refusal }: RowChoices<Plan, Args, Choice, Row>,
  stderr: Output,
): Record<string, Choice> | number | undefined {
  const byNumber = of(args);
  if (byNumber.size === 0) return undefined;
  const planned = rows(plan);
  const byId: Record<string, Choice> = {};
  for (const [number, value] of byNumber) {
    const row = planned[number - 1];
    const refused = row === undefined ? `hanya ada ${planned.length} baris` : refusal?.(row);
    if (refused !== undefined || row === undefined) {
      stderr.write(`--jenis ${number}: ${refused}.\n`);
      return 2;
    }
    byId[row.id] = value;
  }
  return byId;
}
