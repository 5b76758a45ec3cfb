/**
 * What the workbook knows of each indicator, one answer for the checks and every generator:
 * which rows of which tables name it (names matched across tables by one rule), the cells of its
 * targets (by year, before and after revision), realisasi, capaian and predikat, its arah and
 * its jenis (how quarters make the year), each with its source. Values are given as cells: each reader reads them its own way.
 */
import { akumulasiOf, readAkumulasi, type Akumulasi } from '../core/akumulasi';
import { readArah, type Arah } from '../core/capaian';
import { normalizeIndicatorName } from '../core/names';
import { firstOf, listOf, type OneOrMany } from '../core/one-or-many';
import { gridOf } from '../workbook/detect-grid';
import { textOf } from '../workbook/detect-text';
import { joinSpellingVariants, NEGATIONS, type NameVariant } from './name-variants';
import { renjaFormOf } from './renja-form';
import type { Cell, CellRange, CellRef, Sheet, WorkbookModel } from '../workbook/model';
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

/** Spaces a name needs collapsed (a constant: a regex literal is a new object per evaluation). */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

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
  const positionOf = positions(mentions);
  const cellAt = (ref: CellRef) => sheets.get(ref.sheet)?.getCell(ref.row, ref.col);
  const joined = matchNames(mentions, positionOf, cellAt);
  const groups = inMentionOrder(joined.groups, positionOf);
  // Each mention's indicator by the mention's position (+1; 0 for none): no map of mentions.
  const indicatorAt = new Int32Array(mentions.length);
  const indicators = groups.map((group, index) => {
    if (Array.isArray(group))
      for (const mention of group) indicatorAt[positionOf(mention)] = index + 1;
    else indicatorAt[positionOf(group)] = index + 1;
    return new NamedIndicator(group);
  });
  const indicatorOf = (mention: IndicatorMention): Indicator | undefined => {
    const position = positionOf(mention);
    return position < 0 ? undefined : indicators[indicatorAt[position] - 1];
  };
  for (const variant of joined.variants) {
    if (!variant.joined) continue;
    const indicator = indicatorOf(variant.mentions[0]);
    if (indicator) (indicator.variants ??= []).push(variant);
  }
  const result: IndicatorModel = {
    indicators,
    nameVariants: joined.variants,
    mentions,
    indicatorOf,
    find: finder(indicators),
  };
  byYear.set(reportYear, result);
  return result;
}

/**
 * The mentions grouped by name (exact, contained, typed two ways), with every pair of names
 * looked at. Apart from the model's closures: the names normalised are dropped once matched.
 */
function matchNames(
  mentions: IndicatorMention[],
  positionOf: (mention: IndicatorMention) => number,
  cellAt: (ref: CellRef) => Cell | undefined,
): { groups: OneOrMany<IndicatorMention>[]; variants: NameVariant<IndicatorMention>[] } {
  // Each name normalised once, read by position: grouping and joining both ask.
  const normals = mentions.map((mention) => normalizeIndicatorName(mention.name));
  const normalOf = (mention: IndicatorMention) => normals[positionOf(mention)];
  return joinSpellingVariants(groupByName(mentions, normalOf), cellAt, normalOf);
}

/**
 * Each mention's position in `mentions`, found by its table and row (a table's data rows are
 * distinct, each table listed once); -1 for a mention of another list. Tens of thousands of
 * mentions take a number each, not an entry of a map.
 */
function positions(mentions: readonly IndicatorMention[]): (mention: IndicatorMention) => number {
  const byTable = new Map<DetectedTable, { top: number; at: Int32Array }>();
  // A table's mentions stand together, in the order of its rows.
  for (let start = 0; start < mentions.length;) {
    const { table } = mentions[start];
    let end = start;
    let [top, bottom] = [mentions[start].row, mentions[start].row];
    for (; end < mentions.length && mentions[end].table === table; end++) {
      top = Math.min(top, mentions[end].row);
      bottom = Math.max(bottom, mentions[end].row);
    }
    // Position + 1 by row; 0 where the row names nothing.
    const at = new Int32Array(bottom - top + 1);
    for (let i = start; i < end; i++) at[mentions[i].row - top] = i + 1;
    byTable.set(table, { top, at });
    start = end;
  }
  return (mention) => {
    const rows = byTable.get(mention.table);
    const position = rows === undefined ? -1 : (rows.at[mention.row - rows.top] ?? 0) - 1;
    return position >= 0 && mentions[position] === mention ? position : -1;
  };
}

/** A row naming an indicator; its name cell is made when asked, not kept for every row. */
class Mention implements IndicatorMention {
  constructor(
    public table: DetectedTable,
    public row: number,
    public name: string,
    public arah: IndicatorMention['arah'],
    public jenis: IndicatorMention['jenis'],
    public satuan: string | undefined,
    public years: YearValues[],
  ) {}

  get nameCell(): CellRef {
    return { sheet: this.table.sheet, row: this.row, col: nameColumn(this.table) as number };
  }
}

/**
 * An indicator as its mentions tell it. Name, mentions and arah are read from the mentions when
 * asked; the jenis is worked out on first use (the checks ask it of a Renja form's rows only):
 * tens of thousands of indicators keep one mention each and nothing made of it.
 */
class NamedIndicator implements Indicator {
  variants: NameVariant<IndicatorMention>[] | undefined;
  /** The jenis once asked (null: nothing tells), or the user's choice. */
  private found: IndicatorJenis | null | undefined;

  constructor(
    /** The mention, or the mentions in order: most indicators are named once. */
    private readonly named: OneOrMany<IndicatorMention>,
    chosen?: IndicatorJenis,
  ) {
    this.variants = undefined;
    this.found = chosen;
  }

  get name(): string {
    return firstOf(this.named).name;
  }

  get mentions(): IndicatorMention[] {
    return listOf(this.named);
  }

  /** Arah from the first mention that states one. */
  get arah(): IndicatorMention['arah'] {
    return Array.isArray(this.named)
      ? this.named.find((mention) => mention.arah !== undefined)?.arah
      : this.named.arah;
  }

  get jenis(): IndicatorJenis | undefined {
    if (this.found === undefined) this.found = jenisOf(this.mentions) ?? null;
    return this.found ?? undefined;
  }
}

/** The same indicator with the user's jenis. */
function withJenis(indicator: Indicator, value: Akumulasi): Indicator {
  const { mentions } = indicator;
  const chosen = new NamedIndicator(mentions.length === 1 ? mentions[0] : mentions, {
    value,
    from: 'pilihan',
  });
  chosen.variants = indicator.variants;
  return chosen;
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

/** The table's Indikator column. */
function nameColumn(table: DetectedTable): number | undefined {
  return table.columns.find((c) => c.role === 'indikator')?.col;
}

function mentionsOf(sheet: Sheet, table: DetectedTable, reportYear?: number): IndicatorMention[] {
  const nameCol = nameColumn(table);
  if (nameCol === undefined) return [];
  const arahCol = table.columns.find((c) => c.role === 'arah')?.col;
  const jenisCol = table.columns.find((c) => c.role === 'jenis')?.col;
  const satuanCol = table.columns.find((c) => c.role === 'satuan')?.col;
  const layout = yearLayout(table, reportYear);
  const grid = gridOf(sheet);
  const text = (row: number, col: number): string => {
    const shown = textOf(grid.shown(row, col));
    // Replaced only where it changes something: a replace makes a copy of every name.
    return UNEVEN_SPACE.test(shown) ? shown.replace(/\s+/g, ' ') : shown;
  };
  const mentions: IndicatorMention[] = [];
  // Indexed: a for-of makes a result object per row until the loop is optimised.
  for (let i = 0; i < table.dataRows.length; i++) {
    const row = table.dataRows[i];
    const name = text(row, nameCol);
    if (name === '' || sectionName(table, grid.mergeAt(row, nameCol))) continue;
    const arah = arahCol === undefined ? undefined : readArah(text(row, arahCol));
    const jenis = jenisCol === undefined ? undefined : readAkumulasi(text(row, jenisCol));
    const satuan = satuanCol === undefined ? '' : text(row, satuanCol).trim();
    mentions.push(
      new Mention(
        table,
        row,
        name,
        arah && arahCol !== undefined
          ? { value: arah, cell: { sheet: sheet.name, row, col: arahCol } }
          : undefined,
        jenis && jenisCol !== undefined
          ? { value: jenis, cell: { sheet: sheet.name, row, col: jenisCol } }
          : undefined,
        satuan !== '' ? satuan : undefined,
        layout,
      ),
    );
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
  // Those with a satuan first, each kind in order: two passes, no sorted copy.
  for (const withSatuan of [true, false]) {
    for (const mention of group) {
      if (Boolean(mention.satuan) !== withSatuan) continue;
      const value = akumulasiOf(mention.name, mention.satuan);
      if (value) return { value, from: 'nama', cell: mention.nameCell };
    }
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
    [...chosen].map(([indicator, value]) => [indicator, withJenis(indicator, value)]),
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
  return normalKey(normalizeIndicatorName(name));
}

function normalKey(normal: string): NameKey {
  return { compact: compactOf(normal), words: new Set(normal.split(' ').filter(Boolean)) };
}

/** An indicator's key: its name normalised, without spaces (`nameKey(name).compact`). */
export function keyOf(name: string): string {
  return compactOf(normalizeIndicatorName(name));
}

function compactOf(normal: string): string {
  // Joined parts make one flat string; a replace makes a tree of slices (three times the bytes),
  // and tens of thousands of these keys are held while names are grouped.
  return normal.split(' ').join('');
}

/**
 * The model's `find`: a name's key looked up in an index of every mention's key, built on the
 * first call (generators ask once per row: a scan of every mention per call made a plan of 5,000
 * indicators take seconds); failing that, the one indicator a mention of which contains the name.
 */
function finder(indicators: readonly Indicator[]): (name: string) => Indicator | undefined {
  let byKey: Map<string, Indicator> | undefined;
  let keyed: { indicator: Indicator; key: NameKey }[] | undefined;
  return (name) => {
    const key = nameKey(name);
    if (!byKey) {
      byKey = new Map();
      // The first indicator naming a key keeps it, as a scan in order would find it.
      for (const indicator of indicators)
        for (const mention of indicator.mentions) {
          const mentionKey = keyOf(mention.name);
          if (!byKey.has(mentionKey)) byKey.set(mentionKey, indicator);
        }
    }
    const exact = byKey.get(key.compact);
    if (exact || key.compact === '') return exact;
    keyed ??= indicators.flatMap((indicator) =>
      indicator.mentions.map((mention) => ({ indicator, key: nameKey(mention.name) })),
    );
    const containing = new Set(
      keyed.filter((entry) => contains(entry.key, key)).map((entry) => entry.indicator),
    );
    return containing.size === 1 ? containing.values().next().value : undefined;
  };
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
function groupByName(
  mentions: IndicatorMention[],
  normalOf: (mention: IndicatorMention) => string,
): OneOrMany<IndicatorMention>[] {
  type Name = OneOrMany<IndicatorMention>;
  // Keyed by the letters only: the words' sets are made where containment is looked for.
  // Each name's mentions, the first one's name its key's source.
  const byCompact = new Map<string, Name>();
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    const compact = compactOf(normalOf(mention));
    if (compact === '') continue;
    const entry = byCompact.get(compact);
    if (entry === undefined) byCompact.set(compact, mention);
    else if (Array.isArray(entry)) entry.push(mention);
    else byCompact.set(compact, [entry, mention]);
  }
  const names = [...byCompact.values()];
  const into = new Map<Name, Name>();
  if (names.length <= MAX_NAMES_FOR_CONTAINMENT) {
    const keys = new Map(names.map((name) => [name, normalKey(normalOf(firstOf(name)))]));
    const keyAt = (name: Name) => keys.get(name) as NameKey;
    const withWord = new Map<string, Name[]>();
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
  // No name inside another: each name is a group.
  if (into.size === 0) return names;
  const root = (name: Name): Name => {
    let at = name;
    for (let hops = 0; into.has(at) && hops < names.length; hops++) at = into.get(at) as Name;
    return at;
  };
  const groups = new Map<Name, Name>();
  for (const name of names) {
    const top = root(name);
    const group = groups.get(top);
    groups.set(top, group === undefined ? name : listOf(group).concat(name));
  }
  return [...groups.values()];
}

/** In order of first mention, and within a group too. */
function inMentionOrder(
  groups: OneOrMany<IndicatorMention>[],
  positionOf: (mention: IndicatorMention) => number,
): OneOrMany<IndicatorMention>[] {
  // Groups of one row each (every name written once) come in row order as grouped and joined,
  // first mention first: nothing to sort.
  if (groups.every((group) => !Array.isArray(group))) return groups;
  const byOrder = (a: IndicatorMention, b: IndicatorMention): number =>
    positionOf(a) - positionOf(b);
  return groups
    .map((group) => (Array.isArray(group) ? group.sort(byOrder) : group))
    .sort((a, b) => byOrder(firstOf(a), firstOf(b)));
}
