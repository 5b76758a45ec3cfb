import { readPenghitungan } from '../../src/facts/penghitungan';

describe('readPenghitungan', () => {
  test.each([
    ['40 / 42 x 100 %', { type: 'persentase', inputs: [40, 42] }],
    ['40/42×100%', { type: 'persentase', inputs: [40, 42] }],
    ['(40 : 42) X 100', { type: 'persentase', inputs: [40, 42] }],
    ['(12+12+12) / (12 x 3) x 100 % = 36 / 36 x 100 %', { type: 'persentase', inputs: [36, 36] }],
    ['(12+12+12) Dokumen / (12 x 3 Dokumen) x 100 %', { type: 'persentase', inputs: [36, 36] }],
    [
      '(81,25+89,51+83,84+82,14)/4 = 336,6/4',
      { type: 'rata-rata', inputs: [81.25, 89.51, 83.84, 82.14] },
    ],
    [
      'Nilai IKM (Tw1 + Tw2 + Tw3 + Tw4) = (81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19',
      { type: 'rata-rata', inputs: [81.25, 89.51, 83.84, 82.14] },
    ],
    ['1.050 / 1.200 x 100%', { type: 'persentase', inputs: [1050, 1200] }],
    ['84,19', { type: 'nilai', inputs: [84.19] }],
    // A zero penyebut is what the workbook says: the sheet shows #DIV/0! for it.
    ['40 / 0 x 100%', { type: 'persentase', inputs: [40, 0] }],
  ])('%s', (text, expected) => {
    expect(readPenghitungan(text)).toEqual(expected);
  });

  test.each([
    ['a result alone after a step it cannot read', 'Nilai IKM = 84,25'],
    ['three quarters over four', '(81,25+89,51+83,84)/4'],
    ['a division without × 100', '40 / 42'],
    ['no numbers', 'Survei kepuasan masyarakat'],
    ['unbalanced parentheses', '(40 / 42 x 100'],
    ['empty', ''],
  ])('nothing from %s', (_why, text) => {
    expect(readPenghitungan(text)).toBeNull();
  });
});
