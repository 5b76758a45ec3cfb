/**
 * Plans the processing sheet from the facts: the survey's answer cells per unsur, what SUM and
 * COUNT will make of them (the values cached beside the formulas and shown in the preview), the
 * IKM under the chosen weight and the other, the characteristics and splits, the sample.
 */
import {
  BOBOT_SKM,
  ikmDariNrr,
  isJawabanSah,
  mutuSkm,
  nilaiKonversi,
  sampelMinimum,
  UNSUR_SKM,
  urutanNrr,
  type MutuSkm,
} from '../core/skm';
import type { WorkbookFacts } from '../facts/facts';
import type { SurveyAnswers, SurveyColumn } from '../facts/skm';
import { sheetYear } from '../facts/year';
import { isPlainCriterion } from '../sheetgen/expr';
import { toA1 } from '../workbook/model';
import type {
  CellValue,
  SkmOptions,
  SkmPlan,
  SkmProfile,
  SkmSplit,
  SkmSurveyPlan,
  SkmUnsur,
} from './types';

/** What `lkj skm` and the pane say of a workbook without raw answers. */
export const TANPA_JAWABAN =
  'Jawaban SKM tidak ditemukan. Yang dicari: tabel dengan judul kolom kesembilan unsur ' +
  '(U1–U9, atau nama unsurnya: ' +
  UNSUR_SKM.map((unsur) => unsur.nama).join('; ') +
  '), tiap unsur tepat satu kolom, satu baris per responden.';

const PROFILE_LABELS: readonly [SurveyColumn['role'], string][] = [
  ['jenis-kelamin', 'Jenis Kelamin'],
  ['pendidikan', 'Pendidikan'],
  ['pekerjaan', 'Pekerjaan'],
  ['jenis-layanan', 'Jenis Layanan'],
];
const SPLIT_LABELS: Partial<Record<SurveyColumn['role'], string>> = {
  'jenis-layanan': 'Jenis Layanan',
  periode: 'Periode',
};
/** Answer cells listed by name in a note; more are counted. */
const LISTED = 5;

export function planSkm(facts: WorkbookFacts, options: SkmOptions): SkmPlan {
  const [survey, ...others] = facts.surveys;
  if (!survey) return { missing: TANPA_JAWABAN, notes: [] };
  const notes: string[] = [];
  if (others.length > 0) {
    notes.push(
      `Diolah jawaban di sheet "${survey.sheet}"; ${others.length} tabel jawaban lain ` +
        `(${others.map((other) => `"${other.sheet}"`).join(', ')}) tidak diolah.`,
    );
  }
  const plan: SkmPlan = { year: sheetYear(facts.year), notes };
  if (facts.unit) plan.unit = facts.unit;
  if (survey.rows.length === 0)
    return {
      ...plan,
      missing: `${TANPA_JAWABAN} Tabel di sheet "${survey.sheet}" belum berisi jawaban.`,
    };
  plan.survey = surveyPlan(facts, survey, options, notes);
  return plan;
}

function surveyPlan(
  facts: WorkbookFacts,
  survey: SurveyAnswers,
  options: SkmOptions,
  notes: string[],
): SkmSurveyPlan {
  const bobot = BOBOT_SKM.find((candidate) => candidate.teks === (options.bobot ?? '1/9'))!;
  const other = BOBOT_SKM.find(
    (candidate) => candidate.teks === (bobot.teks === '1/9' ? '0,111' : '1/9'),
  )!;
  const unsur = survey.unsur.map((column): SkmUnsur => {
    const numbers = column.answers.filter((answer) => answer.value !== null);
    const jumlah = numbers.reduce((total, answer) => total + (answer.value ?? 0), 0);
    const planned: SkmUnsur = {
      nomor: column.nomor,
      nama: column.nama,
      header: column.header,
      col: column.col,
      answers: column.answers,
      jumlah,
      terisi: numbers.length,
      tidakSah: numbers.filter((answer) => !isJawabanSah(answer.value ?? 0)),
      teks: column.answers.filter((answer) => answer.text !== undefined),
    };
    if (numbers.length > 0) {
      planned.nrr = jumlah / numbers.length;
      planned.konversi = nilaiKonversi(planned.nrr);
      planned.mutu = mutuOrUndefined(planned.konversi);
    }
    return planned;
  });
  const firstRow = survey.rows[0];
  const lastRow = survey.rows[survey.rows.length - 1];
  const plan: SkmSurveyPlan = {
    sheet: survey.sheet,
    firstRow,
    lastRow,
    respondents: survey.rows.length,
    order: survey.order,
    unsur,
    bobot,
    other,
    ranking: [],
    profiles: [],
    splits: [],
  };
  const nrr = unsur.map((entry) => entry.nrr);
  if (nrr.every((value): value is number => value !== undefined)) {
    plan.ranking = urutanNrr(nrr);
    plan.ikm = ikmDariNrr(nrr, bobot.nilai);
    plan.ikmOther = ikmDariNrr(nrr, other.nilai);
    plan.mutu = mutuOrUndefined(plan.ikm);
    plan.mutuOther = mutuOrUndefined(plan.ikmOther);
  } else {
    const empty = unsur
      .filter((entry) => entry.nrr === undefined)
      .map((entry) => `U${entry.nomor}`);
    notes.push(
      `${empty.join(', ')} tanpa satu pun jawaban berupa angka: NRR-nya dan IKM dibiarkan kosong.`,
    );
  }
  const valuesOf = (col: number) =>
    survey.rows.map((row): CellValue => facts.sheet(survey.sheet).value(row, col));
  for (const [role, label] of PROFILE_LABELS) {
    const column = survey.profile.find((candidate) => candidate.role === role);
    if (column) plan.profiles.push(profileOf(label, column, valuesOf(column.col)));
  }
  for (const column of survey.splits) {
    const values = valuesOf(column.col);
    plan.splits.push(splitOf(SPLIT_LABELS[column.role] ?? column.header, column, values));
  }
  const population =
    options.populasi !== undefined
      ? { value: options.populasi, source: 'pilihan --populasi / isian panel' }
      : facts.surveyPopulation && {
          value: facts.surveyPopulation.value,
          source: `sheet "${facts.surveyPopulation.cell.sheet}" sel ${toA1(facts.surveyPopulation.cell.row, facts.surveyPopulation.cell.col)}`,
        };
  if (population) {
    plan.population = population;
    plan.sampelMinimum = sampelMinimum(population.value);
  }
  notes.push(...answerNotes(survey, unsur));
  return plan;
}

function mutuOrUndefined(value: number): MutuSkm | undefined {
  return value >= 25 && value <= 100 ? mutuSkm(value) : undefined;
}

function profileOf(label: string, column: SurveyColumn, values: CellValue[]): SkmProfile {
  const profile: SkmProfile = {
    label,
    header: column.header,
    col: column.col,
    values,
    categories: [],
    skipped: [],
  };
  const byKey = new Map<string, { value: string | number; count: number }>();
  for (const value of values) {
    const key = categoryKey(value);
    if (key === undefined) continue;
    const category = byKey.get(key);
    if (category) category.count++;
    else if (typeof value === 'string' && !isPlainCriterion(value)) {
      if (!profile.skipped.includes(value)) profile.skipped.push(value);
    } else {
      const entry = { value: value as string | number, count: 1 };
      byKey.set(key, entry);
      profile.categories.push(entry);
    }
  }
  return profile;
}

function splitOf(label: string, column: SurveyColumn, values: CellValue[]): SkmSplit {
  const keys = new Map<string, string | number>();
  for (const value of values) {
    const key = categoryKey(value);
    if (key === undefined || keys.has(key)) continue;
    if (typeof value === 'string' && !isPlainCriterion(value)) continue;
    keys.set(key, value as string | number);
  }
  return { label, header: column.header, col: column.col, values, keys: [...keys.values()] };
}

/** What COUNTIF takes as one value: text ignoring case; blanks and TRUE/FALSE are no category. */
function categoryKey(value: CellValue): string | undefined {
  if (typeof value === 'number') return `#${value}`;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.toLowerCase();
}

/** What the notes say of answers read as they are: numbers outside 1–4, text, blanks. */
function answerNotes(survey: SurveyAnswers, unsur: SkmUnsur[]): string[] {
  const notes: string[] = [];
  const cells = (answers: { row: number }[], col: number) => answers.map((a) => toA1(a.row, col));
  const listed = (list: string[]) =>
    list.length > LISTED
      ? `${list.slice(0, LISTED).join(', ')} dan ${list.length - LISTED} lainnya`
      : list.join(', ');
  const outside = unsur.flatMap((entry) => cells(entry.tidakSah, entry.col));
  if (outside.length > 0) {
    notes.push(
      `${outside.length} jawaban bukan bilangan bulat 1–4 (${listed(outside)}) ikut dijumlah apa adanya oleh rumus; perbaiki di sheet "${survey.sheet}".`,
    );
  }
  const texts = unsur.flatMap((entry) => cells(entry.teks, entry.col));
  if (texts.length > 0) {
    notes.push(
      `${texts.length} sel jawaban berisi teks, bukan angka (${listed(texts)}): tidak dihitung SUM dan COUNT, seperti sel kosong.`,
    );
  }
  const blanks = unsur.reduce(
    (total, entry) =>
      total + entry.answers.filter((a) => a.value === null && a.text === undefined).length,
    0,
  );
  if (blanks > 0) {
    notes.push(
      `${blanks} jawaban kosong tidak ikut dibagi: NRR tiap unsur = jumlah nilai / jumlah jawaban yang terisi (PermenPAN-RB 14/2017).`,
    );
  }
  if (survey.emptyRows.length > 0) {
    notes.push(
      `${survey.emptyRows.length} baris di bawah responden terakhir tanpa jawaban (baris ${survey.emptyRows[0]}–${survey.emptyRows.at(-1)}) bukan responden.`,
    );
  }
  if (survey.summaryRows.length > 0) {
    notes.push(
      `Baris ringkasan di bawah jawaban (${survey.summaryRows.map((row) => `baris ${row.row} "${row.label}"`).join(', ')}) tidak dihitung sebagai responden.`,
    );
  }
  const orderNote =
    survey.order === 'kuesioner'
      ? 'Kolom unsur berurutan seperti kuesioner (U8 Sarana, U9 Pengaduan).'
      : 'Kolom unsur berurutan seperti ruang lingkup peraturan (Pengaduan sebelum Sarana); di lembar ini unsur diurutkan seperti kuesioner dan dicocokkan menurut judul kolomnya.';
  notes.push(orderNote);
  return notes;
}
