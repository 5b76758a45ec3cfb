/**
 * planTabel: what each BAB III table would hold, read from the workbook's facts (target and
 * realisasi of every indicator by the one precedence table, with their cells; arah; the Renstra
 * target; the budget hierarchy by codes or outline numbering). Values are kept as the cells they
 * come from, so the sheet links to them.
 */
import { formatAngka } from '../core/angka';
import { cents, partsOverlap, sumOf, type BudgetNode, type BudgetTable } from '../facts/budget';
import type { WorkbookFacts } from '../facts/facts';
import type { IndicatorFact } from '../facts/indicator-facts';
import { linkAt, linkOf } from '../facts/links';
import { sourceForm } from '../facts/renja-form';
import { sourceNotes } from '../facts/source-notes';
import { sheetYear } from '../facts/year';
import type { ModelReader } from '../workbook/cells';
import { gridOf } from '../workbook/detect-grid';
import { textOf } from '../workbook/detect-text';
import { entityText } from '../workbook/entity';
import type { ColumnRole, DetectedTable, TableColumn, TableKind } from '../workbook/table-types';
import { finish, mapInSteps, stepDue, type Steps } from '../core/steps';
import { previewSections } from './sheet';
import { toA1 } from '../workbook/model';
import type {
  Amount,
  AnggaranJumlah,
  AnggaranRow,
  EfisiensiRow,
  Kelompok,
  PembandingColumn,
  SourceValue,
  TabelId,
  TabelIndicator,
  TabelOptions,
  TabelPlan,
  Tingkat,
} from './types';

/** More rows than any LKj has: a table beyond this is cut (indicators) or refused (budget). */
const MAX_ROWS = 5_000;

const UNKNOWN: SourceValue = { value: null };

export function planTabel(facts: WorkbookFacts, options: TabelOptions = {}): TabelPlan {
  return finish(planTabelSteps(facts, options));
}

/** planTabel in steps: the budget table's lines some hundred at a time, the previews a table at a time. */
export function* planTabelSteps(
  facts: WorkbookFacts,
  { previewRows }: TabelOptions = {},
): Steps<TabelPlan> {
  const year = sheetYear(facts.year);
  const general: string[] = [];
  const byTable = new Map<TabelId, string[]>();
  const note = (id: TabelId, ...lines: string[]) =>
    byTable.set(id, [...(byTable.get(id) ?? []), ...lines]);
  const found = indicatorRows(facts, year);
  if (found.length > MAX_ROWS)
    general.push(`Lebih dari ${MAX_ROWS} indikator: hanya ${MAX_ROWS} yang pertama disusun.`);
  const rows = found.slice(0, MAX_ROWS);
  const years = yearsOf(rows, year);
  const budgetNotes: string[] = [];
  const budget = budgetOf(facts, budgetNotes);
  const stated = efisiensiRows(facts, rows);
  const table9 = budget
    ? yield* budgetLines(facts.reader, budget, budgetNotes)
    : { lines: [], jumlah: { partsDiffer: false } };
  const own = rows.filter((row) => row.tingkat === 'tujuan-sasaran');
  const pembanding = pembandingOf(facts, own);
  const plan: TabelPlan = {
    year,
    scale: facts.scale.value,
    indicators: rows,
    years,
    pembanding: pembanding.columns,
    efisiensi:
      stated.length > 0 || !budget
        ? stated
        : budget === facts.formBudget
          ? formEfisiensi(facts, rows, budget)
          : programEfisiensi(facts, rows, budget),
    anggaran: table9.lines,
    anggaranJumlah: table9.jumlah,
    sections: [],
    notes: [],
  };
  if (facts.unit !== undefined) plan.unit = facts.unit;
  const programs = rows.filter((row) => row.tingkat === 'program');
  if (own.length > 0) note(1, indicatorSource(facts, own, 'tujuan-sasaran'));
  if (programs.length > 0) note(2, indicatorSource(facts, programs, 'program'));
  for (const row of rows) {
    const at = row.tingkat === 'program' ? 2 : 1;
    if (row.target.value === null)
      note(at, `Target ${year} "${row.indicator}" tidak ditemukan; isi sel kuningnya.`);
    if (row.realisasi.value === null)
      note(at, `Realisasi ${year} "${row.indicator}" tidak ditemukan; isi sel kuningnya.`);
    if (row.target.value === 0)
      note(
        at,
        `Target ${year} "${row.indicator}" bernilai 0: capaiannya tidak dapat dihitung dan dikosongkan; periksa targetnya.`,
      );
    note(at, ...sourceNotes(facts, facts.indicators.find(row.id)!));
  }
  note(3, ...renstraNotes(rows));
  if (own.length > 0) note(4, ...pembanding.notes);
  if (own.length > 0)
    note(
      5,
      'Kendala, upaya dan faktor keberhasilan hanya diketahui staf: isi sel kuningnya (indikator dari Tabel 3.1).',
    );
  if (plan.efisiensi.length > 0) note(6, efisiensiSource(facts, stated.length > 0, budget));
  if (programs.length > 0)
    note(
      7,
      'Program dan indikatornya dari Tabel 3.2; capaiannya merujuk sel capaian Tabel 3.2 (bila ikut ditulis), selain itu dihitung dari sumber yang sama.',
    );
  note(8, ...twinYears(rows, years));
  const zeroPagu = table9.lines.filter((line) => line.pagu.length > 0 && total(line.pagu) === 0);
  if (zeroPagu.length > 0)
    budgetNotes.push(
      `Pagu 0 pada ${zeroPagu.length} baris tabel realisasi anggaran: serapannya tidak dapat dihitung dan dikosongkan.`,
    );
  note(9, ...budgetNotes);
  plan.notes = [
    ...general,
    ...[...byTable.keys()]
      .sort((a, b) => a - b)
      .flatMap((id) => byTable.get(id)!.map((line) => `Tabel 3.${id}: ${line}`)),
  ];
  plan.sections = yield* previewSections(plan, previewRows);
  return plan;
}

/** Tables whose rows set or report the year's target: where a row names its program. */
const LEVEL_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(['pk', 'capaian', 'renja']);

/** A column header naming a program's sasaran or indicator (`Sasaran Program`). */
const PROGRAM_HEADER = /\bprogram\b/i;

/**
 * A program's indicator when a row of a PK, capaian or Renja table names its program, or the
 * table's sasaran / indikator column is headed "… Program"; else the unit's tujuan / sasaran.
 * Efisiensi and budget tables name programs beside sasaran indicators: they do not decide.
 * `kegiatan`: the program column is headed "Program/Kegiatan" (a Renja form's), so the name
 * may be a kegiatan's.
 */
function tingkatOf(
  facts: WorkbookFacts,
  fact: IndicatorFact,
): { tingkat: Tingkat; program: string; kegiatan?: boolean } {
  let tingkat: Tingkat = 'tujuan-sasaran';
  for (const { table, row } of fact.mentions) {
    const sheet = facts.reader.sheet(table.sheet);
    const column = table.columns.find((c) => c.role === 'program');
    if (!LEVEL_KINDS.has(table.kind) || !sheet) continue;
    const program = column ? clean(entityText(sheet, table, row, 'program')) : '';
    if (column && program !== '')
      return { tingkat: 'program', program, kegiatan: /kegiatan/i.test(column.header) };
    if (
      table.columns.some(
        (c) => (c.role === 'sasaran' || c.role === 'indikator') && PROGRAM_HEADER.test(c.header),
      )
    )
      tingkat = 'program';
  }
  return { tingkat, program: '' };
}

function clean(text: string | undefined): string {
  return text?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The TUJUAN / SASARAN section row a table (the Renstra one) writes above the indicator. */
function kelompokOf(facts: WorkbookFacts, fact: IndicatorFact, tingkat: Tingkat): Kelompok {
  if (tingkat === 'program') return 'program';
  for (const { table, row } of fact.mentions) {
    const above = (table.sectionRows ?? []).filter((section) => section < row).at(-1);
    if (above === undefined) continue;
    const label = sectionLabel(facts, table, above);
    if (/^tujuan\b/i.test(label)) return 'tujuan';
    if (/^sasaran\b/i.test(label)) return 'sasaran';
  }
  return 'tidak-diketahui';
}

function sectionLabel(facts: WorkbookFacts, table: DetectedTable, row: number): string {
  for (let col = table.range.left; col <= table.range.right; col++) {
    const text = clean(facts.reader.text({ sheet: table.sheet, row, col }));
    if (text !== '') return text;
  }
  return '';
}

/** The sheets whose tables state a level's indicators, for the notes. */
function indicatorSource(facts: WorkbookFacts, rows: TabelIndicator[], tingkat: Tingkat): string {
  const sheets = new Set<string>();
  for (const row of rows)
    for (const mention of facts.indicators.find(row.id)?.mentions ?? [])
      if (LEVEL_KINDS.has(mention.table.kind) || mention.table.kind === 'multi-tahun')
        sheets.add(mention.table.sheet);
  const what =
    tingkat === 'program'
      ? 'indikator program (barisnya menyebut program, atau judul kolomnya "Sasaran/Indikator Program")'
      : 'indikator tujuan/sasaran';
  return `${rows.length} ${what} dari lembar ${quoted(sheets)}; target dan realisasi merujuk sel sumbernya (target PK sesudah perubahan lebih dulu).`;
}

function quoted(sheets: Iterable<string>): string {
  return [...sheets].map((sheet) => `"${sheet}"`).join(', ');
}

/** Table 3.3: where its Renstra targets and its TUJUAN / SASARAN groups come from. */
function renstraNotes(rows: TabelIndicator[]): string[] {
  const listed = rows.filter(
    (row) => row.tingkat === 'tujuan-sasaran' || row.renstra.value !== null,
  );
  if (listed.length === 0) return [];
  const sheets = new Set(listed.flatMap((row) => (row.renstra.ref ? [row.renstra.ref.sheet] : [])));
  const notes = [
    sheets.size > 0
      ? `Target akhir Renstra merujuk lembar ${quoted(sheets)}; yang tidak ditemukan berwarna kuning untuk diisi.`
      : 'Target akhir Renstra tidak ditemukan di workbook; isi kolom kuningnya.',
  ];
  const unknown = listed.filter((row) => row.kelompok === 'tidak-diketahui');
  if (unknown.length < listed.length && unknown.length > 0)
    notes.push(
      `Kelompok TUJUAN/SASARAN menurut baris judul bagian tabel Renstra workbook; ${unknown.length} indikator yang tidak disebut di sana dikelompokkan "TUJUAN / SASARAN".`,
    );
  else if (unknown.length > 0)
    notes.push(
      'Workbook tidak menyebut mana indikator tujuan dan mana sasaran (baris judul bagian TUJUAN/SASARAN): semuanya dikelompokkan "TUJUAN / SASARAN".',
    );
  return notes;
}

/** Table 3.6: where its rows come from. */
function efisiensiSource(
  facts: WorkbookFacts,
  fromTable: boolean,
  budget: BudgetTable | undefined,
): string {
  if (fromTable) {
    const sheets = facts.tables.filter((t) => t.kind === 'efisiensi').map((t) => t.sheet);
    return `Baris dari tabel efisiensi lembar ${quoted(new Set(sheets))}; capaian kinerja dihitung seperti Tabel 3.1/3.2, serapan seperti tertulis.`;
  }
  return `Workbook tidak memuat tabel efisiensi: baris dari program tabel anggaran lembar "${budget!.table.sheet}" dan indikator di barisnya; serapan dari pagu dan realisasinya.`;
}

/**
 * Table 3.4's other units: the realisasi columns of the workbook's comparison tables, those of
 * its own unit left out (table 3.4 shows the year's realisasi as table 3.1 does).
 */
function pembandingOf(
  facts: WorkbookFacts,
  rows: TabelIndicator[],
): { columns: PembandingColumn[]; notes: string[] } {
  const ids = new Set(rows.map((row) => row.id));
  const ownWords = new Set(wordsOf(facts.unit ?? ''));
  const byUnit = new Map<string, PembandingColumn>();
  const sheets = new Set<string>();
  const skipped = new Set<string>();
  const { model } = facts.indicators;
  for (const table of facts.tables) {
    if (table.kind !== 'perbandingan-pd') continue;
    for (const column of table.columns) {
      if (column.role !== 'realisasi-unit') continue;
      const unit = clean(column.header.split(' / ').pop());
      const words = wordsOf(unit);
      if (words.length > 0 && words.every((word) => ownWords.has(word))) {
        skipped.add(unit);
        continue;
      }
      const key = words.join(' ');
      let target = byUnit.get(key);
      if (!target) byUnit.set(key, (target = { unit, values: {} }));
      for (const mention of model.mentions) {
        if (mention.table !== table) continue;
        const indicator = model.indicatorOf(mention);
        const id = indicator && facts.indicators.of(indicator).key;
        if (id === undefined || !ids.has(id) || target.values[id]) continue;
        target.values[id] = linkAt(facts.reader, {
          sheet: table.sheet,
          row: mention.row,
          col: column.col,
        });
        sheets.add(table.sheet);
      }
    }
  }
  // A column naming none of the listed indicators compares nothing of table 3.4.
  const columns = [...byUnit.values()].filter((column) => Object.keys(column.values).length > 0);
  const notes =
    columns.length > 0
      ? [
          `Realisasi ${columns.map((c) => c.unit).join(', ')} merujuk tabel perbandingan lembar ${quoted(sheets)}${skipped.size > 0 ? `; kolom ${[...skipped].join(', ')} (unit ini) diganti realisasi Tabel 3.1` : ''}.`,
        ]
      : [
          'Workbook tidak memuat perbandingan dengan perangkat daerah lain: isi nama dan realisasinya di kolom kuning.',
        ];
  notes.push('Standar nasional hanya diketahui staf: isi kolom kuningnya bila ada.');
  return { columns, notes };
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every indicator with a target or realisasi of the report year, in order of first mention. */
function indicatorRows(facts: WorkbookFacts, year: number): TabelIndicator[] {
  const rows: TabelIndicator[] = [];
  for (const fact of facts.indicators.all) {
    const target = fact.value('target');
    const realisasi = fact.value('realisasi');
    if (target === undefined && realisasi === undefined) continue;
    const { tingkat, program, kegiatan } = tingkatOf(facts, fact);
    const row: TabelIndicator = {
      id: fact.key,
      indicator: fact.name,
      sasaran: fact.sasaran,
      tingkat,
      program,
      kelompok: kelompokOf(facts, fact, tingkat),
      arah: fact.arah.value,
      target: linkOf(target),
      realisasi: linkOf(realisasi),
      history: historyOf(fact, year),
      renstra: linkOf(fact.renstra),
    };
    if (fact.satuan !== undefined) row.satuan = fact.satuan;
    if (kegiatan) row.kegiatan = true;
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
 * certain (codes, outline numbering, the rows its formulas add, PROGRAM / KEGIATAN words, or a
 * list whose stated total is the sum of every row), a Renja form's year Rp columns included. One
 * table only: the others repeat its rows or some of them.
 */
function budgetOf(facts: WorkbookFacts, notes: string[]): BudgetTable | undefined {
  const { formBudget } = facts;
  const certain = (budget: BudgetTable) =>
    budget.whole.pagu.length > 0 &&
    budget.whole.realisasi.length > 0 &&
    (budget.source !== 'none' || totalledList(budget));
  const candidates = [...facts.budgets, ...(formBudget ? [formBudget] : [])].filter(certain);
  const form = sourceForm(facts.tables);
  if (form && !formBudget && facts.renjaForm(form)?.rp.target !== undefined)
    notes.push(
      `Formulir Renja di lembar "${form.sheet}" tidak menyatakan realisasi Rp tahun berjalan (persamaan penjumlahan triwulan Rp di baris penomoran): anggarannya tidak disusun menjadi tabel.`,
    );
  if (formBudget && !certain(formBudget))
    notes.push(
      `Hierarki baris formulir Renja di lembar "${formBudget.table.sheet}" tidak pasti (tanpa kode, penomoran, rumus jumlah atau kata PROGRAM/KEGIATAN): anggarannya tidak disusun menjadi tabel.`,
    );
  if (candidates.length === 0) return undefined;
  const budget = candidates.reduce((a, b) => (b.nodes.length > a.nodes.length ? b : a));
  if (budget.nodes.length > MAX_ROWS) {
    notes.push(
      `Tabel anggaran di lembar "${budget.table.sheet}" memuat lebih dari ${MAX_ROWS} baris; tabel realisasi anggaran tidak disusun.`,
    );
    return undefined;
  }
  const others = [...new Set(candidates.map((c) => c.table.sheet))].filter(
    (sheet) => sheet !== budget.table.sheet,
  );
  if (others.length > 0)
    notes.push(
      `Tabel realisasi anggaran disusun dari lembar "${budget.table.sheet}" saja; tabel anggaran di ${others.map((sheet) => `"${sheet}"`).join(', ')} tidak ikut dijumlahkan.`,
    );
  if (budget === formBudget) {
    const [pagu, realisasi] = [budget.whole.pagu[0], budget.whole.realisasi[0]].map(
      (i) => budget.amountColumns[i],
    );
    const name = (column: TableColumn) =>
      `${toA1(1, column.col).slice(0, -1)}${column.number === undefined ? '' : ` (${column.number})`}`;
    notes.push(
      `Anggaran dari formulir Renja lembar "${budget.table.sheet}": pagu = target Renja tahun berjalan Rp, kolom ${name(pagu)}; realisasi = realisasi tahun berjalan Rp, kolom ${name(realisasi)}, menurut persamaan baris penomorannya.`,
    );
  }
  const groups = budget.whole.pagu.map((i) => budget.amountColumns[i].group ?? '');
  if (groups.length > 1)
    notes.push(
      `Pagu dan realisasi tiap baris adalah jumlah kelompok belanja ${groups.map((g) => g.split(' / ').pop()).join(', ')}.`,
    );
  return budget;
}

/** A list without hierarchy whose stated total is the sum of all of its rows: nothing is guessed. */
function totalledList(budget: BudgetTable): boolean {
  const total = budget.totals[budget.totals.length - 1];
  if (!total || total.parts.length !== budget.nodes.length) return false;
  return budget.whole.pagu.every((c) => {
    const stated = total.row.amounts[c].value;
    const summed = sumOf(total.parts, c);
    return stated !== null && summed !== undefined && cents(stated) === cents(summed.sum);
  });
}

/** The programs: the budget's top-level rows, each with the rows up to the next one. */
function programs(budget: BudgetTable): { node: BudgetNode; until: number }[] {
  const roots = rootsOf(budget);
  return roots.map((node, i) => ({
    node,
    until: i + 1 < roots.length ? roots[i + 1].row.row : budget.table.range.bottom + 1,
  }));
}

function rootsOf(budget: BudgetTable): BudgetNode[] {
  const children = new Set(budget.nodes.flatMap((node) => node.children));
  return budget.nodes.filter((node) => !children.has(node));
}

/** A row's pagu and realisasi: the cells of the columns that make the whole of each. */
function amountsAt(
  reader: ModelReader,
  budget: BudgetTable,
  row: number,
): { pagu: Amount; realisasi: Amount } {
  const { sheet } = budget.table;
  const at = (indexes: number[]) =>
    indexes.map((i) => linkAt(reader, { sheet, row, col: budget.amountColumns[i].col }));
  return { pagu: at(budget.whole.pagu), realisasi: at(budget.whole.realisasi) };
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
        serapan: amountsAt(reader, budget, program),
      });
    }
  }
  return result;
}

/**
 * Table 4 from a Renja form: each indicator table 1 lists, against the serapan of the Rp on its
 * own row of the form (the program's, kegiatan's or sub kegiatan's budget the form pairs it
 * with); an indicator whose row states no Rp is left out.
 */
function formEfisiensi(
  facts: WorkbookFacts,
  rows: TabelIndicator[],
  budget: BudgetTable,
): EfisiensiRow[] {
  const { model } = facts.indicators;
  const byKey = new Map(rows.map((row) => [row.id, row]));
  const labels = new Map(budget.lines.map((line) => [line.row, line.label]));
  const result: EfisiensiRow[] = [];
  for (const mention of model.mentions) {
    if (mention.table !== budget.table || result.length >= MAX_ROWS) continue;
    const indicator = model.indicatorOf(mention);
    const known = indicator && byKey.get(facts.indicators.of(indicator).key);
    const serapan = amountsAt(facts.reader, budget, mention.row);
    if (!known || [...serapan.pagu, ...serapan.realisasi].every((cell) => cell.value === null))
      continue;
    result.push({
      sasaran: known.sasaran,
      // A row without a name (one more indicator of the row above) names no program for sure.
      program: labels.get(mention.row) ?? '',
      indicator: mention.name,
      kinerja: { indicatorId: known.id },
      serapan,
    });
  }
  return result;
}

const FIELDS = [
  ['pagu', 'Pagu'],
  ['realisasi', 'Realisasi'],
] as const;

type Field = (typeof FIELDS)[number][0];

/**
 * Table 5's rows: the budget's lines, parents before their children, each with the amounts the
 * workbook states; and its JUMLAH, the sum of the programs, against the total row the workbook
 * states. Where a row's parts add up to something else, the table shows both and says so.
 */
function* budgetLines(
  reader: ModelReader,
  budget: BudgetTable,
  notes: string[],
): Steps<{ lines: AnggaranRow[]; jumlah: AnggaranJumlah }> {
  const { table } = budget;
  const kode = table.columns.find((c) => c.role === 'kode')?.col;
  const indikator = table.columns.find((c) => c.role === 'indikator')?.col;
  const index = new Map(budget.nodes.map((node, i) => [node, i]));
  const level = new Map<BudgetNode, number>();
  for (const node of budget.nodes) {
    for (const child of node.children) level.set(child, (level.get(node) ?? 0) + 1);
  }
  const lines = yield* mapInSteps(budget.nodes, (node): AnggaranRow => {
    const { row } = node.row;
    return {
      kode:
        node.row.code ??
        (kode === undefined ? '' : reader.text({ sheet: table.sheet, row, col: kode })),
      label: node.row.label,
      indikator:
        indikator === undefined
          ? ''
          : clean(reader.text({ sheet: table.sheet, row, col: indikator })),
      level: level.get(node) ?? 0,
      ...amountsAt(reader, budget, row),
      children: partsCertain(budget, node) ? node.children.map((child) => index.get(child)!) : [],
      partsDiffer: false,
    };
  });
  for (const [i, line] of lines.entries()) {
    // Counted on from the first pass: no step holds the end of one and the start of the other.
    if (stepDue(lines.length + i)) yield;
    const { row } = budget.nodes[i].row;
    // A parent left empty is the sum of its parts as a matter of course; text there is a slip.
    const written = (field: Field) =>
      budget.whole[field].some(
        (c) => reader.text({ sheet: table.sheet, row, col: budget.amountColumns[c].col }) !== '',
      );
    const unknown = FIELDS.filter(([field]) => total(line[field]) === null);
    const unread = unknown.filter(([field]) => written(field));
    if (line.children.length > 0 && unread.length > 0)
      notes.push(
        `${unread.map(([, name]) => name).join(' dan ')} "${line.label}" tidak terbaca; tabel memakai jumlah rinciannya.`,
      );
    else if (line.children.length === 0 && unknown.length > 0)
      notes.push(`Pagu atau realisasi "${line.label}" tidak terbaca; isi sel kuningnya.`);
    line.partsDiffer = sumNotes(lines, line, (field) => total(line[field]), notes);
  }
  const roots = lines.flatMap((line, i) => (line.level === 0 ? [i] : []));
  const programs = { label: 'JUMLAH', children: roots };
  // The JUMLAH states what its programs show.
  const shown = (field: Field) => partsSum(lines, programs, field, amountOf);
  const jumlah: AnggaranJumlah = { partsDiffer: sumNotes(lines, programs, shown, notes) };
  const stated = statedTotal(
    budget,
    roots.map((i) => budget.nodes[i]),
  );
  if (stated) {
    const amounts = amountsAt(reader, budget, stated.row);
    const cell = `'${table.sheet}'!${toA1(stated.row, budget.amountColumns[budget.whole.pagu[0]].col)}`;
    const differs = FIELDS.filter(([field]) => {
      const [own, sum] = [total(amounts[field]), shown(field)];
      if (own === null || sum === null || cents(own) === cents(sum)) return false;
      notes.push(
        `${field === 'pagu' ? 'Pagu' : 'Realisasi'} JUMLAH tertulis ${formatAngka(own)} di ${cell}, jumlah programnya ${formatAngka(sum)} (selisih ${formatAngka(Math.abs(own - sum))}): tabel menampilkan keduanya.`,
      );
      return true;
    });
    if (differs.length > 0) jumlah.stated = { cell, ...amounts };
  }
  return { lines, jumlah };
}

/**
 * A node's parts, where certain: no unplaced row among them, none counted with its parent
 * (unless codes or formulas state them its parts: its own amount is then what is off).
 */
function partsCertain(budget: BudgetTable, node: BudgetNode): boolean {
  return (
    node.certain &&
    (node.partsStated === true ||
      budget.whole.pagu.every((c) => {
        const whole = node.row.amounts[c].value;
        const summed = sumOf(node.children, c);
        if (whole === null || !summed || cents(whole) === cents(summed.sum)) return true;
        return !partsOverlap(whole, node.children, c, summed.sum);
      }))
  );
}

/**
 * The total row the workbook states over exactly the programs, where it has one; else a form's
 * last total row whose formulas add other rows (the urusan's parts where the urusan is the root):
 * the same whole, by another path.
 */
function statedTotal(budget: BudgetTable, roots: BudgetNode[]): BudgetNode['row'] | undefined {
  const whole = new Set(roots);
  return (
    budget.totals.find(
      (t) => t.parts.length === whole.size && t.parts.every((part) => whole.has(part)),
    )?.row ?? budget.totals.filter((t) => t.row.sums !== undefined).at(-1)?.row
  );
}

/** The sum of an amount's cells; null while one is unknown. */
function total(amount: Amount): number | null {
  let sum = 0;
  for (const cell of amount) {
    if (cell.value === null) return null;
    sum += cell.value;
  }
  return sum;
}

/** A line's amount as the table shows it: as stated, else (unreadable) the sum of its parts. */
function amountOf(lines: AnggaranRow[], line: AnggaranRow, field: Field): number | null {
  return total(line[field]) ?? partsSum(lines, line, field);
}

/**
 * The sum of a line's parts, each down to the lines without parts (`part` reads each part,
 * `amountOf` to add the programs as shown); null for a line without parts or while one is unknown.
 */
function partsSum(
  lines: AnggaranRow[],
  line: Pick<AnggaranRow, 'children'>,
  field: Field,
  part: (lines: AnggaranRow[], line: AnggaranRow, field: Field) => number | null = (_, child) =>
    child.children.length > 0 ? partsSum(lines, child, field) : total(child[field]),
): number | null {
  if (line.children.length === 0) return null;
  let sum = 0;
  for (const child of line.children) {
    const value = part(lines, lines[child], field);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/**
 * Whether a line's stated amounts differ from the sum of its parts (money to the cent), with a
 * note for each that does: the table shows both, the workbook's and the parts'.
 */
function sumNotes(
  lines: AnggaranRow[],
  line: Pick<AnggaranRow, 'children' | 'label'>,
  stated: (field: Field) => number | null,
  notes: string[],
): boolean {
  let differs = false;
  for (const [field, name] of FIELDS) {
    const own = stated(field);
    const sum = partsSum(lines, line, field);
    if (own === null || sum === null || cents(own) === cents(sum)) continue;
    differs = true;
    notes.push(
      `${name} "${line.label}" tertulis ${formatAngka(own)}, jumlah rinciannya ${formatAngka(sum)} (selisih ${formatAngka(Math.abs(own - sum))}): tabel menampilkan keduanya.`,
    );
  }
  return differs;
}
