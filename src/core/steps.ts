/**
 * Long work in steps: a generator that yields between bounded slices of its work (a table, a
 * column, a block of rows) and returns its result. The pane in Excel runs the engine on its own
 * thread and pauses at every yield; the CLI and the web worker run the same steps without
 * pausing (`finish`), so both get the same answer.
 */
export type Steps<T> = Generator<void, T, void>;

/** Rows worked in one step where a step walks a table's rows: a few milliseconds of work. */
export const ROWS_PER_STEP = 1000;
/**
 * Rows planned or laid out in one step where each makes several cells and their formulas (a
 * generator's sheet): fewer than ROWS_PER_STEP.
 */
export const LAID_OUT_ROWS_PER_STEP = 500;
/** Cells read in one step where a step walks cells. */
export const CELLS_PER_STEP = 10_000;

/** The steps' result, run through without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** `steps`, yielding `progress` at each of its yields (a step of a longer run). */
export function* reporting<T, P>(steps: Steps<T>, progress: P): Generator<P, T, void> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    yield progress;
  }
}

/** The results of `each` over `items`, an item a step, in order. */
export function* stepEach<I, T>(items: Iterable<I>, each: (item: I) => T[]): Steps<T[]> {
  const all: T[] = [];
  let first = true;
  for (const item of items) {
    if (!first) yield;
    first = false;
    for (const found of each(item)) all.push(found);
  }
  return all;
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
  per = LAID_OUT_ROWS_PER_STEP,
): Steps<U[]> {
  const made: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (stepDue(i, per)) yield;
    made.push(make(items[i], i));
  }
  return made;
}

/** Whether a loop yields before its `done`-th item: after every `per`, not before the first. */
export function stepDue(done: number, per = LAID_OUT_ROWS_PER_STEP): boolean {
  return done > 0 && done % per === 0;
}
