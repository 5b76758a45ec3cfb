/**
 * The "Pengolahan SKM" sheet evaluated by a real engine (HyperFormula) over the raw answers of
 * real .xlsx files: every formula gives the value cached beside it, and the NRR, IKM and mutu
 * are those SKM.md's formulas give, computed here on their own from the answers (blanks left out
 * of the divisor, both weights, both unsur orders, a Jenis Layanan split, trailing empty rows).
 */
import fc from 'fast-check';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { skmGenerator, type SkmOptions } from '../../src/skm';
import { outputSheet } from '../../src/sheetgen/output-marker';
import type { SheetSpec, SpecCell } from '../../src/sheetgen/sheet-spec';
import { finish } from '../../src/core/steps';
import { detectTables } from '../../src/workbook/detect';
import { toA1, type WorkbookModel } from '../../src/workbook/model';
import { asResult, evaluateSpecIn, type EngineValue, type Evaluated } from '../evaluasi/hf-engine';
import {
  respondentsWithSums,
  surveyWorkbook,
  type Respondent,
  type SurveySheet,
} from '../support/skm-xlsx';

async function generated(
  spec: SurveySheet,
  options: SkmOptions = {},
): Promise<{ model: WorkbookModel; sheet: SheetSpec; engine: Evaluated }> {
  const model = await readXlsx(await surveyWorkbook(spec));
  const facts = new WorkbookFacts(model, detectTables(model), { tahun: 2024 });
  const plan = finish(skmGenerator.plan(facts, options));
  const sheet = finish(outputSheet(skmGenerator, plan, model.sheets, options));
  return { model, sheet, engine: evaluateSpecIn(model, sheet) };
}

function expectSame(engine: EngineValue, cached: SpecCell['result'], where: string): void {
  if (typeof cached === 'number') {
    expect([where, typeof engine]).toEqual([where, 'number']);
    expect(Math.abs((engine as number) - cached)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(cached)),
    );
  } else {
    expect([where, asResult(engine)]).toEqual([where, cached ?? '']);
  }
}

/** Every formula gives, in the engine, the value cached beside it; none gives an error. */
function expectEveryFormula(sheet: SheetSpec, engine: Evaluated): void {
  for (const cell of sheet.cells) {
    if (cell.formula === undefined) continue;
    const where = `${toA1(cell.row, cell.col)} =${cell.formula}`;
    const value = engine.value(sheet.name, cell.row, cell.col);
    expect([
      where,
      typeof asResult(value) === 'string' && String(asResult(value)).startsWith('#'),
    ]).toEqual([where, false]);
    expectSame(value, cell.result, where);
  }
}

/** The row whose column `col` holds `label`. */
function rowOf(sheet: SheetSpec, label: string | RegExp, col = 2): number {
  const found = sheet.cells.find(
    (cell) =>
      cell.col === col &&
      typeof cell.value === 'string' &&
      (typeof label === 'string' ? cell.value === label : label.test(cell.value)),
  );
  if (!found) throw new Error(`no row ${String(label)}`);
  return found.row;
}

/** The per-unsur rows: U1 … U9 in column A under the header. */
function unsurRow(sheet: SheetSpec, nomor: number): number {
  return rowOf(sheet, `U${nomor}`, 1);
}

const SUMS = [105, 101, 100, 116, 102, 105, 106, 105, 115];

describe('the worked example of SKM.md §5 (29 respondents)', () => {
  it.each([
    [{}, 91.48],
    [{ bobot: '0,111' } as SkmOptions, 91.38],
  ])('options %j: IKM %p', async (options, ikm) => {
    const { sheet, engine } = await generated(
      { respondents: respondentsWithSums(29, SUMS), title: 'DATA SKM' },
      options,
    );
    expectEveryFormula(sheet, engine);
    const at = (row: number, col: number) => engine.value(sheet.name, row, col);
    for (let nomor = 1; nomor <= 9; nomor++) {
      const row = unsurRow(sheet, nomor);
      expect(at(row, 4)).toBe(SUMS[nomor - 1]);
      expect(at(row, 5)).toBe(29);
      expect(at(row, 6)).toBeCloseTo(SUMS[nomor - 1] / 29, 12);
    }
    const ikmRow = rowOf(sheet, /^IKM Unit Pelayanan/);
    expect(Math.round((at(ikmRow, 7) as number) * 100) / 100).toBe(ikm);
    expect(at(ikmRow, 9)).toBe('A');
    expect(at(ikmRow, 10)).toBe('Sangat Baik');
    // Both weights give A: the other convention's row stays empty.
    expect(at(ikmRow + 1, 7)).toBe('');
    expect(sheet.cells.find((c) => c.row === ikmRow + 1 && c.col === 2)?.value).toMatch(
      `bobot ${options.bobot === '0,111' ? '1/9' : '0,111'}`,
    );
    // Lowest three: U3 86,21, U2 87,07, U5 87,93 (SKM.md §8).
    const rtl = rowOf(sheet, 'Prioritas Unsur') + 1;
    expect([at(rtl, 2), at(rtl + 1, 2), at(rtl + 2, 2)]).toEqual([
      'Waktu Penyelesaian',
      'Sistem, Mekanisme, dan Prosedur',
      'Produk Spesifikasi Jenis Pelayanan',
    ]);
    expect(Math.round((at(rtl, 3) as number) * 100) / 100).toBe(86.21);
  });

  it('states the weight in one cell every NRR tertimbang refers to', async () => {
    const { sheet } = await generated({ respondents: respondentsWithSums(29, SUMS) });
    const weightRow = rowOf(sheet, 'Bobot per unsur', 1);
    const weight = sheet.cells.find((c) => c.row === weightRow && c.col === 3);
    expect(weight?.formula).toBe('1/9');
    for (let nomor = 1; nomor <= 9; nomor++) {
      const cell = sheet.cells.find((c) => c.row === unsurRow(sheet, nomor) && c.col === 7);
      expect(cell?.formula).toContain(`$C$${weightRow}`);
    }
  });
});

describe('where the other weight changes the mutu letter (SKM.md §5: 88,35 × 0,999 is B)', () => {
  // 20 respondents, Σ 636 over 9 × 20 answers: IKM 88,333 with 1/9 (A), 88,245 with 0,111 (B).
  const respondents = respondentsWithSums(20, [71, 71, 71, 71, 71, 71, 70, 70, 70]);

  it.each([
    [{} as SkmOptions, 'A', 88.245, 'B'],
    [{ bobot: '0,111' } as SkmOptions, 'B', 88.3333, 'A'],
  ])(
    'options %j: mutu %s, and the other weight’s IKM %p with %s',
    async (options, mutu, other, otherMutu) => {
      const { sheet, engine } = await generated({ respondents }, options);
      expectEveryFormula(sheet, engine);
      const ikmRow = rowOf(sheet, /^IKM Unit Pelayanan/);
      expect(engine.value(sheet.name, ikmRow, 9)).toBe(mutu);
      expect(engine.value(sheet.name, ikmRow + 1, 7)).toBeCloseTo(other, 4);
      expect(engine.value(sheet.name, ikmRow + 1, 9)).toBe(otherMutu);
      engine.destroy();
    },
  );
});

/** The mutu letter by SKM.md §6, on a value rounded to two decimals. */
function mutuOf(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded >= 88.31 ? 'A' : rounded >= 76.61 ? 'B' : rounded >= 65 ? 'C' : 'D';
}

describe('mutu at the band edges', () => {
  /**
   * One unsur's answers giving NRR × 25 at an edge: n answers summing to s, s/n × 25 ≈ edge.
   * 64,99 … 88,31 are reached exactly enough at two decimals by these counts.
   */
  it.each([
    [64.99, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
  ])('a value of %p is %s, in the sheet as in the table', async (edge, letter) => {
    // Nine unsur alike; the sheet's mutu formula reads its konversi cell, here replaced by the edge.
    const { sheet, model } = await generated({
      respondents: respondentsWithSums(
        4,
        SUMS.map(() => 12),
      ),
    });
    const row = unsurRow(sheet, 1);
    const cells = sheet.cells.map((cell) =>
      cell.row === row && cell.col === 8 ? { row, col: 8, value: edge } : cell,
    );
    const engine = evaluateSpecIn(model, { ...sheet, cells });
    expect(engine.value(sheet.name, row, 9)).toBe(letter);
    expect(mutuOf(edge)).toBe(letter);
    engine.destroy();
  });
});

const answer = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const respondent = fc.record({
  jenisKelamin: fc.constantFrom<'L' | 'P'>('L', 'P'),
  pendidikan: fc.constantFrom('SD', 'SMA', 'S1'),
  pekerjaan: fc.constantFrom('PNS', 'Swasta'),
  layanan: fc.constantFrom('KTP', 'Akta', 'KK'),
  answers: fc.array(answer, { minLength: 9, maxLength: 9 }),
});

describe('random surveys', () => {
  it('NRR per unsur, IKM under both weights, mutu and the split: as SKM.md computes them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(respondent, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<SurveySheet['order']>('kuesioner', 'ruang-lingkup'),
        fc.constantFrom<SurveySheet['headers']>('nomor-nama', 'nama'),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<SkmOptions['bobot']>('1/9', '0,111'),
        async (respondents, order, headers, trailingEmpty, bobot) => {
          const { sheet, engine } = await generated(
            { respondents, order, headers, trailingEmpty },
            { bobot },
          );
          expectEveryFormula(sheet, engine);
          const at = (row: number, col: number) => engine.value(sheet.name, row, col);
          const nrr = expectedNrr(respondents);
          nrr.forEach((value, i) => {
            const got = at(unsurRow(sheet, i + 1), 6);
            if (value === undefined) expect(got).toBe('');
            else expect(got).toBeCloseTo(value, 10);
          });
          const ikmRow = rowOf(sheet, /^IKM Unit Pelayanan/);
          if (nrr.every((v) => v !== undefined)) {
            const total = (nrr as number[]).reduce((a, b) => a + b, 0);
            const w = bobot === '0,111' ? 0.111 : 1 / 9;
            const ikm = total * w * 25;
            expect(at(ikmRow, 7)).toBeCloseTo(ikm, 9);
            expect(at(ikmRow, 9)).toBe(mutuOf(ikm));
            const other = total * (bobot === '0,111' ? 1 / 9 : 0.111) * 25;
            if (mutuOf(other) === mutuOf(ikm)) expect(at(ikmRow + 1, 7)).toBe('');
            else expect(at(ikmRow + 1, 7)).toBeCloseTo(other, 9);
          } else {
            expect(at(ikmRow, 7)).toBe('');
          }
          const splitTitle = rowOf(sheet, /^Hasil per Jenis Layanan/, 1);
          for (
            let row = splitTitle + 2;
            typeof at(row, 1) === 'string' && at(row, 1) !== '';
            row++
          ) {
            const group = respondents.filter((r) => r.layanan === at(row, 1));
            expect(at(row, 2)).toBe(group.length);
            expectedNrr(group).forEach((value, i) => {
              const got = at(row, 3 + i);
              if (value === undefined) expect(got).toBe('');
              else expect(got).toBeCloseTo(value, 10);
            });
          }
          engine.destroy();
        },
      ),
      { numRuns: 15 },
    );
  });
});

/** NRR per unsur (kuesioner order): Σ of the filled answers / their number (SKM.md §5). */
function expectedNrr(respondents: readonly Respondent[]): (number | undefined)[] {
  return Array.from({ length: 9 }, (_, j) => {
    const filled = respondents
      .map((r) => r.answers[j])
      .filter((value): value is number => typeof value === 'number');
    return filled.length === 0 ? undefined : filled.reduce((a, b) => a + b, 0) / filled.length;
  });
}

describe('characteristics and sample', () => {
  it('counts each characteristic with COUNTIF and reads the Krejcie–Morgan minimum of the stated N', async () => {
    const respondents = respondentsWithSums(29, SUMS);
    const { sheet, engine } = await generated({ respondents, population: 1000 });
    expectEveryFormula(sheet, engine);
    const at = (row: number, col: number) => engine.value(sheet.name, row, col);
    const jk = rowOf(sheet, 'Jenis Kelamin');
    const women = respondents.filter((r) => r.jenisKelamin === 'P').length;
    expect([at(jk, 3), at(jk, 4), at(jk + 1, 3), at(jk + 1, 4)]).toEqual([
      'P',
      women,
      'L',
      29 - women,
    ]);
    expect(at(jk, 5)).toBeCloseTo((women / 29) * 100, 10);
    expect([at(jk + 2, 3), at(jk + 2, 4), at(jk + 2, 5)]).toEqual(['Jumlah', 29, 100]);
    const minimum = rowOf(sheet, 'Sampel minimum', 1);
    expect(at(minimum - 1, 3)).toBe(1000);
    expect(at(minimum, 3)).toBe(278);
    expect(at(minimum + 2, 3)).toBe('Kurang 249 responden dari sampel minimum');
    engine.destroy();
  });
});
