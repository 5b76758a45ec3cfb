/**
 * Reading a cell as a number the way the user sees it: text in Indonesian notation through core
 * readAngka, a percent-formatted number (0.9523 shown as 95,23 %) in percent units, and the
 * decimals shown, which set the tolerance of every comparison with it (DOMAIN section 3).
 */
import { formatAngka, readAngka } from '../core/angka';
import type { Cell } from '../workbook/model';

export interface CellNumber {
  /** In the units the user sees; null when the cell holds no number. */
  readonly value: number | null;
  /** Decimals as shown. */
  readonly decimals: number;
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
  problem?: string;
  error?: string;
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
  if (typeof value === 'number') return readNumberCell(value, asAmount ? undefined : cell.numFmt);
  const raw = value.trim();
  if (raw === '') return EMPTY;
  const angka = readAngka(raw);
  const reading = new Reading(angka.value, angka.decimals, raw, false);
  reading.fromText = angka.value !== null;
  reading.nil = angka.nil;
  reading.guessed = angka.guessed;
  if (angka.problem !== undefined) reading.problem = angka.problem;
  return reading;
}

/** What a number format does to the number shown: percent, and fixed decimals (undefined: General). */
interface FormatEffect {
  percent: boolean;
  decimals?: number;
}

const GENERAL: FormatEffect = { percent: false };
const formatEffects = new Map<string, FormatEffect>();

function readNumberCell(raw: number, numFmt: string | undefined): CellNumber {
  const effect = numFmt ? effectOf(numFmt) : GENERAL;
  const value = effect.percent ? cleanFloat(raw * 100) : raw;
  const reading = new Reading(value, effect.decimals ?? decimalsOf(value), '', false);
  reading.fromPercentFormat = effect.percent;
  return reading;
}

function effectOf(numFmt: string): FormatEffect {
  let effect = formatEffects.get(numFmt);
  if (!effect) {
    const format = visibleFormat(numFmt);
    effect = /general/i.test(format)
      ? GENERAL
      : { percent: format.includes('%'), decimals: formatDecimals(format) };
    formatEffects.set(numFmt, effect);
  }
  return effect;
}

/** The positive section of a number format without quoted text and escaped characters. */
function visibleFormat(numFmt: string): string {
  return numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function formatDecimals(format: string): number {
  const match = /\.([0#?]+)/.exec(format);
  return match ? match[1].length : 0;
}

/** Decimals of a number as Excel's General format would show it. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(cleanFloat(value));
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Drops binary noise such as 0.1 + 0.2 = 0.30000000000000004. */
export function cleanFloat(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
