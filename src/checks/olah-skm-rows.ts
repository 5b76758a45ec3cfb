/**
 * The SKM processing tables recomputed once per validation (SKM.md §5), for the SKM checks: per
 * unsur its answers sorted into valid, invalid and blank, its NRR, the weight its NRR tertimbang
 * cells apply, and the accepted readings of its IKM.
 */
import { BOBOT_SKM, isJawabanSah, konvensiIkm, type BobotSkm, type KonvensiIkm } from '../core/skm';
import { unsurLabel, type OlahSkm, type OlahSkmUnsur, type SkmNumber } from '../facts/olah-skm';
import type { Sheet } from '../workbook/model';
import type { CellNumber } from '../workbook/cell-number';
import { agrees, shownNumber } from './compare';
import type { CheckContext } from './context';

export interface UnsurHitung {
  unsur: OlahSkmUnsur;
  invalid: SkmNumber[];
  blank: SkmNumber[];
  /** Σ and count of the valid answers. */
  jumlah: number;
  terisi: number;
  /** Answers there are and all of them read: Σ and NRR can be recomputed from them. */
  fromAnswers: boolean;
  /** NRR at full precision from the answers: their Σ over the filled count. */
  nrr?: number;
  /** What the later rows may be computed from: the stated NRR as shown, and the NRR above. */
  nrrBasis: number[];
}

export interface OlahSkmHitung {
  olah: OlahSkm;
  unsur: UnsurHitung[];
  /** The weights every stated NRR tertimbang cell agrees with; empty when none does for all. */
  applied: BobotSkm[];
  /** The weight the NRR tertimbang cells are judged by: the one most of them agree with. */
  weight: BobotSkm;
  /** Readings of the IKM (SKM.md §5), with the slack the rounding of stated NRR leaves. */
  readings: KonvensiIkm[];
  slack: number;
  /** The stated weight names none of the known conventions (a 2004 `x 0,071`): no IKM verdict. */
  unknownWeight: boolean;
}

export function olahSkmHitung(context: CheckContext): OlahSkmHitung[] {
  return context.shared(() => context.facts.olahSkm.map(hitung));
}

/** Agrees with any of the computed values. */
export function agreesAny(stated: CellNumber, computed: readonly number[], extra = 0): boolean {
  return computed.some((value) => agrees(stated, value, extra));
}

/** Answer cells sorted: valid (1–4, their Σ and count), invalid (reported, never clamped), blank. */
export interface SortedAnswers {
  invalid: SkmNumber[];
  blank: SkmNumber[];
  jumlah: number;
  terisi: number;
}

function sortAnswers(answers: readonly SkmNumber[]): SortedAnswers {
  const sorted: SortedAnswers = { invalid: [], blank: [], jumlah: 0, terisi: 0 };
  for (const answer of answers) {
    const { reading } = answer;
    if (reading.empty) sorted.blank.push(answer);
    else if (reading.value !== null && !reading.fromPercentFormat && isJawabanSah(reading.value)) {
      sorted.jumlah += reading.value;
      sorted.terisi++;
    } else sorted.invalid.push(answer);
  }
  return sorted;
}

function hitungUnsur(unsur: OlahSkmUnsur): UnsurHitung {
  const sorted = sortAnswers(unsur.answers);
  const fromAnswers = sorted.invalid.length === 0 && sorted.terisi > 0;
  const hitung: UnsurHitung = { unsur, ...sorted, fromAnswers, nrrBasis: [] };
  if (fromAnswers) hitung.nrr = sorted.jumlah / sorted.terisi;
  const stated = unsur.stated.nrr?.reading.value;
  if (stated !== undefined && stated !== null) hitung.nrrBasis.push(stated);
  if (hitung.nrr !== undefined) hitung.nrrBasis.push(hitung.nrr);
  return hitung;
}

/**
 * Whether a table read as raw answers holds answers: not when most of its filled cells are
 * fractions (a table of NRR per Jenis Layanan under U1 … U9 headers), which no respondent writes.
 */
function answerLike(
  context: CheckContext,
  sheet: Sheet,
  rows: readonly number[],
  unsur: readonly { col: number }[],
): boolean {
  let filled = 0;
  let fractions = 0;
  for (const row of rows) {
    for (const { col } of unsur) {
      const { value, empty } = context.number(sheet, row, col);
      if (empty) continue;
      filled++;
      if (value !== null && !Number.isInteger(value)) fractions++;
    }
  }
  return fractions * 2 <= filled;
}

/**
 * The survey's answers wherever they stand, for the checks on answers: each raw-answers table
 * (facts.surveys), and the answer rows of each processing table that no raw-answers table
 * already reads (one with fewer than nine unsur), so that a cell is judged once.
 */
export interface AnswerSource {
  sheet: Sheet;
  respondents: number;
  columns: (SortedAnswers & { label: string })[];
}

export function answerSources(context: CheckContext): AnswerSource[] {
  return context.shared(() => {
    const { facts } = context;
    const sources: AnswerSource[] = facts.surveys.flatMap((survey) => {
      const sheet = context.sheet(survey.sheet);
      if (!answerLike(context, sheet, survey.rows, survey.unsur)) return [];
      return [
        {
          sheet,
          respondents: survey.rows.length,
          columns: survey.unsur.map((unsur) => ({
            label: unsurLabel(unsur.header, unsur.nomor),
            ...sortAnswers(
              survey.rows.map((row) => ({
                row,
                col: unsur.col,
                reading: context.number(sheet, row, unsur.col),
              })),
            ),
          })),
        },
      ];
    });
    for (const olah of facts.olahSkm) {
      const read = facts.surveys.some(
        (survey) =>
          survey.sheet === olah.sheet.name &&
          survey.table.range.top <= olah.table.range.bottom &&
          olah.table.range.top <= survey.table.range.bottom,
      );
      if (read) continue;
      sources.push({
        sheet: olah.sheet,
        respondents: olah.respondents.length,
        columns: olah.unsur.map((unsur) => ({ label: unsur.label, ...sortAnswers(unsur.answers) })),
      });
    }
    return sources;
  });
}

function hitung(olah: OlahSkm): OlahSkmHitung {
  const unsur = olah.unsur.map(hitungUnsur);
  const stated = olah.bobot?.bobot ?? [];
  const agreeing = (bobot: BobotSkm) =>
    unsur.filter(({ unsur: u, nrrBasis }) => {
      const cell = u.stated.tertimbang;
      return (
        cell &&
        agreesAny(
          cell.reading,
          nrrBasis.map((nrr) => nrr * bobot.nilai),
        )
      );
    }).length;
  const cells = unsur.filter((u) => u.unsur.stated.tertimbang).length;
  // The stated weight first, then the rule: where cells cannot tell two weights apart, the
  // sheet's own word decides.
  const order = [...stated, ...BOBOT_SKM.filter((bobot) => !stated.includes(bobot))];
  const counts = order.map((bobot) => ({ bobot, count: agreeing(bobot) }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  const applied = cells === 0 ? [] : counts.filter((c) => c.count === cells).map((c) => c.bobot);
  const { readings, slack } = ikmReadings(unsur, applied);
  return {
    olah,
    unsur,
    applied,
    weight: best.bobot,
    readings,
    slack,
    unknownWeight: (olah.bobot?.lain ?? false) && stated.length === 0,
  };
}

/**
 * The IKM's accepted readings: konvensiIkm on the NRR recomputed from the answers, else on the
 * stated NRR (whose rounding to d decimals moves the IKM by up to 9 × ½·10⁻ᵈ × w × 25); and the
 * sheet's own Σ NRR tertimbang × 25 where every NRR tertimbang cell agrees with a known weight.
 */
function ikmReadings(
  unsur: UnsurHitung[],
  applied: BobotSkm[],
): { readings: KonvensiIkm[]; slack: number } {
  if (unsur.length !== 9) return { readings: [], slack: 0 };
  let slack = 0;
  let nrr: number[] | undefined;
  if (unsur.every((u) => u.nrr !== undefined)) nrr = unsur.map((u) => u.nrr!);
  else if (unsur.every((u) => u.unsur.stated.nrr?.reading.value != null)) {
    nrr = unsur.map((u) => u.unsur.stated.nrr!.reading.value!);
    const decimals = Math.min(...unsur.map((u) => u.unsur.stated.nrr!.reading.decimals));
    slack = 9 * 0.5 * 10 ** -decimals * (1 / 9) * 25;
  }
  const readings = nrr ? konvensiIkm(nrr) : [];
  const weighted = unsur.map((u) => u.unsur.stated.tertimbang?.reading.value);
  if (applied.length > 0 && weighted.every((value) => value != null)) {
    const sum = weighted.reduce((total: number, value) => total + value!, 0);
    readings.push({
      nama: `bobot ${applied[0].teks}, jumlah NRR tertimbang seperti tertulis`,
      nilai: sum * 25,
    });
  }
  return { readings, slack };
}

/** The readings a stated IKM agrees with. */
export function ikmMatches(
  hitung: OlahSkmHitung,
  stated: CellNumber,
  extra: number,
): KonvensiIkm[] {
  return hitung.readings.filter((reading) => agrees(stated, reading.nilai, hitung.slack + extra));
}

/** The reading under one weight at full precision (`bobot 0,111`). */
export function readingOf(hitung: OlahSkmHitung, bobot: BobotSkm): KonvensiIkm | undefined {
  return hitung.readings.find((reading) => reading.nama === `bobot ${bobot.teks}`);
}

/** Whether the stated IKM follows the rule's weight. */
export function isRule(reading: KonvensiIkm): boolean {
  return reading.nama === `bobot ${BOBOT_SKM[0].teks}` || reading.nama.startsWith('bobot 1/9,');
}

/**
 * The slip of a sheet that states one weight and applies another (SKM.md §5, GASPUL): the
 * weight its NRR tertimbang cells (or, without them, its IKM) apply, where none of them is one
 * the keterangan states.
 */
export interface BobotSlip {
  stated: BobotSkm[];
  applied: BobotSkm;
  at: SkmNumber;
  /** The first unsur's NRR tertimbang as stated, and what the stated weight gives. */
  example?: { label: string; nrr: number; shown: string; withStated: number };
}

export function bobotSlip(hitung: OlahSkmHitung, extra: number): BobotSlip | undefined {
  const stated = hitung.olah.bobot?.bobot ?? [];
  if (stated.length === 0) return undefined;
  let applied = hitung.applied;
  let at = hitung.unsur.find((u) => u.unsur.stated.tertimbang)?.unsur.stated.tertimbang;
  if (!at && hitung.olah.ikm) {
    const ikm = hitung.olah.ikm;
    at = ikm;
    applied = BOBOT_SKM.filter((bobot) => {
      const reading = readingOf(hitung, bobot);
      return reading !== undefined && agrees(ikm.reading, reading.nilai, hitung.slack + extra);
    });
  }
  if (!at || applied.length === 0 || applied.some((bobot) => stated.includes(bobot))) {
    return undefined;
  }
  const slip: BobotSlip = { stated, applied: applied[0], at };
  const first = hitung.unsur.find((u) => u.unsur.stated.tertimbang && u.nrrBasis.length > 0);
  if (first) {
    const nrr = first.nrrBasis[0];
    slip.example = {
      label: first.unsur.label,
      nrr,
      shown: first.unsur.stated.tertimbang!.reading.shown,
      withStated: nrr * stated[stated.length - 1].nilai,
    };
  }
  return slip;
}

/** `3,6207` as a message shows an NRR: four decimals at most. */
export function shownNrr(value: number): string {
  return shownNumber(value, 4);
}

/** Cells a message names before it says "…". */
const LISTED = 3;

/** The first few of `items` as a message lists them (`E5, E9, E12, …`). */
export function listed<T>(items: readonly T[], show: (item: T) => string): string {
  const more = items.length > LISTED ? ', …' : '';
  return items.slice(0, LISTED).map(show).join(', ') + more;
}
