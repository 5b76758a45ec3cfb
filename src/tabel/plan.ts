/**
 * planTabel: what each BAB III table would hold, read from the one indicator model (targets,
 * realisasi and arah of every indicator with their cells) and the budget hierarchy (codes,
 * outline numbering). Values are kept as the cells they come from, so the sheet links to them.
 */
import { formatAngka } from '../core/angka';
import { normalizeIndicatorName } from '../core/names';
import { ModelReader } from '../workbook/cells';
import { unitName, workbookScale } from '../facts/unit';
import { reportYear } from '../facts/year';
import { budgetTablesOf, type BudgetNode, type BudgetTable } from '../facts/budget';
import { readCellNumber } from '../workbook/cell-number';
import { gridOf } from '../workbook/detect-grid';
import { textOf } from '../workbook/detect-text';
import { entityText } from '../workbook/entity';
import {
  indicatorModel,
  type Indicator,
  type IndicatorMention,
  type IndicatorModel,
  type ValueField,
} from '../facts/indicators';
import type { CellRef, Sheet, WorkbookModel } from '../workbook/model';
import type { ColumnRole, DetectedTable, TableKind } from '../workbook/table-types';
import { previewSections } from './sheet';
import type {
  AnggaranRow,
  EfisiensiRow,
  SourceValue,
  TabelIndicator,
  TabelOptions,
  TabelPlan,
} from './types';

/** More rows than any LKj has: a table beyond this is cut (indicators) or refused (budget). */
const MAX_ROWS = 5_000;

/** A target column about the end of the Renstra period, not a year (`Target Akhir P RENSTRA`). */
const RENSTRA = /renstra|akhir\s+periode|target\s+akhir|kondisi\s+akhir|\biku\b/i;

const UNKNOWN: SourceValue = { value: null };

export function planTabel(
  model: WorkbookModel,
  tables: DetectedTable[],
  options: TabelOptions = {},
): TabelPlan {
  const reader = new ModelReader(model);
  const year = reportYear(tables, model);
  const indicators = indicatorModel(model, tables, year);
  const notes: string[] = [];
  const found = indicatorRows(reader, indicators, year);
  if (found.length > MAX_ROWS)
    notes.push(`Lebih dari ${MAX_ROWS} indikator: hanya ${MAX_ROWS} yang pertama disusun.`);
  const rows = found.slice(0, MAX_ROWS);
  const years = yearsOf(rows, year);
  const budget = budgetOf(reader, tables, notes);
  const stated = efisiensiRows(reader, tables, indicators, rows);
  const plan: TabelPlan = {
    year,
    scale: options.skala ?? workbookScale(reader, tables) ?? 'LKJ',
    indicators: rows,
    years,
    efisiensi:
      stated.length > 0 || !budget ? stated : programEfisiensi(reader, indicators, rows, budget),
    anggaran: budget ? budgetLines(reader, budget, notes) : [],
    sections: [],
    notes,
  };
  const unit = unitName(tables);
  if (unit !== undefined) plan.unit = unit;
  notes.push(...twinYears(rows, years));
  for (const row of rows) {
    if (row.target.value === null)
      notes.push(`Target ${year} "${row.indicator}" tidak ditemukan; isi sel kuningnya.`);
    if (row.realisasi.value === null)
      notes.push(`Realisasi ${year} "${row.indicator}" tidak ditemukan; isi sel kuningnya.`);
  }
  if (rows.length > 0 && rows.every((row) => row.renstra.value === null)) {
    notes.push('Target akhir Renstra tidak ditemukan di workbook; isi kolom kuning Tabel Renstra.');
  }
  plan.sections = previewSections(plan);
  return plan;
}

/** A table whose target column is the Renstra's end-of-period one. */
function isRenstra(table: DetectedTable): boolean {
  return table.columns.some((column) => column.role === 'target' && RENSTRA.test(column.header));
}

/** The value a mention's row states for a field of a year, with its cell. */
function valueOf(
  reader: ModelReader,
  mention: IndicatorMention,
  year: number,
  field: ValueField,
): SourceValue | undefined {
  const col = mention.years.find((values) => values.year === year)?.cols[field];
  if (col === undefined) return undefined;
  const found = sourceAt(reader, { sheet: mention.table.sheet, row: mention.row, col });
  return found.value === null ? undefined : found;
}

/** A cell as the sheet will read it: a link where a formula can read it, else a constant. */
function sourceAt(reader: ModelReader, ref: CellRef): SourceValue {
  const found = reader.number(ref);
  if (found === null) return UNKNOWN;
  return found.reading === 'constant'
    ? { value: found.value }
    : { value: found.value, ref, reading: found.reading };
}

/** The first value the mentions of these kinds state, in the order of the kinds. */
function firstValue(
  reader: ModelReader,
  mentions: IndicatorMention[],
  year: number,
  sources: [TableKind, ValueField][],
): SourceValue | undefined {
  for (const [kind, field] of sources) {
    for (const mention of mentions) {
      if (mention.table.kind !== kind || isRenstra(mention.table)) continue;
      const found = valueOf(reader, mention, year, field);
      if (found) return found;
    }
  }
  return undefined;
}

/** The PK's target (sesudah perubahan first), a capaian or multi-year table's; `sebelum` last. */
const TARGET_SOURCES: [TableKind, ValueField][] = [
  ['pk', 'target'],
  ['capaian', 'target'],
  ['multi-tahun', 'target'],
  ['pk', 'targetSebelum'],
];

/** The capaian tables of the year, the multi-year table, the penghitungan (or evaluasi sheet). */
const REALISASI_SOURCES: [TableKind, ValueField][] = [
  ['capaian', 'realisasi'],
  ['multi-tahun', 'realisasi'],
  ['penghitungan', 'realisasi'],
];

/** Every indicator with a target or realisasi of the report year, in order of first mention. */
function indicatorRows(
  reader: ModelReader,
  indicators: IndicatorModel,
  year: number,
): TabelIndicator[] {
  const rows: TabelIndicator[] = [];
  for (const indicator of indicators.indicators) {
    const { mentions } = indicator;
    const target = firstValue(reader, mentions, year, TARGET_SOURCES);
    const realisasi = firstValue(reader, mentions, year, REALISASI_SOURCES);
    if (target === undefined && realisasi === undefined) continue;
    const row: TabelIndicator = {
      id: normalizeIndicatorName(indicator.name).replace(/ /g, ''),
      indicator: indicator.name,
      sasaran: statedText(reader, mentions, ['sasaran', 'tujuan', 'program']) ?? '',
      arah: indicator.arah?.value ?? 'naik',
      target: target ?? UNKNOWN,
      realisasi: realisasi ?? UNKNOWN,
      history: historyOf(reader, indicator, year),
      renstra: renstraTarget(reader, indicator),
    };
    const satuan = statedText(reader, mentions, ['satuan']);
    if (satuan !== undefined) row.satuan = satuan;
    rows.push(row);
  }
  return rows;
}

/** The first text the mentions' rows state under one of `roles` (a merged sasaran included). */
function statedText(
  reader: ModelReader,
  mentions: IndicatorMention[],
  roles: ColumnRole[],
): string | undefined {
  for (const role of roles) {
    for (const { table, row } of mentions) {
      const sheet = reader.sheet(table.sheet);
      const text = sheet && entityText(sheet, table, row, role)?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** Earlier years' target and realisasi: multi-year tables first, then capaian tables of the year. */
function historyOf(
  reader: ModelReader,
  indicator: Indicator,
  year: number,
): TabelIndicator['history'] {
  const history: TabelIndicator['history'] = {};
  const earlier = new Set<number>();
  for (const mention of indicator.mentions) {
    for (const values of mention.years) {
      if (values.year !== undefined && values.year < year) earlier.add(values.year);
    }
  }
  for (const past of earlier) {
    const sources = (field: ValueField): [TableKind, ValueField][] => [
      ['multi-tahun', field],
      ['capaian', field],
    ];
    const realisasi = firstValue(reader, indicator.mentions, past, sources('realisasi'));
    if (realisasi === undefined) continue;
    const target = firstValue(reader, indicator.mentions, past, sources('target')) ?? UNKNOWN;
    history[past] = { target, realisasi };
  }
  return history;
}

/** The target of a Renstra table's row naming the indicator; unknown when none does. */
function renstraTarget(reader: ModelReader, indicator: Indicator): SourceValue {
  for (const mention of indicator.mentions) {
    if (!isRenstra(mention.table)) continue;
    const column = mention.table.columns.find((c) => c.role === 'target' && RENSTRA.test(c.header));
    if (!column) continue;
    const found = sourceAt(reader, {
      sheet: mention.table.sheet,
      row: mention.row,
      col: column.col,
    });
    if (found.value !== null) return found;
  }
  return UNKNOWN;
}

/** Every year some indicator has a realisasi for, oldest first; the report year last. */
function yearsOf(rows: TabelIndicator[], year: number): number[] {
  const years = new Set<number>();
  for (const row of rows) for (const past of Object.keys(row.history)) years.add(Number(past));
  return [...[...years].sort((a, b) => a - b), year];
}

/**
 * Adjacent years whose realisasi are the same for every indicator that has both: shown as they
 * are (the workbook says so), with a note (the validator's tahun-kembar says more).
 */
function twinYears(rows: TabelIndicator[], years: number[]): string[] {
  const notes: string[] = [];
  for (let i = 1; i < years.length - 1; i++) {
    const [a, b] = [years[i - 1], years[i]];
    const both = rows.filter((row) => row.history[a] && row.history[b]);
    const same = both.every(
      (row) =>
        row.history[a].realisasi.value === row.history[b].realisasi.value &&
        row.history[a].target.value === row.history[b].target.value,
    );
    if (both.length >= 2 && same) {
      notes.push(
        `Target dan realisasi ${a} dan ${b} sama persis untuk setiap indikator: ditampilkan apa adanya; periksa apakah salah satunya tersalin dari yang lain.`,
      );
    }
  }
  return notes;
}

/**
 * Table 4's rows: those of the workbook's efisiensi tables. Each row's capaian kinerja is table
 * 1's for the indicator it names (its last Indikator column: the program's, where a sasaran's
 * stands before it), else the workbook's; the serapan as the workbook states it.
 */
function efisiensiRows(
  reader: ModelReader,
  tables: DetectedTable[],
  indicators: IndicatorModel,
  rows: TabelIndicator[],
): EfisiensiRow[] {
  const byName = new Map(rows.map((row) => [row.indicator, row]));
  const result: EfisiensiRow[] = [];
  for (const table of tables) {
    const sheet = reader.sheet(table.sheet);
    if (table.kind !== 'efisiensi' || !sheet) continue;
    const named = table.columns.filter((c) => c.role === 'indikator');
    for (const row of table.dataRows) {
      if (result.length >= MAX_ROWS) return result;
      const text = (role: ColumnRole, col?: number) =>
        (col === undefined
          ? entityText(sheet, table, row, role)
          : textOf(gridOf(sheet).shown(row, col))
        )
          ?.replace(/\s+/g, ' ')
          .trim() ?? '';
      const cell = (role: ColumnRole): SourceValue => {
        const column = table.columns.find((c) => c.role === role);
        return column ? sourceAt(reader, { sheet: table.sheet, row, col: column.col }) : UNKNOWN;
      };
      const name = named.length > 0 ? text('indikator', named[named.length - 1].col) : '';
      const sasaran =
        text('sasaran') || text('tujuan') || (named.length > 1 ? text('indikator') : '');
      const indicator = name === '' ? undefined : indicators.find(name);
      const known = indicator && byName.get(indicator.name);
      const stated = cell('capaian-kinerja');
      if (!known && name === '' && stated.value === null) continue;
      result.push({
        sasaran,
        program: text('program'),
        indicator: name,
        kinerja: known ? { indicatorId: known.id } : stated,
        serapan: cell('capaian-anggaran'),
      });
    }
  }
  return result;
}

/** How the budget hierarchy reads amounts and labels (as the checks do, without their cache). */
function budgetReader(model: WorkbookModel) {
  const sheets = new Map(model.sheets.map((sheet) => [sheet.name, sheet]));
  return {
    sheet: (name: string): Sheet => sheets.get(name)!,
    amount: (sheet: Sheet, row: number, col: number) =>
      readCellNumber(sheet.getCell(row, col), true),
    text: (sheet: Sheet, row: number, col: number) =>
      textOf(gridOf(sheet).shown(row, col)).replace(/\s+/g, ' ').trim(),
  };
}

/**
 * The budget table of tables 4 and 5: the largest with pagu and realisasi whose hierarchy is
 * certain (codes, outline numbering or PROGRAM / KEGIATAN words).
 */
function budgetOf(
  reader: ModelReader,
  tables: DetectedTable[],
  notes: string[],
): BudgetTable | undefined {
  const candidates = budgetTablesOf(
    budgetReader(reader.model),
    tables.filter((table) => reader.sheet(table.sheet) !== undefined),
  ).filter(
    (budget) =>
      budget.source !== 'none' &&
      budget.amountColumns.some((c) => c.role === 'pagu') &&
      budget.amountColumns.some((c) => c.role === 'realisasi-anggaran'),
  );
  if (candidates.length === 0) return undefined;
  const budget = candidates.reduce((a, b) => (b.nodes.length > a.nodes.length ? b : a));
  if (budget.nodes.length > MAX_ROWS) {
    notes.push(
      `Tabel anggaran di lembar "${budget.table.sheet}" memuat lebih dari ${MAX_ROWS} baris; tabel realisasi anggaran tidak disusun.`,
    );
    return undefined;
  }
  return budget;
}

function amountColumn(budget: BudgetTable, role: ColumnRole): number {
  return budget.amountColumns.find((c) => c.role === role)!.col;
}

/** The programs: the budget's top-level rows, each with the rows up to the next one. */
function programs(budget: BudgetTable): { node: BudgetNode; until: number }[] {
  const children = new Set(budget.nodes.flatMap((node) => node.children));
  const roots = budget.nodes.filter((node) => !children.has(node));
  return roots.map((node, i) => ({
    node,
    until: i + 1 < roots.length ? roots[i + 1].row.row : budget.table.range.bottom + 1,
  }));
}

/**
 * Table 4 where the workbook has no efisiensi table: per program of the budget, each of its
 * indicators that table 1 lists (the budget table names them), against the program's serapan.
 */
function programEfisiensi(
  reader: ModelReader,
  indicators: IndicatorModel,
  rows: TabelIndicator[],
  budget: BudgetTable,
): EfisiensiRow[] {
  const byName = new Map(rows.map((row) => [row.indicator, row]));
  const { sheet } = budget.table;
  const at = (row: number, role: ColumnRole) =>
    sourceAt(reader, { sheet, row, col: amountColumn(budget, role) });
  const result: EfisiensiRow[] = [];
  for (const { node, until } of programs(budget)) {
    const program = node.row.row;
    for (const mention of indicators.mentions) {
      if (mention.table !== budget.table || mention.row < program || mention.row >= until) continue;
      const indicator = indicators.indicatorOf(mention);
      const known = indicator && byName.get(indicator.name);
      if (!known || result.length >= MAX_ROWS) continue;
      result.push({
        sasaran: known.sasaran,
        program: node.row.label,
        indicator: mention.name,
        kinerja: { indicatorId: known.id },
        serapan: { pagu: at(program, 'pagu'), realisasi: at(program, 'realisasi-anggaran') },
      });
    }
  }
  return result;
}

/** Table 5's rows: the budget's lines, parents before their children. */
function budgetLines(reader: ModelReader, budget: BudgetTable, notes: string[]): AnggaranRow[] {
  const { table } = budget;
  const pagu = amountColumn(budget, 'pagu');
  const realisasi = amountColumn(budget, 'realisasi-anggaran');
  const kode = table.columns.find((c) => c.role === 'kode')?.col;
  const index = new Map(budget.nodes.map((node, i) => [node, i]));
  const level = new Map<BudgetNode, number>();
  for (const node of budget.nodes) {
    for (const child of node.children) level.set(child, (level.get(node) ?? 0) + 1);
  }
  const at = (row: number, col: number) => sourceAt(reader, { sheet: table.sheet, row, col });
  const lines = budget.nodes.map((node) => {
    const { row } = node.row;
    const line: AnggaranRow = {
      kode: kode === undefined ? '' : reader.text({ sheet: table.sheet, row, col: kode }),
      label: node.row.label,
      level: level.get(node) ?? 0,
      pagu: at(row, pagu),
      realisasi: at(row, realisasi),
      // An uncertain parent keeps its stated amounts: its children may not be all of it.
      children: node.certain ? node.children.map((child) => index.get(child)!) : [],
    };
    if (node.children.length === 0 && (line.pagu.value === null || line.realisasi.value === null))
      notes.push(`Pagu atau realisasi "${line.label}" tidak terbaca; isi sel kuningnya.`);
    return line;
  });
  notes.push(...sumNotes(lines));
  return lines;
}

/** A line's amount as the table computes it: its own, or the sum of its children's. */
function amountOf(lines: AnggaranRow[], i: number, field: 'pagu' | 'realisasi'): number | null {
  const line = lines[i];
  if (line.children.length === 0) return line[field].value;
  let sum = 0;
  for (const child of line.children) {
    const value = amountOf(lines, child, field);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** Where a parent's stated amount is not the sum of its children: the table shows the sum. */
function sumNotes(lines: AnggaranRow[]): string[] {
  const notes: string[] = [];
  lines.forEach((line, i) => {
    if (line.children.length === 0) return;
    for (const [field, name] of [
      ['pagu', 'Pagu'],
      ['realisasi', 'Realisasi'],
    ] as const) {
      const stated = line[field].value;
      const sum = amountOf(lines, i, field);
      // Money is equal when it rounds to the same cent.
      if (stated === null || sum === null || Math.round(stated * 100) === Math.round(sum * 100))
        continue;
      notes.push(
        `${name} "${line.label}" tertulis ${formatAngka(stated)}, jumlah rinciannya ${formatAngka(sum)}: tabel memakai jumlahnya.`,
      );
    }
  });
  return notes;
}
