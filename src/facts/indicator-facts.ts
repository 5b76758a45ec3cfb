/**
 * Every indicator with what the workbook says of it, answered once for the checks and every
 * generator: a stable key, its names, sasaran and satuan, arah, jenis, rumus and components, and
 * for each field and year every statement of it ranked by ONE precedence table, the first of which
 * is its value. A Renstra table's targets are kept apart as the end-of-period target.
 */
import type { Arah } from '../core/capaian';
import type { CellNumber } from '../workbook/cell-number';
import type { SourceReading } from '../workbook/cells';
import { entityText } from '../workbook/entity';
import type { CellRef } from '../workbook/model';
import type { ColumnRole, DetectedTable, TableKind } from '../workbook/table-types';
import type { ModelReader } from '../workbook/cells';
import type { Sheet, WorkbookModel } from '../workbook/model';
import type { FactChoices } from './choices';
import { IKM_NAME, type IkmOlah } from './ikm-olah';
import type { ReportYear } from './year';
import {
  indicatorModel,
  keyOf,
  withJenisChoices,
  type Indicator,
  type IndicatorJenis,
  type IndicatorMention,
  type IndicatorModel,
} from './indicators';
import {
  readPenghitungan,
  typeFromFormulasi,
  typeFromName,
  type IndicatorType,
} from './penghitungan';

/** Where a stated target or realisasi comes from; `komponen` is computed from its components. */
export type ValueSource =
  | 'komponen'
  | 'pk-perubahan'
  | 'pk'
  | 'capaian'
  | 'multi-tahun'
  | 'renja'
  | 'penghitungan'
  | 'pk-sebelum'
  | 'olah-skm';

export type Field = 'target' | 'realisasi';

/**
 * The one precedence table: for each field, the sources in the order its value is taken.
 * Target: the Perjanjian Kinerja after revision is the agreement in force, then the PK, then the
 * tables that report against it; the target before revision only where nothing else states one.
 * Realisasi: what the workbook's own penghitungan (or the IKM quarters) computes from its
 * components is the evidence, then the capaian table of the year, the multi-year table, a Renja
 * form's year (the columns its equations name), the result the penghitungan states, and for the
 * IKM indicator the IKM a processing table built by hand states (ikm-olah.ts). A Renja
 * target is the plan's, not the agreement's: it ranks after the tables reporting against the PK.
 * Why each: docs/decisions.md.
 */
export const PRECEDENCE: Readonly<Record<Field, readonly ValueSource[]>> = {
  target: ['pk-perubahan', 'pk', 'capaian', 'multi-tahun', 'renja', 'pk-sebelum'],
  realisasi: ['komponen', 'capaian', 'multi-tahun', 'renja', 'penghitungan', 'olah-skm'],
};

/** Tables whose rows state an indicator's own target and realisasi. */
const VALUE_KINDS: readonly TableKind[] = ['pk', 'capaian', 'multi-tahun', 'renja', 'penghitungan'];

/** A target column about the end of the Renstra period, not a year (`Target Akhir P RENSTRA`). */
const RENSTRA = /renstra|akhir\s+periode|target\s+akhir|kondisi\s+akhir|\biku\b/i;

/** One cell stating an indicator's target or realisasi for a year. */
export interface Statement {
  mention: IndicatorMention;
  year?: number;
  field: Field;
  col: number;
  /** The cell as the checks read it (its own cell, decimals as shown). */
  reading: CellNumber;
  /** The target before revision on the same row, where the table gives one. */
  sebelum?: { col: number; reading: CellNumber };
  /** Its place in the precedence table; sources outside it rank after every one in it. */
  rank: number;
  source: ValueSource | TableKind;
  /** A Renstra table's row: its target is the end-of-period one, never the year's. */
  renstra: boolean;
}

/** A value and where it came from. */
export interface SourcedValue {
  value: number;
  source: ValueSource | 'renstra';
  /** The cell stating it; absent for a value computed from components. */
  cell?: CellRef;
  /** How a formula reads that cell, or `constant` where it cannot. */
  reading?: SourceReading;
  /** The row it was read from, for notes (its table's title or sheet). */
  mention?: IndicatorMention;
}

export interface Components {
  type: IndicatorType;
  inputs: number[];
  from: 'penghitungan' | 'ikm-triwulan';
}

export interface IndicatorFact {
  /** Stable key: the first name as written, normalised, without spaces. */
  key: string;
  name: string;
  nameCell: CellRef;
  /** The model's indicator (its mentions, as matched across tables). */
  indicator: Indicator;
  mentions: IndicatorMention[];
  /** The sasaran (else tujuan) a table writes over the indicator; '' where none does. */
  sasaran: string;
  satuan?: string;
  arah: { value: Arah; from: 'pilihan' | 'kolom' | 'bawaan'; cell?: CellRef };
  jenis?: IndicatorJenis;
  /** How its result is computed from its components, and why. */
  rumus: { type: IndicatorType; from: 'pilihan' | 'penghitungan' | 'formulasi' | 'nama' };
  /** The Formulasi text a table states. */
  formulasi?: string;
  /** The penghitungan text a penghitungan table states, and the result it writes. */
  penghitungan?: { text: string; hasil?: number };
  /** Components of the report year's result (penghitungan or IKM quarters) matching the rumus. */
  components?: Components;
  /**
   * The first text a table (of `kinds`, default any) states under `role` for the indicator, a
   * merged sasaran included.
   */
  text(role: ColumnRole, kinds?: readonly TableKind[]): string | undefined;
  /** Every statement of `field` in `year` (default: the report year), in precedence order. */
  statements(field: Field, year?: number): Statement[];
  /** The value of `field` in `year` (default: the report year) by the precedence table. */
  value(field: Field, year?: number): SourcedValue | undefined;
  /** As value, without the value computed from components: what the tables state. */
  stated(field: Field, year?: number): SourcedValue | undefined;
  /** The Renstra end-of-period target. */
  renstra?: SourcedValue;
  /** Every year some table states a target or realisasi for, ascending. */
  years: number[];
  /** It is the workbook's one IKM indicator (a processing table's IKM may be its realisasi). */
  readonly ikm: boolean;
}

export interface IndicatorFacts {
  /** The mention-level model: every indicator row of every table, with the user's jenis. */
  model: IndicatorModel;
  all: IndicatorFact[];
  of(indicator: Indicator): IndicatorFact;
  /** The indicator a name from elsewhere means, by the model's one matching rule. */
  find(name: string): IndicatorFact | undefined;
}

/** The stable key of an indicator fact (`IndicatorFact.key`), by the model's one rule. */
export { keyOf };

/** What the indicators are read from: the workbook's facts (facts.ts), as far as they need. */
export interface IndicatorSource {
  readonly model: WorkbookModel;
  readonly tables: readonly DetectedTable[];
  readonly choices: FactChoices;
  readonly reader: ModelReader;
  readonly year: ReportYear | undefined;
  /** The IKM a processing table built by hand states for the report year (ikm-olah.ts). */
  readonly ikmOlah: IkmOlah | undefined;
  sheet(name: string): Sheet;
  number(sheet: Sheet, row: number, col: number): CellNumber;
}

export function indicatorFacts(facts: IndicatorSource): IndicatorFacts {
  const model = withJenisChoices(
    indicatorModel(facts.model, facts.tables, facts.year?.value),
    facts.choices.jenis,
  );
  // Facts are made per indicator on first use: most readers ask about a few of thousands.
  const byIndicator = new Map<Indicator, IndicatorFact>();
  // A processing table's IKM goes to the IKM indicator only where the workbook has one.
  const soleIkm = once(() => {
    const named = model.indicators.filter((indicator) => IKM_NAME.test(indicator.name));
    return named.length === 1 ? named[0] : undefined;
  });
  const of = (indicator: Indicator): IndicatorFact => {
    let fact = byIndicator.get(indicator);
    if (!fact) byIndicator.set(indicator, (fact = factOf(facts, indicator, soleIkm)));
    return fact;
  };
  let all: IndicatorFact[] | undefined;
  return {
    model,
    get all() {
      return (all ??= model.indicators.map(of));
    },
    of,
    find: (name) => {
      const indicator = model.find(name);
      return indicator && of(indicator);
    },
  };
}

function isRenstraTable(table: DetectedTable): boolean {
  return table.columns.some((column) => column.role === 'target' && RENSTRA.test(column.header));
}

function sourceOf(
  mention: IndicatorMention,
  field: Field,
  revised: boolean,
): ValueSource | TableKind {
  const { kind } = mention.table;
  if (kind === 'pk' && field === 'target') return revised ? 'pk-perubahan' : 'pk';
  return kind;
}

function rankOf(field: Field, source: ValueSource | TableKind): number {
  const rank = (PRECEDENCE[field] as readonly string[]).indexOf(source);
  return rank < 0 ? PRECEDENCE[field].length + 1 : rank;
}

function factOf(
  facts: IndicatorSource,
  indicator: Indicator,
  soleIkm: () => Indicator | undefined,
): IndicatorFact {
  const { mentions } = indicator;
  const reportYear = facts.year?.value;
  const key = keyOf(indicator.name);
  const valueMentions = mentions.filter((m) => VALUE_KINDS.includes(m.table.kind));

  const texts = new Map<string, string | undefined>();
  const text = (role: ColumnRole, kinds?: readonly TableKind[]): string | undefined => {
    const cacheKey = `${role}:${kinds?.join() ?? ''}`;
    if (texts.has(cacheKey)) return texts.get(cacheKey);
    let found: string | undefined;
    for (const { table, row } of mentions) {
      if (kinds && !kinds.includes(table.kind)) continue;
      const sheet = facts.reader.sheet(table.sheet);
      const clean = sheet && entityText(sheet, table, row, role)?.replace(/\s+/g, ' ').trim();
      if (clean) {
        found = clean;
        break;
      }
    }
    texts.set(cacheKey, found);
    return found;
  };

  const statementCache = new Map<string, Statement[]>();
  const statements = (field: Field, year = reportYear): Statement[] => {
    const cacheKey = `${field}:${year}`;
    const cached = statementCache.get(cacheKey);
    if (cached) return cached;
    const list: Statement[] = [];
    for (const mention of valueMentions) {
      const sheet = facts.sheet(mention.table.sheet);
      for (const values of mention.years) {
        if (values.year !== year) continue;
        const col = values.cols[field];
        if (col === undefined) continue;
        const sebelumCol = field === 'target' ? values.cols.targetSebelum : undefined;
        const source = sourceOf(mention, field, sebelumCol !== undefined);
        const statement: Statement = {
          mention,
          year,
          field,
          col,
          reading: facts.number(sheet, mention.row, col),
          rank: rankOf(field, source),
          source,
          // A form's year target is the one its equations name, beside its Renstra column.
          renstra: mention.table.kind !== 'renja' && isRenstraTable(mention.table),
        };
        if (sebelumCol !== undefined)
          statement.sebelum = {
            col: sebelumCol,
            reading: facts.number(sheet, mention.row, sebelumCol),
          };
        list.push(statement);
        // The target before revision is the last resort of the year's target.
        if (sebelumCol !== undefined) {
          list.push({
            mention,
            year,
            field,
            col: sebelumCol,
            reading: statement.sebelum!.reading,
            rank: rankOf(field, 'pk-sebelum'),
            source: 'pk-sebelum',
            renstra: statement.renstra,
          });
        }
      }
    }
    // Stable: within a rank, the workbook's order.
    const ranked = list
      .map((statement, i) => ({ statement, i }))
      .sort((a, b) => a.statement.rank - b.statement.rank || a.i - b.i)
      .map(({ statement }) => statement);
    statementCache.set(cacheKey, ranked);
    return ranked;
  };

  const sourced = (statement: Statement): SourcedValue | undefined =>
    sourcedAt(facts, statement.mention, statement.col, statement.source as ValueSource);

  const stated = (field: Field, year = reportYear): SourcedValue | undefined => {
    for (const statement of statements(field, year)) {
      if (statement.renstra || statement.rank >= PRECEDENCE[field].length) continue;
      const value = sourced(statement);
      if (value) return value;
    }
    // Last in the precedence: only where no table states the year's realisasi.
    return field === 'realisasi' && year === reportYear && soleIkm() === indicator
      ? ikmRealisasi(facts)
      : undefined;
  };

  // What only some readers ask for (the generators, a disputed value) is worked out on first use:
  // the checks ask thousands of indicators for their statements and nothing else.
  const derived = once(() => derive(facts, indicator, key, text));
  const renstra = once(() => renstraOf(facts, valueMentions, reportYear));
  const sasaran = once(() => text('sasaran') ?? text('tujuan') ?? '');

  // Where a table states exactly what the components give, its cell is the source to link to.
  const value = (field: Field, year = reportYear): SourcedValue | undefined => {
    const found = stated(field, year);
    const { komponen } = derived();
    if (field !== 'realisasi' || year !== reportYear || komponen === undefined) return found;
    return found && sameNumber(found.value, komponen)
      ? found
      : { value: komponen, source: 'komponen' };
  };

  const chosenArah = facts.choices.arah?.[key];
  return {
    key,
    name: indicator.name,
    nameCell: mentions[0].nameCell,
    indicator,
    mentions,
    get sasaran() {
      return sasaran();
    },
    get satuan() {
      return derived().satuan;
    },
    arah:
      chosenArah !== undefined
        ? { value: chosenArah, from: 'pilihan' }
        : indicator.arah
          ? { value: indicator.arah.value, from: 'kolom', cell: indicator.arah.cell }
          : { value: 'naik', from: 'bawaan' },
    // Worked out by the indicator when first asked.
    get jenis() {
      return indicator.jenis;
    },
    get rumus() {
      return derived().rumus;
    },
    get formulasi() {
      return derived().formulasi;
    },
    get penghitungan() {
      return derived().penghitungan;
    },
    get components() {
      return derived().components;
    },
    get renstra() {
      return renstra();
    },
    text,
    statements,
    value,
    stated,
    years: yearsOf(valueMentions),
    get ikm() {
      return soleIkm() === indicator;
    },
  };
}

/** The IKM indicator's realisasi from the one processing table of the report year. */
function ikmRealisasi(facts: IndicatorSource): SourcedValue | undefined {
  const found = facts.ikmOlah;
  if (found?.kind !== 'satu') return undefined;
  const cell = { sheet: found.olah.sheet.name, row: found.ikm.row, col: found.ikm.col };
  const read = facts.reader.number(cell);
  if (read === null) return undefined;
  // The cell stays for the note even where a formula cannot read it (linkOf writes a constant).
  return { value: read.value, source: 'olah-skm', cell, reading: read.reading };
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let result: T;
  return () => {
    if (!done) {
      result = compute();
      done = true;
    }
    return result;
  };
}

/** The rumus, its components and what they give, the formulasi, satuan and penghitungan. */
function derive(
  facts: IndicatorSource,
  indicator: Indicator,
  key: string,
  text: (role: ColumnRole) => string | undefined,
): Pick<IndicatorFact, 'rumus' | 'formulasi' | 'satuan' | 'penghitungan' | 'components'> & {
  komponen?: number;
} {
  const { mentions } = indicator;
  const penghitunganText = firstText(facts, mentions, 'penghitungan', 'penghitungan')?.text;
  const formulasi = text('formulasi');
  const satuan = text('satuan');
  const read = penghitunganText === undefined ? null : readPenghitungan(penghitunganText);
  const chosenRumus = facts.choices.rumus?.[key];
  const fromFormulasi = formulasi === undefined ? undefined : typeFromFormulasi(formulasi);
  const rumus: IndicatorFact['rumus'] =
    chosenRumus !== undefined
      ? { type: chosenRumus, from: 'pilihan' }
      : read !== null
        ? { type: read.type, from: 'penghitungan' }
        : fromFormulasi !== undefined
          ? { type: fromFormulasi, from: 'formulasi' }
          : { type: typeFromName(indicator.name, satuan), from: 'nama' };
  const quarters = ikmQuarters(facts, mentions, indicator.name);
  let components: Components | undefined;
  if (rumus.type === 'rata-rata' && quarters !== null)
    components = { type: rumus.type, inputs: quarters, from: 'ikm-triwulan' };
  else if (read !== null && read.type === rumus.type)
    components = { type: rumus.type, inputs: [...read.inputs], from: 'penghitungan' };
  let penghitungan: IndicatorFact['penghitungan'];
  if (penghitunganText !== undefined) {
    penghitungan = { text: penghitunganText };
    const hasil = firstText(facts, mentions, 'hasil', 'penghitungan');
    const hasilValue = hasil && facts.reader.number(hasil.cell);
    if (hasilValue) penghitungan.hasil = hasilValue.value;
  }
  return {
    rumus,
    formulasi,
    satuan,
    penghitungan,
    components,
    komponen: components && computed(components),
  };
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The result of the components: a ratio × 100, the mean of the quarters, or the value. */
function computed({ type, inputs }: Components): number | undefined {
  switch (type) {
    case 'persentase':
      return inputs[1] === 0 ? undefined : (inputs[0] / inputs[1]) * 100;
    case 'rata-rata':
      return inputs.reduce((sum, input) => sum + input, 0) / inputs.length;
    case 'nilai':
    case 'jumlah':
      return inputs[0];
  }
}

/** The first text a table of `kind` states under `role` on the indicator's rows, with its cell. */
function firstText(
  facts: IndicatorSource,
  mentions: IndicatorMention[],
  role: ColumnRole,
  kind: TableKind,
): { text: string; cell: CellRef } | undefined {
  for (const { table, row } of mentions) {
    if (table.kind !== kind) continue;
    const column = table.columns.find((c) => c.role === role);
    if (!column) continue;
    const cell = { sheet: table.sheet, row, col: column.col };
    const text = facts.reader.text(cell);
    if (text !== '') return { text, cell };
  }
  return undefined;
}

/**
 * The four quarterly IKM values: from an IKM-triwulan table's row naming the indicator, or, for
 * the IKM indicator, from such a table's only row when it has no indicator column.
 */
function ikmQuarters(
  facts: IndicatorSource,
  mentions: IndicatorMention[],
  name: string,
): number[] | null {
  for (const { table, row } of mentions) {
    const values = table.kind === 'ikm-triwulan' ? quarterValues(facts, table, row) : null;
    if (values !== null) return values;
  }
  if (!IKM_NAME.test(name)) return null;
  for (const table of facts.tables) {
    if (
      table.kind !== 'ikm-triwulan' ||
      table.columns.some((column) => column.role === 'indikator') ||
      table.dataRows.length !== 1
    ) {
      continue;
    }
    const values = quarterValues(facts, table, table.dataRows[0]);
    if (values !== null) return values;
  }
  return null;
}

function quarterValues(facts: IndicatorSource, table: DetectedTable, row: number): number[] | null {
  const columns = table.columns.filter((column) => column.role === 'triwulan');
  if (columns.length !== 4) return null;
  const values = columns.map(
    (column) => facts.reader.number({ sheet: table.sheet, row, col: column.col })?.value ?? null,
  );
  return values.every((value) => value !== null) ? (values as number[]) : null;
}

/**
 * The Renstra end-of-period target: a Renstra table's target, else the target of the latest year
 * past the report year that a table states (a multi-year table reaching the period's end).
 */
/** The number a mention's row states in `col`, with its cell where a formula can read it. */
function sourcedAt(
  facts: IndicatorSource,
  mention: IndicatorMention,
  col: number,
  source: SourcedValue['source'],
): SourcedValue | undefined {
  const cell = { sheet: mention.table.sheet, row: mention.row, col };
  const found = facts.reader.number(cell);
  if (found === null) return undefined;
  const value: SourcedValue = { value: found.value, source, mention, reading: found.reading };
  if (found.reading !== 'constant') value.cell = cell;
  return value;
}

function renstraOf(
  facts: IndicatorSource,
  mentions: IndicatorMention[],
  reportYear: number | undefined,
): SourcedValue | undefined {
  const at = (mention: IndicatorMention, col: number) => sourcedAt(facts, mention, col, 'renstra');
  for (const mention of mentions) {
    if (!isRenstraTable(mention.table)) continue;
    const column = mention.table.columns.find((c) => c.role === 'target' && RENSTRA.test(c.header));
    const found = column && at(mention, column.col);
    if (found) return found;
  }
  if (reportYear === undefined) return undefined;
  let latest: { year: number; value: SourcedValue } | undefined;
  for (const mention of mentions) {
    for (const values of mention.years) {
      const col = values.cols.target;
      if (col === undefined || values.year === undefined || values.year <= reportYear) continue;
      if (latest && values.year <= latest.year) continue;
      const found = at(mention, col);
      if (found) latest = { year: values.year, value: found };
    }
  }
  return latest?.value;
}

function yearsOf(mentions: IndicatorMention[]): number[] {
  const years = new Set<number>();
  for (const mention of mentions) {
    for (const values of mention.years) if (values.year !== undefined) years.add(values.year);
  }
  return [...years].sort((a, b) => a - b);
}
