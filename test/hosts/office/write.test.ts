import { WorkbookFacts } from '../../../src/facts/facts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluasiSheet, planEvaluasi } from '../../../src/evaluasi';
import { PAYLOAD_BUDGET } from '../../../src/hosts/office/payload';
import { MAX_CHARTS } from '../../../src/hosts/office/charts';
import {
  addSheet,
  removeSheet,
  rowBands,
  selectCell,
  writePlan,
} from '../../../src/hosts/office/write';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { detectTables } from '../../../src/workbook/detect';
import { HIGHLIGHT_COLOR, type SheetSpec } from '../../../src/sheetgen/sheet-spec';
import { EXCEL_WEB_LIMIT, mockExcel } from './excel-mock';
import { chartSpec } from '../chart-spec';

const spec: SheetSpec = {
  name: 'Hasil Validasi',
  cells: [
    { row: 1, col: 1, value: 'Hasil Validasi Workbook LKj', bold: true },
    { row: 3, col: 1, value: 1 },
    { row: 3, col: 2, value: "=SUM(A1:A9) dari 'Tabel'" },
    { row: 3, col: 3, value: 'G6', link: "'BAB III'!G6" },
    { row: 4, col: 2, value: '95,23', highlight: true, wrap: true },
    { row: 4, col: 3, formula: 'B3/100', result: 0.5, numFmt: '0.00%' },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  columnWidths: { 2: 20 },
};

function written(stats: ReturnType<typeof mockExcel>['stats'], address: string) {
  const range = stats.written.find((entry) => entry.address === address);
  if (!range) throw new Error(`Tidak ada tulisan ke ${address}`);
  return range.mock;
}

describe('addSheet', () => {
  it('writes a new sheet under a free name in one batch after reading the names', async () => {
    const { context, stats } = mockExcel([
      { name: 'BAB III', rows: 1, cols: 1 },
      { name: 'Hasil Validasi', rows: 1, cols: 1 },
    ]);

    const { name } = await addSheet(context, spec);

    expect(name).toBe('Hasil Validasi (2)');
    expect(stats.added).toEqual(['Hasil Validasi (2)']);
    // Sync 1 reads the names; every write is queued before sync 2, the only other sync.
    expect(stats.syncs).toBe(2);
    expect([...stats.writeSyncs]).toEqual([1]);
    expect(stats.activated).toEqual(['Hasil Validasi (2)']);
  });

  it('writes contents as one matrix, text with an apostrophe so it stays text', async () => {
    const { context, stats } = mockExcel([{ name: 'BAB III', rows: 1, cols: 1 }]);

    await addSheet(context, spec);

    const box = written(stats, 'A1:C4');
    expect(box.formulas).toEqual([
      ["'Hasil Validasi Workbook LKj", '', ''],
      ['', '', ''],
      [1, "'=SUM(A1:A9) dari 'Tabel'", "'G6"],
      ['', "'95,23", '=B3/100'],
    ]);
    expect(box.numberFormat[3][2]).toBe('0.00%');
    expect(box.numberFormat[0][0]).toBe('General');
  });

  it('writes formats, hyperlinks to cells, merges and column widths', async () => {
    const { context, stats } = mockExcel([{ name: 'BAB III', rows: 1, cols: 1 }]);

    await addSheet(context, spec);

    expect(written(stats, 'A1').format.font.bold).toBe(true);
    expect(written(stats, 'C3').hyperlink).toEqual({
      documentReference: "'BAB III'!G6",
      textToDisplay: 'G6',
      screenTip: "'BAB III'!G6",
    });
    expect(written(stats, 'B4').format.fill.color).toBe(HIGHLIGHT_COLOR);
    expect(written(stats, 'B4').format.wrapText).toBe(true);
    expect(stats.merged).toEqual(['Hasil Validasi!A1:C1']);
    expect(written(stats, 'B:B').format.columnWidth).toBeGreaterThan(100);
    // Nothing is written to the sheets that were there.
    expect(stats.written.every((range) => range.sheet === 'Hasil Validasi')).toBe(true);
  });
});

describe('addSheet with sheet settings', () => {
  it('freezes the header, adds filter buttons, fills by colour and prints landscape one page wide', async () => {
    const { context, stats } = mockExcel([{ name: 'BAB III', rows: 1, cols: 1 }]);
    const settings: SheetSpec = {
      ...spec,
      cells: [...spec.cells, { row: 5, col: 1, value: 'Kesalahan', fill: '#FFC7CE' }],
      frozenRows: 3,
      autoFilter: { top: 3, left: 1, bottom: 5, right: 3 },
      print: { landscape: true, fitToWidth: true, titleRows: { first: 3, last: 3 } },
    };

    await addSheet(context, settings);

    expect(written(stats, 'A5').format.fill.color).toBe('#FFC7CE');
    expect(stats.frozen).toEqual(['Hasil Validasi: 3']);
    expect(stats.filtered).toEqual(['Hasil Validasi!A3:C5']);
    expect(stats.printTitles).toEqual(['Hasil Validasi: $3:$3']);
    const layout = stats.pageLayouts.get('Hasil Validasi');
    expect(layout?.orientation).toBe('Landscape');
    expect(layout?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    // All in the one writing batch.
    expect(stats.syncs).toBe(2);
  });
});

/** A "Hasil Validasi" sheet as the pane builds it: a linked cell and a wrapped message per row. */
function report(findings: number): SheetSpec {
  const cells: SheetSpec['cells'] = [{ row: 1, col: 1, value: 'Hasil Validasi', bold: true }];
  for (let i = 0; i < findings; i++) {
    const row = 4 + i;
    const cell = `G${8 + i}`;
    cells.push(
      { row, col: 1, value: i + 1 },
      { row, col: 2, value: 'Tabel 3.1 Capaian' },
      { row, col: 3, value: cell, link: `'Tabel 3.1 Capaian'!${cell}` },
      { row, col: 4, value: 'Kesalahan' },
      { row, col: 5, value: 'capaian-salah' },
      {
        row,
        col: 6,
        value: `Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)`,
        wrap: true,
      },
    );
  }
  return {
    name: 'Hasil Validasi',
    cells,
    merges: [{ top: 1, left: 1, bottom: 1, right: 6 }],
    columnWidths: { 6: 90 },
  };
}

describe('addSheet with a large report', () => {
  it('writes 20,000 linked findings in batches that each stay under the 5 MB request limit', async () => {
    const spec = report(20_000);
    const { context, stats } = mockExcel([{ name: 'Tabel 3.1 Capaian', rows: 1, cols: 1 }]);

    const { name } = await addSheet(context, spec);

    expect(name).toBe('Hasil Validasi');
    expect(stats.refused).toBe(0);
    const total = stats.requests.reduce((sum, size) => sum + size, 0);
    // In one batch Excel on the web would refuse it.
    expect(total).toBeGreaterThan(2 * EXCEL_WEB_LIMIT);
    for (const request of stats.requests) expect(request).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    // Sync 1 reads the names, then one sync per batch; batches are full, not row by row.
    expect(stats.syncs).toBe(1 + stats.requests.length);
    expect(stats.requests.length).toBeGreaterThan(2);
    expect(stats.requests.length).toBeLessThanOrEqual(Math.ceil(total / (EXCEL_WEB_LIMIT / 2)));
    expect([...stats.writeSyncs]).toEqual(stats.requests.map((_, i) => i + 1));

    // Every finding is written once, with its link; the bands of rows meet without gap or overlap.
    const links = stats.written.filter((range) => range.mock.hyperlink !== undefined);
    expect(links).toHaveLength(20_000);
    expect(links[19_999].address).toBe('C20003');
    expect(links[19_999].mock.hyperlink).toEqual({
      documentReference: "'Tabel 3.1 Capaian'!G20007",
      textToDisplay: 'G20007',
      screenTip: "'Tabel 3.1 Capaian'!G20007",
    });
    const boxes = stats.written.filter((range) => range.mock.formulas !== undefined);
    expect(boxes).toHaveLength(stats.requests.length);
    const rows = boxes.flatMap((box) => {
      const [, top, bottom] = /^A(\d+):F(\d+)$/.exec(box.address) ?? [];
      return Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, i) => Number(top) + i);
    });
    expect(rows).toEqual(Array.from({ length: 20_003 }, (_, i) => i + 1));
    expect(boxes[boxes.length - 1].mock.formulas.at(-1)).toEqual([
      20_000,
      "'Tabel 3.1 Capaian",
      "'G20007",
      "'Kesalahan",
      "'capaian-salah",
      "'Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)",
    ]);
    // Merges, widths and the activation come last, once.
    expect(stats.merged).toEqual(['Hasil Validasi!A1:F1']);
    expect(stats.activated).toEqual(['Hasil Validasi']);
    expect(stats.deleted).toEqual([]);
  }, 180_000);

  it('keeps a report of 1,000 findings in one batch', async () => {
    const { context, stats } = mockExcel([{ name: 'Tabel 3.1 Capaian', rows: 1, cols: 1 }]);

    await addSheet(context, report(1_000));

    expect(stats.syncs).toBe(2);
    expect(stats.requests).toHaveLength(1);
  });

  it('removes its half-written sheet when the host refuses a later batch', async () => {
    const spec = report(300);
    // A last row far larger than the budget: a row goes alone, and the host refuses it.
    spec.cells.push({ row: 400, col: 6, value: 'x'.repeat(300_000) });
    const { context, stats } = mockExcel([{ name: 'Tabel 3.1 Capaian', rows: 1, cols: 1 }], {
      payloadLimit: 250_000,
    });

    await expect(addSheet(context, spec, { budgetBytes: 100_000 })).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });

    expect(stats.requests.length).toBeGreaterThan(1);
    expect(stats.added).toEqual(['Hasil Validasi']);
    expect(stats.deleted).toEqual(['Hasil Validasi']);
  });

  it('in an undo group, leaves the half-written sheet to removeSheet, run outside the group', async () => {
    const spec = report(300);
    spec.cells.push({ row: 400, col: 6, value: 'x'.repeat(300_000) });
    const { context, stats, inUndoGroup } = mockExcel(
      [{ name: 'Tabel 3.1 Capaian', rows: 1, cols: 1 }],
      { payloadLimit: 250_000 },
    );
    inUndoGroup(true);
    await expect(writePlan(context, spec)).resolves.toEqual({
      replaces: false,
      name: 'Hasil Validasi',
    });
    await expect(addSheet(context, spec, { budgetBytes: 100_000 })).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    // Excel refuses to delete a sheet inside an undo group.
    expect(stats.deleted).toEqual([]);
    expect(stats.sheetOrder()).toEqual(['Tabel 3.1 Capaian', 'Hasil Validasi']);

    inUndoGroup(false);
    await removeSheet(context, 'Hasil Validasi');
    expect(stats.sheetOrder()).toEqual(['Tabel 3.1 Capaian']);
    await removeSheet(context, 'Hasil Validasi');
    expect(stats.deleted).toEqual(['Hasil Validasi']);
  });
});

describe('addSheet when Excel refuses a band the estimate let through', () => {
  /** Rows of the written content matrices, in order: each row of the sheet written once. */
  const writtenRows = (stats: ReturnType<typeof mockExcel>['stats']) =>
    stats.written
      .filter((range) => range.mock.formulas !== undefined)
      .flatMap((box) => {
        const [, top, bottom] = /^A(\d+):F(\d+)$/.exec(box.address) ?? [];
        return Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, i) => Number(top) + i);
      });

  it.each(['documented', 'GeneralException'] as const)(
    'writes it again in halves (size error: %s) and finishes the sheet',
    async (payloadErrorCode) => {
      const spec = report(1_200);
      const { context, stats } = mockExcel([{ name: 'Tabel 3.1 Capaian', rows: 1, cols: 1 }], {
        payloadLimit: 300_000,
        payloadErrorCode,
      });

      const { name } = await addSheet(context, spec, { budgetBytes: 500_000 });

      expect(name).toBe('Hasil Validasi');
      expect(stats.refused).toBeGreaterThan(0);
      for (const request of stats.requests) expect(request).toBeLessThanOrEqual(300_000);
      // The first band was refused with the sheet's creation: it is created once all the same.
      expect(stats.added).toEqual(['Hasil Validasi']);
      expect(writtenRows(stats)).toEqual(Array.from({ length: 1_203 }, (_, i) => i + 1));
      const links = stats.written.filter((range) => range.mock.hyperlink !== undefined);
      expect(links).toHaveLength(1_200);
      expect(stats.merged).toEqual(['Hasil Validasi!A1:F1']);
      expect(stats.activated).toEqual(['Hasil Validasi']);
      expect(stats.deleted).toEqual([]);
    },
    60_000,
  );

  it('writes the evaluasi sheet in halves when Excel refuses it whole', async () => {
    const model = await readXlsx(
      readFileSync(path.resolve(__dirname, '../../../samples/klakah-2023.xlsx')),
    );
    const names = model.sheets.map((sheet) => sheet.name);
    const evaluasi = evaluasiSheet(
      planEvaluasi(new WorkbookFacts(model, detectTables(model))),
      names,
    );
    const whole = mockExcel(names.map((name) => ({ name, rows: 1, cols: 1 })));
    await addSheet(whole.context, evaluasi);
    const [size] = whole.stats.requests;
    const { context, stats } = mockExcel(
      names.map((name) => ({ name, rows: 1, cols: 1 })),
      { payloadLimit: Math.ceil(size * 0.7) },
    );

    await addSheet(context, evaluasi);

    expect(stats.refused).toBe(1);
    expect(stats.requests.length).toBeGreaterThan(1);
    const formulas = stats.written.flatMap((range) =>
      range.mock.formulas === undefined ? [] : (range.mock.formulas as unknown[][]).flat(),
    );
    for (const cell of evaluasi.cells.filter((c) => c.formula !== undefined)) {
      expect(formulas).toContain(`=${cell.formula}`);
    }
    expect(stats.merged).toHaveLength(evaluasi.merges.length);
    expect(stats.activated).toEqual([evaluasi.name]);
  });
});

describe('rowBands', () => {
  const row = (r: number, value = 'teks') => [1, 2].map((col) => ({ row: r, col, value }));

  it('keeps whole rows together, in order, within the budget', () => {
    const cells = [5, 1, 3, 2, 4].flatMap((r) => row(r));
    const bands = rowBands(cells, 3 * 2 * 64 + 100);
    expect(bands.map((band) => band.map((cell) => `${cell.row}:${cell.col}`))).toEqual([
      ['1:1', '1:2', '2:1', '2:2', '3:1', '3:2'],
      ['4:1', '4:2', '5:1', '5:2'],
    ]);
  });

  it('counts the empty rows a band spans, and lets an oversized row go alone', () => {
    expect(rowBands([...row(1), ...row(40)], 20 * 2 * 64).map((band) => band.length)).toEqual([
      2, 2,
    ]);
    const huge = row(2, 'x'.repeat(5_000));
    expect(rowBands([...row(1), ...huge, ...row(3)], 1_000).map((band) => band[0].row)).toEqual([
      1, 2, 3,
    ]);
  });

  it('gives one band for a spec that fits the budget, and one empty band for no cells', () => {
    expect(rowBands(report(10).cells, PAYLOAD_BUDGET)).toHaveLength(1);
    expect(rowBands([], PAYLOAD_BUDGET)).toEqual([[]]);
  });
});

describe('selectCell', () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const { context, stats } = mockExcel([
      { name: 'PK 2023', rows: 1, cols: 1 },
      { name: 'BAB III', rows: 1, cols: 1 },
    ]);

    await selectCell(context, 'BAB III', 'G22');

    expect(stats.activated).toEqual(['BAB III']);
    expect(stats.selected).toEqual(['BAB III!G22']);
    expect(stats.syncs).toBe(1);
  });

  it('says in Bahasa Indonesia that a hidden sheet must be shown first, and leaves it hidden', async () => {
    const { context, stats } = mockExcel([
      { name: 'PK 2023', rows: 1, cols: 1 },
      { name: 'Lama', rows: 1, cols: 1, visibility: 'Hidden' },
    ]);

    await expect(selectCell(context, 'Lama', 'B3')).rejects.toThrow(
      'Sheet "Lama" disembunyikan, jadi sel B3 tidak dapat dipilih. Tampilkan dulu sheet itu (klik kanan tab sheet, lalu Tampilkan), kemudian klik temuan ini lagi.',
    );
    expect(stats.activated).toEqual([]);
  });
});

describe('addSheet with the evaluasi sheet of the sample', () => {
  it('writes the whole generated sheet, formulas included, in one batch', async () => {
    const model = await readXlsx(
      readFileSync(path.resolve(__dirname, '../../../samples/klakah-2023.xlsx')),
    );
    const names = model.sheets.map((sheet) => sheet.name);
    const evaluasi = evaluasiSheet(
      planEvaluasi(new WorkbookFacts(model, detectTables(model))),
      names,
    );
    const { context, stats } = mockExcel(names.map((name) => ({ name, rows: 1, cols: 1 })));

    const { name } = await addSheet(context, evaluasi);

    expect(name).toBe(evaluasi.name);
    expect(stats.syncs).toBe(2);
    expect([...stats.writeSyncs]).toEqual([1]);
    const [box] = stats.written;
    const top = Math.min(...evaluasi.cells.map((cell) => cell.row));
    const left = Math.min(...evaluasi.cells.map((cell) => cell.col));
    const formulas = evaluasi.cells.filter((cell) => cell.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    for (const cell of formulas) {
      expect(box.mock.formulas[cell.row - top][cell.col - left]).toBe(`=${cell.formula}`);
    }
    expect(stats.merged).toHaveLength(evaluasi.merges.length);
  });
});

const TABLE_CHART = chartSpec('column', 'Target dan Realisasi 2023', [3, 1, 5, 3], [3, 5]);

/** A BAB III table (indikator, target, realisasi) with its chart beside it, as the generator lays it out. */
const TABLE: SheetSpec = {
  name: 'Tabel LKj 2023',
  cells: [
    { row: 1, col: 1, value: 'Tabel 3.1 Capaian Kinerja Tahun 2023', bold: true },
    { row: 3, col: 1, value: 'Indikator', bold: true },
    { row: 3, col: 2, value: 'Target', bold: true },
    { row: 3, col: 3, value: 'Realisasi', bold: true },
    { row: 4, col: 1, value: 'Indeks Kepuasan Masyarakat' },
    { row: 4, col: 2, value: 90 },
    { row: 4, col: 3, formula: "'PK 2023'!E6", result: 93.54 },
    { row: 5, col: 1, value: 'Persentase desa dengan LPPdes' },
    { row: 5, col: 2, value: 95.23 },
    { row: 5, col: 3, value: 100 },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  charts: [TABLE_CHART],
};

describe('addSheet with charts', () => {
  it('adds each chart after the cells, over its table, series by columns, titled, beside the table', async () => {
    const spec: SheetSpec = {
      ...TABLE,
      charts: [
        TABLE_CHART,
        chartSpec('bar', 'Realisasi per Indikator', [3, 1, 5, 3], [20, 5]),
        chartSpec('line', 'Realisasi 2021–2023', [3, 1, 5, 2], [37, 5]),
      ],
    };
    const { context, stats } = mockExcel([
      { name: 'PK 2023', rows: 6, cols: 5 },
      { name: 'Tabel LKj 2023', rows: 1, cols: 1 },
    ]);

    const written = await addSheet(context, spec);

    expect(written).toEqual({ name: 'Tabel LKj 2023 (2)', notices: [] });
    expect(stats.charts).toEqual([
      {
        sheet: 'Tabel LKj 2023 (2)',
        type: 'ColumnClustered',
        source: 'Tabel LKj 2023 (2)!A3:C5',
        seriesBy: 'Columns',
        title: 'Target dan Realisasi 2023',
        position: 'E3',
        width: 360,
        height: 216,
      },
      {
        sheet: 'Tabel LKj 2023 (2)',
        type: 'BarClustered',
        source: 'Tabel LKj 2023 (2)!A3:C5',
        seriesBy: 'Columns',
        title: 'Realisasi per Indikator',
        position: 'E20',
        width: 360,
        height: 216,
      },
      {
        sheet: 'Tabel LKj 2023 (2)',
        type: 'Line',
        source: 'Tabel LKj 2023 (2)!A3:B5',
        seriesBy: 'Columns',
        title: 'Realisasi 2021–2023',
        position: 'E37',
        width: 360,
        height: 216,
      },
    ]);
    // Sync 1 reads the names, sync 2 writes the whole sheet, then one sync per chart.
    expect(stats.syncs).toBe(5);
    expect(stats.activated).toEqual(['Tabel LKj 2023 (2)']);
  });

  it('keeps the sheet and the other charts when Excel refuses one, and says so in Bahasa Indonesia', async () => {
    const spec: SheetSpec = {
      ...TABLE,
      charts: [
        // Anchored past Excel's last column (XFD): added, then refused when positioned.
        { ...TABLE_CHART, title: 'Di luar lembar', anchor: { row: 3, col: 16_385 } },
        TABLE_CHART,
      ],
    };
    const { context, stats } = mockExcel([{ name: 'PK 2023', rows: 6, cols: 5 }]);

    const { name, notices } = await addSheet(context, spec);

    expect(name).toBe('Tabel LKj 2023');
    expect(stats.added).toEqual(['Tabel LKj 2023']);
    expect(stats.deleted).toEqual([]);
    // The refused chart was half made: it is removed, not left without its place.
    expect(stats.chartsDeleted).toEqual(['Tabel LKj 2023: Di luar lembar']);
    expect(stats.charts.map((chart) => chart.title)).toEqual(['Target dan Realisasi 2023']);
    expect(notices).toEqual([
      'Grafik "Di luar lembar" tidak dapat dibuat oleh Excel (kode Excel: InvalidArgument); tabelnya ' +
        'tetap ada di sheet "Tabel LKj 2023", grafik dapat dibuat sendiri dari tabel itu ' +
        '(menu Sisipkan/Insert).',
    ]);
  });

  it('gives a notice when Excel refuses to add a chart at all (more than 255 series)', async () => {
    const cells = [...TABLE.cells];
    for (let col = 4; col <= 260; col++) cells.push({ row: 4, col, value: col });
    const spec: SheetSpec = {
      ...TABLE,
      cells,
      charts: [{ ...TABLE_CHART, source: { top: 3, left: 1, bottom: 5, right: 260 } }],
    };
    const { context, stats } = mockExcel([{ name: 'PK 2023', rows: 6, cols: 5 }]);

    const { notices } = await addSheet(context, spec);

    expect(stats.charts).toEqual([]);
    expect(stats.activated).toEqual(['Tabel LKj 2023']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Grafik "Target dan Realisasi 2023" tidak dapat dibuat oleh Excel/);
  });

  it('makes at most MAX_CHARTS charts and names how many it left out', async () => {
    const spec: SheetSpec = {
      ...TABLE,
      charts: Array.from({ length: MAX_CHARTS + 3 }, (_, i) => ({
        ...TABLE_CHART,
        anchor: { row: 3 + 17 * i, col: 5 },
      })),
    };
    const { context, stats } = mockExcel([{ name: 'PK 2023', rows: 6, cols: 5 }]);

    const { notices } = await addSheet(context, spec);

    expect(stats.charts).toHaveLength(MAX_CHARTS);
    expect(stats.syncs).toBe(2 + MAX_CHARTS);
    expect(notices).toEqual([
      `Hanya ${MAX_CHARTS} grafik pertama yang dibuat; 3 grafik lain tidak dibuat di sheet "Tabel LKj 2023".`,
    ]);
  });

  it('writes a large sheet plus its charts with every request under the 5 MB limit', async () => {
    const spec: SheetSpec = {
      ...report(20_000),
      charts: [
        chartSpec('column', 'Temuan per baris', [3, 1, 20_003, 2], [3, 8]),
        chartSpec('line', 'Temuan (garis)', [3, 1, 20_003, 2], [20, 8]),
      ],
    };
    const { context, stats } = mockExcel([{ name: 'Tabel 3.1 Capaian', rows: 1, cols: 1 }]);

    const { name, notices } = await addSheet(context, spec);

    expect(name).toBe('Hasil Validasi');
    expect(notices).toEqual([]);
    expect(stats.refused).toBe(0);
    const total = stats.requests.reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(2 * EXCEL_WEB_LIMIT);
    for (const request of stats.requests) expect(request).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    expect(stats.charts.map((chart) => [chart.source, chart.position])).toEqual([
      ['Hasil Validasi!A3:B20003', 'H3'],
      ['Hasil Validasi!A3:B20003', 'H20'],
    ]);
    // The charts come after every band of cells: the last two syncs, small ones.
    const bands = stats.written.filter((range) => range.mock.formulas !== undefined).length;
    expect(stats.syncs).toBe(1 + bands + 2);
    expect(stats.requests.slice(-2).every((request) => request < 2_000)).toBe(true);
  }, 180_000);
});

describe('the mock refuses the charts Excel refuses', () => {
  const refusal = async (queue: (sheet: Excel.Worksheet) => void) => {
    const { context, stats } = mockExcel([{ name: 'Tabel', rows: 3, cols: 3 }]);
    queue(context.workbook.worksheets.getItem('Tabel'));
    const error = await context.sync().then(
      () => null,
      (failure: unknown) => failure,
    );
    return { code: (error as { code?: string } | null)?.code, charts: stats.charts };
  };

  it.each([
    [
      'an unknown chart type',
      (s: Excel.Worksheet) => s.charts.add('Column' as 'Line', s.getRange('A1:C3')),
    ],
    [
      'an address as source',
      (s: Excel.Worksheet) => s.charts.add('Line', 'A1:C3' as unknown as Excel.Range),
    ],
    [
      'a source past the last column',
      (s: Excel.Worksheet) => s.charts.add('Line', s.getRange('A1:XFE3')),
    ],
    [
      'an unknown seriesBy',
      (s: Excel.Worksheet) => s.charts.add('Line', s.getRange('A1:C3'), 'Both' as 'Rows'),
    ],
  ])('refuses %s', async (_, queue) => {
    expect(await refusal(queue)).toEqual({ code: 'InvalidArgument', charts: [] });
  });

  it('makes no chart in a batch refused for its size: such a batch runs nothing', async () => {
    const { context, stats } = mockExcel([{ name: 'Tabel', rows: 3, cols: 3 }], {
      payloadLimit: 10_000,
    });
    const sheet = context.workbook.worksheets.getItem('Tabel');
    sheet.charts.add('Line', sheet.getRange('A1:C3'), 'Columns');
    sheet.getRange('A4').values = [['x'.repeat(20_000)]];

    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(stats.charts).toEqual([]);
  });

  it('keeps a chart added before a refused position, as Excel keeps what ran before', async () => {
    const { code, charts } = await refusal((s) => {
      s.charts.add('Line', s.getRange('A1:C3'), 'Columns').setPosition('E1048577');
    });
    expect(code).toBe('InvalidArgument');
    expect(charts).toEqual([
      { sheet: 'Tabel', type: 'Line', source: 'Tabel!A1:C3', seriesBy: 'Columns' },
    ]);
  });
});
