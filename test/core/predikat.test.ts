import {
  predikat,
  recogniseScale,
  sameLabel,
  SCALES,
  type Band,
  type ScaleName,
} from '../../src/core/predikat';

// DOMAIN section 4: lower bound inclusive, top band open.
test.each<[number, ScaleName | undefined, string]>([
  [120, undefined, 'Sangat berhasil'],
  [95, undefined, 'Sangat berhasil'],
  [94.99, 'LKJ', 'Berhasil'],
  [80, 'LKJ', 'Berhasil'],
  [79.99, 'LKJ', 'Cukup berhasil'],
  [50, 'LKJ', 'Cukup berhasil'],
  [49.99, 'LKJ', 'Tidak berhasil'],
  [-20, 'LKJ', 'Tidak berhasil'],
  [91, 'P86', 'Sangat Tinggi'],
  [90.99, 'P86', 'Tinggi'],
  [76, 'P86', 'Tinggi'],
  [66, 'P86', 'Sedang'],
  [51, 'P86', 'Rendah'],
  [50.99, 'P86', 'Sangat Rendah'],
  [88.31, 'IKM', 'A (Sangat Baik)'],
  [88.3, 'IKM', 'B (Baik)'],
  [84.185, 'IKM', 'B (Baik)'],
  [76.61, 'IKM', 'B (Baik)'],
  [76.6, 'IKM', 'C (Kurang Baik)'],
  [65, 'IKM', 'C (Kurang Baik)'],
  [25, 'IKM', 'D (Tidak Baik)'],
])('%p on %p is %p', (value, scale, label) => {
  expect(predikat(value, scale)).toBe(label);
});

test('an IKM under 25 is off the scale (#NUM!)', () => {
  expect(() => predikat(24.9, 'IKM')).toThrow(
    expect.objectContaining({ code: '#NUM!', message: expect.stringContaining('25') }),
  );
});

test('custom bands, in any order', () => {
  const bands: Band[] = [
    { min: 0, label: 'Kurang' },
    { min: 90, label: 'Istimewa' },
    { min: 70, label: 'Baik' },
  ];
  expect(predikat(69.9, bands)).toBe('Kurang');
  expect(predikat(70, bands)).toBe('Baik');
  expect(predikat(100, bands)).toBe('Istimewa');
  expect(() => predikat(-1, bands)).toThrow(expect.objectContaining({ code: '#NUM!' }));
  expect(() => predikat(50, [])).toThrow(expect.objectContaining({ code: '#NUM!' }));
});

test('every scale lists its bands from the top', () => {
  for (const bands of Object.values(SCALES)) {
    const mins = bands.map((band) => band.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
  }
});

test.each([
  ['Tidakberhasil', 'Tidak berhasil', true],
  ['SANGAT  BERHASIL', 'Sangat berhasil', true],
  ['A(Sangat Baik)', 'A (Sangat Baik)', true],
  ['Berhasil', 'Cukup berhasil', false],
])('sameLabel(%p, %p) is %p', (a, b, same) => {
  expect(sameLabel(a, b)).toBe(same);
});

test.each<[string[], ScaleName | undefined]>([
  [['Sangat Tinggi', 'Sedang', ''], 'P86'],
  [['Sangat berhasil', 'Tidakberhasil', 'Berhasil'], 'LKJ'],
  [['B (Baik)', 'A (Sangat Baik)'], 'IKM'],
  [['Baik sekali'], undefined],
  [[], undefined],
])('recogniseScale(%p) is %p', (labels, scale) => {
  expect(recogniseScale(labels)).toBe(scale);
});
