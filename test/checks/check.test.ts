/** The helpers every check builds its findings with. */
import { finding, findingsOf } from '../../src/checks/check';

describe('findingsOf: the findings some of the items give, in their order', () => {
  it.each<[string, number[], number[]]>([
    ['none of them', [1, 3, 5], []],
    ['some of them', [1, 2, 3, 4], [2, 4]],
    ['all of them', [2, 4], [2, 4]],
    ['no items', [], []],
  ])('%s', (_case, items, expected) => {
    const found = findingsOf(items, (n) =>
      n % 2 === 0
        ? finding({ id: 'capaian-salah', severity: 'error' }, { sheet: 'S', cell: `A${n}` }, 'x')
        : undefined,
    );
    expect(found.map((f) => f.cell)).toEqual(expected.map((n) => `A${n}`));
  });
});
