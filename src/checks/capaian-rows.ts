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
  readonly row: IndicatorRow;
  readonly group: IndicatorGroup;
  /** Target or realisasi holding no value. */
  readonly missing?: ValueCell & { field: 'target' | 'realisasi' };
  /** Target 0. */
  readonly targetZero?: ValueCell;
  /** How the stated capaian relates to the computed one, where one is computed (no object made). */
  readonly stated?: StatedCapaian;
  /** The computed capaian, where one is computed (no object made). */
  readonly capaian?: number;
  /**
   * Present when target and realisasi both hold numbers and the target is not 0 (read them with
   * `numbersOf`: tens of thousands of rows hold no copy of them).
   */
  readonly computed?: {
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
  const rows = indicatorRows(context);
  // Indexed: a for-of makes a result object per row until the loop is optimised.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const { groups } = row;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      if (!group.capaian && !group.predikat) continue;
      const { target, realisasi } = group;
      if (!target || !realisasi) continue;
      result.push(new VerdictRow(row, group, verdictOf(context, row, group, target, realisasi)));
    }
  }
  return result;
}

/** What a row's target and realisasi give: the stated capaian's verdict where one is computed. */
type Verdict = 'target-kosong' | 'realisasi-kosong' | 'tak-terbaca' | 'target-nol' | StatedCapaian;

/**
 * One row's capaian kept as its verdict alone; what the checks read of it is worked out from the
 * row when asked (tens of thousands of rows: no object per answer kept).
 */
class VerdictRow implements CapaianRow {
  constructor(
    readonly row: IndicatorRow,
    readonly group: IndicatorGroup,
    private readonly verdict: Verdict,
  ) {}

  get missing(): CapaianRow['missing'] {
    if (this.verdict !== 'target-kosong' && this.verdict !== 'realisasi-kosong') return undefined;
    const field = this.verdict === 'target-kosong' ? 'target' : 'realisasi';
    return { ...(this.group[field] as ValueCell), field };
  }

  get targetZero(): ValueCell | undefined {
    return this.verdict === 'target-nol' ? this.group.target : undefined;
  }

  get stated(): StatedCapaian | undefined {
    const { verdict } = this;
    if (verdict === 'target-kosong' || verdict === 'realisasi-kosong') return undefined;
    if (verdict === 'tak-terbaca' || verdict === 'target-nol') return undefined;
    return verdict;
  }

  get capaian(): number | undefined {
    if (this.stated === undefined) return undefined;
    // Both numbers are there when a capaian is computed (read in place: no pair made per row).
    const { target, realisasi } = this.group;
    return capaian(
      target?.reading.value as number,
      realisasi?.reading.value as number,
      arahOf(this.row) ?? 'naik',
    );
  }

  get computed(): CapaianRow['computed'] {
    const { stated, capaian: value } = this;
    if (stated === undefined || value === undefined) return undefined;
    const statedArah = arahOf(this.row);
    return {
      value,
      arah: statedArah ?? 'naik',
      arahStated: statedArah !== undefined,
      stated,
    };
  }
}

/** The arah the row or its indicator states. */
function arahOf(row: IndicatorRow): Arah | undefined {
  return row.arah ?? row.indicator?.arah?.value;
}

/** One row's verdict (the computed capaian is recomputed from it when asked: the same numbers). */
function verdictOf(
  context: CheckContext,
  row: IndicatorRow,
  group: IndicatorGroup,
  target: ValueCell,
  realisasi: ValueCell,
): Verdict {
  const missing = [target, realisasi].find((cell) => holdsNothing(cell));
  if (missing) return missing === target ? 'target-kosong' : 'realisasi-kosong';
  if (target.reading.value === null || realisasi.reading.value === null) return 'tak-terbaca';
  const statedArah = arahOf(row);
  const value =
    target.reading.value === 0
      ? NaN
      : capaian(target.reading.value, realisasi.reading.value, statedArah ?? 'naik');
  // A target too small to show (it reads 0) overflows the division as a 0 does.
  if (!Number.isFinite(value)) return 'target-nol';
  return judgeStated(context, group, value, statedArah);
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
