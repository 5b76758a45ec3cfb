import fc from 'fast-check';
import { formatAngka, readAngka, type AngkaReading } from '../../src/core/angka';

type Expected = Partial<AngkaReading>;

// DOMAIN section 2, row by row, plus the neighbours each rule must keep apart.
const readings: [string, Expected][] = [
  ['95,23', { value: 95.23, fromText: true, decimals: 2, guessed: false, percent: false }],
  ['2.486.022.481', { value: 2486022481, decimals: 0, guessed: false }],
  ['1.554.001.446,00', { value: 1554001446, decimals: 2, guessed: false }],
  ['Rp. 2.486.022.481', { value: 2486022481, guessed: false }],
  ['Rp 2.486.022.481,-', { value: 2486022481, guessed: false }],
  ['rp2.486.022.481', { value: 2486022481 }],
  ['93,54 %', { value: 93.54, percent: true, decimals: 2 }],
  ['100%', { value: 100, percent: true, decimals: 0 }],
  ['1923.283.100', { value: 1923283100, guessed: true }],
  ['95.23', { value: 95.23, decimals: 2, guessed: false }],
  ['1.050', { value: 1050, decimals: 0, guessed: false }],
  ['0.500', { value: 0.5, decimals: 3, guessed: false }],
  ['(1.500.000)', { value: -1500000, guessed: false }],
  ['-1.500.000', { value: -1500000 }],
  ['-Rp 5.000', { value: -5000 }],
  ['Rp -5.000', { value: -5000 }],
  ['+7', { value: 7 }],
  ['  84,185  ', { value: 84.185, decimals: 3 }],
  ['2,486,022,481', { value: 2486022481, guessed: true }],
  ['1,554,001.45', { value: 1554001.45, guessed: true, decimals: 2 }],
  // Beyond 15 digits the nearest double, as Number() reads the same digits.
  ['12345678901234567890', { value: Number('12345678901234567890') }],
  ['1.234.567.890.123.456,78', { value: Number('1234567890123456.78') }],
  ['-0', { value: 0 }],
];

const noValues: [unknown, Expected][] = [
  ['-', { nil: true, fromText: true }],
  ['–', { nil: true }],
  ['N/A', { nil: false, fromText: true }],
  ['n/a', { nil: false }],
  ['', { nil: false, fromText: false }],
  [null, { nil: false }],
  [undefined, { nil: false }],
];

const unreadable: unknown[] = [
  'abc',
  '1.23.456',
  '12.05.2023',
  '5,',
  ',5',
  '1..000',
  '12 desa',
  '1,5.000,2',
  'Rp',
  true,
  {},
  [[1]],
  Infinity,
  NaN,
];

describe('readAngka', () => {
  test.each(readings)('%s', (text, expected) => {
    const reading = readAngka(text);
    expect(reading).toMatchObject({ fromText: true, nil: false, ...expected });
    expect(reading.problem !== undefined).toBe(reading.guessed);
  });

  test('a guessed reading says what was read', () => {
    expect(readAngka('1923.283.100').problem).toBe(
      'pengelompokan ribuan pada "1923.283.100" tidak baku; dibaca sebagai 1.923.283.100',
    );
  });

  test.each(noValues)('%p has no value and no problem', (input, expected) => {
    const reading = readAngka(input);
    expect(reading).toMatchObject({ value: null, ...expected });
    expect(reading.problem).toBeUndefined();
  });

  test.each(unreadable)('%p is unreadable, with a reason', (input) => {
    const reading = readAngka(input);
    expect(reading.value).toBeNull();
    expect(reading.problem).toEqual(expect.any(String));
  });

  test('numbers pass through, not from text', () => {
    expect(readAngka(95.23)).toEqual({
      value: 95.23,
      fromText: false,
      percent: false,
      nil: false,
      guessed: false,
      decimals: 2,
    });
    expect(readAngka(1e-7).decimals).toBe(7);
  });

  test('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^[-+(Rp .,%0-9)]*$/)),
        (input) => {
          const reading = readAngka(input);
          expect(reading.value === null || Number.isFinite(reading.value)).toBe(true);
        },
      ),
    );
  });
});

describe('formatAngka', () => {
  test.each([
    [95.23, undefined, '95,23'],
    [2486022481, undefined, '2.486.022.481'],
    [-1500000, undefined, '-1.500.000'],
    [105.00892575868947, undefined, '105,01'],
    [84.185, 3, '84,185'],
    [100, 2, '100,00'],
    [0.05, undefined, '0,05'],
    [-0.001, undefined, '0'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
  ])('%p with %p decimals is %s', (value, decimals, text) => {
    expect(formatAngka(value, decimals)).toBe(text);
  });
});

describe('reading what was formatted', () => {
  // Every finite number with at most two decimals: cents from integers, plus any large double.
  const withTwoDecimals = fc.oneof(
    fc.integer({ min: -1e15, max: 1e15 }).map((cents) => cents / 100),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => Math.abs(x) >= 2 ** 53),
  );

  test('round-trips any finite number with up to two decimals', () => {
    fc.assert(
      fc.property(withTwoDecimals, (value) => {
        const reading = readAngka(formatAngka(value));
        expect(reading.value).toBe(value === 0 ? 0 : value);
        expect(reading.guessed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('round-trips with the decimals written out', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(readAngka(formatAngka(cents / 100, 2))).toMatchObject({
          value: cents / 100,
          decimals: 2,
        });
      }),
    );
  });
});
