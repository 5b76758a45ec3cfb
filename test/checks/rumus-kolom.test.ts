import { rule } from '../../src/checks/rumus-kolom';
import { rule as efisiensiSalah } from '../../src/checks/efisiensi-salah';
import type { ColumnEquation } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const col = (c: number) => ({ type: 'column' as const, col: c });
/** `5 = 2 + 3 + 4` */
const SUM: ColumnEquation = {
  text: '5 = 2 + 3 + 4',
  resultCol: 5,
  expression: {
    type: 'binary',
    op: '+',
    left: { type: 'binary', op: '+', left: col(2), right: col(3) },
    right: col(4),
  },
};
/** `6 = 5 / 1 x 100` */
const PERCENT: ColumnEquation = {
  text: '6 = 5 / 1 x 100',
  resultCol: 6,
  expression: {
    type: 'binary',
    op: '*',
    left: { type: 'binary', op: '/', left: col(5), right: col(1) },
    right: { type: 'number', value: 100 },
  },
};
/** `7=5-6` */
const DIFFERENCE: ColumnEquation = {
  text: '7=5-6',
  resultCol: 7,
  expression: { type: 'binary', op: '-', left: col(5), right: col(6) },
};

describe('rumus-kolom', () => {
  it.each<[string, CellInput[], string[]]>([
    ['both equations hold', [400, 100, 100, 100, 300, 75], []],
    [
      'sum broken',
      [400, 100, 100, 100, 310, 77.5],
      ['E2 Rumus kolom 5 = 2 + 3 + 4: tertulis 310, seharusnya 300 (100 + 100 + 100)'],
    ],
    [
      'percentage broken, stated with decimals',
      [400, 100, 100, 100, 300, '75,5'],
      ['F2 Rumus kolom 6 = 5 / 1 x 100: tertulis 75,5, seharusnya 75 (300 / 400 × 100)'],
    ],
    ['a stated "-" operand counts as 0', [400, 100, '-', 100, 200, 50], []],
    // Quarters not filled yet: the total is disputed only when it is none of the sum of the
    // filled parts, one of them (a level's last quarter) or their mean.
    ['an empty operand, the total the sum of the filled ones', [400, 100, null, 100, 200, 50], []],
    ['an empty operand, the total the last filled part', [400, 80, 90, null, 90, 22.5], []],
    ['an empty operand, the total the mean of the filled ones', [400, 80, 60, null, 70, 17.5], []],
    [
      'every part filled: the sum is the rule, a mean is disputed',
      [400, 80, 60, 0, 70, 17.5],
      ['E2 Rumus kolom 5 = 2 + 3 + 4: tertulis 70, seharusnya 140 (80 + 60 + 0)'],
    ],
    ['only zeros filled: nothing to tell', [400, 0, null, null, 5, 1.25], []],
    [
      'an empty operand, the total none of these (a typed 0 under 25 + 25)',
      [400, 25, 25, null, 0, 0],
      ['E2 Rumus kolom 5 = 2 + 3 + 4: tertulis 0, seharusnya 50 (25 + 25 + kosong)'],
    ],
    ['an empty result: nothing to check', [400, 100, 100, 100, null, null], []],
    [
      'an empty total that a capaian formula divides (the capaian reads 0 %)',
      [400, 100, null, 100, null, { value: 0, formula: 'E2/A2*100' }],
      [
        'E2 Rumus kolom 5 = 2 + 3 + 4: sel kosong, padahal bahannya terisi (100 + kosong + 100); ' +
          'capaian F2 dihitung dari sel kosong ini',
      ],
    ],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(rule, [
      {
        kind: 'renja',
        roles: ['target', 'triwulan', 'triwulan', 'triwulan', 'realisasi', 'capaian'],
        rows: [row],
        equations: [SUM, PERCENT],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('takes the mean of the reached quarters, a 0 typed ahead left out (80, 60, empty, 0 → 70)', () => {
    const quarters: ColumnEquation = {
      text: '5 = 1+2+3+4',
      resultCol: 5,
      expression: {
        type: 'binary',
        op: '+',
        left: { type: 'binary', op: '+', left: col(1), right: col(2) },
        right: { type: 'binary', op: '+', left: col(3), right: col(4) },
      },
    };
    const roles = ['triwulan', 'triwulan', 'triwulan', 'triwulan', 'realisasi'] as const;
    const check = (row: CellInput[]) =>
      findingsOf(rule, [{ kind: 'renja', roles: [...roles], rows: [row], equations: [quarters] }]);
    expect(check([80, 60, null, 0, 70])).toEqual([]);
    expect(check([80, 60, null, 0, 75]).map((f) => f.message)).toEqual([
      'Rumus kolom 5 = 1+2+3+4: tertulis 75, seharusnya 140 (80 + 60 + kosong + 0)',
    ]);
  });

  it('parenthesises a subtraction on the right of a subtraction', () => {
    const nested: ColumnEquation = {
      text: '3 = 1 - (2 - 1)',
      resultCol: 3,
      expression: {
        type: 'binary',
        op: '-',
        left: col(1),
        right: { type: 'binary', op: '-', left: col(2), right: col(1) },
      },
    };
    const [finding] = findingsOf(rule, [
      {
        kind: 'renja',
        roles: ['target', 'realisasi', 'capaian'],
        rows: [[5, 8, 9]],
        equations: [nested],
      },
    ]);
    expect(finding.message).toBe(
      'Rumus kolom 3 = 1 - (2 - 1): tertulis 9, seharusnya 2 (5 − (8 − 5))',
    );
  });

  it('leaves an efisiensi that breaks 7=5-6 to efisiensi-salah (one slip, one finding)', () => {
    const findings = findingsOf(
      [rule, efisiensiSalah],
      [
        {
          kind: 'efisiensi',
          roles: [
            'no',
            'indikator',
            'program',
            'indikator',
            'capaian-kinerja',
            'capaian-anggaran',
            'efisiensi',
          ],
          rows: [
            [1, 'A', 'P', 'APBdes', '100%', '100%', '-'],
            [2, 'A', 'P', 'LPPdes', '85,23%', '100%', '-'],
          ],
          equations: [DIFFERENCE],
        },
      ],
    );
    expect(findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['efisiensi-salah@G3']);
  });
});

describe('rumus-kolom: a % column under a bare ratio (5 = 4/3) holds the ratio × 100', () => {
  /** `3 = 2/1` over Target | Realisasi | the third column's header. */
  const RATIO: ColumnEquation = {
    text: '3 = 2/1',
    resultCol: 3,
    expression: { type: 'binary', op: '/', left: col(2), right: col(1) },
  };
  it.each<[string, string, CellInput, string[]]>([
    ['a "%" column holding 90', '%', 90, []],
    ['a "%" column holding the literal ratio', '%', 0.9, []],
    ['a Persentase column', 'Persentase', 90, []],
    ['a percent-formatted cell (0,9 shown 90 %)', 'Capaian', { value: 0.9, numFmt: '0%' }, []],
    [
      'negative: a wrong percentage is still wrong',
      '%',
      95,
      ['C2 Rumus kolom 3 = 2/1: tertulis 95, seharusnya 90 (90 / 100 × 100)'],
    ],
    [
      'negative: a column without percent holds the ratio itself',
      'Rasio',
      90,
      ['C2 Rumus kolom 3 = 2/1: tertulis 90, seharusnya 0,9 (90 / 100)'],
    ],
  ])('%s', (_name, header, stated, expected) => {
    const findings = findingsOf(rule, [
      {
        kind: 'capaian',
        roles: ['target', 'realisasi', 'lain'],
        headers: ['Target', 'Realisasi', header],
        rows: [[100, 90, stated]],
        equations: [RATIO],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
  });
});
