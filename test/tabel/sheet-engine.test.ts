/**
 * The "Tabel LKj" sheet's formulas, evaluated by a real engine (HyperFormula), give what core
 * computes, cell by cell: for the Klakah sample and for random workbooks (PK with revised
 * targets, a multi-year table, an efisiensi table, a coded budget), both arah, every scale,
 * numbers typed as text or formatted as percent, empty cells and zero targets included.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { capaian } from '../../src/core/capaian';
import { formatAngka } from '../../src/core/angka';
import { SCALE_NAMES, type ScaleName } from '../../src/core/predikat';
import { validateWorkbook } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { planTabel, TABEL_IDS, tabelSheet, type TabelPlan } from '../../src/tabel';
import { detectTables } from '../../src/workbook/detect';
import { fromA1, toA1, type Cell, type WorkbookModel } from '../../src/workbook/model';
import type { ColumnRole, TableColumn } from '../../src/workbook/table-types';
import type { SheetSpec, SpecCell } from '../../src/sheetgen/sheet-spec';
import { tableOf } from '../evaluasi/build-model';
import {
  asResult,
  evaluate,
  evaluateSpecIn,
  gridOfSheet,
  gridOfSpec,
  type EngineValue,
  type Evaluated,
} from '../evaluasi/hf-engine';
import { modelOf, sheetOf, type CellInput } from '../support/sheets';

function expectSame(engine: EngineValue, cached: SpecCell['result'], where: string): void {
  if (typeof cached === 'number') {
    if (typeof engine !== 'number')
      throw new Error(`${where}: engine ${String(engine)}, core ${cached}`);
    expect(Math.abs(engine - cached)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cached)));
  } else {
    expect([where, asResult(engine)]).toEqual([where, cached ?? '']);
  }
}

/** Every formula of the sheet: the engine's value is the cached one core computed. */
function expectEveryFormula(spec: SheetSpec, engine: Evaluated): number {
  let count = 0;
  for (const cell of spec.cells) {
    if (cell.formula === undefined) continue;
    expectSame(
      engine.value(spec.name, cell.row, cell.col),
      cell.result,
      `${toA1(cell.row, cell.col)} =${cell.formula}`,
    );
    count++;
  }
  return count;
}

/** The row of the first table that names the indicator in column `col`. */
function rowNaming(spec: SheetSpec, name: RegExp, col = 4): number {
  const cell = spec.cells.find(
    (c) => c.col === col && typeof c.value === 'string' && name.test(c.value),
  );
  if (!cell) throw new Error(`no row names ${name}`);
  return cell.row;
}

function rowsTitled(spec: SheetSpec, title: RegExp): number {
  const cell = spec.cells.find(
    (c) => c.col === 1 && typeof c.value === 'string' && title.test(c.value),
  );
  if (!cell) throw new Error(`no table ${title}`);
  return cell.row;
}

describe('the Klakah sample, evaluated by HyperFormula', () => {
  let model: WorkbookModel;
  let plan: TabelPlan;
  let spec: SheetSpec;

  beforeAll(async () => {
    model = await readXlsx(readFileSync('samples/klakah-2023.xlsx'));
    plan = planTabel(new WorkbookFacts(model, detectTables(model)));
    spec = tabelSheet(
      plan,
      model.sheets.map((sheet) => sheet.name),
    );
  });

  test("writes the report's tables 3.1–3.7, then the earlier years and the budget, with three charts", () => {
    expect(spec.name).toBe('Tabel LKj 2023');
    expect(plan.sections.map((s) => s.hasData)).toEqual(TABEL_IDS.map(() => true));
    const titles = spec.cells.filter(
      (c) => typeof c.value === 'string' && /^Tabel 3\.\d /.test(c.value),
    );
    expect(titles.map((c) => String(c.value).slice(0, 9))).toEqual(
      TABEL_IDS.map((id) => `Tabel 3.${id}`),
    );
    expect(spec.charts?.map((c) => c.type)).toEqual(['column', 'bar', 'column']);
    for (const chart of spec.charts ?? []) {
      // Beside the tables, never over a written cell.
      const right = Math.max(...spec.cells.map((c) => c.col));
      expect(chart.anchor.col).toBeGreaterThan(right);
    }
  });

  test('every formula equals core; faskor 100,01, LPPdes 105,01 on the PK target, IKM 93,54', () => {
    const engine = evaluateSpecIn(model, spec);
    try {
      expect(expectEveryFormula(spec, engine)).toBeGreaterThan(100);
      const capaianOf = (name: RegExp) => engine.value(spec.name, rowNaming(spec, name), 7);
      const targetOf = (name: RegExp) => engine.value(spec.name, rowNaming(spec, name), 5);
      // The facts' realisasi of faskor is what its penghitungan computes (40 / 42 × 100), as in
      // the Evaluasi sheet; Tabel 3.1's 93,65 is the slip realisasi-berbeda reports.
      expect(capaianOf(/^Presentase hasil fasilitasi/i)).toBeCloseTo(100.01, 2);
      expect(targetOf(/LPPdes/)).toBeCloseTo(95.23, 10);
      expect(capaianOf(/LPPdes/)).toBeCloseTo(105.01, 2);
      expect(capaianOf(/^Nilai IKM/)).toBeCloseTo(93.54, 2);
      expect(engine.value(spec.name, rowNaming(spec, /^Nilai IKM/), 8)).toBe('Berhasil');
    } finally {
      engine.destroy();
    }
  });

  test('every number links its source cell; the only constants are realisasi computed from components, as the notes say', () => {
    const quoted = (sheet: string) => (/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`);
    const formulas = spec.cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
    const values = plan.indicators.flatMap((row) => [
      { row, value: row.target },
      { row, value: row.realisasi },
      { row, value: row.renstra },
      ...Object.values(row.history).flatMap((year) => [
        { row, value: year.target },
        { row, value: year.realisasi },
      ]),
    ]);
    let linked = 0;
    for (const { value } of values) {
      if (!value.ref) continue;
      const cell = `${quoted(value.ref.sheet)}!${toA1(value.ref.row, value.ref.col)}`;
      expect([cell, formulas.some((formula) => formula.includes(cell))]).toEqual([cell, true]);
      linked++;
    }
    expect(linked).toBeGreaterThan(40);
    // Numbers written as constants, beside the No. column: each a value with no cell of its own
    // (computed from its components), and the notes say what it was computed from.
    const constants = spec.cells.filter(
      (c) => typeof c.value === 'number' && c.formula === undefined && c.col !== 1,
    );
    expect(constants.length).toBeGreaterThan(0);
    for (const cell of constants) {
      const from = values.find(({ value }) => !value.ref && value.value === cell.value);
      expect([toA1(cell.row, cell.col), from?.row.indicator]).toEqual([
        toA1(cell.row, cell.col),
        expect.any(String),
      ]);
      expect(plan.notes.join('\n')).toMatch(
        new RegExp(`"${from!.row.indicator}" 2023: dipakai [\\d,]+ dihitung dari`),
      );
    }
  });

  test('the efisiensi row the report shows as "-" is computed: LPPdes 105,01 − 100', () => {
    const engine = evaluateSpecIn(model, spec);
    try {
      const top = rowsTitled(spec, /^Tabel 3\.6 Efisiensi/);
      const lppdes = spec.cells.find(
        (c) => c.row > top && c.col === 4 && /LPPdes/.test(String(c.value)),
      )!;
      const efisiensi = engine.value(spec.name, lppdes.row, 7);
      expect(efisiensi).toBeCloseTo(5.01, 2);
      expect(spec.cells.find((c) => c.row === lppdes.row && c.col === 7)?.formula).toBe(
        `IF(OR(E${lppdes.row}="",F${lppdes.row}=""),"",E${lppdes.row}-F${lppdes.row})`,
      );
    } finally {
      engine.destroy();
    }
  });

  test('the twin years 2020 and 2021 are shown as they are, and the validator still reports them', () => {
    const engine = evaluateSpecIn(model, spec);
    try {
      const top = rowsTitled(spec, /^Tabel 3\.8 Perbandingan/);
      const years = spec.cells.filter((c) => c.row === top + 2 && c.col >= 3 && c.col <= 7);
      expect(years.map((c) => c.value)).toEqual(['2019', '2020', '2021', '2022', '2023']);
      const ikm = spec.cells.find(
        (c) => c.row > top && c.col === 2 && /IKM/.test(String(c.value)),
      )!.row;
      const realisasi = [3, 4, 5, 6, 7].map((col) => engine.value(spec.name, ikm, col));
      // 2023: the mean of the four IKM quarters, 84,185 (Tabel 3.1 writes it 84,19).
      expect(realisasi).toEqual([78.6, 82.34, 82.34, 87.03, 84.185]);
      // The change 2022 → 2023: 87,03 to 84,19 is a fall, arah naik.
      const last = Math.max(...spec.cells.filter((c) => c.row === ikm).map((c) => c.col));
      expect(engine.value(spec.name, ikm, last)).toBe('turun');
      expect(plan.notes.some((note) => /2020 dan 2021 sama persis/.test(note))).toBe(true);
    } finally {
      engine.destroy();
    }
    const { findings } = validateWorkbook(model);
    expect(findings.some((finding) => finding.rule === 'tahun-kembar')).toBe(true);
  });

  test('a changed source cell changes the result: LPPdes target 95,23 → 100 gives capaian 100', () => {
    const engine = evaluate({
      ...Object.fromEntries(model.sheets.map((sheet) => [sheet.name, gridOfSheet(sheet)])),
      [spec.name]: gridOfSpec(spec),
    });
    try {
      const row = rowNaming(spec, /LPPdes/);
      const { ref, reading } = plan.indicators.find((i) => /LPPdes/.test(i.indicator))!.target;
      const sheet = model.sheets.find((s) => s.name === ref!.sheet)!;
      const grid = gridOfSheet(sheet);
      // The PK's cell is a percent cell (0,9523 shown as 95,23%): 1 is 100%.
      expect(reading).toBe('percent-format');
      grid[ref!.row - 1][ref!.col - 1] = 1;
      engine.reload({ [sheet.name]: grid });
      expect(engine.value(spec.name, row, 5)).toBe(100);
      expect(engine.value(spec.name, row, 7)).toBe(100);
    } finally {
      engine.destroy();
    }
  });

  test('the budget total is the stated DPA pagu; where the sub kegiatan add up to less, both are shown', () => {
    const top = rowsTitled(spec, /^Tabel 3\.9 Realisasi Anggaran/);
    const total = spec.cells.find((c) => c.row > top && c.value === 'JUMLAH')!.row;
    const at = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col);
    expect(at(top + 1, 4)?.value).toBe('Indikator');
    expect(at(total, 5)?.formula).toMatch(/^SUM\(E\d+(,E\d+){5}\)$/);
    // 'Anggaran'!E59, the JUMLAH the workbook states, and F59.
    expect(at(total, 5)?.result).toBe(2_486_022_481);
    expect(at(total, 6)?.result).toBe(2_371_301_000);
    expect(at(total + 1, 3)?.value).toBe('Seluruh program menurut rinciannya');
    expect(at(total + 1, 5)?.result).toBe(2_485_703_281);
    // Each line with the indicator the budget table writes on its row.
    const penunjang = spec.cells.find(
      (c) => c.row > top && c.col === 3 && /^PROGRAM PENUNJANG URUSAN/.test(String(c.value)),
    )!.row;
    expect(at(penunjang, 4)?.value).toBe(
      'Persentase Pemenuhan Fasilitasi Kebutuhan Operasional Perkantoran',
    );
    // 231.109.200 stated for Penyediaan Jasa Penunjang ('Anggaran'!E24) is not its sub kegiatan's
    // 230.790.000: the line links the stated cell, the row below it sums the sub kegiatan.
    const jasa = rowNaming(spec, /^Penyediaan Jasa Penunjang Urusan/, 3);
    expect(at(jasa, 5)?.formula).toContain("'Anggaran'!E24");
    expect(at(jasa, 5)?.result).toBe(231_109_200);
    expect(at(jasa + 1, 3)?.value).toBe('Menurut rinciannya');
    expect(at(jasa + 1, 5)?.result).toBe(230_790_000);
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        'Tabel 3.9: Pagu "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah" tertulis 231.109.200, jumlah rinciannya 230.790.000 (selisih 319.200): tabel menampilkan keduanya.',
        'Tabel 3.9: Pagu "JUMLAH" tertulis 2.486.022.481, jumlah rinciannya 2.485.703.281 (selisih 319.200): tabel menampilkan keduanya.',
        // 'Anggaran'!F5 "1923.283.100" cannot be read: the program shows its kegiatan's sum.
        'Tabel 3.9: Realisasi "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA" tidak terbaca; tabel memakai jumlah rinciannya.',
      ]),
    );
  });
  /** The rows of the table titled `title`, up to the next blank row, each as its cells. */
  function tableRows(title: RegExp): SpecCell[][] {
    const top = rowsTitled(spec, title);
    const rows: SpecCell[][] = [];
    for (let row = top + 1; ; row++) {
      const cells = spec.cells.filter((c) => c.row === row);
      if (cells.length === 0) return rows;
      rows.push(cells.sort((a, b) => a.col - b.col));
    }
  }
  const col = (row: SpecCell[], n: number) => row.find((c) => c.col === n);

  test('3.1 tujuan/sasaran and 3.2 program indicators apart; 3.2 names each program and its sasaran', () => {
    const named = (title: RegExp) =>
      tableRows(title)
        .slice(1)
        .map((row) => col(row, 4)?.value);
    const own = named(/^Tabel 3\.1 /);
    const programs = tableRows(/^Tabel 3\.2 /);
    expect(col(programs[0], 2)?.value).toBe('Program');
    expect(col(programs[0], 3)?.value).toBe('Sasaran Program');
    expect(own).toEqual(
      expect.arrayContaining([
        'Presentase hasil fasilitasi dan koordinasi yang ditindaklanjuti',
        'Nilai IKM Pelayanan Kecamatan Klakah',
      ]),
    );
    expect(own.some((name) => /LPPdes|Operasional Perkantoran/.test(String(name)))).toBe(false);
    const lppdes = programs.find((row) => /LPPdes/.test(String(col(row, 4)?.value)))!;
    expect(col(lppdes, 2)?.value).toBe('PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA');
    expect(col(lppdes, 7)?.result).toBeCloseTo(105.01, 2);
    // One row per indicator of the facts: no indicator in both tables, none twice.
    const ids = plan.indicators.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(own.length + programs.length - 1).toBe(ids.length);
  });

  test('3.3 is grouped under TUJUAN and SASARAN as the Renstra table says, linked to 3.1', () => {
    const rows = tableRows(/^Tabel 3\.3 /);
    const labels = rows.map((row) => String(col(row, 1)?.value ?? ''));
    const tujuan = labels.indexOf('TUJUAN');
    const sasaran = labels.indexOf('SASARAN');
    expect(tujuan).toBeGreaterThan(0);
    expect(col(rows[tujuan + 1], 2)?.value).toBe('Nilai IKM Pelayanan Kecamatan Klakah');
    expect(col(rows[sasaran + 1], 2)?.value).toMatch(/^Presentase hasil fasilitasi/);
    // The Renstra target links the table's cell; the realisasi is table 3.1's cell.
    const ikm = rows[tujuan + 1];
    expect(col(ikm, 3)?.formula).toBe("'BAB III'!C40");
    const table1 = rowNaming(spec, /^Nilai IKM Pelayanan/);
    expect(col(ikm, 4)?.formula).toBe(`F${table1}`);
    expect(col(ikm, 5)?.result).toBeCloseTo(93.54, 2);
    // Program indicators without a Renstra target are not in it.
    expect(rows.some((row) => /LPPdes/.test(String(col(row, 2)?.value)))).toBe(false);
  });

  test('a name typed two ways is one row: "19enyusun" (multi-year) is "menyusun" (Renstra)', () => {
    const typed = /^Persentase desa yang (19enyusun|menyusun) dokumen/;
    const named = (title: RegExp, n: number) =>
      tableRows(title).filter((row) => typed.test(String(col(row, n)?.value)));
    expect(named(/^Tabel 3\.1 /, 4)).toHaveLength(1);
    const [renstra] = named(/^Tabel 3\.3 /, 2);
    // Its Renstra target is the Renstra table's row that spells it the other way, under SASARAN.
    expect(col(renstra, 3)?.formula).toBe('NUMBERVALUE(\'BAB III\'!C43,",",".")');
    const rows = tableRows(/^Tabel 3\.3 /);
    const at = rows.findIndex((row) => row[0].row === renstra[0].row);
    const groups = rows.slice(0, at).filter((row) => /^[A-Z /]+$/.test(String(col(row, 1)?.value)));
    expect(col(groups[groups.length - 1], 1)?.value).toBe('SASARAN');
    expect(plan.notes).toContain(
      'Tabel 3.1: Dianggap satu indikator: "Persentase desa yang 19enyusun dokumen administrasi ' +
        'pemerintahan desa yang tepat waktu" (BAB III!B32) / "Persentase desa yang menyusun ' +
        'dokumen administrasi pemerintahan desa yang tepat waktu" (BAB III!B43) (ejaan berbeda: ' +
        '19enyusun/menyusun).',
    );
    expect(plan.notes.join('\n')).toMatch(
      /Tabel 3\.2: Dianggap satu indikator: "Prsentase fasilitasi .*" \(PK 2023!C20\) \/ "Persentase Fasilitasi .*" \(Anggaran!D46\) \(ejaan berbeda: prsentase\/persentase, ketentraman\/ketenteraman\)\./,
    );
  });

  test('3.4 links the other units the workbook compares with; the national standard is to fill', () => {
    const [header, ...rows] = tableRows(/^Tabel 3\.4 /);
    expect(header.map((c) => c.value)).toEqual([
      'No.',
      'Tujuan / Sasaran',
      'Indikator Kinerja',
      'Realisasi 2023 KECAMATAN KLAKAH',
      'Realisasi Kedungjajang',
      'Realisasi Ranuyoso',
      'Standar nasional',
    ]);
    const faskor = rows.find((row) => /^Presentase hasil/.test(String(col(row, 3)?.value)))!;
    expect(col(faskor, 5)?.formula).toContain("'BAB III'!E51");
    expect(col(faskor, 5)?.result).toBe(85.48);
    expect(col(faskor, 7)).toMatchObject({ value: null, highlight: true });
  });

  test('3.5 lists the indicators of 3.1 with kendala, upaya and faktor as yellow cells', () => {
    const [header, ...rows] = tableRows(/^Tabel 3\.5 /);
    expect(header.map((c) => c.value)).toHaveLength(6);
    expect(rows.length).toBe(tableRows(/^Tabel 3\.1 /).length - 1);
    for (const row of rows)
      for (const n of [4, 5, 6])
        expect(col(row, n)).toMatchObject({ value: null, highlight: true });
  });

  test('3.7 lists the program indicators of 3.2 with the capaian cell of 3.2', () => {
    const rows = tableRows(/^Tabel 3\.7 /).slice(1);
    expect(rows.length).toBe(tableRows(/^Tabel 3\.2 /).length - 1);
    const lppdes = rows.find((row) => /LPPdes/.test(String(col(row, 3)?.value)))!;
    const table2 = rowNaming(spec, /LPPdes/);
    expect(col(lppdes, 4)?.formula).toBe(`G${table2}`);
    expect(col(lppdes, 4)?.result).toBeCloseTo(105.01, 2);
  });

  test('the notes say, per table, where it comes from and what is left to fill', () => {
    for (const id of TABEL_IDS)
      expect(plan.notes.some((note) => note.startsWith(`Tabel 3.${id}: `))).toBe(true);
    expect(plan.notes.join('\n')).not.toMatch(/ExcelJS|HyperFormula|Office\.js/);
  });
});

/**
 * Issue 20: which table an indicator goes to, and the groups of table 3.3, one case per rule:
 * a row naming its program, a PK table headed "Sasaran Program", an efisiensi table's program
 * beside a sasaran indicator (no say), TUJUAN / SASARAN section rows of the Renstra table.
 */
describe('BAB III from a small workbook: levels, groups, what is left to fill', () => {
  const model = modelOf(
    sheetOf('PK', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, 'Meningkatnya kepuasan', 'Nilai IKM layanan', 90],
      [2, 'Meningkatnya tata kelola', 'Persentase dokumen tepat waktu', 95],
    ]),
    sheetOf('PK Program', [
      ['No', 'Sasaran Program', 'Indikator Kinerja', 'Target'],
      [1, 'Meningkatnya layanan kantor', 'Persentase layanan kantor terpenuhi', 100],
    ]),
    sheetOf('Capaian', [
      ['No', 'Tujuan', 'Indikator', 'Target', 'Realisasi'],
      [1, 'Meningkatnya kepuasan', 'Nilai IKM layanan', 90, 84],
      [2, 'Meningkatnya tata kelola', 'Persentase dokumen tepat waktu', 95, 100],
    ]),
    sheetOf('Program', [
      ['Program', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['PROGRAM PEMBINAAN DESA', 'Meningkatnya pembinaan', 'Persentase desa dibina', 100, 90, 90],
    ]),
    sheetOf('Renstra', [
      ['No', 'Indikator', 'Target akhir Renstra', 'Realisasi', 'Capaian'],
      ['TUJUAN', null, null, null, null],
      [1, 'Nilai IKM layanan', 92, 84, 91.3],
      ['SASARAN', null, null, null, null],
      [2, 'Persentase dokumen tepat waktu', 100, 100, 100],
    ]),
    sheetOf('Efisiensi', [
      [
        'No',
        'Indikator Sasaran',
        'Program',
        'Indikator Program',
        'Capaian',
        'Serapan',
        'Efisiensi',
      ],
      [1, 'Nilai IKM layanan', 'PROGRAM PEMBINAAN DESA', 'Persentase desa dibina', 90, 95, -5],
    ]),
  );
  // The workbook states no year: the user's, as the pane and --tahun give it.
  const plan = planTabel(new WorkbookFacts(model, detectTables(model), { tahun: 2025 }));
  const spec = tabelSheet(
    plan,
    model.sheets.map((sheet) => sheet.name),
  );
  const row = (name: string) => plan.indicators.find((indicator) => indicator.indicator === name)!;

  test.each([
    ['Nilai IKM layanan', 'tujuan-sasaran', '', 'tujuan'],
    ['Persentase dokumen tepat waktu', 'tujuan-sasaran', '', 'sasaran'],
    ['Persentase layanan kantor terpenuhi', 'program', '', 'program'],
    ['Persentase desa dibina', 'program', 'PROGRAM PEMBINAAN DESA', 'program'],
  ])('%s: %s, program "%s", group %s', (name, tingkat, program, kelompok) => {
    expect(row(name)).toMatchObject({ tingkat, program, kelompok });
  });

  test('3.4 without a comparison table: a yellow column for another unit and the standard', () => {
    const top = rowsTitled(spec, /^Tabel 3\.4 /);
    const header = spec.cells.filter((c) => c.row === top + 1).map((c) => c.value);
    expect(header.slice(3)).toEqual([
      `Realisasi ${plan.year} unit ini`,
      'Realisasi perangkat daerah lain (isi nama di judul)',
      'Standar nasional',
    ]);
    const ikm = spec.cells.find(
      (c) => c.row > top && c.col === 3 && c.value === 'Nilai IKM layanan',
    )!;
    for (const col of [5, 6])
      expect(spec.cells.find((c) => c.row === ikm.row && c.col === col)).toMatchObject({
        value: null,
        highlight: true,
      });
    expect(plan.notes).toContain(
      'Tabel 3.4: Workbook tidak memuat perbandingan dengan perangkat daerah lain: isi nama dan realisasinya di kolom kuning.',
    );
  });

  test('every formula evaluates to what core computed, none to an error', () => {
    const engine = evaluateSpecIn(model, spec);
    try {
      expect(expectEveryFormula(spec, engine)).toBeGreaterThan(20);
    } finally {
      engine.destroy();
    }
    expect(
      spec.cells.filter((c) => typeof c.result === 'string' && c.result.startsWith('#')),
    ).toEqual([]);
  });

  test('without tujuan / sasaran indicators, 3.1, 3.4 and 3.5 say why they are left out', () => {
    const programs = modelOf(model.sheets.find((sheet) => sheet.name === 'Program')!);
    const only = planTabel(new WorkbookFacts(programs, detectTables(programs), { tahun: 2025 }));
    const reasons = Object.fromEntries(only.sections.map((s) => [s.id, s.reason ?? '']));
    for (const id of [1, 4, 5]) expect(reasons[id]).toMatch(/indikator tujuan\/sasaran/);
    expect(only.sections.filter((s) => s.hasData).map((s) => s.id)).toEqual([2, 7]);
  });
});

/** A value cell in each of the ways staff write one, and the cases that must not divide. */
const valueCell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.integer({ min: 1, max: 30000 }).map((n) => ({ value: n / 100 })),
  fc.integer({ min: 1, max: 20000 }).map((n) => ({ value: n / 10000, numFmt: '0.00%' })),
  fc.integer({ min: 1, max: 500000 }).map((n) => ({ value: formatAngka(n / 100) })),
  fc.integer({ min: 1, max: 30000 }).map((n) => ({ value: `${formatAngka(n / 100)} %` })),
  fc.constant({ value: 0 }),
  fc.constant(null),
);

const amountCell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.integer({ min: 0, max: 900_000_000 }).map((n) => ({ value: n })),
  fc.integer({ min: 1000, max: 900_000_000 }).map((n) => ({ value: formatAngka(n) })),
  fc.constant(null),
);

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const YEARS = [2021, 2022, 2023];

const indicatorArb = fc.record({
  arah: fc.constantFrom('naik', 'turun'),
  sebelum: valueCell,
  sesudah: valueCell,
  years: fc.array(fc.tuple(valueCell, valueCell), { minLength: 3, maxLength: 3 }),
  renstra: fc.option(valueCell),
  serapan: valueCell,
});

/** A program row always states its amounts: a row without any continues the program above. */
const programAmount = amountCell.filter((cell) => cell !== null);

const budgetArb = fc.array(
  fc.record({
    pagu: programAmount,
    realisasi: programAmount,
    kegiatan: fc.array(
      fc.record({
        pagu: amountCell,
        realisasi: amountCell,
        sub: fc.array(fc.tuple(amountCell, amountCell), { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
  }),
  { minLength: 1, maxLength: 3 },
);

type IndicatorInput = typeof indicatorArb extends fc.Arbitrary<infer T> ? T : never;
type ProgramInput = typeof budgetArb extends fc.Arbitrary<(infer T)[]> ? T : never;

/**
 * A workbook of five sheets and its tables, described by hand; without an efisiensi table when
 * `efisiensiTable` is false (table 4 then comes from the budget's programs and their indicators).
 */
function randomWorkbook(
  indicators: IndicatorInput[],
  budget: ProgramInput[],
  efisiensiTable = true,
) {
  const names = indicators.map((_, i) => `Persentase layanan ${WORDS[i]}`);
  const pk = sheetOf('PK', [
    ['No', 'Sasaran', 'Indikator', 'Arah', 'Sebelum', 'Sesudah'],
    ...indicators.map((ind, i): CellInput[] => [
      i + 1,
      `Sasaran ${WORDS[i]}`,
      names[i],
      ind.arah,
      ind.sebelum,
      ind.sesudah,
    ]),
  ]);
  const multi = sheetOf('Multi', [
    ['No', 'Indikator', ...YEARS.flatMap((y) => [`${y} T`, `${y} R`])],
    ...indicators.map((ind, i): CellInput[] => [i + 1, names[i], ...ind.years.flat()]),
  ]);
  const renstra = sheetOf('Renstra', [
    ['No', 'Indikator', 'Target akhir Renstra'],
    ...indicators.map((ind, i): CellInput[] => [i + 1, names[i], ind.renstra ?? null]),
  ]);
  const efisiensi = sheetOf('Efisiensi', [
    ['No', 'Indikator', 'Kinerja', 'Serapan', 'Efisiensi'],
    ...indicators.map((ind, i): CellInput[] => [i + 1, names[i], null, ind.serapan, null]),
  ]);
  // Each program names the indicator of the same number, as budget tables with an Indikator
  // column do.
  const lines: CellInput[][] = [['No', 'Kode', 'Uraian', 'Indikator', 'Pagu', 'Realisasi']];
  budget.forEach((program, p) => {
    lines.push([
      lines.length,
      `7.01.0${p + 1}`,
      `PROGRAM ${WORDS[p]}`,
      names[p] ?? null,
      program.pagu,
      program.realisasi,
    ]);
    program.kegiatan.forEach((kegiatan, k) => {
      const code = `7.01.0${p + 1}.2.0${k + 1}`;
      lines.push([
        lines.length,
        code,
        `Kegiatan ${WORDS[k]}`,
        null,
        kegiatan.pagu,
        kegiatan.realisasi,
      ]);
      kegiatan.sub.forEach(([pagu, realisasi], s) =>
        lines.push([lines.length, `${code}.0${s + 1}`, `Sub ${WORDS[s]}`, null, pagu, realisasi]),
      );
    });
  });
  const anggaran = sheetOf('Anggaran', lines);
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 2);
  const n = indicators.length;
  const tables = [
    tableOf(
      'pk',
      'PK',
      ['no', 'sasaran', 'indikator', 'arah', 'target-sebelum', 'target-sesudah'],
      rows(n),
      { year: 2023 },
    ),
    tableOf(
      'multi-tahun',
      'Multi',
      [
        'no',
        'indikator',
        ...YEARS.flatMap((year): [ColumnRole, Partial<TableColumn>][] => [
          ['target', { year }],
          ['realisasi', { year }],
        ]),
      ],
      rows(n),
    ),
    tableOf(
      'capaian',
      'Renstra',
      ['no', 'indikator', ['target', { header: 'Target akhir Renstra' }]],
      rows(n),
    ),
    tableOf(
      'efisiensi',
      'Efisiensi',
      ['no', 'indikator', 'capaian-kinerja', 'capaian-anggaran', 'efisiensi'],
      rows(n),
      {
        year: 2023,
      },
    ),
    tableOf(
      'anggaran',
      'Anggaran',
      ['no', 'kode', 'uraian', 'indikator', 'pagu', 'realisasi-anggaran'],
      rows(lines.length - 1),
      {
        year: 2023,
      },
    ),
  ];
  return {
    model: modelOf(pk, multi, renstra, efisiensi, anggaran),
    tables: efisiensiTable ? tables : tables.filter((table) => table.kind !== 'efisiensi'),
    names,
  };
}

/** What a value cell means, read independently of the generator: null where it holds none. */
function meant(cell: Cell | null): number | null {
  if (cell === null || cell.value === null) return null;
  if (typeof cell.value === 'number')
    return cell.numFmt?.includes('%') ? cell.value * 100 : cell.value;
  return Number(String(cell.value).replace(/[ %]/g, '').replace(/\./g, '').replace(',', '.'));
}

describe('random workbooks, evaluated by HyperFormula', () => {
  test('every formula equals core, and table 1 links the PK sesudah target and the year realisasi', () => {
    let linked = 0;
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { minLength: 1, maxLength: 5 }),
        budgetArb,
        fc.constantFrom<ScaleName>(...SCALE_NAMES),
        (indicators, budget, skala) => {
          const { model, tables, names } = randomWorkbook(indicators, budget);
          const plan = planTabel(new WorkbookFacts(model, tables, { skala }));
          const spec = tabelSheet(
            plan,
            model.sheets.map((s) => s.name),
          );
          const engine = evaluateSpecIn(model, spec);
          try {
            expectEveryFormula(spec, engine);
            indicators.forEach((ind, i) => {
              const target = meant(ind.sesudah);
              const realisasi = meant(ind.years[2][1]);
              if (target === null || target === 0 || realisasi === null) return;
              const row = rowNaming(spec, new RegExp(`^${names[i]}$`));
              const expected = capaian(target, realisasi, ind.arah);
              const value = engine.value(spec.name, row, 7) as number;
              expect(Math.abs(value - expected)).toBeLessThanOrEqual(
                1e-9 * Math.max(1, Math.abs(expected)),
              );
              linked++;
            });
          } finally {
            engine.destroy();
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(linked).toBeGreaterThan(50);
  });

  test('any choice of tables; without an efisiensi table, table 3.6 comes from the budget programs', () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { minLength: 1, maxLength: 5 }),
        budgetArb,
        fc.subarray([...TABEL_IDS], { minLength: 1 }),
        (indicators, budget, chosen) => {
          const { model, tables, names } = randomWorkbook(indicators, budget, false);
          const plan = planTabel(new WorkbookFacts(model, tables));
          // One row per program naming an indicator of table 1, its serapan from the program's
          // amounts; none where the budget's hierarchy is not certain (fewer than three codes).
          const listed = names
            .slice(0, budget.length)
            .filter((name) => plan.indicators.some((row) => row.indicator === name));
          expect(plan.efisiensi.map((row) => row.indicator)).toEqual(
            plan.anggaran.length > 0 ? listed : [],
          );
          const spec = tabelSheet(
            plan,
            model.sheets.map((s) => s.name),
            chosen,
          );
          const engine = evaluateSpecIn(model, spec);
          try {
            expectEveryFormula(spec, engine);
          } finally {
            engine.destroy();
          }
          if (!chosen.includes(6) || plan.efisiensi.length === 0) return;
          const top = rowsTitled(spec, /^Tabel 3\.6 Efisiensi/);
          const serapan = spec.cells.find((c) => c.row === top + 2 && c.col === 6)!;
          expect(serapan.formula).toContain("'Anggaran'!E2");
          expect(serapan.formula).toContain("'Anggaran'!F2");
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** A real workbook's stated total, read from its cell. */
describe.each([
  // Operasi + Modal: the TOTAL pair; the SUBTOTAL over every level in row 1056 is not a part.
  ['lra-dinkes-2026.xlsx', 'DINKES INDUK', 'J1054', 'K1054'],
  // Rekening blocks under each sub kegiatan and the repeated organisation row are not added.
  ['rak-belanja-diskominfo.xlsx', 'RAK Belanja', 'C488', undefined],
  // Every kelompok belanja of the SIPD export, Belanja Modal included.
  ['dinkes-realisasi-belanja.xlsx', 'DPA', 'J4505', 'K4505'],
])(
  '%s: the budget table totals what the workbook states',
  (file, sheet, paguCell, realisasiCell) => {
    let model: WorkbookModel;
    let spec: SheetSpec;

    beforeAll(async () => {
      model = await readXlsx(readFileSync(`../shared/reference/real-workbooks/${file}`));
      const plan = planTabel(new WorkbookFacts(model, detectTables(model)));
      spec = tabelSheet(
        plan,
        model.sheets.map((s) => s.name),
        [9],
      );
    });

    test(`JUMLAH = '${sheet}'!${paguCell}, and every formula evaluates to what core computed`, () => {
      const stated = (a1: string) => {
        const { row, col } = fromA1(a1);
        return model.sheets.find((s) => s.name === sheet)!.value(row, col);
      };
      const total = spec.cells.find((c) => c.value === 'JUMLAH')!.row;
      const at = (col: number) => spec.cells.find((c) => c.row === total && c.col === col)!;
      expect(at(5).result).toBe(stated(paguCell));
      if (realisasiCell) expect(at(6).result).toBeCloseTo(stated(realisasiCell) as number, 2);
      // The SIPD exports add "0,00" text in their own TOTAL formulas: read those as stored.
      const engine = evaluateSpecIn(model, spec, true);
      try {
        expect(engine.value(spec.name, total, 5)).toBe(stated(paguCell));
        expect(expectEveryFormula(spec, engine)).toBeGreaterThan(100);
      } finally {
        engine.destroy();
      }
    });
  },
);

/**
 * Issue 18: on a Renja evaluation form each indicator's year comes from the columns the numbering
 * row's equations name (the year's realisasi sums the quarters, the year's target is what its
 * capaian divides by, else the column numbered before TW I), never from the roles the last ratio
 * gave (`14 = 13/4` makes Cirebon's Renstra (4) "target", the to-date (13) "realisasi").
 */
describe.each([
  // `11 = 7+8+9+10`, `12 = 11/6 x100%`, `14 = 13/4 x100%`: year W, target M, Renstra I.
  {
    file: 'cirebon-e81-renja-2026.xlsx',
    sheet: 'Sheet1',
    indicator: /^Jumlah Dokumen Perencanaan Perangkat Daerah$/,
    target: ['M21', 5],
    realisasi: ['W21', 3],
    renstra: ['I21', 4],
  },
  // With Satuan: `13 = 9+10+11+12`, `14 = 7 + 13`, `15 = 14 / 6`; no year capaian, so the
  // target is (8), numbered just before TW I (9); (7) is what the to-date total adds.
  {
    file: 'evaluasi-renja-tw4-2025.xlsx',
    sheet: 'Realisasi TW IV',
    indicator: /^Jumlah Dokumen Perencanaan Perangkat Daerah$/,
    target: ['N15', 4],
    realisasi: ['AB15', 4],
    renstra: ['J15', 3],
  },
] as const)('$file: the year of a Renja form', (expected) => {
  let model: WorkbookModel;
  let plan: TabelPlan;
  let spec: SheetSpec;

  beforeAll(async () => {
    model = await readXlsx(readFileSync(`../shared/reference/real-workbooks/${expected.file}`));
    plan = planTabel(new WorkbookFacts(model, detectTables(model)));
    spec = tabelSheet(
      plan,
      model.sheets.map((sheet) => sheet.name),
    );
  });

  test('target, realisasi and Renstra target link the columns the equations name', () => {
    const row = plan.indicators.find((r) => expected.indicator.test(r.indicator))!;
    expect(row.target.value).toBe(expected.target[1]);
    expect(row.realisasi.value).toBe(expected.realisasi[1]);
    expect(row.renstra.value).toBe(expected.renstra[1]);
    const table1 = spec.cells.find(
      (c) => c.col === 4 && typeof c.value === 'string' && expected.indicator.test(c.value),
    )!.row;
    const formula = (col: number) =>
      spec.cells.find((c) => c.row === table1 && c.col === col)?.formula;
    expect(formula(5)).toBe(`'${expected.sheet}'!${expected.target[0]}`);
    expect(formula(6)).toBe(`'${expected.sheet}'!${expected.realisasi[0]}`);
    // A Renja form's rows are program and kegiatan indicators: table 3.2, headed as the form.
    const header = rowsTitled(spec, /^Tabel 3\.2 /) + 1;
    expect(table1).toBeGreaterThan(header);
    const title = (col: number) => spec.cells.find((c) => c.row === header && c.col === col)?.value;
    expect([title(2), title(4)]).toEqual(['Program / Kegiatan', 'Indikator Program / Kegiatan']);
    // The form's own formulas are read as stored: the engine is checking the sheet, not them.
    const engine = evaluateSpecIn(model, spec, true);
    try {
      expect(expectEveryFormula(spec, engine)).toBeGreaterThan(100);
      expect(engine.value(spec.name, table1, 5)).toBe(expected.target[1]);
      expect(engine.value(spec.name, table1, 6)).toBe(expected.realisasi[1]);
      const capaian = (expected.realisasi[1] / expected.target[1]) * 100;
      expect(engine.value(spec.name, table1, 7)).toBeCloseTo(capaian, 9);
      // Table 3 compares with the Renstra target the to-date capaian divides by.
      const renstra = spec.cells.find(
        (c) => c.formula === `'${expected.sheet}'!${expected.renstra[0]}`,
      )!;
      expect(engine.value(spec.name, renstra.row, renstra.col)).toBe(expected.renstra[1]);
    } finally {
      engine.destroy();
    }
  });

  test('no error value in the sheet: a target or pagu of 0 leaves its ratio empty, with a note', () => {
    const errors = spec.cells.filter(
      (c) => typeof c.result === 'string' && c.result.startsWith('#'),
    );
    expect(errors).toEqual([]);
    const zero = plan.indicators.filter((row) => row.target.value === 0);
    expect(zero.length).toBeGreaterThan(0);
    for (const row of zero) {
      const r = spec.cells.find((c) => c.col === 4 && c.value === row.indicator)!.row;
      expect(spec.cells.find((c) => c.row === r && c.col === 7)).toMatchObject({ result: '' });
      expect(plan.notes.join('\n')).toContain(`"${row.indicator}" bernilai 0`);
    }
  });
});

/**
 * Issue 18: tables 4 and 5 from a Renja form read pagu and realisasi from the year's Rp columns
 * the numbering row names (target Renja tahun berjalan Rp; realisasi tahun berjalan Rp, the sum
 * of the quarters), never (5) Renstra Rp nor (6) last year's; the rows nest as the form states,
 * and the JUMLAH is the total the form states (its total row, else its top rows).
 */
describe.each([
  // Kode over A–E (`5 | 03 | 02 | 2.01 | 03`); the program's further indicator rows (71, 76 …)
  // repeat a kegiatan's Rp; row 98, nothing written in it, adds the top rows `=N89+N62+N19`.
  {
    file: 'cirebon-e81-renja-2026.xlsx',
    sheet: 'Sheet1',
    columns: ['N', 'X'],
    stated: [98],
    source: 'kode',
  },
  {
    file: 'cirebon-renja-rkpd-2026.xlsx',
    sheet: 'renja 2026',
    columns: ['N', 'X'],
    stated: [87],
    source: 'kode',
  },
  // No codes: each kegiatan's `SUM(O15:O21)` names its rows; row 113 adds the bidang again.
  {
    file: 'evaluasi-renja-tw4-2025.xlsx',
    sheet: 'Realisasi TW IV',
    columns: ['O', 'AC'],
    stated: [113],
    source: 'rumus',
  },
  // No total row: the two programs, each `SUM(N18:N37)` of its rows, Rp split per indicator.
  {
    file: 'evaluasi-renja-e81-2018.xlsx',
    sheet: 'Sheet-1',
    columns: ['N', 'X'],
    stated: [17, 42],
    source: 'rumus',
  },
] as const)('$file: the budget of a Renja form', (expected) => {
  let model: WorkbookModel;
  let facts: WorkbookFacts;
  let plan: TabelPlan;
  let spec: SheetSpec;
  const letters = (col: number) => toA1(1, col).slice(0, -1);

  beforeAll(async () => {
    model = await readXlsx(readFileSync(`../shared/reference/real-workbooks/${expected.file}`));
    facts = new WorkbookFacts(model, detectTables(model));
    plan = planTabel(facts);
    spec = tabelSheet(
      plan,
      model.sheets.map((sheet) => sheet.name),
      [6, 9],
    );
  });

  test('pagu and realisasi link the year Rp columns; the JUMLAH is the total the form states', () => {
    expect(facts.formBudget?.source).toBe(expected.source);
    const linked = plan.anggaran.flatMap((line) =>
      [...line.pagu, ...line.realisasi].map((value) => [value.ref!.sheet, letters(value.ref!.col)]),
    );
    expect(new Set(linked.map(([sheet, col]) => `${sheet}!${col}`))).toEqual(
      new Set(expected.columns.map((col) => `${expected.sheet}!${col}`)),
    );
    const sheet = model.sheets.find((s) => s.name === expected.sheet)!;
    const stated = (col: string) =>
      expected.stated.reduce(
        (sum, row) => sum + (sheet.value(row, fromA1(`${col}1`).col) as number),
        0,
      );
    const total = spec.cells.find((c) => c.value === 'JUMLAH')!.row;
    const engine = evaluateSpecIn(model, spec, true);
    try {
      expect(engine.value(spec.name, total, 5)).toBe(stated(expected.columns[0]));
      expect(engine.value(spec.name, total, 6)).toBe(stated(expected.columns[1]));
      expect(expectEveryFormula(spec, engine)).toBeGreaterThan(50);
    } finally {
      engine.destroy();
    }
    // The stated total agrees: no second total row, no note of a difference.
    expect(plan.anggaranJumlah.stated).toBeUndefined();
    expect(plan.notes.filter((note) => note.includes('JUMLAH'))).toEqual([]);
  });

  test('table 3.6 pairs each indicator with the Rp of its own row of the form', () => {
    const budget = facts.formBudget!;
    const indicatorCol = budget.table.columns.find((c) => c.role === 'indikator')!.col;
    const shown = (row: number) =>
      facts.text(facts.sheet(expected.sheet), row, indicatorCol).replace(/\s+/g, ' ');
    expect(plan.efisiensi.length).toBeGreaterThan(10);
    for (const row of plan.efisiensi) {
      if (!('pagu' in row.serapan)) throw new Error('serapan not from the form');
      const [pagu, realisasi] = [row.serapan.pagu[0], row.serapan.realisasi[0]];
      // An empty realisasi is a yellow cell to fill, not a link.
      const refs = [pagu.ref, realisasi.ref];
      refs.forEach((ref, i) => {
        if (ref) expect([ref.row, letters(ref.col)]).toEqual([refs[0]!.row, expected.columns[i]]);
      });
      expect(shown(refs[0]!.row)).toContain(row.indicator.replace(/\s+/g, ' ').slice(0, 20));
    }
  });
});

test("Cirebon: a program that states one kegiatan's Rp is shown with the sum of its kegiatan", () => {
  // N63 = N64 (the first kegiatan only); its four kegiatan by kode add up to N62 = 364.134.300.
  return readXlsx(
    readFileSync('../shared/reference/real-workbooks/cirebon-e81-renja-2026.xlsx'),
  ).then((model) => {
    const plan = planTabel(new WorkbookFacts(model, detectTables(model)));
    const program = plan.anggaran.find((line) => line.label === 'PROGRAM KEPEGAWAIAN DAERAH')!;
    expect(program).toMatchObject({ kode: '5.03.02', level: 1, partsDiffer: true });
    expect(program.children.map((i) => plan.anggaran[i].kode)).toEqual([
      '5.03.02.2.01',
      '5.03.02.2.02',
      '5.03.02.2.03',
      '5.03.02.2.04',
    ]);
    expect(plan.notes).toContain(
      'Tabel 3.9: Pagu "PROGRAM KEPEGAWAIAN DAERAH" tertulis 279.285.285, jumlah rinciannya 364.134.300 (selisih 84.849.015): tabel menampilkan keduanya.',
    );
  });
});
