/**
 * planRenja: the rows of the Renja evaluation form and what is known of each. From an E.81 form
 * the workbook already holds (the last quarter's): its rows, targets, realisasi and filled
 * quarters, carried over as values, the next quarter opened. Otherwise from the workbook's facts:
 * each indicator with its sasaran, program, satuan, the year's target and the Renstra target the
 * facts take, and the programs' pagu from the budget tables; what is not known is left to fill.
 * A row's jenis is its indicator's in the facts (the user's choice included).
 */
import { akumulasiOf, akumulasiTahun, readAkumulasi, type Akumulasi } from '../core/akumulasi';
import { readArah, type Arah } from '../core/capaian';
import { formatAngka } from '../core/angka';
import { normalizeIndicatorName } from '../core/names';
import type { WorkbookFacts } from '../facts/facts';
import { keyOf, type IndicatorFact } from '../facts/indicator-facts';
import { variantNote } from '../facts/source-notes';
import { sheetYear } from '../facts/year';
import { sourceForm, type MeasureColumns } from '../facts/renja-form';
import { columnOf } from '../workbook/cells';
import type { DetectedTable, TableColumn } from '../workbook/table-types';
import {
  JENIS_LABEL,
  NOTE_PREFIX,
  TRIWULAN,
  type RenjaMeasure,
  type RenjaOptions,
  type RenjaPlan,
  type RenjaRow,
  type Triwulan,
} from './types';

/** Rows the form takes at most; a longer list is cut with a note. */
export const MAX_ROWS = 2_000;

const JENIS_HEADER = /(?:^|\/\s*)(?:jenis|sifat|tipe)(?:\s+indikator)?\s*$/i;
const UNIT_PJ_HEADER = /penanggung\s*jawab|^\s*(?:unit\s+)?perangkat\s+daerah\b/i;

/** A row as read before its jenis and arah are settled, with the facts of its indicator. */
type Draft = Omit<
  RenjaRow,
  'id' | 'jenis' | 'jenisFrom' | 'arah' | 'arahFrom' | 'increments' | 'notes'
> & {
  jenisText?: string;
  arahText?: string;
  fact?: IndicatorFact;
};

/**
 * Indicators whose names say that less is better (DOMAIN §3 and §9: violations, poverty,
 * unemployment, deaths, processing time). Only names that cannot mean the opposite: "persentase
 * pengaduan yang ditindaklanjuti" is higher-is-better, so complaints are not in the list.
 */
const LOWER_IS_BETTER_NAME =
  /^(?:(?:angka|jumlah|tingkat|persentase|prevalensi)\s+(?:pelanggaran|kemiskinan|pengangguran|kematian|kecelakaan|kriminalitas|stunting|putus\s+sekolah|penduduk\s+miskin)|(?:rata-rata|lama)\s+waktu)\b/i;

export function planRenja(facts: WorkbookFacts, options: RenjaOptions = {}): RenjaPlan {
  const notes: string[] = [];
  const form = sourceForm(facts.tables);
  const year = sheetYear(facts.year);
  const drafts = form ? formDrafts(facts, form, notes) : tableDrafts(facts);
  if (drafts.length > MAX_ROWS) {
    notes.push(
      `Hanya ${MAX_ROWS} baris pertama yang dimuat; ${drafts.length - MAX_ROWS} baris lain tidak.`,
    );
    drafts.length = MAX_ROWS;
  }
  const rows = drafts.map((draft, i) => settleRow(draft, i, options));
  const guessed = rows.filter((row) => row.indicator !== '' && row.jenisFrom === 'tebakan').length;
  if (guessed > 0) {
    notes.push(
      `Jenis ${guessed} indikator tidak dapat dikenali dari nama dan satuannya; dianggap Kumulatif (ditandai kuning): periksa dan ubah bila perlu.`,
    );
  }
  const nol = rows.flatMap((row, i) =>
    row.k.renstra === 0 || row.rp?.renstra === 0 ? [String(i + 1)] : [],
  );
  if (nol.length > 0) {
    notes.push(
      `Target Renstra (5) bernilai 0 pada baris ${nol.join(', ')}: tingkat capaian (14) tidak dapat dihitung dan dikosongkan; periksa targetnya.`,
    );
  }
  const lastFilled = lastFilledQuarter(rows);
  const tw = options.tw ?? (Math.min(4, lastFilled + 1) as Triwulan);
  if (lastFilled > tw) {
    notes.push(
      `Formulir sumber sudah terisi sampai TW ${lastFilled}; nilai triwulan setelah TW ${tw} tetap dibawa.`,
    );
  }
  const { signature, note } = facts.signature;
  if (note !== undefined) notes.push(note);
  const plan: RenjaPlan = {
    year,
    tw,
    rows,
    source: form ? { kind: 'form', sheet: form.sheet } : { kind: 'tabel' },
    signature,
    notes,
  };
  if (form && facts.unit !== undefined) plan.unit = facts.unit;
  const list = form && sasaranRkpdOf(facts, form);
  if (list) plan.sasaranRkpd = list;
  return plan;
}

const LIST_HEADING = /^indikator\s+dan\s+target\s+kinerja\b/i;
const LIST_ITEM = /^\d+\s*[.)]\s*\S/;

/**
 * The list the E.81 form states between its title and its table: a heading "Indikator dan target
 * kinerja … sasaran RKPD:" and the numbered lines under it (Cirebon rows 4–11). Only when the form
 * has it: the lines are the form's own words, never composed from the indicators below.
 */
function sasaranRkpdOf(
  facts: WorkbookFacts,
  table: DetectedTable,
): RenjaPlan['sasaranRkpd'] | undefined {
  const sheet = facts.reader.sheet(table.sheet);
  if (!sheet) return undefined;
  const firstText = (row: number): string => {
    for (let col = 1; col <= table.range.right; col++) {
      const value = sheet.getCell(row, col)?.value;
      if (typeof value === 'string' && value.trim() !== '')
        return value.replace(/\s+/g, ' ').trim();
    }
    return '';
  };
  let heading: string | undefined;
  const items: string[] = [];
  for (let row = 1; row < table.range.top; row++) {
    const text = firstText(row);
    if (heading === undefined) {
      if (LIST_HEADING.test(text)) heading = text;
    } else if (LIST_ITEM.test(text)) items.push(text);
    else if (items.length > 0) break;
  }
  return heading === undefined || items.length === 0 ? undefined : { heading, items };
}

/**
 * The row's jenis: the user's choice for this row; else the facts' jenis of its indicator (the
 * user's choice by name, a Jenis column, its name and satuan); else the row's own Jenis cell or
 * name; else a guess (kumulatif, marked). Then its arah, and how its (12) K follows the form.
 */
function settleRow(draft: Draft, index: number, options: RenjaOptions): RenjaRow {
  const { jenisText, arahText, fact, ...rest } = draft;
  const id = `${index + 1}:${keyOf(draft.indicator)}`;
  const chosen = options.jenis?.[id];
  const known = fact?.jenis;
  const stated = jenisText === undefined ? undefined : readAkumulasi(jenisText);
  const named = akumulasiOf(draft.indicator, draft.satuan);
  let jenis: Akumulasi = 'kumulatif';
  let jenisFrom: RenjaRow['jenisFrom'] = 'tebakan';
  if (chosen !== undefined) [jenis, jenisFrom] = [chosen, 'pilihan'];
  else if (known !== undefined)
    [jenis, jenisFrom] = [known.value, known.from === 'kolom' ? 'workbook' : known.from];
  else if (stated !== undefined) [jenis, jenisFrom] = [stated, 'workbook'];
  else if (named !== undefined) [jenis, jenisFrom] = [named, 'nama'];
  const row: RenjaRow = {
    ...rest,
    id,
    jenis,
    jenisFrom,
    ...arahOf(arahText, fact, draft.indicator),
    notes: [],
  };
  if (row.indicator === '') return row;
  const variant = fact && variantNote(fact);
  if (variant !== undefined) row.notes.push(variant);
  const asStated = yearAsStated(row);
  if (asStated) row.notes.push(asStated.note);
  if (asStated?.increments) row.increments = true;
  return row;
}

/** The row's own Arah/Polaritas cell; else the facts' arah (chosen, a column); else its name. */
function arahOf(
  text: string | undefined,
  fact: IndicatorFact | undefined,
  indicator: string,
): Pick<RenjaRow, 'arah' | 'arahFrom'> {
  const own = text === undefined ? undefined : readArah(text);
  if (own !== undefined) return { arah: own, arahFrom: 'workbook' };
  const known = fact?.arah;
  if (known && known.from !== 'bawaan')
    return { arah: known.value, arahFrom: known.from === 'kolom' ? 'workbook' : 'pilihan' };
  if (LOWER_IS_BETTER_NAME.test(indicator)) return { arah: 'turun', arahFrom: 'nama' };
  return { arah: 'naik' as Arah, arahFrom: 'bawaan' };
}

/** Relative tolerance for the stated (12) against the quarters: typed values, 2 decimals. */
const SAME = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(1, Math.abs(b));

/**
 * The source form's (12) K against what the row's jenis makes of its quarters. Where they agree
 * nothing is said. A nilai-akhir row whose stated year's value is the quarters' sum, and that sum
 * is nearer the year's target than the last quarter (Deli Serdang: `K = %×target − earlier
 * quarters`), has increments for quarters: (12) adds them, as the form does. Any other
 * disagreement keeps the jenis formula and says what the form wrote: no value is made up.
 */
function yearAsStated(row: RenjaRow): { note: string; increments: boolean } | undefined {
  const { stated, quarters, target } = row.k;
  const filled = quarters.filter((value): value is number => value !== undefined);
  if (stated === undefined || filled.length === 0) return undefined;
  const sum = akumulasiTahun(filled, 'kumulatif');
  const last = akumulasiTahun(filled, 'nilai-akhir');
  const byJenis = akumulasiTahun(filled, row.jenis);
  if (SAME(stated, byJenis)) return undefined;
  const shown = (value: number) => formatAngka(value, 2);
  const nearer = target === undefined || Math.abs(sum - target) < Math.abs(last - target);
  if (row.jenis === 'nilai-akhir' && SAME(stated, sum) && nearer) {
    return {
      increments: true,
      note: `triwulan formulir sumber adalah tambahan (jumlahnya ${shown(sum)} = realisasi tahun ini yang tertulis di formulir, bukan triwulan terakhir ${shown(last)}): (12) K menjumlahkannya seperti formulir.`,
    };
  }
  return {
    increments: false,
    note: `formulir sumber menulis (12) K = ${shown(stated)}, sedangkan ${JENIS_WORD[row.jenis]} triwulannya ${shown(byJenis)}: (12) mengikuti jenis ${JENIS_LABEL[row.jenis].toLowerCase()}; periksa jenis dan triwulannya.`,
  };
}

const JENIS_WORD: Record<Akumulasi, string> = {
  kumulatif: 'jumlah',
  'rata-rata': 'rata-rata',
  'nilai-akhir': 'triwulan terakhir',
};

/**
 * The last quarter some row reports: a nonzero K or Rp. Zeros typed into the quarters ahead (a
 * form prepared for the year) report nothing yet.
 */
function lastFilledQuarter(rows: RenjaRow[]): number {
  let last = 0;
  for (const row of rows) {
    for (const measure of [row.k, row.rp]) {
      measure?.quarters.forEach((value, i) => {
        if (value !== undefined && value !== 0) last = Math.max(last, i + 1);
      });
    }
  }
  return last;
}

function emptyMeasure(): RenjaMeasure {
  return { quarters: [undefined, undefined, undefined, undefined] };
}

function formDrafts(facts: WorkbookFacts, table: DetectedTable, notes: string[]): Draft[] {
  const { reader } = facts;
  const { model } = facts.indicators;
  const columns = facts.renjaForm(table)!;
  const byRow = new Map(
    model.mentions
      .filter((mention) => mention.table === table)
      .map((mention) => [mention.row, mention]),
  );
  const sheet = reader.sheet(table.sheet)!;
  // Own cells only: a program merged down over its indicator rows is written once, as in the form.
  const own = (row: number, column: TableColumn | undefined): string => {
    if (!column) return '';
    const value = sheet.getCell(row, column.col)?.value;
    return typeof value === 'string' || typeof value === 'number'
      ? String(value).replace(/\s+/g, ' ').trim()
      : '';
  };
  const sasaranColumn =
    table.columns.find((column) => column.role === 'sasaran' && column.number !== undefined) ??
    columnOf(table, 'sasaran') ??
    columnOf(table, 'tujuan');
  const uraianColumn = columnOf(table, 'program') ?? columnOf(table, 'uraian');
  const satuanColumn = columnOf(table, 'satuan');
  const jenisColumn = table.columns.find((column) => JENIS_HEADER.test(column.header));
  const unitPjColumn = table.columns.find(
    (column) => column.role === 'lain' && UNIT_PJ_HEADER.test(column.header),
  );
  const keteranganColumn = columnOf(table, 'keterangan');
  const arahColumn = columnOf(table, 'arah');
  const statedColumn = columns.aggregates.K?.year;
  let formulaQuarters = 0;
  const numberAt = (row: number, col: number | undefined, quarter = false): number | undefined => {
    if (col === undefined) return undefined;
    const found = reader.number({ sheet: table.sheet, row, col });
    if (found && quarter && sheet.getCell(row, col)?.formula !== undefined) formulaQuarters++;
    return found?.value;
  };
  const measure = (row: number, cols: MeasureColumns): RenjaMeasure => ({
    renstra: numberAt(row, cols.renstra),
    lalu: numberAt(row, cols.lalu),
    target: numberAt(row, cols.target),
    quarters: TRIWULAN.map((tw) => numberAt(row, cols.quarters[tw - 1], true)),
  });
  const drafts: Draft[] = [];
  const indicatorColumn = columnOf(table, 'indikator');
  for (const row of table.dataRows) {
    // The model's name, where the row's own indicator cell holds it (not a label merged across).
    const mention = own(row, indicatorColumn) === '' ? undefined : byRow.get(row);
    const indicator = mention?.name ?? '';
    const uraian = own(row, uraianColumn);
    if (indicator === '' && uraian === '') continue;
    const k = indicator === '' ? emptyMeasure() : measure(row, columns.k);
    if (indicator !== '') k.stated = numberAt(row, statedColumn);
    const rp = measure(row, columns.rp);
    const hasRp =
      uraian !== '' ||
      [rp.renstra, rp.lalu, rp.target, ...rp.quarters].some((value) => value !== undefined);
    const draft: Draft = {
      sasaran: own(row, sasaranColumn),
      uraian,
      indicator,
      satuan: own(row, satuanColumn),
      k: withoutUndefined(k),
      unitPj: own(row, unitPjColumn),
      // A form the add-in wrote: its notes are said again, not carried as the staff's keterangan.
      keterangan: own(row, keteranganColumn).split(NOTE_PREFIX)[0].trim(),
    };
    if (hasRp) draft.rp = withoutUndefined(rp);
    const known = mention && model.indicatorOf(mention);
    if (known) draft.fact = facts.indicators.of(known);
    const jenisText = own(row, jenisColumn);
    if (jenisText !== '') draft.jenisText = jenisText;
    const arahText = own(row, arahColumn);
    if (arahText !== '') draft.arahText = arahText;
    drafts.push(draft);
  }
  if (formulaQuarters > 0) {
    notes.push(
      `${formulaQuarters} nilai triwulan di formulir sumber adalah hasil rumus (misalnya nilai yang diturunkan dari persentase kumulatif); dibawa sebagai nilai: periksa terutama untuk indikator nilai akhir.`,
    );
  }
  return drafts;
}

/** Fields left undefined are dropped, so a plan compares and serialises cleanly. */
function withoutUndefined(measure: RenjaMeasure): RenjaMeasure {
  const out: RenjaMeasure = { quarters: measure.quarters };
  if (measure.renstra !== undefined) out.renstra = measure.renstra;
  if (measure.lalu !== undefined) out.lalu = measure.lalu;
  if (measure.target !== undefined) out.target = measure.target;
  if (measure.stated !== undefined) out.stated = measure.stated;
  return out;
}

const TABLE_KINDS: readonly DetectedTable['kind'][] = [
  'pk',
  'capaian',
  'multi-tahun',
  'penghitungan',
];
const PROGRAM_WORDS = /^(?:program|kegiatan|sub\s*kegiatan)\b/i;
const PROGRAM_CODE = /^\d+(?:\.\d+){2}(?:\.\d+(?:\.\d+){1,2})?$/;

/**
 * Without a form: one row per indicator of the facts (sasaran-level ones first, then each
 * program's), with the year's target (7) and the Renstra target (5) the facts take, and the
 * programs' pagu from the budget tables as target Renja Rp.
 */
function tableDrafts(facts: WorkbookFacts): Draft[] {
  const pagu = paguByProgram(facts);
  const groups = new Map<string, { uraian: string; drafts: Draft[] }>();
  for (const fact of byFirstMention(facts)) {
    const uraian = fact.text('program', TABLE_KINDS) ?? '';
    const k: RenjaMeasure = emptyMeasure();
    const target = fact.value('target')?.value;
    if (target !== undefined) k.target = target;
    if (fact.renstra) k.renstra = fact.renstra.value;
    const draft: Draft = {
      sasaran: fact.text('sasaran', TABLE_KINDS) ?? fact.text('tujuan', TABLE_KINDS) ?? '',
      uraian: '',
      indicator: fact.name,
      satuan: fact.text('satuan', TABLE_KINDS) ?? '',
      k,
      unitPj: '',
      keterangan: '',
      fact,
    };
    const key = normalizeIndicatorName(uraian);
    const group = groups.get(key) ?? { uraian, drafts: [] };
    group.drafts.push(draft);
    groups.set(key, group);
  }
  const drafts: Draft[] = [...(groups.get('')?.drafts ?? [])];
  // Programs and kegiatan in the budget table's order, then programs only the indicators name.
  const keys = [...pagu.keys(), ...[...groups.keys()].filter((key) => !pagu.has(key))];
  for (const key of keys) {
    if (key === '') continue;
    const group = groups.get(key) ?? { uraian: pagu.get(key)!.uraian, drafts: [] };
    const rows: Draft[] =
      group.drafts.length > 0
        ? group.drafts
        : [
            {
              sasaran: '',
              uraian: '',
              indicator: '',
              satuan: '',
              k: emptyMeasure(),
              unitPj: '',
              keterangan: '',
            },
          ];
    rows[0].uraian = group.uraian;
    const amount = pagu.get(key)?.pagu;
    rows[0].rp = amount === undefined ? emptyMeasure() : { ...emptyMeasure(), target: amount };
    drafts.push(...rows);
  }
  return drafts;
}

/** The indicators the tables of TABLE_KINDS name, in the order of their first row there. */
function byFirstMention(facts: WorkbookFacts): IndicatorFact[] {
  const { model } = facts.indicators;
  const seen = new Set<IndicatorFact>();
  for (const mention of model.mentions) {
    const indicator = TABLE_KINDS.includes(mention.table.kind) && model.indicatorOf(mention);
    if (indicator) seen.add(facts.indicators.of(indicator));
  }
  return [...seen];
}

/**
 * Pagu of each program / kegiatan line of the budget tables, by normalised name: the sum of the
 * columns that make its whole pagu (the TOTAL column, else every kelompok belanja: Operasi,
 * Modal, Tak Terduga, Transfer), each readable.
 */
function paguByProgram(facts: WorkbookFacts): Map<string, { uraian: string; pagu: number }> {
  const out = new Map<string, { uraian: string; pagu: number }>();
  for (const budget of facts.budgets) {
    const { table } = budget;
    const columns = budget.whole.pagu;
    const kode = table.columns.find((column) => column.role === 'kode');
    if (table.kind !== 'anggaran' || columns.length === 0) continue;
    for (const line of budget.lines) {
      const code = kode
        ? facts.reader.text({ sheet: table.sheet, row: line.row, col: kode.col })
        : '';
      if (line.label === '') continue;
      if (!PROGRAM_WORDS.test(line.label) && !PROGRAM_CODE.test(code)) continue;
      const amounts = columns.map((i) => line.amounts[i]);
      const key = normalizeIndicatorName(line.label);
      if (amounts.some((amount) => amount.value === null || amount.guessed) || out.has(key))
        continue;
      const pagu = amounts.reduce((sum, amount) => sum + amount.value!, 0);
      out.set(key, { uraian: line.label, pagu });
    }
  }
  return out;
}
