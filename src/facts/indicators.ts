/**
 * What the workbook knows of each indicator, one answer for the checks and every generator:
 * which rows of which tables name it (names matched across tables by one rule), the cells of its
 * targets (by year, before and after revision), realisasi, capaian and predikat, its arah and
 * its jenis (how quarters make the year), each with its source. Values are given as cells: each reader reads them its own way.
 */
import { akumulasiOf, readAkumulasi, type Akumulasi } from '../core/akumulasi';
import { readArah, type Arah } from '../core/capaian';
import { normalizeIndicatorName } from '../core/names';
import { gridOf } from '../workbook/detect-grid';
import { textOf } from '../workbook/detect-text';
import { joinSpellingVariants, NEGATIONS, type NameVariant } from './name-variants';
import { renjaFormOf } from './renja-form';
import type { CellRange, CellRef, Sheet, WorkbookModel } from '../workbook/model';
import type { ColumnRole, DetectedTable, TableKind } from '../workbook/table-types';

export type ValueField = 'target' | 'targetSebelum' | 'realisasi' | 'capaian' | 'predikat';

/** The value cells of one mention for one year. */
export interface YearValues {
  year?: number;
  /** Column per field: `target` is the one capaian uses (the `sesudah` one where revised). */
  cols: Partial<Record<ValueField, number>>;
}

/** One row of one table naming an indicator. */
export interface IndicatorMention {
  table: DetectedTable;
  row: number;
  name: string;
  nameCell: CellRef;
  /** Arah stated on this row (an Arah / Polaritas column), with its cell. */
  arah?: { value: Arah; cell: CellRef };
  /** Jenis stated on this row (a Jenis / Sifat / Tipe column), with its cell. */
  jenis?: { value: Akumulasi; cell: CellRef };
  /** The row's satuan, when the table has a Satuan column and the cell is filled. */
  satuan?: string;
  years: YearValues[];
}

/**
 * An indicator's jenis and where it came from: the user's choice, a Jenis / Sifat / Tipe cell,
 * or its name and satuan (akumulasiOf). Absent where none of them tells.
 */
export type IndicatorJenis =
  | { value: Akumulasi; from: 'pilihan' }
  | { value: Akumulasi; from: 'kolom'; cell: CellRef }
  | { value: Akumulasi; from: 'nama'; cell: CellRef };

export interface Indicator {
  /** The name as first written. */
  name: string;
  mentions: IndicatorMention[];
  /** Arah from the first mention that states one. */
  arah?: { value: Arah; cell: CellRef };
  jenis?: IndicatorJenis;
  /** Names typed two ways taken as this one indicator (name-variants.ts), for the notes. */
  variants?: NameVariant<IndicatorMention>[];
}

export interface IndicatorModel {
  indicators: Indicator[];
  /** Every pair of names looked at as one name typed two ways, joined or not, and why. */
  nameVariants: NameVariant<IndicatorMention>[];
  /** Every row of a table with an Indikator column, table by table; unnamed rows left out. */
  mentions: IndicatorMention[];
  /** The indicator a mention belongs to; none for a name of punctuation only (`-`). */
  indicatorOf(mention: IndicatorMention): Indicator | undefined;
  /** The indicator a name from elsewhere (an efisiensi table, a message) means, by the same rule. */
  find(name: string): Indicator | undefined;
}

/**
 * Tables whose rows are indicators with their own target / realisasi. Every table with an
 * Indikator column names indicators (a budget table its programs', an IKM table its quarters').
 */
export const INDICATOR_KINDS: readonly TableKind[] = [
  'pk',
  'capaian',
  'multi-tahun',
  'penghitungan',
];

const FIELD_OF: Partial<Record<ColumnRole, ValueField>> = {
  target: 'target',
  'target-sesudah': 'target',
  'target-sebelum': 'targetSebelum',
  realisasi: 'realisasi',
  hasil: 'realisasi',
  capaian: 'capaian',
  predikat: 'predikat',
};

/** A short name contained in a longer one matches only with at least this many words. */
const MIN_CONTAINED_WORDS = 3;
/** Beyond this many distinct names only exact matches are made: containment is quadratic. */
const MAX_NAMES_FOR_CONTAINMENT = 5_000;

const cache = new WeakMap<readonly DetectedTable[], Map<number | undefined, IndicatorModel>>();

/**
 * The indicator model of a workbook's detected tables (computed once per list of tables).
 * `reportYear` is the year of tables and columns that state none.
 */
export function indicatorModel(
  model: WorkbookModel,
  tables: readonly DetectedTable[],
  reportYear?: number,
): IndicatorModel {
  const byYear = cache.get(tables) ?? new Map<number | undefined, IndicatorModel>();
  cache.set(tables, byYear);
  const cached = byYear.get(reportYear);
  if (cached) return cached;
  const sheets = new Map(model.sheets.map((sheet) => [sheet.name, sheet]));
  const mentions: IndicatorMention[] = [];
  for (const table of tables) {
    const sheet = sheets.get(table.sheet);
    if (sheet) mentions.push(...mentionsOf(sheet, table, reportYear));
  }
  const cellAt = (ref: CellRef) => sheets.get(ref.sheet)?.getCell(ref.row, ref.col);
  const joined = joinSpellingVariants(groupByName(mentions), cellAt);
  const groups = inMentionOrder(joined.groups, mentions);
  const byMention = new Map<IndicatorMention, Indicator>();
  const indicators = groups.map((group) => {
    const indicator: Indicator = {
      name: group[0].name,
      mentions: group,
      arah: group.find((mention) => mention.arah !== undefined)?.arah,
      jenis: jenisOf(group),
    };
    for (const mention of group) byMention.set(mention, indicator);
    return indicator;
  });
  for (const variant of joined.variants) {
    if (!variant.joined) continue;
    const indicator = byMention.get(variant.mentions[0]);
    if (indicator) (indicator.variants ??= []).push(variant);
  }
  const result: IndicatorModel = {
    indicators,
    nameVariants: joined.variants,
    mentions,
    indicatorOf: (mention) => byMention.get(mention),
    find: (name) => {
      const key = nameKey(name);
      const named = (indicator: Indicator, match: (other: NameKey) => boolean): boolean =>
        indicator.mentions.some((mention) => match(nameKey(mention.name)));
      const exact = indicators.find((i) => named(i, (other) => other.compact === key.compact));
      if (exact || key.compact === '') return exact;
      const containing = indicators.filter((i) => named(i, (other) => contains(other, key)));
      return containing.length === 1 ? containing[0] : undefined;
    },
  };
  byYear.set(reportYear, result);
  return result;
}

/** Columns that name a group of indicators: a program, sasaran or tujuan, never an indicator. */
const GROUP_ROLES: ReadonlySet<ColumnRole> = new Set(['program', 'sasaran', 'tujuan', 'uraian']);

/**
 * A name merged over the Indikator column from a program or sasaran column on its left
 * (`UNSUR PENUNJANG URUSAN PEMERINTAHAN` across G:H): the section row's group, not an indicator.
 */
function sectionName(table: DetectedTable, merge: CellRange | undefined): boolean {
  if (!merge) return false;
  const anchor = table.columns.find((column) => column.col === merge.left);
  return anchor !== undefined && GROUP_ROLES.has(anchor.role);
}

function mentionsOf(sheet: Sheet, table: DetectedTable, reportYear?: number): IndicatorMention[] {
  const nameCol = table.columns.find((c) => c.role === 'indikator')?.col;
  if (nameCol === undefined) return [];
  const arahCol = table.columns.find((c) => c.role === 'arah')?.col;
  const jenisCol = table.columns.find((c) => c.role === 'jenis')?.col;
  const satuanCol = table.columns.find((c) => c.role === 'satuan')?.col;
  const layout = yearLayout(table, reportYear);
  const grid = gridOf(sheet);
  const text = (row: number, col: number): string => {
    const shown = textOf(grid.shown(row, col));
    // Replaced only where it changes something: a replace makes a copy of every name.
    return /\s\s|[^\S ]/.test(shown) ? shown.replace(/\s+/g, ' ') : shown;
  };
  const mentions: IndicatorMention[] = [];
  for (const row of table.dataRows) {
    const name = text(row, nameCol);
    if (name === '' || sectionName(table, grid.mergeAt(row, nameCol))) continue;
    const arah = arahCol === undefined ? undefined : readArah(text(row, arahCol));
    const jenis = jenisCol === undefined ? undefined : readAkumulasi(text(row, jenisCol));
    const satuan = satuanCol === undefined ? '' : text(row, satuanCol).trim();
    // Made whole at once, absent fields undefined: a field added later costs a second object.
    mentions.push({
      table,
      row,
      name,
      nameCell: { sheet: sheet.name, row, col: nameCol },
      arah:
        arah && arahCol !== undefined
          ? { value: arah, cell: { sheet: sheet.name, row, col: arahCol } }
          : undefined,
      jenis:
        jenis && jenisCol !== undefined
          ? { value: jenis, cell: { sheet: sheet.name, row, col: jenisCol } }
          : undefined,
      satuan: satuan !== '' ? satuan : undefined,
      years: layout,
    });
  }
  return mentions;
}

/**
 * The jenis a Jenis column states on the first mention that has one; else what the name and
 * satuan of the first mention they tell of say (a mention with a satuan first).
 */
function jenisOf(group: readonly IndicatorMention[]): IndicatorJenis | undefined {
  const stated = group.find((mention) => mention.jenis !== undefined)?.jenis;
  if (stated) return { value: stated.value, from: 'kolom', cell: stated.cell };
  const bySatuan = [...group].sort((a, b) => Number(!a.satuan) - Number(!b.satuan));
  for (const mention of bySatuan) {
    const value = akumulasiOf(mention.name, mention.satuan);
    if (value) return { value, from: 'nama', cell: mention.nameCell };
  }
  return undefined;
}

/**
 * The model with the user's jenis (indicator name → jenis, names matched by the model's own
 * rule) over what the workbook says; the same model when there is none.
 */
export function withJenisChoices(
  indicators: IndicatorModel,
  choices: Readonly<Record<string, Akumulasi>> | undefined,
): IndicatorModel {
  const entries = Object.entries(choices ?? {});
  if (entries.length === 0) return indicators;
  const chosen = new Map<Indicator, Akumulasi>();
  for (const [name, value] of entries) {
    const indicator = indicators.find(name);
    if (indicator) chosen.set(indicator, value);
  }
  if (chosen.size === 0) return indicators;
  const replaced = new Map<Indicator, Indicator>(
    [...chosen].map(([indicator, value]) => [
      indicator,
      { ...indicator, jenis: { value, from: 'pilihan' } },
    ]),
  );
  const swap = (indicator: Indicator | undefined) =>
    indicator === undefined ? undefined : (replaced.get(indicator) ?? indicator);
  return {
    indicators: indicators.indicators.map((indicator) => swap(indicator) as Indicator),
    nameVariants: indicators.nameVariants,
    mentions: indicators.mentions,
    indicatorOf: (mention) => swap(indicators.indicatorOf(mention)),
    find: (name) => swap(indicators.find(name)),
  };
}

/** Which column gives which value of each year: the same for every row of a table. */
function yearLayout(table: DetectedTable, reportYear?: number): YearValues[] {
  if (table.kind === 'renja') return formLayout(table, reportYear);
  const byYear = new Map<number | undefined, YearValues>();
  for (const column of table.columns) {
    const field = FIELD_OF[column.role];
    if (field === undefined) continue;
    const year = column.year ?? table.year ?? reportYear;
    let values = byYear.get(year);
    if (!values) byYear.set(year, (values = { year, cols: {} }));
    values.cols[field] ??= column.col;
  }
  return [...byYear.values()];
}

/**
 * A Renja form's year, as its numbering row's equations name the K columns: the year's realisasi
 * is the sum of the quarters, its target what the year's capaian divides by. Column roles do not
 * decide here: a ratio over the to-date total (`14 = 13/4`) names the Renstra target "target".
 * A form whose equations do not name the sum states no value of the year.
 */
function formLayout(table: DetectedTable, reportYear?: number): YearValues[] {
  const aggregates = renjaFormOf(table)?.aggregates.K;
  if (!aggregates) return [];
  const cols: YearValues['cols'] = { realisasi: aggregates.year };
  if (aggregates.target !== undefined) cols.target = aggregates.target;
  return [{ year: table.year ?? reportYear, cols }];
}

interface NameKey {
  compact: string;
  words: Set<string>;
}

/**
 * Every word of `part` (three words at least) stands in the longer `whole`, whose other words do
 * not negate it (`desa tertib …` is not `desa tidak tertib …`).
 */
function contains(whole: NameKey, part: NameKey): boolean {
  return (
    part.words.size >= MIN_CONTAINED_WORDS &&
    whole.words.size > part.words.size &&
    [...part.words].every((word) => whole.words.has(word)) &&
    ![...whole.words].some((word) => NEGATIONS.has(word) && !part.words.has(word))
  );
}

function nameKey(name: string): NameKey {
  const normal = normalizeIndicatorName(name);
  return { compact: normal.replace(/ /g, ''), words: new Set(normal.split(' ').filter(Boolean)) };
}

/** An indicator's key: its name normalised, without spaces (`nameKey(name).compact`). */
export function keyOf(name: string): string {
  return normalizeIndicatorName(name).replace(/ /g, '');
}

/**
 * Tables spell one indicator differently (`di tindak lanjuti` / `ditindaklanjuti`, `desa dalam
 * menyusun` / `desa yang menyusun`, `Nilai IKM Kecamatan` / `Nilai IKM Pelayanan Kecamatan
 * Klakah`), while sibling indicators differ in one word (`… RKPdes …` / `… LPPdes …`). So: the
 * same letters ignoring spaces are one indicator; a name of three words or more whose every word
 * stands in exactly one other (longer) name is that indicator; one word replaced is another. A
 * short name contained in two different names joins neither: that would make siblings one.
 * Names typed two ways (`Prsentase` / `Persentase`) are joined after, by name-variants.ts.
 */
function groupByName(mentions: IndicatorMention[]): IndicatorMention[][] {
  // Keyed by the letters only: the words' sets are made where containment is looked for.
  // Each name's mentions, the first one's name its key's source.
  const byCompact = new Map<string, IndicatorMention[]>();
  for (const mention of mentions) {
    const compact = keyOf(mention.name);
    if (compact === '') continue;
    const entry = byCompact.get(compact);
    if (entry) entry.push(mention);
    else byCompact.set(compact, [mention]);
  }
  const names = [...byCompact.values()];
  const into = new Map<(typeof names)[number], (typeof names)[number]>();
  if (names.length <= MAX_NAMES_FOR_CONTAINMENT) {
    const keys = new Map(names.map((name) => [name, nameKey(name[0].name)]));
    const keyAt = (name: (typeof names)[number]) => keys.get(name) as NameKey;
    const withWord = new Map<string, (typeof names)[number][]>();
    for (const name of names) {
      for (const word of keyAt(name).words) {
        const list = withWord.get(word);
        if (list) list.push(name);
        else withWord.set(word, [name]);
      }
    }
    for (const name of names) {
      const key = keyAt(name);
      if (key.words.size < MIN_CONTAINED_WORDS) continue;
      const rarest = [...key.words].reduce((a, b) =>
        (withWord.get(a)?.length ?? 0) <= (withWord.get(b)?.length ?? 0) ? a : b,
      );
      const containers = (withWord.get(rarest) ?? []).filter(
        (other) => other !== name && contains(keyAt(other), key),
      );
      if (containers.length === 1) into.set(name, containers[0]);
    }
  }
  // No name inside another: each name is a group (a list of its own, as below).
  if (into.size === 0) return names;
  const root = (name: (typeof names)[number]): (typeof names)[number] => {
    let at = name;
    for (let hops = 0; into.has(at) && hops < names.length; hops++)
      at = into.get(at) as (typeof names)[number];
    return at;
  };
  const groups = new Map<(typeof names)[number], IndicatorMention[]>();
  for (const name of names) {
    const top = root(name);
    const group = groups.get(top);
    if (group) group.push(...name);
    else groups.set(top, [...name]);
  }
  return [...groups.values()];
}

/** In order of first mention, and within a group too. */
function inMentionOrder(
  groups: IndicatorMention[][],
  mentions: readonly IndicatorMention[],
): IndicatorMention[][] {
  // Groups of one row each (every name written once) come in row order as grouped and joined,
  // first mention first: no index of tens of thousands of mentions is needed to sort them.
  if (groups.every((group) => group.length === 1)) return groups;
  const order = new Map(mentions.map((mention, i) => [mention, i]));
  const byOrder = (a: IndicatorMention, b: IndicatorMention): number =>
    (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return groups.map((group) => group.sort(byOrder)).sort((a, b) => byOrder(a[0], b[0]));
}
