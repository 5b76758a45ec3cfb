import { matchesStated } from '../../src/core/tolerance';

// DOMAIN section 3: the tolerance follows the stated number's own decimals.
test.each<[number, number, number, 'rounded' | 'truncated' | false]>([
  [97, 0, 96.5, 'rounded'],
  [97, 0, 97.4999, 'rounded'],
  [97, 0, 97.5, 'truncated'],
  [97, 0, 98, false],
  [97, 0, 96.4999, false],
  [95.23, 2, 95.225, 'rounded'],
  [95.23, 2, 95.2349, 'rounded'],
  [95.23, 2, 95.235, 'truncated'],
  [95.23, 2, 95.238, 'truncated'],
  [95.23, 2, 95.24, false],
  [95.24, 2, 95.238, 'rounded'],
  [93.54, 2, (84.19 / 90) * 100, 'rounded'],
  [105, 0, (100 / 95.23) * 100, 'rounded'],
  [97, 0, (93.65 / 95.23) * 100, false],
  [110, 0, (100 / 85.23) * 100, false],
  [84.25, 2, 84.185, false],
  [0, 0, 0.3, 'rounded'],
  [-97, 0, -96.5, 'rounded'],
  [-97, 0, -97.5, 'truncated'],
  [-97, 0, -98, false],
  [-95.23, 2, -95.238, 'truncated'],
])('stated %p (%p decimals) vs computed %p → %p', (stated, decimals, computed, expected) => {
  expect(matchesStated(stated, decimals, computed)).toBe(expected);
});
