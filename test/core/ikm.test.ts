import { ikmFromAnswers, mutuIkm } from '../../src/core/ikm';

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
  [[row(4, 4, 4, 4, 4, 4, 4, 4, 5)], 'baris 1 kolom 9 (Sarana dan prasarana) bernilai 5'],
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
