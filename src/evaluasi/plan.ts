/**
 * planEvaluasi: which indicators the sheet lists and what is known of each, all read from the
 * workbook's facts (target and realisasi by the one precedence table, rumus and components, arah,
 * sasaran, satuan). The sheet lists the indicators of the workbook's own penghitungan, the capaian
 * tables of the year and the PK, in that order; program-level tables belong to the program's own
 * evaluation and are left out.
 */
import { formatAngka } from '../core/angka';
import type { WorkbookFacts } from '../facts/facts';
import type { IndicatorFact } from '../facts/indicator-facts';
import { linkOf } from '../facts/links';
import type { IndicatorMention } from '../facts/indicators';
import { sourceNotes } from '../facts/source-notes';
import { sheetYear, yearOf } from '../facts/year';
import type { DetectedTable } from '../workbook/table-types';
import { defaultFormulasi } from './indicator-type';
import { INPUT_COUNT, type EvaluasiPlan, type EvaluasiRow } from './types';

/** Where the listed indicators are looked for: the penghitungan, then capaian, then PK tables. */
const KIND_ORDER: DetectedTable['kind'][] = ['penghitungan', 'capaian', 'pk'];

const PROGRAM_LEVEL = /\bprogram\b/i;

export function planEvaluasi(facts: WorkbookFacts): EvaluasiPlan {
  const year = sheetYear(facts.year);
  const notes: string[] = [];
  const rows = listed(facts, year).map((first) =>
    planRow(facts.indicators.of(facts.indicators.model.indicatorOf(first)!), first),
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
  for (const row of rows) notes.push(...sourceNotes(facts, facts.indicators.find(row.id)!));
  const { signature, note } = facts.signature;
  if (note !== undefined) notes.push(note);
  const plan: EvaluasiPlan = { year, scale: facts.scale.value, rows, signature, notes };
  if (facts.unit !== undefined) plan.unit = facts.unit;
  return plan;
}

function kindRank(kind: DetectedTable['kind']): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}

/** The first mention of each listed indicator, in the order of KIND_ORDER, then of the workbook. */
function listed(facts: WorkbookFacts, year: number): IndicatorMention[] {
  const { model } = facts.indicators;
  const candidates = model.mentions
    .filter(({ table }) => KIND_ORDER.includes(table.kind) && !programLevel(table))
    .filter(({ table }) => table.kind !== 'capaian' || yearOf(table) === year)
    .filter((mention) => model.indicatorOf(mention) !== undefined)
    .sort((a, b) => kindRank(a.table.kind) - kindRank(b.table.kind));
  const seen = new Set<unknown>();
  return candidates.filter((mention) => {
    const indicator = model.indicatorOf(mention);
    if (seen.has(indicator)) return false;
    seen.add(indicator);
    return true;
  });
}

function programLevel(table: DetectedTable): boolean {
  return table.columns.some(
    (column) =>
      column.role === 'program' || (column.role === 'sasaran' && PROGRAM_LEVEL.test(column.header)),
  );
}

function planRow(fact: IndicatorFact, first: IndicatorMention): EvaluasiRow {
  const { type } = fact.rumus;
  const stated = fact.stated('realisasi');
  const realisasi = stated?.value ?? null;
  const { inputs, inputsFrom } = inputsFor(fact, realisasi);
  const row: EvaluasiRow = {
    id: fact.key,
    indicator: fact.name,
    sasaran: fact.sasaran,
    type,
    typeFrom: fact.rumus.from,
    arah: fact.arah.value,
    arahFrom: fact.arah.from === 'kolom' ? 'workbook' : fact.arah.from,
    formulasi: fact.formulasi ?? defaultFormulasi(type),
    formulasiFromWorkbook: fact.formulasi !== undefined,
    inputs,
    inputsFrom,
    target: linkOf(fact.value('target')),
    stated: {},
    source: first.nameCell,
  };
  if (fact.satuan !== undefined) row.satuan = fact.satuan;
  if (realisasi !== null) row.stated.realisasi = realisasi;
  if (inputsFrom === null && realisasi !== null) {
    row.hasilFallback = realisasi;
    // Only the IKM of a processing table is linked: the other sources keep their constant.
    const { ref, reading } = linkOf(stated);
    if (stated?.source === 'olah-skm' && ref && reading) row.hasilFallbackRef = { ref, reading };
  }
  if (fact.penghitungan) {
    row.stated.penghitungan = fact.penghitungan.text;
    if (fact.penghitungan.hasil !== undefined) row.stated.hasil = fact.penghitungan.hasil;
  }
  return row;
}

/** The components the rumus needs, from the facts; a value type takes the stated realisasi. */
function inputsFor(
  fact: IndicatorFact,
  realisasi: number | null,
): Pick<EvaluasiRow, 'inputs' | 'inputsFrom'> {
  const { type } = fact.rumus;
  if (fact.components)
    return { inputs: [...fact.components.inputs], inputsFrom: fact.components.from };
  if ((type === 'nilai' || type === 'jumlah') && realisasi !== null)
    return { inputs: [realisasi], inputsFrom: 'realisasi' };
  return { inputs: new Array<number | null>(INPUT_COUNT[type]).fill(null), inputsFrom: null };
}
