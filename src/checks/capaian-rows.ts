/**
 * The capaian of every indicator row that computes one (it has a Capaian or Predikat column),
 * recomputed once and shared by nilai-kosong, target-nol, capaian-salah, arah-turun and
 * predikat-salah.
 */
import { capaian, capaianTrenNegatif, type Arah } from '../core/capaian';
import { agrees } from './compare';
import type { CheckContext } from './context';
import {
  indicatorRows,
  type IndicatorGroup,
  type IndicatorRow,
  type ValueCell,
} from './indicators';

export type StatedCapaian =
  /** No capaian stated, or not readable (other checks report it). */
  | 'none'
  | 'agrees'
  /** Matches only the lower-is-better formula, and no arah is given. */
  | 'turun'
  /** Matches only target / realisasi × 100 ("tren negatif"), and arah is turun or not given. */
  | 'tren-negatif'
  | 'wrong';

export interface CapaianRow {
  row: IndicatorRow;
  group: IndicatorGroup;
  /** Target or realisasi holding no value. */
  missing?: ValueCell & { field: 'target' | 'realisasi' };
  /** Target 0. */
  targetZero?: ValueCell;
  /**
   * Present when target and realisasi both hold numbers and the target is not 0 (read them with
   * `numbersOf`: tens of thousands of rows hold no copy of them).
   */
  computed?: {
    value: number;
    arah: Arah;
    arahStated: boolean;
    stated: StatedCapaian;
  };
}

export function capaianRows(context: CheckContext): CapaianRow[] {
  return context.shared(collectCapaianRows);
}

function collectCapaianRows(context: CheckContext): CapaianRow[] {
  const result: CapaianRow[] = [];
  for (const row of indicatorRows(context)) {
    for (const group of row.groups) {
      if (!group.capaian && !group.predikat) continue;
      const { target, realisasi } = group;
      if (!target || !realisasi) continue;
      result.push(capaianRow(context, row, group, target, realisasi));
    }
  }
  return result;
}

/** One row's capaian, made whole at once (tens of thousands of them: no field added later). */
function capaianRow(
  context: CheckContext,
  row: IndicatorRow,
  group: IndicatorGroup,
  target: ValueCell,
  realisasi: ValueCell,
): CapaianRow {
  const missing = [target, realisasi].find((cell) => holdsNothing(cell));
  if (missing) {
    const field = missing === target ? 'target' : 'realisasi';
    return { row, group, missing: { ...missing, field } };
  }
  if (target.reading.value === null || realisasi.reading.value === null) return { row, group };
  const statedArah = row.arah ?? row.indicator?.arah?.value;
  const arah = statedArah ?? 'naik';
  const value =
    target.reading.value === 0 ? NaN : capaian(target.reading.value, realisasi.reading.value, arah);
  // A target too small to show (it reads 0) overflows the division as a 0 does.
  if (!Number.isFinite(value)) return { row, group, targetZero: target };
  return {
    row,
    group,
    computed: {
      value,
      arah,
      arahStated: statedArah !== undefined,
      stated: judgeStated(context, group, value, statedArah),
    },
  };
}

/** The target and realisasi of a row whose capaian was computed: both numbers there. */
export function numbersOf(row: CapaianRow): [target: number, realisasi: number] {
  return [row.group.target?.reading.value as number, row.group.realisasi?.reading.value as number];
}

/** Empty, `-` or N/A: no number, and nothing unreadable or erroneous either. */
function holdsNothing(cell: ValueCell): boolean {
  const { reading } = cell;
  return reading.value === null && reading.problem === undefined && reading.error === undefined;
}

/**
 * How the stated capaian relates to the computed one. Where it does not agree, the lower-is-better
 * readings are tried: the rule's (2T − R) / T when no arah is given, and the "tren negatif"
 * convention T / R unless the arah is naik.
 */
function judgeStated(
  context: CheckContext,
  group: IndicatorGroup,
  computed: number,
  statedArah: Arah | undefined,
): StatedCapaian {
  const stated = group.capaian?.reading;
  if (!stated || (stated.value === null && !stated.nil)) return 'none';
  if (agrees(stated, computed, context.toleransi)) return 'agrees';
  const target = group.target?.reading.value;
  const realisasi = group.realisasi?.reading.value;
  // A `-` matches a computed 0 only: no convention is read into it.
  if (target == null || realisasi == null || stated.nil) return 'wrong';
  // An overflow agrees with anything (nothing to dispute), which is no sign of a convention.
  const matches = (value: number) =>
    Number.isFinite(value) && agrees(stated, value, context.toleransi);
  if (statedArah === undefined && matches(capaian(target, realisasi, 'turun'))) return 'turun';
  if (statedArah !== 'naik' && realisasi !== 0 && matches(capaianTrenNegatif(target, realisasi)))
    return 'tren-negatif';
  return 'wrong';
}

/**
 * `100 / 85,23 × 100`, the lower-is-better form, or the "tren negatif" convention T / R, with the
 * numbers as the user sees them.
 */
export function capaianFormula(row: CapaianRow, arah: Arah | 'tren-negatif'): string {
  const t = row.group.target?.reading.shown ?? '';
  const r = row.group.realisasi?.reading.shown ?? '';
  if (arah === 'tren-negatif') return `${t} / ${r} × 100`;
  return arah === 'turun' ? `(2 × ${t} − ${r}) / ${t} × 100` : `${r} / ${t} × 100`;
}
