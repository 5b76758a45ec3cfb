import { ikmFromAnswers, mutuIkm, reweighIkm } from '../../src/core/ikm';
import { parseExpression } from '../../src/core/penghitungan';

const row = (...answers: number[]): number[] => answers;

test('IKM is the mean NRR × 25', () => {
  const { ikm, nrr } = ikmFromAnswers([
    row(4, 4, 4, 4, 4, 4, 4, 4, 4),
    row(3, 3, 3, 3, 3, 3, 3, 3, 3),
    row(3, 4, 2, 4, 3, 3, 4, 1, 3),
  ]);
  expect(nrr).toEqual([10 / 3, 11 / 3, 3, 11 / 3, 10 / 3, 10 / 3, 11 / 3, 8 / 3, 10 / 3]);
  // Σ answers = 36 + 27 + 27 = 90 over 27 answers: mean 10/3, × 25.
  expect(ikm).toBeCloseTo((90 / 27) * 25, 10);
  expect(mutuIkm(ikm)).toBe('B (Baik)');
});

test('all fours is 100, all ones is 25', () => {
  expect(ikmFromAnswers([row(4, 4, 4, 4, 4, 4, 4, 4, 4)]).ikm).toBe(100);
  expect(ikmFromAnswers([row(1, 1, 1, 1, 1, 1, 1, 1, 1)]).ikm).toBe(25);
});

test.each([
  [
    [row(4, 4, 4, 4, 4, 4, 4, 4, 5)],
    'baris 1 kolom 9 (Penanganan Pengaduan, Saran dan Masukan) bernilai 5',
  ],
  [[row(4, 4, 4, 4, 4, 4, 4, 4, 4), row(4, 0, 4, 4, 4, 4, 4, 4, 4)], 'baris 2 kolom 2'],
  [[row(4, 4, 4, 2.5, 4, 4, 4, 4, 4)], 'kolom 4'],
  [[row(4, 4, 4)], 'baris 1 berisi 3 kolom'],
])('an answer outside 1–4 is reported, never clamped', (rows, message) => {
  expect(() => ikmFromAnswers(rows)).toThrow(
    expect.objectContaining({ code: '#VALUE!', message: expect.stringContaining(message) }),
  );
});

test('no respondents is #N/A', () => {
  expect(() => ikmFromAnswers([])).toThrow(expect.objectContaining({ code: '#N/A' }));
});

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
