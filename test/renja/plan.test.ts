/**
 * planRenja on real forms and on the sample, and the next quarter from a written form: the
 * generated sheet goes through the real .xlsx writer and reader, is filled the way staff fill
 * it, and is read back as last quarter's form.
 */
import { capaian } from '../../src/core/capaian';
import { WorkbookFacts } from '../../src/facts/facts';
import { keyOf } from '../../src/facts/indicator-facts';
import { readFileSync } from 'node:fs';
import { modelOf, sheetOf } from '../support/sheets';
import { tableOf } from '../evaluasi/build-model';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { readXlsx } from '../../src/hosts/xlsx/read';
import {
  FIRST_DATA_ROW,
  formRowsOf,
  planRenja,
  RENJA_COLUMNS as COL,
  renjaSheet,
  type RenjaMeasure,
  type RenjaPlan,
} from '../../src/renja';
import { detectTables } from '../../src/workbook/detect';
import { fromA1, type WorkbookModel } from '../../src/workbook/model';
import type { DetectedTable } from '../../src/workbook/table-types';
import { asResult, evaluateSpecIn } from '../evaluasi/hf-engine';
import { officialE81 } from '../support/e81-official';

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
      // The form's own AD14 adds 100 + 100 = 200; a level to date is this year's level. Its K
      // quarters are increments backed out of the cumulative percentage (`=T14*N14-P14`): the
      // form states 100 for the year (their sum), not the last quarter's 21,43.
      const persen = rowNamed(plan, 'Persentase Tertib Pelaporan');
      expect(persen.k.stated).toBeCloseTo(100, 9);
      expect(persen.k.quarters[3]).toBeCloseTo(21.43, 2);
      expect(persen.increments).toBe(true);
      expect(persen.notes.join(' ')).toMatch(/triwulan formulir sumber adalah tambahan/);
      expect(at('Persentase Tertib Pelaporan', COL.tahunIni)).toBeCloseTo(100, 9);
      expect(at('Persentase Tertib Pelaporan', COL.sdTahunIni)).toBeCloseTo(100, 9);
      // Where the stated year's value and the jenis agree, nothing is said and nothing changes.
      const disiplin = rowNamed(plan, 'Persentase Tingkat Disiplin Aparatur');
      expect(disiplin.increments).toBeUndefined();
      expect(disiplin.notes).toEqual([]);
      expect(at('Persentase Tingkat Disiplin Aparatur', COL.tahunIni)).toBe(100);
      // Every nilai-akhir row: (12) is what the form states, or a note says what it states.
      for (const row of plan.rows.filter(
        (r) => r.jenis === 'nilai-akhir' && r.k.stated !== undefined,
      )) {
        const got = at(row.indicator, COL.tahunIni);
        if (typeof got === 'number' && Math.abs(got - row.k.stated!) > 0.01)
          expect(row.notes.join(' ')).toMatch(/formulir sumber menulis \(12\) K/);
      }
    } finally {
      engine.destroy();
    }
  });
});

describe('a Polaritas-negatif (arah turun) indicator on the Deli Serdang form', () => {
  const NAME = 'Persentase Keselarasan Dokumen Perencanaan Daerah';
  test('its (14) K is (2 × (5) − (13)) / (5) × 100 with its note, as HyperFormula computes it', async () => {
    const { model } = await load(`${REAL}evaluasi-renja-tw4-2025.xlsx`);
    const tables = detectTables(model);
    const naik = planRenja(new WorkbookFacts(model, tables));
    const key = keyOf(rowNamed(naik, NAME).indicator);
    // The user's choice, as the pane's Arah choice (or a Polaritas column) gives the facts.
    const plan = planRenja(new WorkbookFacts(model, tables, { arah: { [key]: 'turun' } }));
    const row = rowNamed(plan, NAME);
    expect(row).toMatchObject({ arah: 'turun', arahFrom: 'pilihan' });
    expect(rowNamed(naik, NAME)).toMatchObject({ arah: 'naik', arahFrom: 'bawaan' });
    const spec = renjaSheet(
      plan,
      model.sheets.map((s) => s.name),
    );
    const engine = evaluateSpecIn(model, spec);
    try {
      const r = FIRST_DATA_ROW + plan.rows.indexOf(row);
      const renstra = row.k.renstra!;
      const sd = asResult(engine.value(spec.name, r, COL.sdTahunIni)) as number;
      expect(sd).toBeCloseTo(92.857, 3); // the increments' sum the form states
      expect(asResult(engine.value(spec.name, r, COL.capaian))).toBeCloseTo(
        capaian(renstra, sd, 'turun'),
        9,
      );
      expect(capaian(renstra, sd, 'turun')).not.toBeCloseTo(capaian(renstra, sd), 3);
      const keterangan = spec.cells.find((c) => c.row === r && c.col === COL.keterangan);
      expect(keterangan?.value).toMatch(/Catatan add-in: arah turun \(dipilih pengguna\)/);
    } finally {
      engine.destroy();
    }
  });
});

/**
 * Issue 20: an E.81 form whose indicator the workbook's PK states Polaritas Negatif (a name that
 * does not tell its arah): the generated form's (14) K is the lower-is-better capaian, with its
 * note, as a real engine computes it over the form the staff wrote.
 */
test('an E.81 form with a Polaritas-negatif indicator: (14) K lower-is-better, with its note', () => {
  const NAME = 'Persentase temuan audit berulang';
  // K | Rp: Renstra (5), realisasi s.d. tahun lalu (6), target Renja (7), TW I–IV (8–11),
  // then (12), (13), (14) as the staff typed them.
  const form = officialE81([
    [
      1,
      'Menurunnya temuan',
      'Program A',
      NAME,
      10,
      5000,
      6,
      1000,
      5,
      1000,
      6,
      200,
      5,
      300,
      5,
      250,
      4,
      150,
      4,
      900,
      10,
      1900,
      100,
      38,
      'Inspektorat',
    ],
  ]);
  const pk = sheetOf('PK 2026', [
    ['Indikator Kinerja', 'Target', 'Polaritas'],
    [NAME, 5, 'Negatif'],
  ]);
  const model = modelOf(form, pk);
  const tables = [
    ...detectTables(modelOf(form)),
    tableOf('pk', 'PK 2026', ['indikator', 'target', 'arah'], [2]),
  ];
  expect(tables[0].kind).toBe('renja');
  const plan = planRenja(new WorkbookFacts(model, tables, { tahun: 2026 }));
  const row = rowNamed(plan, NAME);
  expect(row).toMatchObject({ arah: 'turun', arahFrom: 'workbook' });
  const spec = renjaSheet(
    plan,
    model.sheets.map((s) => s.name),
  );
  const engine = evaluateSpecIn(model, spec);
  try {
    const r = formRowsOf(plan).firstData + plan.rows.indexOf(row);
    const renstra = row.k.renstra!;
    expect(renstra).toBe(10);
    const sd = asResult(engine.value(spec.name, r, COL.sdTahunIni)) as number;
    expect(typeof sd).toBe('number');
    const written = asResult(engine.value(spec.name, r, COL.capaian)) as number;
    expect(written).toBeCloseTo(capaian(renstra, sd, 'turun'), 9);
    expect(written).not.toBeCloseTo(capaian(renstra, sd), 3);
    const keterangan = spec.cells.find((c) => c.row === r && c.col === COL.keterangan);
    expect(keterangan?.value).toMatch(
      /Catatan add-in: arah turun \(kolom Arah\/Polaritas\): tingkat capaian \(14\) K = \(2 × \(5\) − \(13\)\) \/ \(5\) × 100/,
    );
  } finally {
    engine.destroy();
  }
});

describe('arah of a row: its Arah/Polaritas column, the facts, or a name that cannot mean the opposite', () => {
  const sheet = sheetOf('PK 2025', [
    ['Indikator', 'Target', 'Polaritas'],
    ['Persentase layanan tepat waktu', 95, 'Negatif'],
    ['Rata-rata waktu penyelesaian izin', 3, ''],
    ['Angka pelanggaran lalu lintas', 40, ''],
    ['Persentase pengaduan yang ditindaklanjuti', 90, ''],
    ['Jumlah dokumen perencanaan', 4, ''],
  ]);
  const tables = [tableOf('pk', 'PK 2025', ['indikator', 'target', 'arah'], [2, 3, 4, 5, 6])];
  const plan = planRenja(new WorkbookFacts(modelOf(sheet), tables));
  const spec = renjaSheet(plan, []);
  test.each([
    ['Persentase layanan tepat waktu', 'turun', 'workbook'],
    ['Rata-rata waktu penyelesaian izin', 'turun', 'nama'],
    ['Angka pelanggaran lalu lintas', 'turun', 'nama'],
    ['Persentase pengaduan yang ditindaklanjuti', 'naik', 'bawaan'],
    ['Jumlah dokumen perencanaan', 'naik', 'bawaan'],
  ])('%s: %s (%s)', (name, arah, from) => {
    const row = rowNamed(plan, name);
    expect(row).toMatchObject({ arah, arahFrom: from });
    const r = formRowsOf(plan).firstData + plan.rows.indexOf(row);
    const formula = spec.cells.find((c) => c.row === r && c.col === COL.capaian)?.formula;
    const keterangan = spec.cells.find((c) => c.row === r && c.col === COL.keterangan)?.value;
    if (arah === 'turun') {
      expect(formula).toContain(`(2*G${r}-W${r})/G${r}*100`);
      expect(keterangan).toMatch(/^Catatan add-in: arah turun/);
    } else {
      expect(formula).toContain(`W${r}/G${r}*100`);
      expect(keterangan).toBeUndefined();
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

/**
 * Both Cirebon forms (issue 18's done criterion): the form, not the Tabel 2.2 RKPD summary on the
 * same sheet or the next, with every K and Rp its line rows hold, the next quarter opened, and
 * formulas that HyperFormula evaluates to the form's own equations.
 */
describe.each([
  { file: 'cirebon-e81-renja-2026.xlsx', sheet: 'Sheet1' },
  { file: 'cirebon-renja-rkpd-2026.xlsx', sheet: 'renja 2026' },
])(
  'the Cirebon E.81 form $file (Satuan column, numbering as text over K | Rp)',
  ({ file, sheet }) => {
    let plan: RenjaPlan;
    let model: WorkbookModel;
    let form: DetectedTable;
    beforeAll(async () => {
      ({ model } = await load(`${REAL}${file}`));
      const tables = detectTables(model);
      form = tables.find((table) => table.sheet === sheet && table.kind === 'renja')!;
      plan = planRenja(new WorkbookFacts(model, tables));
    });

    test('carries the 76-row form, not Tabel 2.2, with every K and Rp its rows hold, in order', () => {
      // TW I and II filled; the zeros typed ahead in TW III and IV report nothing yet.
      expect(plan).toMatchObject({ year: 2026, tw: 3, source: { kind: 'form', sheet } });
      // The form's 76 rows naming an urusan, program, kegiatan or sub kegiatan, and the 5 rows
      // below a program that hold one more of its indicators.
      expect(plan.rows.filter((r) => r.uraian !== '')).toHaveLength(76);
      expect(plan.rows.filter((r) => r.uraian === '' && r.indicator !== '')).toHaveLength(5);
      expect(plan.rows).toHaveLength(81);
      const source = model.sheets.find((s) => s.name === sheet)!;
      // (4) I/J Renstra, (5) K/L s.d. tahun lalu, (6) M/N target Renja, (7)–(10) O–V quarters.
      // Rp on line rows (an uraian F or an indicator G; the form's unlabelled total is no line); K
      // where an indicator is (rows holding a K with none: nothing it measures).
      const named = (row: number, cols: number[]) => cols.some((c) => source.getCell(row, c));
      const stated = (col: number) => {
        const cols = col % 2 === 1 ? [7] : [6, 7];
        return form.dataRows.flatMap((row) => {
          const value = source.getCell(row, col)?.value;
          return typeof value === 'number' && named(row, cols) ? [value] : [];
        });
      };
      const carried = (pick: (r: RenjaPlan['rows'][number]) => number | undefined) =>
        plan.rows.flatMap((r) => pick(r) ?? []);
      const fields = [
        (m: RenjaMeasure) => m.renstra,
        (m: RenjaMeasure) => m.lalu,
        (m: RenjaMeasure) => m.target,
        ...[0, 1, 2, 3].map((q) => (m: RenjaMeasure) => m.quarters[q]),
      ];
      fields.forEach((field, i) => {
        expect(carried((r) => field(r.k))).toEqual(stated(9 + 2 * i));
        expect(carried((r) => (r.rp ? field(r.rp) : undefined))).toEqual(stated(10 + 2 * i));
      });
      expect(rowNamed(plan, 'Jumlah Dokumen Perencanaan Perangkat Daerah')).toMatchObject({
        satuan: 'dokumen',
        k: { renstra: 4, lalu: 7, target: 5, quarters: [1, 2, undefined, undefined] },
        rp: { renstra: 23000000, lalu: 13413285, target: 3123225 },
      });
      expect(plan.rows.some((r) => /faktor|tindak lanjut/i.test(r.uraian))).toBe(false);
    });

    test('the RKPD sasaran list above the form is carried where the form states one', () => {
      const spec = renjaSheet(plan, []);
      const texts = spec.cells.map((cell) => cell.value);
      expect(texts.slice(0, 3)).toEqual([
        'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN/KOTA',
        expect.stringMatching(/^PERANGKAT DAERAH: /),
        'PERIODE PELAKSANAAN: TRIWULAN III TAHUN 2026',
      ]);
      if (sheet === 'renja 2026') {
        // That sheet's form starts on row 2: no list above it, none is made up.
        expect(plan.sasaranRkpd).toBeUndefined();
        expect(formRowsOf(plan).firstData).toBe(FIRST_DATA_ROW);
        return;
      }
      // Cirebon rows 4–11: the heading and its seven numbered lines, as the form writes them.
      expect(plan.sasaranRkpd?.heading).toMatch(/^Indikator dan target kinerja .* sasaran RKPD:$/);
      expect(plan.sasaranRkpd?.items).toHaveLength(7);
      expect(plan.sasaranRkpd?.items[0]).toBe('1. Indeks Kematangan Organisasi');
      expect(texts).toEqual(
        expect.arrayContaining([plan.sasaranRkpd!.heading, ...plan.sasaranRkpd!.items]),
      );
      // The form moves down below the list; the numbering row is still the official one.
      const rows = formRowsOf(plan);
      expect(rows.firstData).toBe(FIRST_DATA_ROW + 9);
      expect(spec.cells.find((c) => c.row === rows.numbering && c.col === COL.capaian)?.value).toBe(
        '14 = 13 / 5 x 100',
      );
      expect(spec.frozenRows).toBe(rows.unit);
    });

    test('opens TW III: TW I and II carried as values, TW III yellow on every indicator row', () => {
      const spec = renjaSheet(
        plan,
        model.sheets.map((s) => s.name),
      );
      const at = (row: number, col: number) =>
        spec.cells.find((cell) => cell.row === row && cell.col === col);
      plan.rows.forEach((row, i) => {
        const r = formRowsOf(plan).firstData + i;
        if (row.indicator !== '') expect(at(r, COL.tw1 + 4)?.highlight).toBe(true);
        row.k.quarters.slice(0, 2).forEach((value, q) => {
          if (value !== undefined) expect(at(r, COL.tw1 + 2 * q)).toMatchObject({ value });
          if (value !== undefined) expect(at(r, COL.tw1 + 2 * q)?.highlight).toBeUndefined();
        });
      });
    });

    test('HyperFormula gives the form’s own (11), (13) and (14) on every Rp and kumulatif K row', () => {
      const spec = renjaSheet(
        plan,
        model.sheets.map((s) => s.name),
      );
      const engine = evaluateSpecIn(model, spec);
      // 11 = 7+8+9+10, 13 = 5 + 11, 14 = 13/4 x100%: the form's numbers, the sheet's (12)–(14).
      const expectEquations = (measure: RenjaMeasure, r: number, offset: number) => {
        const value = (col: number) => asResult(engine.value(spec.name, r, col + offset));
        const quarters = measure.quarters.filter((q): q is number => q !== undefined);
        const year = quarters.length > 0 ? quarters.reduce((a, b) => a + b) : undefined;
        const toDate =
          year === undefined && measure.lalu === undefined
            ? undefined
            : (measure.lalu ?? 0) + (year ?? 0);
        if (year === undefined) expect(value(COL.tahunIni)).toBe('');
        else expect(value(COL.tahunIni)).toBeCloseTo(year, 6);
        if (toDate === undefined) expect(value(COL.sdTahunIni)).toBe('');
        else expect(value(COL.sdTahunIni)).toBeCloseTo(toDate, 6);
        if (toDate === undefined || !measure.renstra) expect(value(COL.capaian)).toBe('');
        else expect(value(COL.capaian)).toBeCloseTo((toDate / measure.renstra) * 100, 6);
      };
      let checked = 0;
      try {
        plan.rows.forEach((row, i) => {
          const r = formRowsOf(plan).firstData + i;
          if (row.rp) {
            expectEquations(row.rp, r, 1);
            checked++;
          }
          if (row.indicator !== '' && row.jenis === 'kumulatif') {
            expectEquations(row.k, r, 0);
            checked++;
          }
        });
      } finally {
        engine.destroy();
      }
      expect(checked).toBeGreaterThan(76);
    });
  },
);

/**
 * Without a form, each program's target Renja Rp is its whole pagu in the budget table: the TOTAL
 * column where there is one, else every kelompok belanja added (not the first pagu column only).
 */
describe.each([
  // Operasi (F), Modal (H), Tak Terduga (J), Transfer (L): no TOTAL column.
  {
    file: 'lra-juli-diskominfo.xlsx',
    sheet: 'Sheet1',
    program: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    columns: ['F', 'H', 'J', 'L'],
  },
  // Operasi (F) and Modal (H) beside their Total (J): the Total only.
  {
    file: 'lra-dinkes-2026.xlsx',
    sheet: 'DINKES INDUK',
    program: 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
    columns: ['J'],
  },
])('$file: a program’s pagu from every pagu column of its budget line', (expected) => {
  test(`${expected.columns.join(' + ')}`, async () => {
    const { model } = await load(`${REAL}${expected.file}`);
    const facts = new WorkbookFacts(model, detectTables(model));
    const plan = planRenja(facts);
    const sheet = facts.sheet(expected.sheet);
    // Amounts as the user sees them: the SIPD export writes some as text (`3.569.304.500,00`).
    const amount = (row: number, col: number) => facts.amount(sheet, row, col).value ?? 0;
    let line = 0;
    sheet.forEachCell((row, col, cell) => {
      if (line === 0 && col === 5 && cell.value === expected.program) line = row;
    });
    const pagu = expected.columns
      .map((letters) => amount(line, fromA1(`${letters}1`).col))
      .reduce((sum, value) => sum + value);
    // The first pagu column alone (Operasi) is less: Belanja Modal is there too.
    expect(amount(line, 6)).toBeLessThan(pagu);
    const row = plan.rows.find((r) => r.uraian === expected.program)!;
    expect(row.rp?.target).toBe(pagu);
  });
});
