/**
 * planRenja on real forms and on the sample, and the next quarter from a written form: the
 * generated sheet goes through the real .xlsx writer and reader, is filled the way staff fill
 * it, and is read back as last quarter's form.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { readFileSync } from 'node:fs';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { readXlsx } from '../../src/hosts/xlsx/read';
import {
  FIRST_DATA_ROW,
  planRenja,
  RENJA_COLUMNS as COL,
  renjaSheet,
  type RenjaPlan,
} from '../../src/renja';
import { detectTables } from '../../src/workbook/detect';
import type { WorkbookModel } from '../../src/workbook/model';
import { asResult, evaluateSpecIn } from '../evaluasi/hf-engine';

const REAL = '../shared/reference/real-workbooks/';

async function load(path: string): Promise<{ data: Uint8Array; model: WorkbookModel }> {
  const data = new Uint8Array(readFileSync(path));
  return { data, model: await readXlsx(data) };
}

function rowNamed(plan: RenjaPlan, start: string) {
  const row = plan.rows.find((r) => r.indicator.startsWith(start));
  if (!row) throw new Error(`no row ${start}`);
  return row;
}

describe('the Deli Serdang form at TW IV 2025', () => {
  let plan: RenjaPlan;
  let model: WorkbookModel;
  beforeAll(async () => {
    ({ model } = await load(`${REAL}evaluasi-renja-tw4-2025.xlsx`));
    plan = planRenja(new WorkbookFacts(model, detectTables(model)));
  });

  test('reads its rows, values and unit; every quarter filled keeps it at TW IV', () => {
    expect(plan).toMatchObject({
      year: 2025,
      tw: 4,
      source: { kind: 'form', sheet: 'Realisasi TW IV' },
    });
    expect(plan.unit).toMatch(/BAPPEDALITBANG/);
    expect(plan.rows.length).toBeGreaterThan(90);
    const dokumen = rowNamed(plan, 'Jumlah Dokumen Perencanaan Perangkat Daerah');
    expect(dokumen).toMatchObject({
      uraian: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      satuan: 'Dok',
      jenis: 'kumulatif',
      jenisFrom: 'nama',
      k: { renstra: 3, lalu: 3, target: 4 },
      rp: { renstra: 85102670, lalu: 73848000, target: 73945400 },
    });
    // Y15 is a formula whose cached result is 0: carried as the 0 it is (the reader no longer
    // loses cached zeros).
    expect(dokumen.k.quarters.map((q) => q && Math.round(q * 10) / 10)).toEqual([2, 0.8, 1.2, 0]);
    expect(dokumen.rp?.quarters).toEqual([8416000, 12490000, 2688000, 25427000]);
    expect(rowNamed(plan, 'Persentase Tertib Pelaporan').jenis).toBe('nilai-akhir');
    // The form's own signature block signs the new one as "Disusun".
    expect(plan.signature).toMatchObject({
      name: 'Dr. Ir. REMUS HASIHOLAN PARDEDE, M.Si',
      nip: 'NIP. 19660506 199203 1 004',
    });
    expect(plan.signature.jabatan[0]).toMatch(/^KEPALA BADAN PERENCANAAN/);
    // The K quarters backed out of percentages by formulas are named in a note.
    expect(plan.notes.join(' ')).toMatch(/hasil rumus/);
  });

  test('the generated form evaluated by HyperFormula equals core; a kumulatif row sums, a percentage does not', () => {
    const spec = renjaSheet(
      plan,
      model.sheets.map((s) => s.name),
    );
    expect(spec.name).toBe('Evaluasi Renja TW 4 2025');
    const texts = spec.cells.map((cell) => cell.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Disusun',
        'Dievaluasi',
        'Dr. Ir. REMUS HASIHOLAN PARDEDE, M.Si',
        expect.stringMatching(/^KEPALA BAPPEDA/),
        'Rata-rata capaian kinerja (%)',
        'Predikat kinerja',
        'Faktor pendorong keberhasilan pencapaian',
        'Faktor penghambat pencapaian kinerja',
        'Tindak lanjut yang diperlukan dalam triwulan berikutnya',
        'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya',
      ]),
    );
    const engine = evaluateSpecIn(model, spec);
    try {
      for (const cell of spec.cells) {
        if (cell.formula === undefined) continue;
        const got = asResult(engine.value(spec.name, cell.row, cell.col));
        if (typeof cell.result === 'number') expect(got).toBeCloseTo(cell.result, 6);
        else expect(got).toBe(cell.result);
      }
      const at = (start: string, col: number) =>
        asResult(
          engine.value(spec.name, FIRST_DATA_ROW + plan.rows.indexOf(rowNamed(plan, start)), col),
        );
      expect(at('Jumlah Dokumen Perencanaan Perangkat Daerah', COL.tahunIni)).toBeCloseTo(4, 9);
      // Rp: 8.416.000 + 12.490.000 + 2.688.000 + 25.427.000.
      expect(at('Jumlah Dokumen Perencanaan Perangkat Daerah', COL.tahunIni + 1)).toBe(49021000);
      // The form's own AD14 adds 100 + 100 = 200; a level to date is the last quarter's value.
      const persen = rowNamed(plan, 'Persentase Tertib Pelaporan');
      expect(at('Persentase Tertib Pelaporan', COL.sdTahunIni)).toBeCloseTo(
        persen.k.quarters[3]!,
        9,
      );
    } finally {
      engine.destroy();
    }
  });
});

test('the 2018 Sukabumi form: its line rows with K and Rp per row, summary rows left out', async () => {
  const { model } = await load(`${REAL}evaluasi-renja-e81-2018.xlsx`);
  const plan = planRenja(new WorkbookFacts(model, detectTables(model)));
  expect(plan).toMatchObject({ year: 2018, tw: 4 });
  const atk = rowNamed(plan, 'Tersedianya alat tulis kantor');
  expect(atk).toMatchObject({
    satuan: 'jenis',
    unitPj: 'SEKRETARIAT BAPPEDA',
    k: { renstra: 260, target: 52, quarters: [13, 13, 13, 13] },
    rp: { quarters: [23437, 23437, 23437, 23437] },
  });
  expect(plan.rows.some((row) => /rata-rata|predikat/i.test(row.uraian + row.indicator))).toBe(
    false,
  );
});

describe('next quarter from this one', () => {
  test('a form written at TW I, filled, read back: TW I carried as values, TW II opened', async () => {
    const { data, model } = await load('samples/klakah-2023.xlsx');
    const first = planRenja(new WorkbookFacts(model, detectTables(model)), { tw: 1 });
    expect(first.source.kind).toBe('tabel');
    const spec = renjaSheet(
      first,
      model.sheets.map((s) => s.name),
    );
    expect(spec.name).toBe('Evaluasi Renja TW 1 2023');
    const written = await readXlsx(await addSheetToXlsx(data, spec));
    const sheet = written.sheets.find((s) => s.name === spec.name)!;
    // Staff fill TW I: K of every indicator row, Rp of every program row.
    first.rows.forEach((row, i) => {
      const r = FIRST_DATA_ROW + i;
      if (row.indicator !== '') sheet.setCell(r, COL.tw1, { value: 10 + i });
      if (row.rp) sheet.setCell(r, COL.tw1 + 1, { value: 1000 * (i + 1) });
      if (row.indicator !== '') sheet.setCell(r, COL.renstra, { value: i === 0 ? 0 : 100 });
    });
    const tables = detectTables(written);
    const form = tables.find((t) => t.sheet === spec.name);
    expect(form?.kind).toBe('renja');

    const next = planRenja(new WorkbookFacts(written, tables));
    expect(next).toMatchObject({ year: 2023, tw: 2, source: { kind: 'form', sheet: spec.name } });
    expect(next.rows.map((r) => [r.indicator, r.uraian])).toEqual(
      first.rows.map((r) => [r.indicator, r.uraian]),
    );
    next.rows.forEach((row, i) => {
      expect(row.jenis).toBe(first.rows[i].jenis);
      if (row.indicator !== '') {
        expect(row.k.quarters).toEqual([10 + i, undefined, undefined, undefined]);
        expect(row.k.target).toBe(first.rows[i].k.target);
        expect(row.k.renstra).toBe(i === 0 ? 0 : 100);
      }
      if (first.rows[i].rp) expect(row.rp?.quarters[0]).toBe(1000 * (i + 1));
    });
    // A Renstra target of 0 leaves (14) empty and is named in a note.
    expect(next.notes).toContain(
      'Target Renstra (5) bernilai 0 pada baris 1: tingkat capaian (14) tidak dapat dihitung dan dikosongkan; periksa targetnya.',
    );
    const nextSpec = renjaSheet(
      next,
      written.sheets.map((s) => s.name),
    );
    expect(nextSpec.name).toBe('Evaluasi Renja TW 2 2023');
    const indicatorRow = FIRST_DATA_ROW + next.rows.findIndex((r) => r.indicator !== '');
    const cell = (col: number) =>
      nextSpec.cells.find((c) => c.row === indicatorRow && c.col === col);
    expect(cell(COL.tw1)?.highlight).toBeUndefined();
    expect(cell(COL.tw1)?.value).toEqual(expect.any(Number));
    expect(cell(COL.tw1 + 2)).toMatchObject({ value: null, highlight: true });
    expect(cell(COL.tw1 + 4)?.highlight).toBeUndefined();
  });

  test('a jenis chosen by the user overrides the workbook and the name', async () => {
    const { model } = await load(`${REAL}evaluasi-renja-tw4-2025.xlsx`);
    const tables = detectTables(model);
    const plan = planRenja(new WorkbookFacts(model, tables));
    const row = rowNamed(plan, 'Jumlah Dokumen Perencanaan Perangkat Daerah');
    const again = planRenja(new WorkbookFacts(model, tables), {
      jenis: { [row.id]: 'nilai-akhir' },
      tw: 3,
    });
    expect(rowNamed(again, 'Jumlah Dokumen Perencanaan Perangkat Daerah')).toMatchObject({
      jenis: 'nilai-akhir',
      jenisFrom: 'pilihan',
    });
    expect(again.tw).toBe(3);
    expect(again.notes.join(' ')).toMatch(/sampai TW 4/);
  });
});

describe('the Cirebon E.81 form (Satuan column, numbering as text over K | Rp, Tabel 2.2 below)', () => {
  let plan: RenjaPlan;
  let model: WorkbookModel;
  beforeAll(async () => {
    ({ model } = await load(`${REAL}cirebon-e81-renja-2026.xlsx`));
    plan = planRenja(new WorkbookFacts(model, detectTables(model)));
  });

  test('carries the form, not Tabel 2.2 below it, with every K and Rp its line rows hold', () => {
    // TW I and II filled; the zeros typed ahead in TW III and IV report nothing yet.
    expect(plan).toMatchObject({ year: 2026, tw: 3, source: { kind: 'form', sheet: 'Sheet1' } });
    const form = detectTables(model)[0];
    const sheet = model.sheets[0];
    // (4) I/J Renstra, (5) K/L s.d. tahun lalu, (6) M/N target Renja, (7)–(10) O–V quarters.
    // Rp on line rows (an uraian F or an indicator G; row 98, the form's unlabelled total, is no
    // line); K where an indicator is (rows 62, 89 and 90 hold a K with none: nothing it measures).
    const named = (row: number, cols: number[]) => cols.some((c) => sheet.getCell(row, c));
    const carried = (col: number, cols = col % 2 === 1 ? [7] : [6, 7]) =>
      form.dataRows.filter(
        (row) => typeof sheet.getCell(row, col)?.value === 'number' && named(row, cols),
      ).length;
    const written = (pick: (r: RenjaPlan['rows'][number]) => (number | undefined)[]) =>
      plan.rows.flatMap(pick).filter((value) => value !== undefined).length;
    expect(written((r) => [r.k.renstra, r.k.lalu, r.k.target, ...r.k.quarters])).toBe(
      [9, 11, 13, 15, 17, 19, 21].map((c) => carried(c)).reduce((a, b) => a + b),
    );
    expect(
      written((r) => (r.rp ? [r.rp.renstra, r.rp.lalu, r.rp.target, ...r.rp.quarters] : [])),
    ).toBe([10, 12, 14, 16, 18, 20, 22].map((c) => carried(c)).reduce((a, b) => a + b));
    expect(rowNamed(plan, 'Jumlah Dokumen Perencanaan Perangkat Daerah')).toMatchObject({
      satuan: 'dokumen',
      k: { renstra: 4, lalu: 7, target: 5, quarters: [1, 2, undefined, undefined] },
      rp: { renstra: 23000000, lalu: 13413285, target: 3123225 },
    });
    expect(plan.rows.some((r) => /faktor|tindak lanjut/i.test(r.uraian))).toBe(false);
  });

  test('HyperFormula gives the form’s own (11), (13) and (14) on a kumulatif row', () => {
    const spec = renjaSheet(
      plan,
      model.sheets.map((s) => s.name),
    );
    const engine = evaluateSpecIn(model, spec);
    try {
      const at = (col: number) =>
        asResult(
          engine.value(
            spec.name,
            FIRST_DATA_ROW +
              plan.rows.indexOf(rowNamed(plan, 'Jumlah Dokumen Perencanaan Perangkat Daerah')),
            col,
          ),
        );
      // The source row 21: W = 3, X = 1.514.790, AA = 10, AB = 14.928.075, AC = 250 %.
      expect(at(COL.tahunIni)).toBeCloseTo(3, 9);
      expect(at(COL.tahunIni + 1)).toBe(1514790);
      expect(at(COL.sdTahunIni)).toBeCloseTo(10, 9);
      expect(at(COL.sdTahunIni + 1)).toBe(14928075);
      expect(at(COL.capaian)).toBeCloseTo(250, 6);
    } finally {
      engine.destroy();
    }
  });
});
