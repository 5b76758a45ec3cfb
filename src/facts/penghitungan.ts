/**
 * How an indicator's result is computed from its components (its rumus), and the components the
 * workbook's own penghitungan states: `40 / 42 x 100 %`, `(81,25+89,51+83,84+82,14)/4 = 336,6/4`,
 * `(12+12+12) Dokumen / (12 x 3 Dokumen) x 100 %`. The text is read leniently, so labels such as
 * `Dokumen` or `Tw1` do not stop the reading. Where the workbook shows no penghitungan, the rumus
 * comes from the formulasi, else the name and satuan.
 */
import { indicatorWords } from '../core/akumulasi';
import { normalizeIndicatorName } from '../core/names';
import { parseSteps, unwrap, valueOf, type Expr } from '../core/penghitungan';

/** How an indicator's result is computed from its components. */
export type IndicatorType = 'persentase' | 'rata-rata' | 'nilai' | 'jumlah';

export const INDICATOR_TYPES: readonly IndicatorType[] = [
  'persentase',
  'rata-rata',
  'nilai',
  'jumlah',
];

/** How many components each type has: pembilang and penyebut; TW I–IV; one value. */
export const INPUT_COUNT: Record<IndicatorType, number> = {
  persentase: 2,
  'rata-rata': 4,
  nilai: 1,
  jumlah: 1,
};

export type Components =
  | { type: 'persentase'; inputs: [number, number] }
  | { type: 'rata-rata'; inputs: [number, number, number, number] }
  | { type: 'nilai'; inputs: [number] };

function addends(expr: Expr): Expr[] {
  const bare = unwrap(expr);
  return bare.type === 'binary' && bare.op === '+'
    ? [...addends(bare.left), ...addends(bare.right)]
    : [bare];
}

function classify(expr: Expr): Components | null {
  const bare = unwrap(expr);
  if (bare.type === 'number') return { type: 'nilai', inputs: [bare.value] };
  if (bare.type !== 'binary') return null;
  const left = unwrap(bare.left);
  const right = unwrap(bare.right);
  // a / b × 100: the numerator and denominator may be written out, `(12+12+12) / (12 x 3)`.
  if (bare.op === '*' && right.type === 'number' && right.value === 100) {
    if (left.type === 'binary' && left.op === '/') {
      const inputs: [number, number] = [valueOf(left.left), valueOf(left.right)];
      return inputs.every(Number.isFinite) ? { type: 'persentase', inputs } : null;
    }
    return null;
  }
  // (a + b + c + d) / 4: the mean of four quarters.
  if (bare.op === '/' && right.type === 'number' && right.value === 4) {
    const terms = addends(left);
    if (terms.length !== 4) return null;
    const [a, b, c, d] = terms.map(valueOf);
    return [a, b, c, d].every(Number.isFinite) ? { type: 'rata-rata', inputs: [a, b, c, d] } : null;
  }
  return null;
}

/**
 * The components of the first `=` step that shows them. A lone number counts only when it is the
 * whole text (the last step of `a / b = 95,23` is a result, not a component).
 */
export function readPenghitungan(text: string): Components | null {
  const steps = parseSteps(text, { lenient: true });
  for (const { expr } of steps) {
    const components = expr === undefined ? null : classify(expr);
    if (components !== null && (components.type !== 'nilai' || steps.length === 1))
      return components;
  }
  return null;
}

const DIVIDES = /\b(dibagi|per)\b|[/:÷]|\bx\s*100|×\s*100|100\s*%/;

/** From a formulasi text such as `… dibagi … dikali (X) 100 %`; undefined when it says nothing. */
export function typeFromFormulasi(formulasi: string): IndicatorType | undefined {
  const text = formulasi.toLowerCase();
  if (DIVIDES.test(text) && /100/.test(text)) return 'persentase';
  const words = normalizeIndicatorName(formulasi);
  if (indicatorWords(formulasi).mean || /\btw\s*1\b.*\btw\s*4\b|triwulan/.test(words))
    return 'rata-rata';
  return undefined;
}

/**
 * From the name and satuan, read by the core's one set of indicator words: IKM is the mean of
 * four quarterly surveys; `rata-rata` a mean; `persentase` or `%` a ratio × 100; `jumlah` or a
 * countable satuan a count; else a value.
 */
export function typeFromName(indicator: string, satuan = ''): IndicatorType {
  const words = indicatorWords(indicator, satuan);
  if (words.ikm || words.mean) return 'rata-rata';
  if (words.percent) return 'persentase';
  if (words.head === 'count' || (words.count && !words.level) || words.satuanHasCount)
    return 'jumlah';
  return 'nilai';
}
