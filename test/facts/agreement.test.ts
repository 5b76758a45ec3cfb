/**
 * One reading of the workbook: on the sample and every real workbook, the validator and the three
 * generators agree indicator by indicator — the same report year, and for the same indicator key
 * and year the same target, realisasi and capaian, the ones the facts' precedence table names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkbook, type Finding } from '../../src/checks';
import { capaian } from '../../src/core/capaian';
import { EVALUASI_COLUMNS, evaluasiSheet, FIRST_DATA_ROW, planEvaluasi } from '../../src/evaluasi';
import { YearUnknownError } from '../../src/facts/year';
import { WorkbookFacts } from '../../src/facts/facts';
import type { Field, IndicatorFact } from '../../src/facts/indicator-facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { planRenja } from '../../src/renja';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';
import { planTabel, tabelSheet } from '../../src/tabel';
import { detectTables } from '../../src/workbook/detect';
import { fromA1 } from '../../src/workbook/model';

const REAL = path.join(__dirname, '../../../shared/reference/real-workbooks');
const SAMPLE = path.join(__dirname, '../../samples/klakah-2023.xlsx');
const FILES = [
  SAMPLE,
  ...readdirSync(REAL)
    .filter((name) => name.endsWith('.xlsx'))
    .sort()
    .map((name) => path.join(REAL, name)),
];

jest.setTimeout(120_000);

interface Reading {
  facts: WorkbookFacts;
  findings: Finding[];
  evaluasi: ReturnType<typeof planEvaluasi>;
  evaluasiSpec: SheetSpec;
  tabel: ReturnType<typeof planTabel>;
  tabelSpec: SheetSpec;
  renja: ReturnType<typeof planRenja>;
  /** Where the workbook states no year: what each generator does without one. */
  withoutYear?: (() => unknown)[];
}

/** The year given where a workbook states none, as `--tahun` or the pane would. */
const ASKED_YEAR = 2025;

const readings = new Map<string, Reading>();

async function read(file: string): Promise<Reading> {
  const cached = readings.get(file);
  if (cached) return cached;
  const model = await readXlsx(readFileSync(file));
  const tables = detectTables(model);
  const names = model.sheets.map((sheet) => sheet.name);
  const unstated = new WorkbookFacts(model, tables).year === undefined;
  const choices = unstated ? { tahun: ASKED_YEAR } : {};
  // Each reader makes its own facts, as the CLI and the pane do: they must still agree.
  const evaluasi = planEvaluasi(new WorkbookFacts(model, tables, choices));
  const tabel = planTabel(new WorkbookFacts(model, tables, choices));
  const reading: Reading = {
    facts: new WorkbookFacts(model, tables, choices),
    findings: validateWorkbook(model).findings,
    evaluasi,
    evaluasiSpec: evaluasiSheet(evaluasi, names),
    tabel,
    tabelSpec: tabelSheet(tabel, names),
    renja: planRenja(new WorkbookFacts(model, tables, choices)),
  };
  if (unstated)
    reading.withoutYear = [planEvaluasi, planTabel, planRenja].map(
      (plan) => () => plan(new WorkbookFacts(model, tables)),
    );
  readings.set(file, reading);
  return reading;
}

/** The cached result of a sheet's cell. */
function resultAt(spec: SheetSpec, row: number, col: number): unknown {
  const cell = spec.cells.find((c) => c.row === row && c.col === col);
  return cell?.result ?? cell?.value;
}

/** The row of Tabel LKj's table 3.1 or 3.2 (capaian of the year) naming the indicator. */
function tabelRow(spec: SheetSpec, name: string): number | undefined {
  return spec.cells.find((c) => c.col === 4 && c.value === name)?.row;
}

const close = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
    : a === b;

describe.each(FILES.map((file) => [path.basename(file), file]))('%s', (_name, file) => {
  it('one report year for the checks and every generator', async () => {
    const { facts, evaluasi, tabel, renja } = await read(file);
    const { withoutYear } = await read(file);
    const year = facts.year!.value;
    expect([evaluasi.year, tabel.year, renja.year]).toEqual([year, year, year]);
    // No generator invents a year the workbook does not state.
    for (const plan of withoutYear ?? []) expect(plan).toThrow(YearUnknownError);
  });

  it('evaluasi and Tabel LKj give each indicator the facts’ target, realisasi and capaian', async () => {
    const { facts, evaluasi, evaluasiSpec, tabel, tabelSpec } = await read(file);
    const tabelById = new Map(tabel.indicators.map((row) => [row.id, row]));
    evaluasi.rows.forEach((row, i) => {
      const fact = facts.indicators.find(row.id)!;
      expect(fact.key).toBe(row.id);
      const target = fact.value('target')?.value ?? null;
      expect(row.target.value).toBe(target);
      const sheetRow = FIRST_DATA_ROW + i;
      const hasil = resultAt(evaluasiSpec, sheetRow, EVALUASI_COLUMNS.hasil);
      const realisasi = fact.value('realisasi')?.value;
      if (typeof hasil === 'number') expect(close(hasil, realisasi)).toBe(true);
      const shown = tabelById.get(row.id);
      if (!shown) return;
      expect(shown.target.value).toBe(target);
      expect(shown.realisasi.value ?? undefined).toBe(realisasi);
      const at = tabelRow(tabelSpec, shown.indicator);
      const both = [
        resultAt(evaluasiSpec, sheetRow, EVALUASI_COLUMNS.capaian),
        at === undefined ? undefined : resultAt(tabelSpec, at, 7),
      ];
      if (both.every((value) => typeof value === 'number'))
        expect(close(both[0], both[1])).toBe(true);
    });
    for (const row of tabel.indicators) {
      const fact = facts.indicators.find(row.id)!;
      expect(row.target.value).toBe(fact.value('target')?.value ?? null);
      expect(row.realisasi.value).toBe(fact.value('realisasi')?.value ?? null);
      expect(row.renstra.value).toBe(fact.renstra?.value ?? null);
    }
  });

  it('the Renja form from the tables carries the facts’ target and Renstra target', async () => {
    const { facts, renja } = await read(file);
    if (renja.source.kind !== 'tabel') return;
    for (const row of renja.rows) {
      if (row.indicator === '') continue;
      const fact = facts.indicators.find(row.indicator)!;
      expect(row.k.target).toBe(fact.value('target')?.value);
      expect(row.k.renstra).toBe(fact.renstra?.value);
    }
  });

  it('where tables disagree, the validator measures against the value the facts take', async () => {
    const { facts, findings } = await read(file);
    const conflicts = findings.filter(
      (f) => f.rule === 'target-berbeda' || f.rule === 'realisasi-berbeda',
    );
    for (const found of conflicts) {
      const field: Field = found.rule === 'target-berbeda' ? 'target' : 'realisasi';
      const { row, col } = fromA1(found.cell);
      const statement = facts.indicators.all
        .flatMap((fact: IndicatorFact) =>
          fact.years.flatMap((year) => fact.statements(field, year).map((s) => ({ fact, s }))),
        )
        .find(
          ({ s }) =>
            s.mention.table.sheet === found.sheet && s.mention.row === row && s.col === col,
        );
      if (statement === undefined) {
        // Not a statement of the indicator's K: a realisasi Rp copying a double count, measured
        // against the sum jumlah-salah gives for the cell it copies.
        const source = findings.find(
          (f) =>
            f.rule === 'jumlah-salah' &&
            f.actual === found.actual &&
            f.expected === found.expected &&
            found.message.includes(`${f.sheet}!${f.cell}`),
        );
        expect(source).toBeDefined();
        continue;
      }
      const { fact, s } = statement;
      const value = fact.value(field, s.year);
      if (value === undefined || typeof found.expected !== 'number') continue;
      // The reference is stated with its own decimals: it agrees with the value to them.
      expect(Math.abs(found.expected - value.value)).toBeLessThan(0.01 * Math.max(1, value.value));
    }
  });
});

describe('the sample: faskor has one capaian everywhere, and the sheets say where it came from', () => {
  it('100,01 from its penghitungan (40 / 42 × 100) against the PK target 95,23', async () => {
    const { facts, evaluasi, evaluasiSpec, tabel, tabelSpec } = await read(SAMPLE);
    const fact = facts.indicators.find('Presentase hasil fasilitasi dan koordinasi')!;
    const realisasi = fact.value('realisasi')!;
    expect(realisasi.source).toBe('komponen');
    expect(realisasi.value).toBeCloseTo((40 / 42) * 100, 10);
    const target = fact.value('target')!;
    const expected = capaian(target.value, realisasi.value);
    expect(expected).toBeCloseTo(100.01, 2);
    const i = evaluasi.rows.findIndex((row) => row.id === fact.key);
    expect(resultAt(evaluasiSpec, FIRST_DATA_ROW + i, EVALUASI_COLUMNS.capaian)).toBeCloseTo(
      expected,
      9,
    );
    const shown = tabel.indicators.find((row) => row.id === fact.key)!;
    expect(resultAt(tabelSpec, tabelRow(tabelSpec, shown.indicator)!, 7)).toBeCloseTo(expected, 9);
    const note = `Realisasi "${fact.name}" 2023: dipakai 95,24 dihitung dari penghitungan (40 / 42 x 100 %); workbook juga menulis 93,65 di BAB III!F6.`;
    expect(evaluasi.notes).toContain(note);
    // Tabel LKj's notes name the table they are about.
    expect(tabel.notes).toContain(`Tabel 3.1: ${note}`);
  });
});
