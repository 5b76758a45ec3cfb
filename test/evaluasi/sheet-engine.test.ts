/**
 * The written sheet's formulas, evaluated by a real engine (HyperFormula), give what core
 * computes: for the Klakah sample and for 1,000 random indicator sets, both arah, every scale,
 * empty inputs and zero targets included.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { formatAngka } from '../../src/core/angka';
import { SCALE_NAMES } from '../../src/core/predikat';
import { ModelReader } from '../../src/workbook/cells';
import {
  EVALUASI_COLUMNS as COL,
  evaluasiSheet,
  evaluasiSheetName,
  evaluateRow,
  FIRST_DATA_ROW,
  INDICATOR_TYPES,
  INPUT_COUNT,
  planEvaluasi,
  type EvaluasiPlan,
  type CellRef,
  type EvaluasiRow,
  type EvaluasiTarget,
  type Result,
} from '../../src/evaluasi';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { detectTables } from '../../src/workbook/detect';
import type { Cell } from '../../src/workbook/model';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';
import { modelOf, sheetOf } from '../support/sheets';
import {
  asResult,
  evaluate,
  evaluateSpecIn,
  gridOfSheet,
  gridOfSpec,
  type EngineValue,
  type Evaluated,
} from './hf-engine';

function expectResult(engine: EngineValue, expected: Result): void {
  if (typeof expected === 'number') {
    expect(typeof engine).toBe('number');
    const difference = Math.abs((engine as number) - expected);
    expect(difference).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect(asResult(engine)).toBe(expected);
  }
}

function cached(spec: SheetSpec, row: number, col: number): Result {
  const cell = spec.cells.find((c) => c.row === row && c.col === col);
  if (cell?.formula === undefined)
    return cell?.value === undefined || cell.value === null ? '' : (cell.value as Result);
  return cell.result ?? '';
}

/** Every computed cell of every row: engine = core = the cached result. */
function expectRowsComputed(plan: EvaluasiPlan, spec: SheetSpec, engine: Evaluated): void {
  plan.rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    const core = evaluateRow(row, plan.scale);
    const at = (col: number) => engine.value(spec.name, r, col);
    expectResult(at(COL.hasil), core.hasil);
    expectResult(at(COL.capaian), core.capaian);
    expect(asResult(at(COL.predikat))).toBe(core.predikat);
    if (core.target !== '') expectResult(at(COL.target), core.target);
    // Excel writes the number into the text with the computer's decimal separator.
    expect(String(asResult(at(COL.penghitungan))).replace(/\./g, ',')).toBe(core.penghitungan);
    for (const col of [COL.hasil, COL.capaian, COL.predikat, COL.penghitungan]) {
      expect(cached(spec, r, col)).toEqual(
        col === COL.hasil
          ? core.hasil
          : col === COL.capaian
            ? core.capaian
            : col === COL.predikat
              ? core.predikat
              : core.penghitungan,
      );
    }
  });
}

describe('the Klakah sample, evaluated by HyperFormula', () => {
  test('IKM 84,185 (not 84,25), fasilitasi 40/42 × 100, dokumen desa 100', async () => {
    const model = await readXlsx(readFileSync('samples/klakah-2023.xlsx'));
    const plan = planEvaluasi(new WorkbookFacts(model, detectTables(model)));
    const spec = evaluasiSheet(
      plan,
      model.sheets.map((sheet) => sheet.name),
    );
    expect(spec.name).toBe('Evaluasi Penghitungan 2023');
    const engine = evaluateSpecIn(model, spec);
    try {
      expectRowsComputed(plan, spec, engine);
      const hasil = plan.rows.map((_, i) => engine.value(spec.name, FIRST_DATA_ROW + i, COL.hasil));
      expect(hasil[0]).toBeCloseTo(84.185, 10);
      expect(hasil[1]).toBeCloseTo(95.238095238, 8);
      expect(hasil[2]).toBe(100);
      const targets = plan.rows.map((_, i) =>
        engine.value(spec.name, FIRST_DATA_ROW + i, COL.target),
      );
      expect(targets).toEqual([90, 95.23, 95.23]);
      const predikat = plan.rows.map((_, i) =>
        engine.value(spec.name, FIRST_DATA_ROW + i, COL.predikat),
      );
      expect(predikat).toEqual(['Berhasil', 'Sangat berhasil', 'Sangat berhasil']);
      expect(engine.value(spec.name, FIRST_DATA_ROW + 1, COL.penghitungan)).toBe('40 / 42 × 100%');
    } finally {
      engine.destroy();
    }
  });
});

/** A target cell in each of the ways staff write one, and the cases that must not divide. */
const targetCell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.integer({ min: 1, max: 30000 }).map((n) => ({ value: n / 100 })),
  fc.integer({ min: 1, max: 20000 }).map((n) => ({ value: n / 10000, numFmt: '0.00%' })),
  fc.integer({ min: 1, max: 500000 }).map((n) => ({ value: formatAngka(n / 100) })),
  fc.integer({ min: 1, max: 30000 }).map((n) => ({ value: `${formatAngka(n / 100)} %` })),
  fc.constant({ value: 0 }),
  fc.constant(null),
);

const input = fc.option(
  fc.integer({ min: 0, max: 30000 }).map((n) => n / 100),
  { freq: 6 },
);

const indicator = fc.constantFrom(...INDICATOR_TYPES).chain((type) =>
  fc.record({
    type: fc.constant(type),
    arah: fc.constantFrom('naik' as const, 'turun' as const),
    inputs: fc.array(input, { minLength: INPUT_COUNT[type], maxLength: INPUT_COUNT[type] }),
    target: targetCell,
  }),
);

describe('random indicator sets, evaluated by HyperFormula', () => {
  test('every Hasil, Capaian and Predikat equals core (1,000 sets)', () => {
    const pkName = 'PK 2023';
    const sheetName = evaluasiSheetName(2023);
    const engine = evaluate({ [pkName]: [], [sheetName]: [] });
    try {
      fc.assert(
        fc.property(
          fc.array(indicator, { minLength: 1, maxLength: 6 }),
          fc.constantFrom(...SCALE_NAMES),
          (items, scale) => {
            const pk = sheetOf(pkName, [
              ['Indikator', 'Target'],
              ...items.map((item, i) => [`Indikator ${i + 1}`, item.target]),
            ]);
            const reader = new ModelReader(modelOf(pk));
            const rows = items.map((item, i) =>
              randomRow(reader, { sheet: pkName, row: i + 2, col: 2 }, item),
            );
            const plan: EvaluasiPlan = {
              year: 2023,
              scale,
              rows,
              signature: { jabatan: [] },
              notes: [],
            };
            const spec = evaluasiSheet(plan, [pkName]);
            engine.reload({ [pkName]: gridOfSheet(pk), [sheetName]: gridOfSpec(spec) });
            expectRowsComputed(plan, spec, engine);
          },
        ),
        { numRuns: 1000 },
      );
    } finally {
      engine.destroy();
    }
  });
});

/** A plan row as planEvaluasi makes it, its target read from the PK cell the way the planner reads it. */
function randomRow(
  reader: ModelReader,
  ref: CellRef,
  item: { type: EvaluasiRow['type']; arah: EvaluasiRow['arah']; inputs: (number | null)[] },
): EvaluasiRow {
  const found = reader.number(ref);
  const target: EvaluasiTarget =
    found === null
      ? { value: null }
      : found.reading === 'constant'
        ? { value: found.value }
        : { value: found.value, ref, reading: found.reading };
  return {
    id: `indikator${ref.row}`,
    indicator: `Indikator ${ref.row - 1}`,
    sasaran: '',
    type: item.type,
    typeFrom: 'pilihan',
    arah: item.arah,
    arahFrom: 'pilihan',
    formulasi: '',
    formulasiFromWorkbook: false,
    inputs: item.inputs,
    inputsFrom: null,
    target,
    stated: {},
    source: ref,
  };
}

describe('empty inputs and the sheet layout', () => {
  const row = (
    inputs: (number | null)[],
    type: EvaluasiRow['type'] = 'persentase',
  ): EvaluasiRow => ({
    id: 'x',
    indicator: '=HYPERLINK("http://contoh")',
    sasaran: '+62 sasaran',
    type,
    typeFrom: 'pilihan',
    arah: 'naik',
    arahFrom: 'bawaan',
    formulasi: '@SUM(A1)',
    formulasiFromWorkbook: true,
    inputs,
    inputsFrom: null,
    target: { value: 90 },
    stated: {},
    source: { sheet: 'PK', row: 1, col: 1 },
  });
  const planOf = (rows: EvaluasiRow[]): EvaluasiPlan => ({
    year: 2023,
    scale: 'LKJ',
    rows,
    signature: { jabatan: [] },
    notes: [],
  });

  test('an input left empty shows empty results, not #DIV/0!, and is marked for the staff', () => {
    const plan = planOf([row([40, null]), row([null, null, 83.84, 82.14], 'rata-rata')]);
    const spec = evaluasiSheet(plan, []);
    const engine = evaluateSpecIn(modelOf(), spec);
    try {
      for (const r of [FIRST_DATA_ROW, FIRST_DATA_ROW + 1]) {
        for (const col of [COL.penghitungan, COL.hasil, COL.capaian, COL.predikat]) {
          expect(engine.value(spec.name, r, col)).toBe('');
        }
      }
    } finally {
      engine.destroy();
    }
    const marked = spec.cells.filter((cell) => cell.highlight).map((cell) => [cell.row, cell.col]);
    expect(marked).toEqual([
      [FIRST_DATA_ROW, COL.penyebut],
      [FIRST_DATA_ROW + 1, COL.tw1],
      [FIRST_DATA_ROW + 1, COL.tw1 + 1],
    ]);
    expect(
      spec.cells.some((cell) => typeof cell.value === 'string' && /kuning/.test(cell.value)),
    ).toBe(true);
  });

  test('with no input known, Hasil shows the stated realisasi until the inputs are filled', () => {
    const fallback = { ...row([null, null]), hasilFallback: 93.65 };
    const filled = { ...row([40, 42]), hasilFallback: 93.65 };
    const plan = planOf([fallback, filled]);
    const spec = evaluasiSheet(plan, []);
    const engine = evaluateSpecIn(modelOf(), spec);
    try {
      expectRowsComputed(plan, spec, engine);
      expect(engine.value(spec.name, FIRST_DATA_ROW, COL.hasil)).toBe(93.65);
      expectResult(engine.value(spec.name, FIRST_DATA_ROW, COL.capaian), (93.65 / 90) * 100);
      // Filled in, the inputs count again.
      expectResult(engine.value(spec.name, FIRST_DATA_ROW + 1, COL.hasil), (40 / 42) * 100);
    } finally {
      engine.destroy();
    }
  });

  test('a capaian of 95 up to binary noise (2,09 / 2,2 × 100) is Sangat berhasil, in the engine and in core', () => {
    expect((2.09 / 2.2) * 100).toBeLessThan(95);
    const plan = planOf([{ ...row([2.09], 'nilai'), target: { value: 2.2 } }]);
    const spec = evaluasiSheet(plan, []);
    const engine = evaluateSpecIn(modelOf(), spec);
    try {
      expect(engine.value(spec.name, FIRST_DATA_ROW, COL.predikat)).toBe('Sangat berhasil');
      expect(evaluateRow(plan.rows[0], 'LKJ').predikat).toBe('Sangat berhasil');
    } finally {
      engine.destroy();
    }
  });

  test('workbook text is written as text values, never as formulas', () => {
    const spec = evaluasiSheet(planOf([row([1, 2])]), []);
    const texts = spec.cells.filter(
      (cell) => cell.row === FIRST_DATA_ROW && cell.col <= COL.formulasi && cell.col > COL.no,
    );
    expect(texts.map((cell) => [cell.value, cell.formula])).toEqual([
      ['+62 sasaran', undefined],
      ['=HYPERLINK("http://contoh")', undefined],
      ['@SUM(A1)', undefined],
    ]);
  });

  test('a taken name gets a number; a blank signature block to write on', () => {
    const spec = evaluasiSheet(planOf([row([1, 2])]), ['evaluasi penghitungan 2023']);
    expect(spec.name).toBe('Evaluasi Penghitungan 2023 (2)');
    const lines = spec.cells
      .filter((cell) => cell.col === COL.hasil && cell.row > FIRST_DATA_ROW + 1)
      .map((cell) => cell.value);
    expect(lines[0]).toMatch(/^…+, …+$/);
    expect(lines[lines.length - 1]).toMatch(/^NIP\. …+$/);
  });
});

describe('a workbook rating on the P86 scale', () => {
  test('its capaian table’s labels give the predikat formula P86 bands, in the engine too', () => {
    const capaian = sheetOf('BAB III', [
      ['Tabel 3.1 Capaian Kinerja Dinas Kesehatan Tahun 2024'],
      [],
      ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
      [1, 'Nilai SAKIP', 'nilai', 100, 95, 95, 'Sangat Tinggi'],
      [2, 'Nilai reformasi birokrasi', 'nilai', 100, 80, 80, 'Tinggi'],
      [3, 'Nilai evaluasi RKPD', 'nilai', 100, 70, 70, 'Sedang'],
      [4, 'Nilai kematangan SPIP', 'nilai', 100, 55, 55, 'Rendah'],
      [5, 'Nilai maturitas risiko', 'nilai', 100, 40, 40, 'Sangat Rendah'],
    ]);
    const model = modelOf(capaian);
    const plan = planEvaluasi(new WorkbookFacts(model, detectTables(model)));
    expect(plan.scale).toBe('P86');
    expect(plan.rows.map((row) => row.inputs)).toEqual([[95], [80], [70], [55], [40]]);
    const spec = evaluasiSheet(plan, ['BAB III']);
    const predikat = spec.cells.find(
      (cell) => cell.row === FIRST_DATA_ROW && cell.col === COL.predikat,
    );
    expect(predikat?.formula).toContain('>=91,"Sangat Tinggi"');
    const engine = evaluateSpecIn(model, spec);
    try {
      expectRowsComputed(plan, spec, engine);
      expect(
        plan.rows.map((_, i) => engine.value(spec.name, FIRST_DATA_ROW + i, COL.predikat)),
      ).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
    } finally {
      engine.destroy();
    }
  });
});
