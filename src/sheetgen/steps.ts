/**
 * Work in steps: a generator function that yields between parts of its work (a table, some
 * hundred rows) and returns its result. Inside Excel the pane runs the engine on its own thread
 * and hands it back at every yield (issue 19: no stretch of more than 50 ms); the CLI, the web
 * page's worker and the tests run the same steps through at once.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Rows (or indicators, budget lines) worked between two yields: some 5–20 ms of work. */
export const ROWS_PER_STEP = 500;

/** Runs steps through at once: their result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Work short enough to be one step. */
export function* whole<T>(work: () => T): Steps<T> {
  // Nothing to yield between: the caller's pause before and after it is enough.
  yield* [];
  return work();
}

/** `items.map(make)`, yielding after every `per` items. */
export function* mapInSteps<T, U>(
  items: readonly T[],
  make: (item: T, index: number) => U,
  per = ROWS_PER_STEP,
): Steps<U[]> {
  const made: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (stepDue(i, per)) yield;
    made.push(make(items[i], i));
  }
  return made;
}

/** Whether a loop yields before its `done`-th item: after every `per`, not before the first. */
export function stepDue(done: number, per = ROWS_PER_STEP): boolean {
  return done > 0 && done % per === 0;
}
