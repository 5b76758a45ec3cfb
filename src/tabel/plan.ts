/**
 * planTabel: what each BAB III table would hold, read from the workbook's facts (target and
 * realisasi of every indicator by the one precedence table, with their cells; arah; the Renstra
 * target; the budget hierarchy by codes or outline numbering). Values are kept as the cells they
 * come from, so the sheet links to them.
 */
import { formatAngka } from '../core/angka';
import type { BudgetNode, BudgetTable } from '../facts/budget';
import type { WorkbookFacts } from '../facts/facts';
import type { IndicatorFact } from '../facts/indicator-facts';
import { linkAt, linkOf } from '../facts/links';
import { sourceNotes } from '../facts/source-notes';
import { sheetYear } from '../facts/year';
import type { ModelReader } from '../workbook/cells';
import { gridOf } from '../workbook/detect-grid';
import { textOf } from '../workbook/detect-text';
import { entityText } from '../workbook/entity';
import type { ColumnRole } from '../workbook/table-types';
import { previewSections } from './sheet';
import type { AnggaranRow, EfisiensiRow, SourceValue, TabelIndicator, TabelPlan } from './types';

/** More rows than any LKj has: a table beyond this is cut (indicators) or refused (budget). */
const MAX_ROWS = 5_000;

const UNKNOWN: SourceValue = { value: null };

export function planTabel(facts: WorkbookFacts): TabelPlan {
  const year = sheetYear(facts.year);
  const notes: string[] = [];
  const found = indicatorRows(facts, year);
  if (found.length > MAX_ROWS)
    notes.push(`Lebih dari ${MAX_ROWS} indikator: hanya ${MAX_ROWS} yang pertama disusun.`);
  const rows = found.slice(0, MAX_ROWS);
  const years = yearsOf(rows, year);
  const budget = budgetOf(facts, notes);
  const stated = efisiensiRows(facts, rows);
  const plan: TabelPlan = {
    year,
    scale: facts.scale.value,
    indicators: rows,
    years,
    efisiensi: stated.length > 0 || !budget ? stated : programEfisiensi(facts, rows, budget),
    anggaran: budget ? budgetLines(facts.reader, budget, notes) : [],
    sections: [],
    notes,
  };
  if (facts.unit !== undefined) plan.unit = facts.unit;
  notes.push(...twinYears(rows, years));
  for (const row of rows) {
    if (row.target.value === null)
      notes.push(`Target ${year} "${row.indicator}" tidak ditemukan; isi sel kuningnya.`);
    if (row.realisasi.value === null)
      notes.push(`Realisasi ${year} "${row.indicator}" tidak ditemukan; isi sel kuningnya.`);
    notes.push(...sourceNotes(facts, facts.indicators.find(row.id)!));
  }
  if (rows.length > 0 && rows.every((row) => row.renstra.value === null)) {
    notes.push('Target akhir Renstra tidak ditemukan di workbook; isi kolom kuning Tabel Renstra.');
  }
  plan.sections = previewSections(plan);
  return plan;
}

/** Every indicator with a target or realisasi of the report year, in order of first mention. */
function indicatorRows(facts: WorkbookFacts, year: number): TabelIndicator[] {
  const rows: TabelIndicator[] = [];
  for (const fact of facts.indicators.all) {
    const target = fact.value('target');
    const realisasi = fact.value('realisasi');
    if (target === undefined && realisasi === undefined) continue;
    const row: TabelIndicator = {
      id: fact.key,
      indicator: fact.name,
      sasaran: fact.sasaran || (fact.text('program') ?? ''),
      arah: fact.arah.value,
      target: linkOf(target),
      realisasi: linkOf(realisasi),
      history: historyOf(fact, year),
      renstra: linkOf(fact.renstra),
    };
    if (fact.satuan !== undefined) row.satuan = fact.satuan;
    rows.push(row);
  }
  return rows;
}

/** Earlier years' target and realisasi, by the same precedence as the report year's. */
function historyOf(fact: IndicatorFact, year: number): TabelIndicator['history'] {
  const history: TabelIndicator['history'] = {};
  for (const past of fact.years) {
    if (past >= year) continue;
    const realisasi = fact.value('realisasi', past);
    if (realisasi === undefined) continue;
    history[past] = { target: linkOf(fact.value('target', past)), realisasi: linkOf(realisasi) };
  }
  return history;
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
function efisiensiRows(facts: WorkbookFacts, rows: TabelIndicator[]): EfisiensiRow[] {
  const { reader } = facts;
  const byKey = new Map(rows.map((row) => [row.id, row]));
  const result: EfisiensiRow[] = [];
  for (const table of facts.tables) {
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
        return column ? linkAt(reader, { sheet: table.sheet, row, col: column.col }) : UNKNOWN;
      };
      const name = named.length > 0 ? text('indikator', named[named.length - 1].col) : '';
      const sasaran =
        text('sasaran') || text('tujuan') || (named.length > 1 ? text('indikator') : '');
      const indicator = name === '' ? undefined : facts.indicators.find(name);
      const known = indicator && byKey.get(indicator.key);
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

/**
 * The budget table of tables 4 and 5: the largest with pagu and realisasi whose hierarchy is
 * certain (codes, outline numbering or PROGRAM / KEGIATAN words).
 */
function budgetOf(facts: WorkbookFacts, notes: string[]): BudgetTable | undefined {
  const candidates = facts.budgets.filter(
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
  facts: WorkbookFacts,
  rows: TabelIndicator[],
  budget: BudgetTable,
): EfisiensiRow[] {
  const { reader } = facts;
  const { model } = facts.indicators;
  const byKey = new Map(rows.map((row) => [row.id, row]));
  const { sheet } = budget.table;
  const at = (row: number, role: ColumnRole) =>
    linkAt(reader, { sheet, row, col: amountColumn(budget, role) });
  const result: EfisiensiRow[] = [];
  for (const { node, until } of programs(budget)) {
    const program = node.row.row;
    for (const mention of model.mentions) {
      if (mention.table !== budget.table || mention.row < program || mention.row >= until) continue;
      const indicator = model.indicatorOf(mention);
      const known = indicator && byKey.get(facts.indicators.of(indicator).key);
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
  const at = (row: number, col: number) => linkAt(reader, { sheet: table.sheet, row, col });
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
