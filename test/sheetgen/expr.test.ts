/**
 * Each expression constructor's formula text and value, the formula evaluated by HyperFormula over
 * the same cells: the value an expression gives is the one its formula computes, errors and
 * empty results included.
 */
import {
  add,
  averageIf,
  average,
  countIf,
  BLANK,
  concat,
  count,
  div,
  EMPTY,
  eq,
  group,
  gt,
  gte,
  ifError,
  iff,
  index,
  isNumber,
  linked,
  lt,
  matchExact,
  max,
  mul,
  not,
  num,
  or,
  range,
  countBelow,
  reference,
  round,
  rows,
  sub,
  sum,
  text,
  type Expr,
} from '../../src/sheetgen/expr';
import { capaianOf, predikatOf, sumOf, unlessEmpty } from '../../src/sheetgen/formulas';
import { asResult, evaluate, type EngineValue } from '../evaluasi/hf-engine';

// The cells of the sheet the formulas are evaluated on (column A), as the expressions know them.
const five = reference('A1', num(5));
const zero = reference('A2', num(0));
const blank = reference('A3', BLANK);
const half = reference('A4', num(2.5));
const error = reference('A5', div(num(1), num(0)));
const word = reference('A6', text('abc'));
const column = range('A1', 'A4', [five, zero, blank, half]);
const all = range('A1', 'A6', [five, zero, blank, half, error, word]);
const onPk = (row: number) => ({ sheet: 'PK IFS', row, col: 5 });

const CASES: [string, Expr, string, string | number][] = [
  ['a number', num(2.5), '2.5', 2.5],
  ['a text', text('Sangat berhasil'), '"Sangat berhasil"', 'Sangat berhasil'],
  ['a cell', five, 'A1', 5],
  ['a blank cell', add(blank, num(0)), 'A3+0', 0],
  ['another sheet, number', linked(onPk(5), 'number', 80), "'PK IFS'!E5", 80],
  ['percent format', linked(onPk(7), 'percent-format', 95.23), "'PK IFS'!E7*100", 95.23],
  ['text', linked(onPk(6), 'text', 95.23), `NUMBERVALUE('PK IFS'!E6,",",".")`, 95.23],
  [
    'text percent',
    linked(onPk(8), 'text-percent', 95.23),
    `NUMBERVALUE('PK IFS'!E8,",",".")*100`,
    95.23,
  ],
  ['parentheses as written', mul(group(num(3)), num(2)), '(3)*2', 6],
  ['precedence', div(sub(mul(num(2), half), five), half), '(2*A4-A1)/A4', 0],
  ['a product on the right', sub(five, mul(num(2), half)), 'A1-2*A4', 0],
  ['a sum on the right', sub(five, add(half, half)), 'A1-(A4+A4)', 0],
  ['division by zero', div(five, zero), 'A1/A2', '#DIV/0!'],
  ['an error flows on', mul(error, num(100)), 'A5*100', '#DIV/0!'],
  ['text join, decimal comma', concat(half, text(' / '), five), 'A4&" / "&A1', '2,5 / 5'],
  ['text join, blank', concat(blank, text('x')), 'A3&"x"', 'x'],
  ['text join, error', concat(error, text('x')), 'A5&"x"', '#DIV/0!'],
  ['blank equals ""', eq(blank, EMPTY), 'A3=""', 'TRUE'],
  ['zero is not ""', eq(zero, EMPTY), 'A2=""', 'FALSE'],
  ['greater', gt(five, half), 'A1>A4', 'TRUE'],
  ['at least', gte(half, num(2.5)), 'A4>=2.5', 'TRUE'],
  ['text after numbers', gt(word, five), 'A6>A1', 'TRUE'],
  ['comparing an error', eq(error, EMPTY), 'A5=""', '#DIV/0!'],
  ['IF', iff(eq(zero, num(0)), text('nol'), text('bukan')), 'IF(A2=0,"nol","bukan")', 'nol'],
  ['IF on an error', iff(error, five, zero), 'IF(A5,A1,A2)', '#DIV/0!'],
  ['OR', or(eq(five, EMPTY), eq(blank, EMPTY)), 'OR(A1="",A3="")', 'TRUE'],
  ['OR with an error', or(eq(blank, EMPTY), eq(error, EMPTY)), 'OR(A3="",A5="")', '#DIV/0!'],
  ['NOT', not(isNumber(word)), 'NOT(ISNUMBER(A6))', 'TRUE'],
  ['less', lt(half, five), 'A4<A1', 'TRUE'],
  ['COUNTIF text, any case', countIf(all, text('ABC')), 'COUNTIF(A1:A6,"ABC")', 1],
  ['COUNTIF a number', countIf(all, num(0)), 'COUNTIF(A1:A6,0)', 1],
  ['AVERAGEIF', averageIf(column, num(5), column), 'AVERAGEIF(A1:A4,5,A1:A4)', 5],
  [
    'AVERAGEIF over no number',
    averageIf(all, text('abc'), all),
    'AVERAGEIF(A1:A6,"abc",A1:A6)',
    '#DIV/0!',
  ],
  [
    'IFERROR',
    ifError(averageIf(all, text('abc'), all), text('-')),
    'IFERROR(AVERAGEIF(A1:A6,"abc",A1:A6),"-")',
    '-',
  ],
  ['IFERROR without error', ifError(half, text('-')), 'IFERROR(A4,"-")', 2.5],
  ['numbers below', countBelow(column, half), 'COUNTIF(A1:A4,"<"&A4)', 1],
  ['numbers below a fraction', countBelow(all, num(2.4)), 'COUNTIF(A1:A6,"<"&2.4)', 1],
  ['MATCH exact', matchExact(text('abc'), all), 'MATCH("abc",A1:A6,0)', 6],
  ['MATCH none', matchExact(num(9), column), 'MATCH(9,A1:A4,0)', '#N/A'],
  ['INDEX', index(column, num(4)), 'INDEX(A1:A4,4)', 2.5],
  ['ROWS', rows(all), 'ROWS(A1:A6)', 6],
  ['ISNUMBER of an error', isNumber(error), 'ISNUMBER(A5)', 'FALSE'],
  ['COUNT', count(five, blank, word, error), 'COUNT(A1,A3,A6,A5)', 1],
  ['COUNT of a range', count(column), 'COUNT(A1:A4)', 3],
  ['SUM skips text and blanks', sum(five, blank, half, word), 'SUM(A1,A3,A4,A6)', 7.5],
  ['SUM of a range', sum(column), 'SUM(A1:A4)', 7.5],
  ['SUM with an error', sum(five, error), 'SUM(A1,A5)', '#DIV/0!'],
  ['AVERAGE of a range', average(column), 'AVERAGE(A1:A4)', 2.5],
  ['AVERAGE of nothing', average(blank), 'AVERAGE(A3)', '#DIV/0!'],
  ['MAX', max(num(0), sub(half, five)), 'MAX(0,A4-A1)', 0],
  ['ROUND away binary noise', round(num(94.99999999999), 9), 'ROUND(94.99999999999,9)', 95],
  ['ROUND half away from zero', round(num(-2.5), 0), 'ROUND(-2.5,0)', -3],
  [
    'unlessEmpty, an empty operand',
    unlessEmpty([five, blank], five),
    'IF(OR(A1="",A3=""),"",A1)',
    '',
  ],
  ['unlessEmpty, one operand', unlessEmpty([half], half), 'IF(A4="","",A4)', 2.5],
  ['unlessEmpty, otherwise', unlessEmpty([blank], five, num(7)), 'IF(A3="",7,A1)', 7],
  [
    'unlessEmpty, an error',
    unlessEmpty([error, five], five),
    'IF(OR(A5="",A1=""),"",A1)',
    '#DIV/0!',
  ],
  ['capaian naik', capaianOf('naik', five, half), 'IF(OR(A1="",A4=""),"",A1/A4*100)', 200],
  ['capaian turun', capaianOf('turun', half, five), 'IF(OR(A4="",A1=""),"",(2*A1-A4)/A1*100)', 150],
  [
    'capaian, target 0',
    capaianOf('naik', five, zero),
    'IF(OR(A1="",A2=""),"",A1/A2*100)',
    '#DIV/0!',
  ],
  [
    'predikat',
    predikatOf('LKJ', num(94.99999999999)),
    'IF(94.99999999999="","",IF(ROUND(94.99999999999,9)>=95,"Sangat berhasil",' +
      'IF(ROUND(94.99999999999,9)>=80,"Berhasil",IF(ROUND(94.99999999999,9)>=50,' +
      '"Cukup berhasil","Tidak berhasil"))))',
    'Sangat berhasil',
  ],
  [
    'predikat below the scale',
    predikatOf('IKM', num(20)),
    'IF(20="","",IF(ROUND(20,9)>=88.31,"A (Sangat Baik)",IF(ROUND(20,9)>=76.61,"B (Baik)",' +
      'IF(ROUND(20,9)>=65,"C (Kurang Baik)",IF(ROUND(20,9)>=25,"D (Tidak Baik)","")))))',
    '',
  ],
  [
    'predikat of an error',
    predikatOf('P86', error),
    expect.stringMatching(/^IF\(A5="",""/) as never,
    '#DIV/0!',
  ],
  [
    'SUM in groups of 200',
    sumOf(Array.from({ length: 201 }, () => five)),
    `SUM(SUM(${Array(200).fill('A1').join(',')}),SUM(A1))`,
    1005,
  ],
];

/**
 * Where HyperFormula departs from Excel: it cannot read a doubled quote, takes "" as 0 in
 * arithmetic, and gives a blank cell back from IF as nothing.
 */
const EXCEL_ONLY: [string, Expr, string, string | number][] = [
  ['a text, quotes doubled', text('a"b'), '"a""b"', 'a"b'],
  ['empty text in arithmetic', add(five, EMPTY), 'A1+""', '#VALUE!'],
  ['IF gives a blank cell as 0', iff(eq(zero, num(0)), blank, five), 'IF(A2=0,A3,A1)', 0],
];

test.each(EXCEL_ONLY)('as in Excel: %s', (_, expr, formula, value) => {
  expect(expr.formula()).toBe(formula);
  expect(expr.value()).toBe(value);
});

/** The engine's value as an expression gives it: TRUE/FALSE in capitals, a decimal comma in text. */
function shown(value: EngineValue): string | number | null {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const result = asResult(value);
  return typeof result === 'string' && !result.startsWith('#') ? result.replace('.', ',') : result;
}

/** Column A holds the cells above; column C the formula of each case, one a row. */
function sheet(): (string | number | null)[][] {
  const cells: (string | number | null)[] = [5, 0, null, 2.5, '=1/0', "'abc"];
  return CASES.map(([, expr], i) => [cells[i] ?? null, null, `=${expr.formula()}`]);
}

const PK_COLUMN_E: (string | number | null)[] = [80, "'95,23", 0.9523, "'95,23%"];

describe('an expression gives what its formula computes', () => {
  const engine = evaluate({
    Sheet1: sheet(),
    'PK IFS': [[], [], [], [], ...PK_COLUMN_E.map((value) => [null, null, null, null, value])],
  });
  afterAll(() => engine.destroy());

  test.each(CASES.map((testCase, i) => [...testCase, i + 1] as const))(
    '%s',
    (_, expr, formula, value, row) => {
      expect(expr.formula()).toEqual(formula);
      const [result, computed] = [expr.value(), shown(engine.value('Sheet1', row, 3))];
      if (typeof value === 'number') {
        expect(result).toBeCloseTo(value, 9);
        expect(computed).toBeCloseTo(value, 9);
      } else {
        expect(result).toBe(value);
        expect(computed).toBe(value);
      }
    },
  );
});
