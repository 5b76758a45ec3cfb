import {
  BOBOT_SKM,
  bobotDikenal,
  ikmDariNrr,
  konvensiIkm,
  mutuSkm,
  nilaiKonversi,
  nrrUnsur,
  sampelMinimum,
  urutanNrr,
} from '../../src/core/skm';

// SKM.md §5: 29 respondents, Σ per unsur.
const SUMS = [105, 101, 100, 116, 102, 105, 106, 105, 115];
const NRR = SUMS.map((sum) => sum / 29);
const round2 = (value: number) => Math.round(value * 100) / 100;

describe('nrrUnsur', () => {
  it.each<[string, (number | null)[], number, number, number | undefined]>([
    ['all filled', [4, 3, 2, 1], 10, 4, 2.5],
    ['blanks excluded from the divisor', [4, null, 2, null], 6, 2, 3],
    ['nothing filled has no NRR', [null, null], 0, 0, undefined],
  ])('%s', (_, answers, jumlah, terisi, nrr) => {
    const result = nrrUnsur(answers);
    expect(result).toEqual({ jumlah, terisi, kosong: answers.length - terisi, nrr });
  });

  it.each([0, 5, 3.5, -1])('reports %p, never clamps it', (bad) => {
    expect(() => nrrUnsur([4, bad], 'Persyaratan')).toThrow(/Persyaratan ke-2 bernilai .*1–4/);
  });
});

describe('IKM of the worked example (SKM.md §5)', () => {
  it.each([
    ['1/9', 91.48],
    ['0,1111', 91.47],
    ['0,111', 91.38],
    ['0,11', 90.56],
  ])('weight %s gives %p', (teks, ikm) => {
    const bobot = BOBOT_SKM.find((b) => b.teks === teks)!;
    expect(round2(ikmDariNrr(NRR, bobot.nilai))).toBe(ikm);
  });

  it('names the round-then-sum readings', () => {
    const readings = Object.fromEntries(konvensiIkm(NRR).map((k) => [k.nama, round2(k.nilai)]));
    expect(readings['bobot 0,111 atas NRR dibulatkan 2 desimal']).toBe(91.41);
    expect(readings['bobot 0,111, NRR tertimbang dibulatkan 2 desimal']).toBe(91.25);
    expect(readings['bobot 0,111, NRR tertimbang dibulatkan 3 desimal']).toBe(91.4);
  });

  it('per-unsur konversi and mutu', () => {
    expect(NRR.map((v) => round2(nilaiKonversi(v)))).toEqual([
      90.52, 87.07, 86.21, 100, 87.93, 90.52, 91.38, 90.52, 99.14,
    ]);
    expect(NRR.map((v) => mutuSkm(nilaiKonversi(v)).huruf).join('')).toBe('ABBABAAAA');
  });

  it('ranks the lowest first, ties in unsur order', () => {
    expect(urutanNrr(NRR).slice(0, 3)).toEqual([2, 1, 4]);
    expect(urutanNrr([3, 2, 2])).toEqual([1, 2, 0]);
  });

  it('every answer 4 is exactly 100 under the rule, so the mutu table takes it', () => {
    const all4 = Array<number>(9).fill(4);
    expect(ikmDariNrr(all4)).toBe(100);
    expect(mutuSkm(ikmDariNrr(all4)).huruf).toBe('A');
    expect(round2(ikmDariNrr(all4, 0.111))).toBe(99.9);
  });

  it('needs nine unsur', () => {
    expect(() => ikmDariNrr([3, 3])).toThrow(/9 unsur/);
  });
});

describe('mutuSkm at the band edges (lower bound inclusive)', () => {
  it.each<[number, string, string]>([
    [64.99, 'D', 'Tidak Baik'],
    [65, 'C', 'Kurang Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [76.61, 'B', 'Baik'],
    [88.3, 'B', 'Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.31 - 1e-12, 'A', 'Sangat Baik'],
    [25, 'D', 'Tidak Baik'],
    [100, 'A', 'Sangat Baik'],
  ])('%p → %s', (nilai, huruf, kinerja) => {
    expect(mutuSkm(nilai)).toEqual({ huruf, kinerja });
  });

  it.each([24.99, 100.01, NaN])('refuses %p', (nilai) => {
    expect(() => mutuSkm(nilai)).toThrow(/25–100/);
  });
});

describe('sampelMinimum (Krejcie–Morgan, SKM.md §7)', () => {
  it.each([
    [5, 5],
    [10, 10],
    [20, 19],
    [100, 80],
    [220, 140],
    [1000, 278],
    [1200, 291],
    [5000, 357],
    [20000, 377],
    [1000000, 384],
    [95, 76],
    [101, 86],
    [5000000, 384],
  ])('N = %p → %p', (populasi, sampel) => {
    expect(sampelMinimum(populasi)).toBe(sampel);
  });

  it.each([0, -3, 2.5])('refuses population %p', (populasi) => {
    expect(() => sampelMinimum(populasi)).toThrow(/populasi/);
  });
});

describe('bobotDikenal', () => {
  it.each<[number, string | undefined]>([
    [1 / 9, '1/9'],
    [0.111, '0,111'],
    [0.11, '0,11'],
    [0.1111, '0,1111'],
    [0.12, undefined],
  ])('%p', (nilai, teks) => {
    expect(bobotDikenal(nilai)?.teks).toBe(teks);
  });
});
