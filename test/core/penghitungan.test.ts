import { parseExpression, parseSteps, statedDecimals, valueOf } from '../../src/core/penghitungan';

describe('penghitungan arithmetic', () => {
  it.each<[string, number | undefined]>([
    ['(12+12+12) / (12 x 3) x 100 %', 100],
    ['1.050 + 2,5', 1052.5],
    ['-3 + 5', 2],
    ['2 − 3', -1],
    ['10 ÷ 4', 2.5],
    ['(1 + 2', undefined],
    ['Tw1 + Tw2', undefined],
    ['1923.283.100 + 1', undefined],
    ['', undefined],
  ])('%s', (text, value) => {
    const expr = parseExpression(text);
    expect(expr === undefined ? undefined : valueOf(expr)).toBe(value);
  });
});

describe('lenient reading', () => {
  it.each<[string, number | undefined]>([
    ['(12+12+12) Dokumen / (12 x 3 Dokumen) x 100 %', 100],
    ['Tw1 (2 + 3)', 5],
    ['Tw1 + 2', undefined],
    ['[40 : 42] X 100', (40 / 42) * 100],
    ['40 / 42 x100', (40 / 42) * 100],
    ['Survei kepuasan masyarakat', undefined],
    ['(40 / 42 x 100', undefined],
  ])('%s', (text, value) => {
    const expr = parseExpression(text, { lenient: true });
    expect(expr === undefined ? undefined : valueOf(expr)).toBe(value);
  });
});

describe('parseSteps', () => {
  it('splits at = and keeps positions and the decimals written', () => {
    const steps = parseSteps('(81,25+89,51+83,84+82,14)/4 = 336,6/4 =  84,25');
    expect(steps.map((step) => step.text)).toEqual([
      '(81,25+89,51+83,84+82,14)/4',
      '336,6/4',
      '84,25',
    ]);
    const [sum, mean, result] = steps.map((step) => step.expr);
    expect(sum && valueOf(sum)).toBeCloseTo(84.185, 9);
    expect(mean && statedDecimals(mean)).toBe(1);
    expect(result).toMatchObject({ type: 'number', value: 84.25, decimals: 2, start: 0, end: 5 });
    expect(mean).toMatchObject({ type: 'binary', op: '/', start: 0, end: 7 });
  });

  it('a step holding words is a label, not arithmetic', () => {
    const [label, sum] = parseSteps('Nilai IKM (Tw1 + Tw2) = (80 + 90) / 2');
    expect(label.expr).toBeUndefined();
    expect(sum.expr && valueOf(sum.expr)).toBe(85);
  });

  it('40 / 42 x 100 % = 95,23: the percent mark changes nothing', () => {
    const [ratio, result] = parseSteps('40 / 42 x 100 % = 95,23');
    expect(ratio.expr && valueOf(ratio.expr)).toBeCloseTo(95.238, 3);
    expect(ratio.expr).toMatchObject({ start: 0, end: 13 });
    expect(result.expr).toMatchObject({ value: 95.23, decimals: 2 });
  });
});
