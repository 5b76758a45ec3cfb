import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function lkj(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'lkj.cjs'), 'fungsi', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

jest.setTimeout(60_000);

test.each<[string[], string]>([
  [['CAPAIAN', '95,23', '100'], '105.00892575868947'],
  [['CAPAIAN', '10', '8', 'turun'], '120'],
  [['PREDIKAT', '94.99'], 'Berhasil'],
  [['lkj.predikat', '70', 'P86'], 'Sedang'],
  [
    ['TERBILANG', '2486022481', 'rupiah'],
    'dua miliar empat ratus delapan puluh enam juta dua puluh dua ribu empat ratus delapan puluh satu rupiah',
  ],
  [['NIP', '19810804 200901 2 90'], 'tidak valid: NIP berisi 17 digit, seharusnya 18'],
  // A blank answer is left out of the unsur's NRR: (4 + 3 + 2) / 3.
  [['NRR', '[[4],[3],[null],[2]]'], '3'],
  [
    ['CAPAIAN', '[[100],[0]]', '[[95],[5]]'],
    '95\n#DIV/0! target bernilai 0, pembagian tidak dapat dihitung',
  ],
])('lkj fungsi %p', (args, output) => {
  const run = lkj(...args);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toBe(`${output}\n`);
});

test('an error prints its code and message, exit 0', () => {
  const run = lkj('CAPAIAN', '0', '5');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^#DIV\/0! .*target/);
});

test('--json: a value, a range with error elements, an error', () => {
  expect(JSON.parse(lkj('CAPAIAN', '10', '8', 'turun', '--json').stdout)).toEqual({ value: 120 });
  expect(JSON.parse(lkj('--json', 'CAPAIAN', '[[100,0]]', '[[95,5]]').stdout)).toEqual({
    value: [
      [95, { error: '#DIV/0!', message: 'target bernilai 0, pembagian tidak dapat dihitung' }],
    ],
  });
  const failed = lkj('CAPAIAN', 'abc', '5', '--json');
  expect(failed.code).toBe(0);
  expect(JSON.parse(failed.stdout)).toEqual({
    error: '#VALUE!',
    message: 'argumen target: teks "abc" bukan angka',
  });
});

test('arguments: numbers as Indonesian Excel reads them, JSON range (with error cells), else text', () => {
  const value = (...args: string[]) => JSON.parse(lkj(...args, '--json').stdout) as unknown;
  // Dots group thousands; a comma, or a dot that cannot be grouping, is the decimal point.
  expect(value('ANGKA', '1.050')).toEqual({ value: 1050 });
  expect(value('ANGKA', '1.050,0')).toEqual({ value: 1050 });
  expect(value('ANGKA', '95,23')).toEqual({ value: 95.23 });
  expect(value('ANGKA', '95.23')).toEqual({ value: 95.23 });
  expect(value('ANGKA', '-2.486.022.481')).toEqual({ value: -2486022481 });
  expect(value('CAPAIAN', '1.000', '1.050')).toEqual({ value: 105 });
  // Not a plain number: passed on as text, which the function reads (or refuses) itself.
  expect(value('TERBILANG', '1.050', 'rupiah')).toEqual({ value: 'seribu lima puluh rupiah' });
  expect(value('NIP', '19810804 200901 2 90')).toEqual({
    value: 'tidak valid: NIP berisi 17 digit, seharusnya 18',
  });
  expect(JSON.parse(lkj('ANGKA', '[1', '--json').stdout).error).toBe('#VALUE!');
  expect(JSON.parse(lkj('CAPAIAN', '[[{"error":"#DIV/0!"}]]', '5', '--json').stdout)).toEqual({
    value: [[{ error: '#DIV/0!', message: '' }]],
  });
  // Excel does not take #REF! back from a custom function: it becomes #VALUE! naming it.
  expect(JSON.parse(lkj('CAPAIAN', '[[{"error":"#REF!"}]]', '5', '--json').stdout)).toEqual({
    value: [[{ error: '#VALUE!', message: 'argumen berisi galat #REF! dari sel lain' }]],
  });
  expect(
    JSON.parse(lkj('IKM', '[[4,4,4,4,4,4,4,4,4],[2,2,2,2,2,2,2,2,2]]', '--json').stdout),
  ).toEqual({
    value: 75,
  });
});

test('single values reach the function as Excel passes them, and show as one cell', () => {
  const json = (...args: string[]) => JSON.parse(lkj(...args, '--json').stdout) as unknown;
  expect(json('CAPAIAN', '10', '8')).toEqual({ value: 80 });
  expect(json('CAPAIAN', '[[10]]', '[[8]]')).toEqual({ value: [[80]] });
  // A custom skala range is one argument, not a range to spread: the answer is still one cell.
  expect(json('PREDIKAT', '70', '[[0,"Kurang"],[60,"Cukup"]]')).toEqual({ value: 'Cukup' });
  expect(json('TERBILANG', '12,5')).toEqual({
    error: '#VALUE!',
    message: 'terbilang hanya untuk bilangan bulat, bukan 12,5; bulatkan dulu',
  });
});

test.each<[string[], RegExp]>([
  [['TIDAKADA', '1'], /Fungsi tidak dikenal: TIDAKADA/],
  [[], /Pemakaian: lkj fungsi/],
  [['CAPAIAN', '1'], /CAPAIAN menerima 2–3 argumen \(target, realisasi, \[arah\]\), bukan 1/],
  [['ANGKA', '1', '2'], /ANGKA menerima 1 argumen/],
])('bad usage %p: a message and exit 2', (args, message) => {
  const run = lkj(...args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
});
