/**
 * The capaian of every indicator row that computes one (it has a Capaian or Predikat column),
 * recomputed once and shared by nilai-kosong, target-nol, capaian-salah, arah-turun and
 * predikat-salah.
 */
import { capaian, type Arah } from '../core/capaian';
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
  | 'wrong';

export interface CapaianRow {
  row: IndicatorRow;
  group: IndicatorGroup;
  /** Target or realisasi holding no value. */
  missing?: ValueCell & { field: 'target' | 'realisasi' };
  /** Target 0. */
  targetZero?: ValueCell;
  /** Present when target and realisasi both hold numbers and the target is not 0. */
  computed?: {
    value: number;
    arah: Arah;
    arahStated: boolean;
    target: number;
    realisasi: number;
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
      const entry: CapaianRow = { row, group };
      result.push(entry);
      const missing = [target, realisasi].find((cell) => holdsNothing(cell));
      if (missing) {
        entry.missing = { ...missing, field: missing === target ? 'target' : 'realisasi' };
        continue;
      }
      if (target.reading.value === null || realisasi.reading.value === null) continue;
      const statedArah = row.arah ?? row.indicator?.arah?.value;
      const arah = statedArah ?? 'naik';
      const value =
        target.reading.value === 0
          ? NaN
          : capaian(target.reading.value, realisasi.reading.value, arah);
      // A target too small to show (it reads 0) overflows the division as a 0 does.
      if (!Number.isFinite(value)) {
        entry.targetZero = target;
        continue;
      }
      entry.computed = {
        value,
        arah,
        arahStated: statedArah !== undefined,
        target: target.reading.value,
        realisasi: realisasi.reading.value,
        stated: judgeStated(
          context,
          group,
          value,
          statedArah === undefined ? target.reading.value : undefined,
        ),
      };
    }
  }
  return result;
}

/** Empty, `-` or N/A: no number, and nothing unreadable or erroneous either. */
function holdsNothing(cell: ValueCell): boolean {
  const { reading } = cell;
  return reading.value === null && reading.problem === undefined && reading.error === undefined;
}

/** `arahFreeTarget`: the target, when no arah is given and the lower-is-better reading is worth trying. */
function judgeStated(
  context: CheckContext,
  group: IndicatorGroup,
  computed: number,
  arahFreeTarget: number | undefined,
): StatedCapaian {
  const stated = group.capaian?.reading;
  if (!stated || (stated.value === null && !stated.nil)) return 'none';
  if (agrees(stated, computed, context.toleransi)) return 'agrees';
  const realisasi = group.realisasi?.reading.value;
  if (arahFreeTarget !== undefined && realisasi !== undefined && realisasi !== null) {
    const turun = capaian(arahFreeTarget, realisasi, 'turun');
    // An overflow agrees with anything (nothing to dispute), which is no sign of arah turun.
    if (Number.isFinite(turun) && agrees(stated, turun, context.toleransi)) return 'turun';
  }
  return 'wrong';
}

/** `100 / 85,23 × 100`, or the lower-is-better form, with the numbers as the user sees them. */
export function capaianFormula(row: CapaianRow, arah: Arah): string {
  const t = row.group.target?.reading.shown ?? '';
  const r = row.group.realisasi?.reading.shown ?? '';
  return arah === 'turun' ? `(2 × ${t} − ${r}) / ${t} × 100` : `${r} / ${t} × 100`;
}
