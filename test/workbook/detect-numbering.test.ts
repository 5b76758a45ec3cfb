import { isNumberingRow, numberingToken, parseEquation } from '../../src/workbook/detect-numbering';
import { meaningOf } from '../../src/workbook/detect-rules/roles';

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
  ['c', { number: 3, parenthesized: false, letter: true }],
  ['(k)', { number: 11, parenthesized: true, letter: true }],
  [
    'k = ( j / i ) * 100',
    { number: 11, equation: '( 10 / 9 ) * 100', parenthesized: false, letter: true },
  ],
  // After an operand x multiplies; elsewhere it is column x.
  ['y = x x 2', { number: 25, equation: '24 x 2', parenthesized: false, letter: true }],
  ['k = lihat catatan', undefined],
])('numberingToken(%p)', (value, expected) => {
  expect(numberingToken(value)).toEqual(expected);
});

test.each([
  [[1, 2, 3, 4, 5, 6, '7=5-6'], true],
  [['(1)', '(2)', '(4)', '(3)'], true],
  [[1, 3, 2], false], // bare numbers must rise: a data row of small numbers is not numbering
  [[1, 'Nilai IKM', 90], false],
  [[5], false],
  // A number written again over a merged column, in a long run.
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 10], true],
  [[1, 2, 3, 2], false], // too short to tell from data
  [[1, 2, 3, 2, 3, 4, 1], false], // two steps back: data
  [['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k = ( j / i ) * 100'], true],
  [['a', 'b', 'c'], true],
  [['c', 'b'], false],
  [['K', 'Rp.', 'K', 'Rp.'], false], // a unit row
  [['I', 'II', 'III', 'IV'], false], // quarters
  [['(1)', 2, '3', '4 = 2 + 3', '(e)'], true], // mixed, with parentheses and an equation
  [[1, 2, 'c', 'd'], false], // bare numbers and letters mixed, no mark of a numbering row
  // Cirebon E.81: `x100%` on the ratios; words under columns the numbering leaves out.
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '11 = 7+8+9+10', '12 = 11/6 x100%', 15], true],
  [[1, 2, 3, 4, 5, 6, '7 = 5 + 6', 8, 'Triwulan I', 'Triwulan II'], true],
  [[1, 2, 3, 'Triwulan I'], false], // words need an equation beside them
  [[1, 'Cakupan', '2 = 1 + 1', 'layanan', 'dokumen'], false], // as many words as numbers
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

test('`x100%` says the result is a percentage: it multiplies by 100 (cells are read as percent)', () => {
  expect(parseEquation('11/6 x100%', columns(6, 11))).toEqual(
    parseEquation('11/6 x 100', columns(6, 11)),
  );
  expect(numberingToken('14 = 13/4 x 100%')).toMatchObject({ number: 14 });
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
  [['Pendidikan Terakhir'], 'pendidikan'],
  [['Status Kepegawaian'], 'lain'],
])('header %p means %p', (parts, role) => {
  expect(meaningOf(parts).role).toBe(role);
});
