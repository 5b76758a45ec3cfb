/** Work in steps: the same result run through or paused, and a yield between the items. */
import { finish, reporting, stepEach, type Steps } from '../../src/core/steps';

/** Every yield of `steps`, and its result. */
function drive<Y, T>(steps: Generator<Y, T, void>): { yields: Y[]; result: T } {
  const yields: Y[] = [];
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { yields, result: step.value };
    yields.push(step.value);
  }
}

describe('steps', () => {
  it.each([
    { items: [], found: [], pauses: 0 },
    { items: [1], found: [1, 10], pauses: 0 },
    { items: [1, 2, 3], found: [1, 10, 2, 20, 3, 30], pauses: 2 },
  ])('stepEach over $items: an item a step, results in order', ({ items, found, pauses }) => {
    const each = (item: number) => [item, item * 10];
    const { yields, result } = drive(stepEach(items, each));
    expect(result).toEqual(found);
    expect(yields).toHaveLength(pauses);
    expect(finish(stepEach(items, each))).toEqual(found);
  });

  it('reports the progress given at each of the steps’ yields, and returns their result', () => {
    function* three(): Steps<string> {
      yield;
      yield;
      yield;
      return 'done';
    }
    expect(drive(reporting(three(), { done: 4 }))).toEqual({
      yields: [{ done: 4 }, { done: 4 }, { done: 4 }],
      result: 'done',
    });
  });
});
