/**
 * Reading a cell as a number the way the user sees it: text in Indonesian notation through core
 * readAngka, a percent-formatted number (0.9523 shown as 95,23 %) in percent units, and the
 * decimals shown, which set the tolerance of every comparison with it (DOMAIN section 3).
 */
import { decimalsOf, formatAngka, readAngka } from '../core/angka';
import { readNilaiTertulis } from '../core/nilai-tertulis';
import type { Cell } from './model';
import { numberFormatEffect } from './number-format';

export interface CellNumber {
  /** In the units the user sees; null when the cell holds no number. */
  readonly value: number | null;
  /** Decimals as shown. */
  readonly decimals: number;
  /**
   * A typed number with fewer digits than its format shows (96 shown as 96,00): the decimals the
   * user wrote, which set the tolerance (a whole number typed is a rounded one).
   */
  readonly typedDecimals?: number;
  /** The number as the user sees it, for messages (`85,23`); the text when it holds no number. */
  readonly shown: string;
  /** The cell's text as written (number cells: empty). */
  readonly raw: string;
  /** Text that reads as a number. */
  readonly fromText: boolean;
  /** `-`, the accounting nil: no value, but it matches a computed 0. */
  readonly nil: boolean;
  /** Read only by guessing (bad digit grouping). */
  readonly guessed: boolean;
  /** Why text could not be read, or was read only by guessing. */
  readonly problem?: string;
  /** The words written with the one number of the text (`24 partai politik`: `partai politik`). */
  readonly words?: string;
  /** Text of words without a number (`WTP`, `Baik`): a qualitative value, or a label. */
  readonly verdict: boolean;
  /** Excel error value shown in the cell. */
  readonly error?: string;
  readonly empty: boolean;
  /** A number multiplied by 100 because its format shows it as a percent. */
  readonly fromPercentFormat: boolean;
}

/** One per cell of every table: `shown` is formatted only when a message needs it. */
class Reading implements CellNumber {
  fromText = false;
  fromPercentFormat = false;
  nil = false;
  guessed = false;
  verdict = false;
  problem?: string;
  words?: string;
  error?: string;
  typedDecimals?: number;
  private text?: string;

  constructor(
    readonly value: number | null,
    readonly decimals: number,
    readonly raw: string,
    readonly empty: boolean,
  ) {}

  get shown(): string {
    this.text ??= this.value === null ? this.raw : formatAngka(this.value, this.decimals);
    return this.text;
  }
}

const EMPTY: CellNumber = new Reading(null, 0, '', true);

/**
 * `asAmount`: a rupiah amount is never a percent; a percent format on one is a formatting slip,
 * so its value is read as stored.
 */
export function readCellNumber(cell: Cell | undefined, asAmount = false): CellNumber {
  if (!cell) return EMPTY;
  if (cell.error !== undefined) {
    const reading = new Reading(null, 0, cell.error, false);
    reading.error = cell.error;
    return reading;
  }
  const { value } = cell;
  if (value === null || value === '') return EMPTY;
  if (typeof value === 'boolean') return new Reading(null, 0, String(value).toUpperCase(), false);
  if (typeof value === 'number') {
    return readNumberCell(value, asAmount ? undefined : cell.numFmt, cell.formula === undefined);
  }
  const raw = value.trim();
  if (raw === '') return EMPTY;
  const angka = readAngka(raw);
  if (angka.value === null && angka.problem !== undefined) return readWritten(raw, angka.problem);
  const reading = new Reading(angka.value, angka.decimals, raw, false);
  reading.fromText = angka.value !== null;
  reading.nil = angka.nil;
  reading.guessed = angka.guessed;
  if (angka.problem !== undefined) reading.problem = angka.problem;
  return reading;
}

/** Text readAngka finds no number in: one number with words, or words only (DOMAIN §9). */
function readWritten(raw: string, problem: string): CellNumber {
  const written = readNilaiTertulis(raw);
  if (written?.kind === 'angka-satuan') {
    const reading = new Reading(written.value, written.decimals, raw, false);
    reading.fromText = true;
    reading.words = written.words;
    return reading;
  }
  const reading = new Reading(null, 0, raw, false);
  reading.problem = problem;
  reading.verdict = written?.kind === 'kata';
  return reading;
}

function readNumberCell(raw: number, numFmt: string | undefined, typed: boolean): CellNumber {
  const effect = numberFormatEffect(numFmt);
  const value = effect.percent ? cleanFloat(raw * 100) : raw;
  const reading = new Reading(value, effect.decimals ?? generalDecimals(value), '', false);
  reading.fromPercentFormat = effect.percent;
  if (typed && reading.decimals > 0) {
    // Most typed amounts are whole: no digits to count.
    const digits = Number.isInteger(value) ? 0 : generalDecimals(value);
    if (digits < reading.decimals) reading.typedDecimals = digits;
  }
  return reading;
}

/**
 * Decimals of a number as Excel's General format shows it: unlike core `decimalsOf` (the exact
 * stored digits), binary noise is dropped and scientific notation shows none.
 */
function generalDecimals(value: number): number {
  const clean = cleanFloat(value);
  return String(clean).includes('e') ? 0 : decimalsOf(clean);
}

/** Drops binary noise such as 0.1 + 0.2 = 0.30000000000000004. */
export function cleanFloat(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

/** A quarter's number: `-` is nil (0); undefined when the cell holds none (not yet filled). */
export function quarterValue(reading: CellNumber): number | undefined {
  if (reading.nil) return 0;
  return reading.value ?? undefined;
}
