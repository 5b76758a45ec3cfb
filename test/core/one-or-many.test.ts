import { firstOf, listOf, type OneOrMany } from '../../src/core/one-or-many';

const a = { id: 'a' };
const b = { id: 'b' };

describe('one item or several', () => {
  it.each<[string, OneOrMany<{ id: string }>, { id: string }[], { id: string }]>([
    ['one item alone', a, [a], a],
    ['a list of one', [a], [a], a],
    ['a list of two, in order', [b, a], [b, a], b],
  ])('%s', (_case, items, list, first) => {
    expect(listOf(items)).toEqual(list);
    expect(firstOf(items)).toBe(first);
  });

  it('gives a list as it is, not a copy', () => {
    const items = [a, b];
    expect(listOf(items)).toBe(items);
  });
});
