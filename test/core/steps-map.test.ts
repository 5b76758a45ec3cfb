/**
 * Work in steps: a map yields after every LAID_OUT_ROWS_PER_STEP items (never before the first, never
 * after the last) and gives what a plain map gives; run through, steps give their result.
 */
import { finish, mapInSteps, LAID_OUT_ROWS_PER_STEP, stepDue, whole } from '../../src/core/steps';

/** Runs steps through, counting their yields. */
function run<T>(steps: Generator<void, T, undefined>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('mapInSteps', () => {
  it.each([
    // items, per step, yields
    [0, LAID_OUT_ROWS_PER_STEP, 0],
    [1, LAID_OUT_ROWS_PER_STEP, 0],
    [LAID_OUT_ROWS_PER_STEP, LAID_OUT_ROWS_PER_STEP, 0],
    [LAID_OUT_ROWS_PER_STEP + 1, LAID_OUT_ROWS_PER_STEP, 1],
    [2 * LAID_OUT_ROWS_PER_STEP, LAID_OUT_ROWS_PER_STEP, 1],
    [2 * LAID_OUT_ROWS_PER_STEP + 1, LAID_OUT_ROWS_PER_STEP, 2],
    [10, 3, 3],
    [9, 3, 2],
  ])('%i items, %i a step: %i yields, the plain map', (count, per, yields) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const made = run(mapInSteps(items, (item, i) => `${item}:${i}`, per));
    expect(made.yields).toBe(yields);
    expect(made.value).toEqual(items.map((item, i) => `${item}:${i}`));
  });

  it('makes the items of a step before it yields, in order', () => {
    const made: number[] = [];
    const steps = mapInSteps([1, 2, 3, 4, 5], (item) => made.push(item), 2);
    steps.next();
    expect(made).toEqual([1, 2]);
    steps.next();
    expect(made).toEqual([1, 2, 3, 4]);
  });
});

describe('stepDue', () => {
  it.each([
    [0, false],
    [1, false],
    [LAID_OUT_ROWS_PER_STEP - 1, false],
    [LAID_OUT_ROWS_PER_STEP, true],
    [LAID_OUT_ROWS_PER_STEP + 1, false],
    [3 * LAID_OUT_ROWS_PER_STEP, true],
  ])('before item %i: %s', (done, due) => {
    expect(stepDue(done)).toBe(due);
  });
});

describe('finish and whole', () => {
  it('finish gives the result of steps that yield', () => {
    expect(finish(mapInSteps([1, 2, 3], (item) => item * 2, 1))).toEqual([2, 4, 6]);
  });

  it('whole does its work in one step, only when run', () => {
    let done = 0;
    const steps = whole(() => ++done);
    expect(done).toBe(0);
    expect(run(steps)).toEqual({ value: 1, yields: 0 });
  });
});
