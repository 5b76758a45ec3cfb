import {
  capaian,
  capaianTrenNegatif,
  efisiensi,
  persentase,
  rataRata,
  readArah,
  serapan,
  type Arah,
} from '../../src/core/capaian';
import { LkjError } from '../../src/core/errors';

// Worked numbers from DOMAIN sections 3 and 8 (the Klakah 2023 LKj).
describe('capaian', () => {
  test.each<[string, number, number, Arah | undefined, number]>([
    ['fasilitasi: 93,65 of 95,23 (stated 97, wrong)', 95.23, 93.65, undefined, 98.34],
    ['LPPdes: 100 of 85,23 (stated 110, wrong)', 85.23, 100, 'naik', 117.33],
    ['IKM: 84,19 of 90', 90, 84.19, undefined, 93.54],
    ['100 of 95,23', 95.23, 100, undefined, 105.01],
    ['lower is better: target 10, realisasi 8', 10, 8, 'turun', 120],
    ['lower is better, missed: target 10, realisasi 12', 10, 12, 'turun', 80],
    ['no capping above 100', 100, 150, 'naik', 150],
  ])('%s', (_, target, realisasi, arah, expected) => {
    expect(capaian(target, realisasi, arah)).toBeCloseTo(expected, 2);
  });

  test('keeps full precision', () => {
    expect(capaian(95.23, 100)).toBe((100 / 95.23) * 100);
  });

  test.each<Arah>(['naik', 'turun'])('target 0 (%s) is #DIV/0!, never 0 or 100', (arah) => {
    expect(() => capaian(0, 5, arah)).toThrow(LkjError);
    expect(() => capaian(0, 5, arah)).toThrow(expect.objectContaining({ code: '#DIV/0!' }));
  });
});

describe('capaianTrenNegatif: the "tren negatif" convention T / R × 100', () => {
  test.each<[number, number, number]>([
    [10, 8, 125],
    [10, 12, 83.33],
    [5, 5, 100],
  ])('target %s, realisasi %s → %s', (target, realisasi, expected) => {
    expect(capaianTrenNegatif(target, realisasi)).toBeCloseTo(expected, 2);
  });

  test('realisasi 0 is #DIV/0!', () => {
    expect(() => capaianTrenNegatif(10, 0)).toThrow(expect.objectContaining({ code: '#DIV/0!' }));
  });
});

describe('persentase, rata-rata, serapan, efisiensi', () => {
  test('40 fasilitasi followed up of 42', () => {
    expect(persentase(40, 42)).toBeCloseTo(95.238, 3);
  });

  test('dokumen tepat waktu: 36 of 12 desa × 3 documents', () => {
    expect(persentase(36, 12 * 3)).toBe(100);
  });

  test('IKM of four quarters', () => {
    expect(rataRata([81.25, 89.51, 83.84, 82.14])).toBeCloseTo(84.185, 10);
  });

  test('serapan of the Klakah budget is 95 %', () => {
    expect(Math.round(serapan(2486022481, 2371301000))).toBe(95);
  });

  test('efisiensi is capaian kinerja minus serapan, in points', () => {
    expect(efisiensi(100, 100)).toBe(0);
    expect(efisiensi(105.01, 95.39)).toBeCloseTo(9.62, 10);
  });

  test.each([
    ['penyebut', () => persentase(1, 0)],
    ['pagu', () => serapan(0, 1)],
    ['jumlah komponen', () => rataRata([])],
  ])('%s 0 is #DIV/0! naming it', (what, call) => {
    expect(call).toThrow(
      expect.objectContaining({ code: '#DIV/0!', message: expect.stringContaining(what) }),
    );
  });
});

describe('readArah', () => {
  test.each<[string, Arah | undefined]>([
    ['naik', 'naik'],
    [' Naik ', 'naik'],
    ['positif', 'naik'],
    ['Maximize', 'naik'],
    ['↑', 'naik'],
    ['turun', 'turun'],
    ['TURUN', 'turun'],
    ['negatif', 'turun'],
    ['minimize', 'turun'],
    ['↓', 'turun'],
    ['semakin  rendah semakin baik', 'turun'],
    ['', undefined],
    ['-', undefined],
    ['kadang', undefined],
  ])('%p → %p', (text, arah) => {
    expect(readArah(text)).toBe(arah);
  });
});
