/**
 * The Renja form's formulas, evaluated by a real engine (HyperFormula), give what core computes:
 * (12) by jenis, (13), (14), the footer's rata-rata and predikat, for random forms with every
 * jenis, quarters missing, target 0 and Rp above its pagu.
 */
import fc from 'fast-check';
import { akumulasiTahun } from '../../src/core/akumulasi';
import { predikat } from '../../src/core/predikat';
import {
  FIRST_DATA_ROW,
  footerResults,
  RENJA_COLUMNS as COL,
  renjaSheet,
  rowResults,
  type RenjaMeasure,
  type RenjaRow,
  type Triwulan,
} from '../../src/renja';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';
import { readFileSync } from 'node:fs';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { asResult, evaluate, gridOfSpec, type Evaluated } from '../evaluasi/hf-engine';
import { zipEntry } from '../evaluasi/zip-entry';
import { planOf, row } from './arbitraries';

const SHEET = 'Evaluasi Renja TW 1 2025';

function close(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'number' && typeof expected === 'number')
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

/** Every formula cell's engine value equals its cached result (computed by core). */
function expectFormulasComputed(spec: SheetSpec, engine: Evaluated): void {
  for (const cell of spec.cells) {
    if (cell.formula === undefined) continue;
    const got = asResult(engine.value(spec.name, cell.row, cell.col));
    if (!close(got, cell.result))
      throw new Error(
        `${cell.formula} (baris ${cell.row}, kolom ${cell.col}): ${got} ≠ ${cell.result}`,
      );
  }
}

describe('random Renja forms, evaluated by HyperFormula', () => {
  test('every (12), (13), (14), rata-rata and predikat equals core (500 forms)', () => {
    const engine = evaluate({ [SHEET]: [] });
    try {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 6 }),
          fc.constantFrom<Triwulan>(1, 2, 3, 4),
          (rows, tw) => {
            const spec = { ...renjaSheet(planOf(rows, tw), []), name: SHEET };
            engine.reload({ [SHEET]: gridOfSpec(spec) });
            expectFormulasComputed(spec, engine);
          },
        ),
        { numRuns: 500 },
      );
    } finally {
      engine.destroy();
    }
  });

  test('core: (12) by jenis over the filled quarters, independent of the formulas', () => {
    fc.assert(
      fc.property(row, (r) => {
        const results = rowResults(r);
        const filled = r.k.quarters.filter((q) => q !== undefined) as number[];
        const expected =
          filled.length === 0
            ? ''
            : r.jenis === 'kumulatif'
              ? filled.reduce((a, b) => a + b, 0)
              : r.jenis === 'nilai-akhir'
                ? filled[filled.length - 1]
                : filled.reduce((a, b) => a + b, 0) / filled.length;
        expect(close(results.k.tahunIni, expected)).toBe(true);
        if (r.rp && results.rp) {
          const rpFilled = r.rp.quarters.filter((q) => q !== undefined) as number[];
          expect(
            close(
              results.rp.tahunIni,
              rpFilled.length === 0 ? '' : rpFilled.reduce((a, b) => a + b, 0),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a hand-computed form', () => {
  const k = (
    quarters: (number | undefined)[],
    extra: Partial<RenjaMeasure> = {},
  ): RenjaMeasure => ({
    renstra: 100,
    lalu: 40,
    target: 80,
    quarters,
    ...extra,
  });
  const base = (jenis: RenjaRow['jenis'], measureK: RenjaMeasure, rp?: RenjaMeasure): RenjaRow => ({
    id: jenis,
    sasaran: 'Sasaran',
    uraian: rp ? 'Program' : '',
    indicator: `Indikator ${jenis}`,
    satuan: '',
    jenis,
    jenisFrom: 'pilihan',
    arah: 'naik',
    arahFrom: 'bawaan',
    notes: [],
    k: measureK,
    ...(rp ? { rp } : {}),
    unitPj: '',
    keterangan: '',
  });
  const rows = [
    // Quarter III missing: kumulatif 10 + 20 + 30, nilai akhir the last filled (30), mean 20.
    base('kumulatif', k([10, 20, undefined, 30]), {
      renstra: 1000,
      lalu: 300,
      target: 400,
      quarters: [100, 200, 150, 50], // 500 spent of a pagu of 400
    }),
    base('nilai-akhir', k([10, 20, undefined, 30])),
    base('rata-rata', k([10, 20, undefined, 30])),
    base('nilai-akhir', k([50, undefined, undefined, undefined], { renstra: 0 })),
    base('kumulatif', k([undefined, undefined, undefined, undefined], { lalu: undefined })),
  ];
  const plan = planOf(rows, 4);
  const spec = { ...renjaSheet(plan, []), name: SHEET };
  const engine = evaluate({ [SHEET]: gridOfSpec(spec) });
  afterAll(() => engine.destroy());
  const at = (row: number, col: number) => asResult(engine.value(SHEET, FIRST_DATA_ROW + row, col));

  test('(12), (13), (14) in K and Rp as a reviewer computes them', () => {
    expect(at(0, COL.tahunIni)).toBe(60);
    expect(at(0, COL.sdTahunIni)).toBe(100); // 40 + 60
    expect(at(0, COL.capaian)).toBe(100);
    expect(at(0, COL.tahunIni + 1)).toBe(500);
    expect(at(0, COL.sdTahunIni + 1)).toBe(800);
    expect(at(0, COL.capaian + 1)).toBe(80);
    expect(at(1, COL.tahunIni)).toBe(30);
    expect(at(1, COL.sdTahunIni)).toBe(30); // a level: this year's, not 40 + 30
    expect(at(1, COL.capaian)).toBe(30);
    expect(at(2, COL.tahunIni)).toBe(20);
    // Target 0: no capaian (neither #DIV/0! nor 0 %); the plan names the row in a note.
    expect(at(3, COL.capaian)).toBe('');
    expect(at(3, COL.tahunIni)).toBe(50);
    expect(at(4, COL.tahunIni)).toBe('');
    expect(at(4, COL.capaian)).toBe('');
  });

  test('the footer: mean of the (14) K that are numbers, predikat on the P86 scale', () => {
    const footerRow = FIRST_DATA_ROW + rows.length;
    const mean = (100 + 30 + 20) / 3;
    expect(at(rows.length, COL.capaian)).toBeCloseTo(mean, 9);
    expect(asResult(engine.value(SHEET, footerRow + 1, COL.capaian))).toBe(predikat(mean, 'P86'));
    expect(footerResults(plan).predikat).toBe('Sangat Rendah');
    expect(akumulasiTahun([10, 20, undefined, 30], 'rata-rata')).toBe(20);
  });

  test('quarters up to TW n are yellow inputs; later quarters are not open', () => {
    const twoPlan = planOf([base('kumulatif', k([10, undefined, undefined, undefined]))], 2);
    const two = renjaSheet(twoPlan, []);
    const cell = (col: number) => two.cells.find((c) => c.row === FIRST_DATA_ROW && c.col === col);
    expect(cell(COL.tw1)).toMatchObject({ value: 10 });
    expect(cell(COL.tw1)?.highlight).toBeUndefined();
    expect(cell(COL.tw1 + 2)).toMatchObject({ value: null, highlight: true });
    expect(cell(COL.tw1 + 4)?.highlight).toBeUndefined();
    expect(two.name).toBe('Evaluasi Renja TW 2 2025');
  });

  test('the numbering row states the official equations', () => {
    const numbering = spec.cells.filter((c) => c.row === FIRST_DATA_ROW - 2).map((c) => c.value);
    expect(numbering).toEqual(
      expect.arrayContaining([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
        '12 = 8 + 9 + 10 + 11',
        '13 = 6 + 12',
        '14 = 13 / 5 x 100',
        '15',
        '16',
      ]),
    );
  });
});

describe('rows by arah and plausibility, recomputed by HyperFormula', () => {
  const row = (over: Partial<RenjaRow>, k: RenjaMeasure): RenjaRow => ({
    id: 'x',
    sasaran: '',
    uraian: '',
    indicator: 'Indikator',
    satuan: '',
    jenis: 'nilai-akhir',
    jenisFrom: 'pilihan',
    arah: 'naik',
    arahFrom: 'bawaan',
    notes: [],
    unitPj: '',
    keterangan: '',
    ...over,
    k,
  });
  const quarters = (...q: (number | undefined)[]) => q;
  const cases: [string, RenjaRow, number | '', number | ''][] = [
    // [what, row, (12) K, (14) K]
    [
      'arah turun: (2 × 2 − 3,2) / 2 × 100',
      row(
        { indicator: 'Rata-rata waktu', arah: 'turun', arahFrom: 'nama' },
        {
          renstra: 2,
          quarters: quarters(3.5, 3.2, undefined, undefined),
        },
      ),
      3.2,
      40,
    ],
    [
      'arah turun, better than the target: 1 against 2',
      row({ arah: 'turun', arahFrom: 'workbook' }, { renstra: 2, quarters: quarters(1) }),
      1,
      150,
    ],
    ['arah naik: 3,2 / 2', row({}, { renstra: 2, quarters: quarters(3.5, 3.2) }), 3.2, 160],
    [
      'nilai akhir with increments: their sum, as the form',
      row({ increments: true }, { renstra: 100, quarters: quarters(29.29, 16.43, 32.86, 21.42) }),
      100,
      100,
    ],
  ];
  const rows = cases.map(([, r]) => r);
  const plan = planOf(rows, 4);
  const spec = { ...renjaSheet(plan, []), name: SHEET };
  const engine = evaluate({ [SHEET]: gridOfSpec(spec) });
  afterAll(() => engine.destroy());
  const at = (i: number, col: number) => asResult(engine.value(SHEET, FIRST_DATA_ROW + i, col));
  const cell = (i: number, col: number) =>
    spec.cells.find((c) => c.row === FIRST_DATA_ROW + i && c.col === col);

  test.each(cases.map(([what, , tahunIni, capaian], i) => [what, i, tahunIni, capaian] as const))(
    '%s',
    (_what, i, tahunIni, capaian) => {
      expect(at(i, COL.tahunIni)).toBeCloseTo(tahunIni as number, 9);
      expect(at(i, COL.capaian)).toBeCloseTo(capaian as number, 9);
      expectFormulasComputed(spec, engine);
    },
  );

  test('a lower-is-better row says so in Keterangan; a capaian above 150 % is yellow "periksa"', () => {
    expect(cell(0, COL.keterangan)?.value).toMatch(
      /arah turun \(dari nama indikator\).*\(2 × \(5\) − \(13\)\)/,
    );
    expect(cell(1, COL.keterangan)?.value).toMatch(/arah turun \(kolom Arah\/Polaritas\)/);
    expect(cell(2, COL.keterangan)).toMatchObject({ highlight: true });
    expect(cell(2, COL.keterangan)?.value).toMatch(
      /periksa: tingkat capaian \(14\) K 160,00 % di atas 150 %/,
    );
    expect(cell(3, COL.keterangan)).toBeUndefined();
  });

  test('each note is also a note on the capaian cell it is about, written in the .xlsx copy', async () => {
    expect(cell(0, COL.capaian)?.note).toMatch(
      /^Arah turun \(dari nama indikator\): .*\(2 × \(5\)/,
    );
    expect(cell(2, COL.capaian)?.note).toBe(
      'Periksa: tingkat capaian (14) K 160,00 % di atas 150 % saat lembar dibuat (target, satuan atau triwulan yang dijumlah).',
    );
    expect(cell(3, COL.capaian)?.note).toBeUndefined();
    const bytes = await addSheetToXlsx(readFileSync('samples/klakah-2023.xlsx'), spec);
    const comments = Array.from({ length: 12 }, (_, i) =>
      zipEntry(bytes, `xl/comments${i + 1}.xml`),
    )
      .filter((xml) => xml !== undefined)
      .join('');
    expect(comments).toContain('Arah turun (dari nama indikator)');
    expect(comments).toContain('Periksa: tingkat capaian (14) K 160,00 %');
    // The copy reads back, the capaian formulas as written.
    const copy = (await readXlsx(bytes)).sheets.find((sheet) => sheet.name === SHEET)!;
    expect(copy.getCell(FIRST_DATA_ROW, COL.capaian)?.formula).toBe(cell(0, COL.capaian)?.formula);
  });
});
