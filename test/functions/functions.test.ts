import fc from 'fast-check';
import { FUNCTIONS } from '../../src/functions/definitions';
import * as excel from '../../src/functions/functions';
import { findFunction, REGISTRY } from '../../src/functions/registry';
import { isExcelError, type Result } from '../../src/functions/wrap';
import { answersFor, RESPONDENTS_GASPUL, SUMS_GASPUL } from '../support/skm-olah-xlsx';

/** Calls a function the way Excel does (through functions.ts). */
function call(name: string, ...args: unknown[]): Result {
  const fn = findFunction(name);
  if (!fn) throw new Error(`no function ${name}`);
  return fn.run(...args);
}

const error = (code: string, message?: string) =>
  expect.objectContaining(
    message === undefined ? { code } : { code, message: expect.stringContaining(message) },
  );

describe('every function, one value at a time', () => {
  test.each<[string, unknown[], unknown]>([
    ['CAPAIAN', ['95,23', 100], (100 / 95.23) * 100],
    ['CAPAIAN', [95.23, '93,65'], (93.65 / 95.23) * 100],
    ['CAPAIAN', [10, 8, 'turun'], 120],
    ['CAPAIAN', [10, 8, 'Negatif'], 120],
    ['CAPAIAN', [10, 8, ''], 80],
    ['CAPAIAN', [10, 8, null], 80],
    ['CAPAIAN', ['1.554.001.446,00', 'Rp 1.554.001.446'], 100],
    ['PREDIKAT', [94.99], 'Berhasil'],
    ['PREDIKAT', ['95,00'], 'Sangat berhasil'],
    ['PREDIKAT', [70, 'p86'], 'Sedang'],
    ['PREDIKAT', [84.185, 'IKM'], 'B (Baik)'],
    [
      'PREDIKAT',
      [
        70,
        [
          [0, 'Kurang'],
          [70, 'Baik'],
          [null, null],
        ],
      ],
      'Baik',
    ],
    [
      'PREDIKAT',
      [
        70,
        [
          [0, 'Kurang'],
          ['70,5', 'Baik'],
        ],
      ],
      'Kurang',
    ],
    ['PERSEN', [40, 42], (40 / 42) * 100],
    ['SERAPAN', ['Rp 2.486.022.481', '2.371.301.000'], (2371301000 / 2486022481) * 100],
    ['EFISIENSI', ['100 %', '100 %'], 0],
    ['EFISIENSI', [105.01, 95.39], 105.01 - 95.39],
    ['ANGKA', ['Rp 2.486.022.481,-'], 2486022481],
    ['ANGKA', ['1923.283.100'], 1923283100],
    ['ANGKA', ['93,54 %'], 93.54],
    ['ANGKA', [7], 7],
    [
      'IKM',
      [
        [
          [4, 4, 4, 4, 4, 4, 4, 4, 4],
          ['3', 3, 3, 3, 3, 3, 3, 3, 3],
          [null, '', null, null, null, null, null, null, null],
        ],
      ],
      87.5,
    ],
    // A blank is left out of its unsur's NRR (3 = (4 + 2) / 2), never counted as 0 (2 = 6 / 3).
    [
      'IKM',
      [
        [
          [4, 4, 4, 4, 4, 4, 4, 4, 4],
          [2, null, 2, 2, 2, 2, 2, 2, 2],
          [3, 2, 3, 3, 3, 3, 3, 3, 3],
        ],
      ],
      75,
    ],
    ['IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 4]], 0.111], 4 * 0.111 * 9 * 25],
    ['IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 4]], '0,11'], 4 * 0.11 * 9 * 25],
    ['IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 4]], '1/9'], 100],
    ['IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 4]], 1 / 9], 100],
    ['NRR', [[[4], [3], [null], ['2']]], 3],
    ['NRR', [[[4, 3, null, 2]]], 3],
    ['NRR', [4], 4],
    ['MUTUIKM', ['84,19'], 'B (Baik)'],
    ['TERBILANG', [1500], 'seribu lima ratus'],
    [
      'TERBILANG',
      ['2.486.022.481', 'rupiah'],
      'dua miliar empat ratus delapan puluh enam juta dua puluh dua ribu empat ratus delapan puluh satu rupiah',
    ],
    ['TERBILANG', [25, true], 'dua puluh lima rupiah'],
    ['TERBILANG', [25, false], 'dua puluh lima'],
    ['NIP', ['19810804 200901 1 003'], 'valid'],
    ['NIP', ['19810804 200901 2 90'], 'tidak valid: NIP berisi 17 digit, seharusnya 18'],
    [
      'NIP',
      ['517003231998031911'],
      'tidak valid: tanggal lahir 5170-03-23 (digit 1–8) tidak mungkin',
    ],
    ['NIP', ['19810804 200901 1 003', 'lahir'], 29802],
    ['NIP', ['19810804 200901 1 003', 'TMT'], 39814],
    ['NIP', ['19720929 200701 2 910', 'kelamin'], 'Perempuan'],
    // Quarters as Excel passes a row of cells; blanks are quarters not yet filled.
    ['AKUMULASI', [[[10, 20, 30, 40]]], 100],
    ['AKUMULASI', [[[10, 20, 30, 40]], null], 100],
    ['AKUMULASI', [[[80, 85, 90, 95]], 'Nilai Akhir'], 95],
    ['AKUMULASI', [[[80, 85, null, null]], 'non kumulatif'], 85],
    ['AKUMULASI', [[[80], [85], [90], [null]], [['nilai-akhir']]], 90],
    ['AKUMULASI', [[[80, '85,5', null, 90]], 'rata-rata'], (80 + 85.5 + 90) / 3],
    ['AKUMULASI', [[['Rp 1.000.000', '2.500.000', null, null]], 'kumulatif'], 3_500_000],
    ['AKUMULASI', [[[0, 0, 0, 0]], 'nilai akhir'], 0],
  ])('%s(%p) is %p', (name, args, expected) => {
    const result = call(name, ...args);
    if (typeof expected === 'number') expect(result).toBeCloseTo(expected, 10);
    else expect(result).toEqual(expected);
  });
});

describe('bad input gives an Excel error with a message, never a throw', () => {
  test.each<[string, unknown[], string, string | undefined]>([
    ['CAPAIAN', [0, 5], '#DIV/0!', 'target bernilai 0'],
    ['CAPAIAN', ['0,00', 5, 'turun'], '#DIV/0!', 'target'],
    ['PERSEN', [1, 0], '#DIV/0!', 'penyebut'],
    ['SERAPAN', [0, 1], '#DIV/0!', 'pagu'],
    ['CAPAIAN', ['abc', 5], '#VALUE!', 'argumen target: teks "abc" bukan angka'],
    ['CAPAIAN', [5, true], '#VALUE!', 'argumen realisasi: nilai logika (TRUE)'],
    ['CAPAIAN', [5, 5, 'kadang'], '#VALUE!', 'argumen arah harus "naik" atau "turun"'],
    ['CAPAIAN', [5, 5, 3], '#VALUE!', 'argumen arah'],
    ['CAPAIAN', ['', 5], '#N/A', 'argumen target kosong'],
    ['CAPAIAN', [5, null], '#N/A', 'argumen realisasi kosong'],
    ['CAPAIAN', [5, '-'], '#N/A', 'nihil'],
    ['CAPAIAN', [1e-300, 1e300], '#NUM!', 'jangkauan'],
    ['PREDIKAT', [90, 'XYZ'], '#VALUE!', 'argumen skala "XYZ" tidak dikenal'],
    ['PREDIKAT', [90, [[1, 2, 3]]], '#VALUE!', 'dua kolom'],
    [
      'PREDIKAT',
      [
        90,
        [
          ['Batas', 'Predikat'],
          [0, 'Kurang'],
        ],
      ],
      '#VALUE!',
      'skala baris 1 (batas bawah)',
    ],
    ['PREDIKAT', [90, [[0, 5]]], '#VALUE!', 'predikat harus teks'],
    ['PREDIKAT', [90, [[null, null]]], '#N/A', 'rentang skala kosong'],
    ['PREDIKAT', [10, 'IKM'], '#NUM!', 'di bawah batas terendah'],
    ['IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 9]]], '#VALUE!', 'kolom 9 (Penanganan'],
    ['IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 9]]], '#VALUE!', 'baris ke-1 bernilai 9'],
    [
      'IKM',
      [
        [
          [4, 4, 4, 4, 4, 4, 4, 4, 4],
          [4, null, 4, 4, 4, 4, 4, 4, 4],
        ],
        0.2,
      ],
      '#VALUE!',
      'argumen bobot 0.2 tidak dikenal',
    ],
    [
      'IKM',
      [
        [
          [4, null, 4, 4, 4, 4, 4, 4, 4],
          [4, null, 4, 4, 4, 4, 4, 4, 4],
        ],
      ],
      '#N/A',
      'kolom 2 (Sistem, Mekanisme, dan Prosedur) tidak punya jawaban',
    ],
    ['IKM', [[[null]]], '#N/A', 'tidak ada jawaban'],
    ['IKM', [4], '#VALUE!', '9 kolom'],
    [
      'NRR',
      [[[5], [4]]],
      '#VALUE!',
      'jawaban ke-1 bernilai 5; jawaban SKM harus bilangan bulat 1–4',
    ],
    ['NRR', [[[3.5]]], '#VALUE!', 'bilangan bulat 1–4'],
    ['NRR', [[[0]]], '#VALUE!', 'bernilai 0'],
    ['NRR', [[['Sangat sesuai']]], '#VALUE!', 'jawaban ke-1'],
    ['NRR', [[[null], ['']]], '#N/A', 'tidak ada jawaban yang terisi'],
    [
      'NRR',
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      '#VALUE!',
      'satu kolom unsur',
    ],
    ['MUTUIKM', [101], '#NUM!', undefined],
    ['TERBILANG', [12.5], '#VALUE!', 'bilangan bulat'],
    ['TERBILANG', [1e15], '#NUM!', undefined],
    ['TERBILANG', [5, 'dolar'], '#VALUE!', 'argumen rupiah'],
    ['NIP', [198108042009011000], '#VALUE!', 'tulis NIP sebagai teks'],
    ['NIP', [''], '#N/A', 'argumen nip kosong'],
    ['NIP', ['19810804 200901 2 90', 'lahir'], '#VALUE!', 'NIP tidak valid: NIP berisi 17 digit'],
    ['NIP', ['19810804 200901 1 003', 'umur'], '#VALUE!', 'argumen bagian'],
    ['AKUMULASI', [[[null, null, null, null]], 'kumulatif'], '#N/A', 'Belum ada nilai triwulan'],
    ['AKUMULASI', [[[10, 'sepuluh']]], '#VALUE!', 'argumen triwulan ke-2'],
    ['AKUMULASI', [[[10, '-']]], '#N/A', 'triwulan ke-2 berisi "-"'],
    ['AKUMULASI', [[Array.from({ length: 13 }, () => 1)]], '#VALUE!', 'paling banyak 12 sel'],
    ['AKUMULASI', [[[1, 2]], 'median'], '#VALUE!', 'argumen jenis harus "kumulatif"'],
    ['AKUMULASI', [[[1, 2]], [['kumulatif', 'rata-rata']]], '#VALUE!', 'bukan rentang'],
  ])('%s(%p) is %s', (name, args, code, message) => {
    expect(call(name, ...args)).toEqual(error(code, message));
  });

  test('an error value in an argument passes through unchanged', () => {
    const division = { code: '#DIV/0!', message: 'dari sel lain' };
    expect(call('CAPAIAN', division, 5)).toBe(division);
    expect(call('PREDIKAT', 90, [[division]])).toBe(division);
    expect(call('CAPAIAN', [[division], [100]], [[5], [95]])).toEqual([[division], [95]]);
  });

  test('#REF! and #NAME?, which Excel does not take back from a function, become #VALUE! naming them', () => {
    expect(call('CAPAIAN', { code: '#REF!' }, 5)).toEqual(
      error('#VALUE!', 'argumen berisi galat #REF! dari sel lain'),
    );
    expect(call('ANGKA', [[{ type: 'Error', basicValue: '#NAME?', errorType: 'Name' }]])).toEqual([
      [error('#VALUE!', 'galat #NAME?')],
    ]);
    expect(call('PERSEN', { type: 'Error', basicValue: '#SPILL!', errorType: 'Spill' }, 5)).toEqual(
      error('#VALUE!', 'galat #SPILL!'),
    );
  });
});

/**
 * functions.json sets allowErrorForDataTypeAny, so Excel calls a function even when a cell of a
 * range argument holds an error, and passes the error in; data-type values may come as objects
 * with a basic value. Each is read as its basic value, an error passes through as the same error.
 */
describe('every shape Excel passes a cell in', () => {
  const divError = { type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' };

  test('one #DIV/0! cell in a range argument gives #DIV/0! in its row only', () => {
    expect(
      excel.capaian(
        [[100], [95.23], [80]],
        [[95], [divError], [{ type: 'Double', basicValue: 80 }]],
      ),
    ).toEqual([[95], [error('#DIV/0!')], [100]]);
  });

  test.each([
    ['#DIV/0!', 'Div0'],
    ['#N/A', 'NotAvailable'],
    ['#NUM!', 'Num'],
    ['#VALUE!', 'Value'],
    ['#NULL!', 'Null'],
  ])('a %s data-type error passes through as the same error', (code, errorType) => {
    const result = call('SERAPAN', [[{ type: 'Error', basicValue: code, errorType }]], 5);
    expect(result).toEqual([[{ code, message: undefined }]]);
  });

  test.each<[string, unknown, unknown]>([
    ['Double', { type: 'Double', basicValue: 95.23 }, (100 / 95.23) * 100],
    [
      'FormattedNumber',
      { type: 'FormattedNumber', basicValue: 95.23, numberFormat: '0.00' },
      (100 / 95.23) * 100,
    ],
    ['String', { type: 'String', basicValue: '95,23' }, (100 / 95.23) * 100],
    ['Double with a number format', { type: 'Double', basicValue: 50, numberFormat: '0%' }, 200],
  ])('a %s value is read as its basic value', (_, target, expected) => {
    expect(excel.capaian([[target]], [[100]])).toEqual([[expected]]);
  });

  test('Boolean, String and Empty values reach the parameters that read them', () => {
    expect(
      excel.terbilang(
        [[{ type: 'Double', basicValue: 25 }]],
        [[{ type: 'Boolean', basicValue: true }]],
      ),
    ).toEqual([['dua puluh lima rupiah']]);
    expect(excel.capaian([[10]], [[8]], [[{ type: 'String', basicValue: 'turun' }]])).toEqual([
      [120],
    ]);
    expect(excel.capaian([[10]], [[8]], [[{ type: 'Empty', basicValue: null }]])).toEqual([[80]]);
  });

  test('an error in one quarter passes through', () => {
    const division = { code: '#DIV/0!', message: 'dari sel lain' };
    expect(call('AKUMULASI', [[1, division, 3]], 'kumulatif')).toBe(division);
  });

  test('whole-range parameters read data-type cells too (IKM answers, a custom skala)', () => {
    const four = { type: 'Double', basicValue: 4 };
    expect(excel.ikm([[four, 4, 4, 4, 4, 4, 4, 4, { type: 'String', basicValue: '4' }]])).toBe(100);
    expect(
      excel.predikat(
        [[75]],
        [
          [0, { type: 'String', basicValue: 'Kurang' }],
          [{ type: 'Double', basicValue: 70 }, 'Baik'],
        ],
      ),
    ).toEqual([['Baik']]);
    expect(excel.ikm([[divError, 4, 4, 4, 4, 4, 4, 4, 4]])).toEqual(error('#DIV/0!'));
  });
});

describe('the worked example of SKM.md §5 (29 respondents, Σ per unsur 105 … 115)', () => {
  const answers = answersFor(SUMS_GASPUL, RESPONDENTS_GASPUL);
  test.each<[unknown, number]>([
    [undefined, 91.4751],
    ['1/9', 91.4751],
    ['0,1111', 91.4659],
    [0.111, 91.3836],
    ['0,11', 90.5603],
  ])('LKJ.IKM with bobot %s', (bobot, ikm) => {
    expect(excel.ikm(answers, bobot === undefined ? undefined : [[bobot]])).toBeCloseTo(ikm, 4);
  });

  test('LKJ.NRR of each unsur column', () => {
    const nrr = SUMS_GASPUL.map((_, c) => excel.nrr(answers.map((row) => [row[c]])));
    expect(nrr).toEqual(SUMS_GASPUL.map((sum) => sum / RESPONDENTS_GASPUL));
    expect((nrr[0] as number).toFixed(4)).toBe('3.6207');
  });
});

describe('a range in gives the same-shaped range out', () => {
  test('a column against a column', () => {
    expect(call('CAPAIAN', [[100], ['95,23'], [0], ['']], [[95], [100], [5], [1]])).toEqual([
      [95],
      [(100 / 95.23) * 100],
      [error('#DIV/0!', 'target')],
      [error('#N/A', 'argumen target kosong')],
    ]);
  });

  test('a single value repeats along the range, as in Excel arrays', () => {
    expect(call('CAPAIAN', [[100]], [[50, 80]])).toEqual([[50, 80]]);
    expect(call('CAPAIAN', 200, [[50], [80]], [['turun']])).toEqual([[175], [160]]);
  });

  test('a row against a column gives the table of every pair', () => {
    expect(call('PERSEN', [[1, 2]], [[1], [4]])).toEqual([
      [100, 200],
      [25, 50],
    ]);
  });

  test('a shorter range leaves #N/A where it has no cell', () => {
    expect(call('EFISIENSI', [[1], [2], [3]], [[1], [1]])).toEqual([
      [0],
      [1],
      [error('#N/A', 'rentang serapan lebih kecil')],
    ]);
  });

  test('arah may be a column too', () => {
    expect(call('CAPAIAN', [[10], [10]], [[8], [8]], [['naik'], ['turun']])).toEqual([[80], [120]]);
  });

  test('a custom skala range is one scale, not broadcast', () => {
    const skala = [
      [0, 'Kurang'],
      [70, 'Baik'],
      [90, 'Istimewa'],
    ];
    expect(call('PREDIKAT', [[50], [75], [95]], skala)).toEqual([
      ['Kurang'],
      ['Baik'],
      ['Istimewa'],
    ]);
    expect(call('PREDIKAT', [[50], [75]], [['x', 'y']])).toEqual([
      [error('#VALUE!', 'batas bawah')],
      [error('#VALUE!', 'batas bawah')],
    ]);
  });

  test('Excel passes an omitted optional argument as null: its default', () => {
    expect(excel.capaian([[10]], [[8]], null as never)).toEqual([[80]]);
    expect(excel.predikat([[94.99]], null as never)).toEqual([['Berhasil']]);
    expect(excel.terbilang([[25]], null as never)).toEqual([['dua puluh lima']]);
    expect(excel.nip([['19810804 200901 1 003']], null as never)).toEqual([['valid']]);
  });

  test('Excel passes single values as 1×1 ranges', () => {
    expect(excel.capaian([[100]], [[95]])).toEqual([[95]]);
    expect(excel.predikat([[94.99]], [['LKJ']])).toEqual([['Berhasil']]);
    expect(excel.nip([['19810804 200901 1 003']], [['kelamin']])).toEqual([['Laki-laki']]);
    expect(excel.ikm([[4, 4, 4, 4, 4, 4, 4, 4, 4]])).toBe(100);
  });
});

describe('inside Excel, errors are CustomFunctions.Error', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const global = globalThis as { CustomFunctions?: unknown };
  beforeAll(() => {
    global.CustomFunctions = { Error: FakeError };
  });
  afterAll(() => {
    delete global.CustomFunctions;
  });

  test('with the message where Excel shows one (#VALUE!, #N/A), without it elsewhere', () => {
    const value = call('CAPAIAN', 'abc', 5);
    expect(value).toBeInstanceOf(FakeError);
    expect(value).toEqual({ code: '#VALUE!', message: 'argumen target: teks "abc" bukan angka' });
    const division = call('CAPAIAN', 0, 5);
    expect(division).toBeInstanceOf(FakeError);
    expect(division).toEqual({ code: '#DIV/0!', message: undefined });
  });
});

describe('the registry', () => {
  test('names every function once, each mapped to its Excel entry point', () => {
    const exported = Object.keys(excel).sort();
    expect(
      Object.keys(REGISTRY)
        .map((name) => name.toLowerCase())
        .sort(),
    ).toEqual(exported);
    for (const [name, entry] of Object.entries(REGISTRY)) {
      expect(entry.run).toBe((excel as Record<string, unknown>)[name.toLowerCase()]);
      expect(entry.params).toBe(FUNCTIONS[name as keyof typeof FUNCTIONS].params);
    }
  });

  test('finds names case-insensitively, with or without the namespace', () => {
    expect(findFunction('lkj.capaian')).toBe(REGISTRY.CAPAIAN);
    expect(findFunction('Terbilang')).toBe(REGISTRY.TERBILANG);
    expect(findFunction('toString')).toBeUndefined();
  });
});

describe('no function throws or returns NaN/Infinity, whatever it is given', () => {
  const errorValue = fc
    .constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?')
    .map((code) => ({
      code,
      message: 'dari sel lain',
    }));
  const numberText = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.nat(99))
    .map(([whole, cents]) => `${whole.toLocaleString('id-ID')},${cents}`);
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    numberText,
    fc.constantFrom(
      '',
      '-',
      'N/A',
      'naik',
      'turun',
      'rupiah',
      'lahir',
      'tmt',
      'kelamin',
      'P86',
      'IKM',
      '19810804 200901 1 003',
    ),
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    errorValue,
    fc.object(),
  );
  const range = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 5 });
  const nested = fc.array(fc.array(fc.oneof(cell, range), { maxLength: 3 }), { maxLength: 3 });
  const argument = fc.oneof(cell, range, nested);

  function isValidCell(value: unknown): boolean {
    if (typeof value === 'number') return Number.isFinite(value);
    return typeof value === 'string' || isExcelError(value);
  }

  test.each(Object.keys(REGISTRY).filter((name) => !['IKM', 'NRR', 'AKUMULASI'].includes(name)))(
    '%s: 1×1 ranges, as Excel passes single values, give the single answer as a 1×1 range',
    (name) => {
      const fn = findFunction(name)!;
      fc.assert(
        fc.property(fc.array(cell, { minLength: 1, maxLength: 3 }), (cells) => {
          expect(fn.run(...cells.map((value) => [[value]]))).toEqual([[fn.run(...cells)]]);
        }),
        { numRuns: 400 },
      );
    },
  );

  test.each(Object.keys(REGISTRY))('%s', (name) => {
    const fn = findFunction(name)!;
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 3 }), (args) => {
        let result: Result | undefined;
        expect(() => {
          result = fn.run(...args);
        }).not.toThrow();
        if (Array.isArray(result)) {
          const width = result[0]?.length;
          for (const row of result) {
            expect(row).toHaveLength(width);
            for (const value of row) expect(isValidCell(value)).toBe(true);
          }
        } else {
          expect(isValidCell(result)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
