/**
 * The IKM's mutu and the weights a penghitungan formula may apply (PermenPAN-RB 14/2017, DOMAIN
 * section 5); the survey arithmetic itself is core/skm.
 */
import { formatAngka } from './angka';
import { LkjError } from './errors';
import { applyOperator, type Expr } from './penghitungan';
import { predikat } from './predikat';
import { BOBOT_SKM, type BobotSkm } from './skm';

/** Mutu pelayanan for an IKM value 25–100: `A (Sangat Baik)` … `D (Tidak Baik)`. */
export function mutuIkm(ikm: number): string {
  if (ikm > 100)
    throw new LkjError('#NUM!', `IKM ${formatAngka(ikm)} di atas 100; nilai IKM antara 25 dan 100`);
  return predikat(ikm, 'IKM');
}

/**
 * The weights a penghitungan formula is reweighed under (DOMAIN section 9): core/skm's, without
 * 0,1111, which the checks of formulas never named. `/ 9` is the regulation's weight written as
 * a division.
 */
const BOBOT_IKM: readonly BobotSkm[] = BOBOT_SKM.filter((bobot) => bobot.teks !== '0,1111');

/**
 * The expression's value under each other known IKM weight, where it applies one (`× 0,111`,
 * `× 0,11`, `/ 9`, `× 1/9`); empty when it applies none or mixes them.
 */
export function reweighIkm(expr: Expr): { written: BobotSkm; other: BobotSkm; value: number }[] {
  const used = new Set<BobotSkm>();
  collectBobot(expr, used);
  if (used.size !== 1) return [];
  const [written] = used;
  return BOBOT_IKM.filter((other) => other !== written).map((other) => ({
    written,
    other,
    value: weighed(expr, other.nilai),
  }));
}

/** A `× w` (either side) or `/ 9` step applying one of BOBOT_IKM, with what it weighs. */
function bobotOf(expr: Expr): { bobot: BobotSkm; weighs: Expr } | undefined {
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
      ? BOBOT_IKM.find((bobot) => bobot.teks !== '1/9' && bobot.nilai === side.value)
      : undefined;
  const onRight = decimal(right);
  if (onRight) return { bobot: onRight, weighs: expr.left };
  const onLeft = decimal(left);
  return onLeft && { bobot: onLeft, weighs: expr.right };
}

function collectBobot(expr: Expr, used: Set<BobotSkm>): void {
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
