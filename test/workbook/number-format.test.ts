import { numberFormatEffect } from '../../src/workbook/number-format';

describe('numberFormatEffect', () => {
  it.each([
    [undefined, { percent: false }],
    ['General', { percent: false }],
    ['@', { percent: false }],
    ['0.00%', { percent: true, decimals: 2 }],
    ['0%', { percent: true, decimals: 0 }],
    ['#,##0', { percent: false, decimals: 0 }],
    ['#,##0.0', { percent: false, decimals: 1 }],
    ['0.0#', { percent: false, decimals: 2 }],
    ['_(* #,##0.00_);_(* (#,##0.00);_(* "-"_);_(@_)', { percent: false, decimals: 2 }],
    ['0.00 "%"', { percent: false, decimals: 2 }],
    ['[$Rp-421] #,##0', { percent: false, decimals: 0 }],
  ])('%s', (numFmt, effect) => {
    expect(numberFormatEffect(numFmt)).toEqual(effect);
  });
});
