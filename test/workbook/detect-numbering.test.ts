import { isNumberingRow, numberingToken, parseEquation } from '../../src/workbook/detect-numbering';
import { meaningOf } from '../../src/workbook/detect-header-words';

const columns =
  (...numbers: number[]) =>
  (n: number) =>
    numbers.includes(n);

test.each([
  ['7=5-6', { number: 7, equation: '5-6', parenthesized: false }],
  ['(3)', { number: 3, parenthesized: true }],
  ['13 = 9 + 10 + 11 + 12', { number: 13, equation: '9 + 10 + 11 + 12', parenthesized: false }],
  [4, { number: 4, parenthesized: false }],
  ['Target', undefined],
  [95.23, undefined],
  ['7 = lihat catatan', undefined],
])('numberingToken(%p)', (value, expected) => {
  expect(numberingToken(value)).toEqual(expected);
});

test.each([
  [[1, 2, 3, 4, 5, 6, '7=5-6'], true],
  [['(1)', '(2)', '(4)', '(3)'], true],
  [[1, 3, 2], false], // bare numbers must rise: a data row of small numbers is not numbering
  [[1, 'Nilai IKM', 90], false],
  [[5], false],
])('isNumberingRow(%p) is %p', (values, expected) => {
  expect(isNumberingRow(values)).toBe(expected);
});

test('x, ×, * multiply; / and : divide; numbers that name no column are constants', () => {
  expect(parseEquation('14 / 6 x 100', columns(6, 14))).toEqual({
    type: 'binary',
    op: '*',
    left: {
      type: 'binary',
      op: '/',
      left: { type: 'ref', number: 14 },
      right: { type: 'ref', number: 6 },
    },
    right: { type: 'number', value: 100 },
  });
  expect(parseEquation('4 : 3 × 100', columns(3, 4))).toEqual(
    parseEquation('4 / 3 * 100', columns(3, 4)),
  );
});

test('precedence and parentheses', () => {
  expect(parseEquation('2 + 3 x 4', columns(2, 3, 4))).toEqual({
    type: 'binary',
    op: '+',
    left: { type: 'ref', number: 2 },
    right: {
      type: 'binary',
      op: '*',
      left: { type: 'ref', number: 3 },
      right: { type: 'ref', number: 4 },
    },
  });
  expect(parseEquation('(2 + 3) : 2', columns(2, 3))).toMatchObject({ op: '/', left: { op: '+' } });
});

test.each(['5 -', '(5 - 6', '5 6', '', '+'])('malformed %p gives undefined', (text) => {
  expect(parseEquation(text, columns(5, 6))).toBeUndefined();
});

test.each([
  [['Presentase Capaian'], 'capaian'],
  [['TARGET', 'Sebelum'], 'target-sebelum'],
  [['Target', 'Sesudah Perubahan'], 'target-sesudah'],
  [['Anggaran', 'Pagu'], 'pagu'],
  [['Anggaran', 'Realisasi'], 'realisasi-anggaran'],
  [['Relisasi'], 'realisasi'],
  [['Tahun 2023', 'Capaian'], 'capaian'],
  [['Realisasi', 'Kedungjajang'], 'realisasi-unit'],
  [['Realisasi Kinerja Pada Triwulan', 'III'], 'triwulan'],
  [['TW IV'], 'triwulan'],
  [['Capaian Pagu Anggaran 2023'], 'capaian-anggaran'],
  [['Capaian Realisasi kinerja 2023'], 'capaian-kinerja'],
  [['Total', '%'], 'serapan'],
  [['NAMA / NIP'], 'nama-nip'],
  [['Gol. Ruang'], 'golongan'],
  [['Pendidikan'], 'lain'],
])('header %p means %p', (parts, role) => {
  expect(meaningOf(parts).role).toBe(role);
});
