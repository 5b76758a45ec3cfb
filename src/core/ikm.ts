/** IKM from the SKM survey (PermenPAN-RB 14/2017, DOMAIN section 5). */
import { formatAngka } from './angka';
import { LkjError } from './errors';
import { applyOperator, type Expr } from './penghitungan';
import { predikat } from './predikat';

/** The nine unsur, in the order of the questionnaire's columns. */
export const UNSUR_SKM = [
  'Persyaratan',
  'Prosedur',
  'Waktu pelayanan',
  'Biaya/Tarif',
  'Produk spesifikasi jenis pelayanan',
  'Kompetensi pelaksana',
  'Perilaku pelaksana',
  'Penanganan pengaduan, saran dan masukan',
  'Sarana dan prasarana',
];

/**
 * A row per respondent, one answer 1–4 per unsur. NRR per unsur = mean of its answers;
 * IKM = Σ(NRR × 1/9) × 25. An answer outside 1–4 is reported, never clamped.
 */
export function ikmFromAnswers(rows: number[][]): { ikm: number; nrr: number[] } {
  const columns = UNSUR_SKM.length;
  if (rows.length === 0) throw new LkjError('#N/A', 'tidak ada jawaban responden');
  const sums = new Array<number>(columns).fill(0);
  rows.forEach((row, r) => {
    if (row.length !== columns) {
      throw new LkjError(
        '#VALUE!',
        `baris ${r + 1} berisi ${row.length} kolom; jawaban SKM harus ${columns} kolom (satu per unsur)`,
      );
    }
    row.forEach((answer, c) => {
      if (!Number.isInteger(answer) || answer < 1 || answer > 4) {
        throw new LkjError(
          '#VALUE!',
          `jawaban baris ${r + 1} kolom ${c + 1} (${UNSUR_SKM[c]}) bernilai ${answer}; harus bilangan bulat 1–4`,
        );
      }
      sums[c] += answer;
    });
  });
  const nrr = sums.map((sum) => sum / rows.length);
  const ikm = (nrr.reduce((total, value) => total + value, 0) / columns) * 25;
  return { ikm, nrr };
}

/** Mutu pelayanan for an IKM value 25–100: `A (Sangat Baik)` … `D (Tidak Baik)`. */
export function mutuIkm(ikm: number): string {
  if (ikm > 100)
    throw new LkjError('#NUM!', `IKM ${formatAngka(ikm)} di atas 100; nilai IKM antara 25 dan 100`);
  return predikat(ikm, 'IKM');
}

/**
 * Weights of an unsur in the IKM: the regulation's 1/9, and the 0,111 and 0,11 many units use
 * (DOMAIN section 9). `/ 9` is the regulation's weight written as a division.
 */
export const BOBOT_IKM = [
  { text: '1/9', value: 1 / 9 },
  { text: '0,111', value: 0.111 },
  { text: '0,11', value: 0.11 },
] as const;

export type BobotIkm = (typeof BOBOT_IKM)[number];

/**
 * The expression's value under each other known IKM weight, where it applies one (`× 0,111`,
 * `× 0,11`, `/ 9`, `× 1/9`); empty when it applies none or mixes them.
 */
export function reweighIkm(expr: Expr): { written: BobotIkm; other: BobotIkm; value: number }[] {
  const used = new Set<BobotIkm>();
  collectBobot(expr, used);
  if (used.size !== 1) return [];
  const [written] = used;
  return BOBOT_IKM.filter((other) => other !== written).map((other) => ({
    written,
    other,
    value: weighed(expr, other.value),
  }));
}

/** A `× w` (either side) or `/ 9` step applying one of BOBOT_IKM, with what it weighs. */
function bobotOf(expr: Expr): { bobot: BobotIkm; weighs: Expr } | undefined {
  if (expr.type !== 'binary') return undefined;
  const plain = (side: Expr) => (side.type === 'group' ? side.inner : side);
  const left = plain(expr.left);
  const right = plain(expr.right);
  if (expr.op === '/' && right.type === 'number' && right.value === 9) {
    return { bobot: BOBOT_IKM[0], weighs: expr.left };
  }
  if (expr.op !== '*') return undefined;
  const decimal = (side: Expr) =>
    side.type === 'number'
      ? BOBOT_IKM.find((bobot) => bobot.text !== '1/9' && bobot.value === side.value)
      : undefined;
  const onRight = decimal(right);
  if (onRight) return { bobot: onRight, weighs: expr.left };
  const onLeft = decimal(left);
  return onLeft && { bobot: onLeft, weighs: expr.right };
}

function collectBobot(expr: Expr, used: Set<BobotIkm>): void {
  const applied = bobotOf(expr);
  if (applied) used.add(applied.bobot);
  if (expr.type === 'group') collectBobot(expr.inner, used);
  if (expr.type === 'negate') collectBobot(expr.operand, used);
  if (expr.type === 'binary') {
    collectBobot(expr.left, used);
    collectBobot(expr.right, used);
  }
}

/** The expression's value with every IKM weight replaced by `weight`. */
function weighed(expr: Expr, weight: number): number {
  switch (expr.type) {
    case 'number':
      return expr.value;
    case 'group':
      return weighed(expr.inner, weight);
    case 'negate':
      return -weighed(expr.operand, weight);
    case 'binary': {
      const applied = bobotOf(expr);
      if (applied) return weighed(applied.weighs, weight) * weight;
      return applyOperator(expr.op, weighed(expr.left, weight), weighed(expr.right, weight));
    }
  }
}
