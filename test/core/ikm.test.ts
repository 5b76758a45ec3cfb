import { mutuIkm, reweighIkm } from '../../src/core/ikm';
import { parseExpression } from '../../src/core/penghitungan';

test.each([
  [100, 'A (Sangat Baik)'],
  [88.31, 'A (Sangat Baik)'],
  [84.19, 'B (Baik)'],
  [76.6, 'C (Kurang Baik)'],
  [64.99, 'D (Tidak Baik)'],
  [25, 'D (Tidak Baik)'],
])('mutuIkm(%p) is %p', (ikm, mutu) => {
  expect(mutuIkm(ikm)).toBe(mutu);
});

test.each([100.01, 24.99])('mutuIkm(%p) is outside 25–100 (#NUM!)', (ikm) => {
  expect(() => mutuIkm(ikm)).toThrow(expect.objectContaining({ code: '#NUM!' }));
});

describe('reweighIkm: the IKM under the other known weights (DOMAIN section 9)', () => {
  const NRR = '(3,40 + 3,35 + 3,30 + 3,45 + 3,38 + 3,42 + 3,36 + 3,20 + 3,44)';
  const variants = (text: string) =>
    reweighIkm(parseExpression(text)!).map(
      ({ written, other, value }) => `${written.teks}→${other.teks} ${value.toFixed(4)}`,
    );

  it.each<[string, string[]]>([
    [`${NRR} / 9 × 25`, ['1/9→0,111 84.0825', '1/9→0,11 83.3250']],
    [`${NRR} × 1/9 × 25`, ['1/9→0,111 84.0825', '1/9→0,11 83.3250']],
    [`${NRR} × 0,111 × 25`, ['0,111→1/9 84.1667', '0,111→0,11 83.3250']],
    [`0,11 × ${NRR} × 25`, ['0,11→1/9 84.1667', '0,11→0,111 84.0825']],
    [`${NRR} x 0,111`, ['0,111→1/9 3.3667', '0,111→0,11 3.3330']],
  ])('%s', (text, expected) => {
    expect(variants(text)).toEqual(expected);
  });

  it.each([
    ['the mean of four quarters', '(81,25 + 89,51 + 83,84 + 82,14) / 4'],
    ['two weights mixed', '3,40 × 0,111 + 3,35 / 9'],
    ['no weight at all', '40 / 42 × 100'],
  ])('%s: nothing to reweigh', (_name, text) => {
    expect(variants(text)).toEqual([]);
  });
});
