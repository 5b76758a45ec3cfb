/**
 * planEvaluasi: which indicators the sheet lists and what is known of each, from the detected
 * tables. Sources, most specific first: the workbook's own penghitungan (components, formulasi),
 * the IKM quarters, the capaian tables of the year (realisasi), the PK (target, sesudah perubahan
 * first), an Arah/Polaritas column anywhere (arah).
 */
import type { Arah } from '../core/capaian';
import { normalizeIndicatorName } from '../core/names';
import { formatAngka, readAngka } from '../core/angka';
import { entityText } from '../workbook/entity';
import { indicatorModel, type Indicator, type IndicatorModel } from '../facts/indicators';
import type { WorkbookModel } from '../workbook/model';
import { reportYear, yearOf } from '../facts/year';
import type { ColumnRole, DetectedTable } from '../workbook/table-types';
import { columnOf, ModelReader, refIn } from '../workbook/cells';
import { unitName, workbookScale } from '../facts/unit';
import { defaultFormulasi, typeFromFormulasi, typeFromName } from './indicator-type';
import { readPenghitungan, type Components } from './penghitungan-text';
import { findSignature } from '../facts/signature';
import {
  INPUT_COUNT,
  type CellRef,
  type EvaluasiPlan,
  type EvaluasiRow,
  type EvaluasiTarget,
  type IndicatorType,
  type PlanOptions,
} from './types';

/** One row of one table naming an indicator. */
interface Mention {
  table: DetectedTable;
  row: number;
  /** The indicator the workbook's indicator model matched this row to. */
  indicator: Indicator;
  ref: CellRef;
}

interface PlanContext {
  reader: ModelReader;
  tables: DetectedTable[];
  year: number;
  options: PlanOptions;
}

/** Where a row's texts are looked for first: the penghitungan, then capaian, then PK tables. */
const KIND_ORDER: DetectedTable['kind'][] = ['penghitungan', 'capaian', 'pk'];

function kindRank(kind: DetectedTable['kind']): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}

function byKind(a: Mention, b: Mention): number {
  return kindRank(a.table.kind) - kindRank(b.table.kind);
}

const PROGRAM_LEVEL = /\bprogram\b/i;
const IKM_NAME = /\b(ikm|indeks kepuasan)\b/i;

export function planEvaluasi(
  model: WorkbookModel,
  tables: DetectedTable[],
  options: PlanOptions = {},
): EvaluasiPlan {
  const reader = new ModelReader(model);
  const year = reportYear(tables, model);
  const mentions = mentionsOf(indicatorModel(model, tables, year));
  const notes: string[] = [];
  const context: PlanContext = { reader, tables, year, options };
  const rows = candidates(mentions, year).map((first) =>
    planRow(
      context,
      first,
      mentions.filter((mention) => mention.indicator === first.indicator).sort(byKind),
    ),
  );
  for (const row of rows) {
    if (row.target.value === null)
      notes.push(`Target "${row.indicator}" tidak ditemukan; isi sel Target.`);
    if (row.hasilFallback !== undefined) {
      notes.push(
        `Penghitungan "${row.indicator}" tidak ditemukan; Hasil memakai realisasi yang tertulis di workbook (${formatAngka(row.hasilFallback)}) sampai sel kuningnya diisi.`,
      );
    }
  }
  const { signature, note } = findSignature(reader, tables);
  if (note !== undefined) notes.push(note);
  const plan: EvaluasiPlan = {
    year,
    scale: options.skala ?? workbookScale(reader, tables) ?? 'LKJ',
    rows,
    signature,
    notes,
  };
  const unit = unitName(tables);
  if (unit !== undefined) plan.unit = unit;
  return plan;
}

function mentionsOf(indicators: IndicatorModel): Mention[] {
  return indicators.mentions.flatMap((mention) => {
    const indicator = indicators.indicatorOf(mention);
    const { table, row, nameCell: ref } = mention;
    return indicator ? [{ table, row, indicator, ref }] : [];
  });
}

/**
 * Indicators the sheet lists, in order of first mention: the workbook's penghitungan, the
 * capaian tables of the year, the PK. Program-level tables (a Program column, a `Sasaran
 * Program` header) belong to the program's own evaluation and are left out.
 */
function candidates(mentions: Mention[], year: number): Mention[] {
  const listed = mentions
    .filter(({ table }) => KIND_ORDER.includes(table.kind) && !programLevel(table))
    .filter(({ table }) => table.kind !== 'capaian' || yearOf(table) === year)
    .sort(byKind);
  const firsts: Mention[] = [];
  for (const mention of listed) {
    if (!firsts.some((first) => first.indicator === mention.indicator)) firsts.push(mention);
  }
  return firsts;
}

function programLevel(table: DetectedTable): boolean {
  return table.columns.some(
    (column) =>
      column.role === 'program' || (column.role === 'sasaran' && PROGRAM_LEVEL.test(column.header)),
  );
}

function planRow(context: PlanContext, first: Mention, mentions: Mention[]): EvaluasiRow {
  const { reader, year, options } = context;
  const indicator = reader.text(first.ref);
  const id = normalizeIndicatorName(indicator).replace(/ /g, '');
  const text = (role: ColumnRole, kind?: DetectedTable['kind']) =>
    statedText(
      reader,
      kind === undefined ? mentions : mentions.filter((m) => m.table.kind === kind),
      [role],
    );
  const penghitunganText = text('penghitungan', 'penghitungan');
  const components = penghitunganText === undefined ? null : readPenghitungan(penghitunganText);
  const workbookFormulasi = text('formulasi');
  const satuan = text('satuan');
  const quarters = ikmQuarters(reader, context.tables, mentions, indicator);
  const realisasi = realisasiOf(reader, mentions, year);

  const chosen = options.types?.[id];
  const fromFormulasi =
    workbookFormulasi === undefined ? undefined : typeFromFormulasi(workbookFormulasi);
  const type: IndicatorType =
    chosen ?? components?.type ?? fromFormulasi ?? typeFromName(indicator, satuan);
  const typeFrom: EvaluasiRow['typeFrom'] =
    chosen !== undefined
      ? 'pilihan'
      : components !== null
        ? 'penghitungan'
        : fromFormulasi !== undefined
          ? 'formulasi'
          : 'nama';
  const { inputs, inputsFrom } = inputsFor(type, components, quarters, realisasi);

  const workbookArah = first.indicator.arah?.value;
  const arah: Arah = options.arah?.[id] ?? workbookArah ?? 'naik';
  const row: EvaluasiRow = {
    id,
    indicator,
    sasaran: statedText(reader, mentions, ['tujuan', 'sasaran']) ?? '',
    type,
    typeFrom,
    arah,
    arahFrom: options.arah?.[id] !== undefined ? 'pilihan' : workbookArah ? 'workbook' : 'bawaan',
    formulasi: workbookFormulasi ?? defaultFormulasi(type),
    formulasiFromWorkbook: workbookFormulasi !== undefined,
    inputs,
    inputsFrom,
    target: targetOf(reader, mentions, year),
    stated: {},
    source: first.ref,
  };
  if (satuan !== undefined) row.satuan = satuan;
  if (realisasi !== null) row.stated.realisasi = realisasi;
  if (inputsFrom === null && realisasi !== null) row.hasilFallback = realisasi;
  if (penghitunganText !== undefined) row.stated.penghitungan = penghitunganText;
  const hasil = text('hasil', 'penghitungan');
  const hasilValue = hasil === undefined ? null : readAngka(hasil).value;
  if (hasilValue !== null) row.stated.hasil = hasilValue;
  return row;
}

/**
 * The first text a table states for the indicator under one of `roles`. A tujuan or sasaran is
 * written once over its indicators (merged or not), so it is the row's entity; the other columns
 * are the row's own cell.
 */
function statedText(
  reader: ModelReader,
  mentions: Mention[],
  roles: readonly ColumnRole[],
): string | undefined {
  for (const { table, row } of mentions) {
    for (const role of roles) {
      const column = columnOf(table, role);
      if (!column) continue;
      const found =
        role === 'tujuan' || role === 'sasaran'
          ? (entityText(reader.sheet(table.sheet)!, table, row, role) ?? '')
          : reader.text(refIn(table, row, column));
      const clean = found.replace(/\s+/g, ' ').trim();
      if (clean !== '') return clean;
    }
  }
  return undefined;
}

/** Components the type needs, from the best source that has them; null where none does. */
function inputsFor(
  type: IndicatorType,
  components: Components | null,
  quarters: number[] | null,
  realisasi: number | null,
): Pick<EvaluasiRow, 'inputs' | 'inputsFrom'> {
  if (type === 'rata-rata' && quarters !== null)
    return { inputs: quarters, inputsFrom: 'ikm-triwulan' };
  if (components !== null && components.type === type) {
    return { inputs: [...components.inputs], inputsFrom: 'penghitungan' };
  }
  if ((type === 'nilai' || type === 'jumlah') && realisasi !== null) {
    return { inputs: [realisasi], inputsFrom: 'realisasi' };
  }
  return { inputs: new Array<number | null>(INPUT_COUNT[type]).fill(null), inputsFrom: null };
}

/**
 * The four quarterly IKM values: from an IKM-triwulan table's row naming the indicator, or, for
 * the IKM indicator, from such a table's only row when it has no indicator column.
 */
function ikmQuarters(
  reader: ModelReader,
  tables: DetectedTable[],
  mentions: Mention[],
  indicator: string,
): number[] | null {
  for (const { table, row } of mentions) {
    const values = table.kind === 'ikm-triwulan' ? quarterValues(reader, table, row) : null;
    if (values !== null) return values;
  }
  if (!IKM_NAME.test(indicator)) return null;
  for (const table of tables) {
    if (
      table.kind !== 'ikm-triwulan' ||
      columnOf(table, 'indikator') ||
      table.dataRows.length !== 1
    ) {
      continue;
    }
    const values = quarterValues(reader, table, table.dataRows[0]);
    if (values !== null) return values;
  }
  return null;
}

function quarterValues(reader: ModelReader, table: DetectedTable, row: number): number[] | null {
  const columns = table.columns.filter((column) => column.role === 'triwulan');
  if (columns.length !== 4) return null;
  const values = columns.map((column) => reader.number(refIn(table, row, column))?.value ?? null);
  return values.every((value) => value !== null) ? (values as number[]) : null;
}

function realisasiOf(reader: ModelReader, mentions: Mention[], year: number): number | null {
  for (const kind of ['capaian', 'multi-tahun'] as const) {
    for (const { table, row } of mentions) {
      if (table.kind !== kind) continue;
      const column = columnOf(table, 'realisasi', year);
      if (!column || (column.year ?? yearOf(table)) !== year) continue;
      const found = reader.number(refIn(table, row, column));
      if (found !== null) return found.value;
    }
  }
  return null;
}

/**
 * The target of the year: a PK's sesudah-perubahan target, a PK target, a capaian table's, a
 * multi-year table's; a PK's sebelum target only when nothing else states one.
 */
function targetOf(reader: ModelReader, mentions: Mention[], year: number): EvaluasiTarget {
  const sources: [DetectedTable['kind'], ColumnRole][] = [
    ['pk', 'target-sesudah'],
    ['pk', 'target'],
    ['capaian', 'target'],
    ['multi-tahun', 'target'],
    ['pk', 'target-sebelum'],
  ];
  for (const [kind, role] of sources) {
    for (const { table, row } of mentions) {
      if (table.kind !== kind) continue;
      const tableYear = yearOf(table);
      if (kind === 'pk' && tableYear !== undefined && tableYear !== year) continue;
      const column = columnOf(table, role, year);
      if (!column) continue;
      if (kind !== 'pk' && (column.year ?? tableYear) !== year) continue;
      const ref = refIn(table, row, column);
      const found = reader.number(ref);
      if (found === null) continue;
      return found.reading === 'constant'
        ? { value: found.value }
        : { value: found.value, ref, reading: found.reading };
    }
  }
  return { value: null };
}
