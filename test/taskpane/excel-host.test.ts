import { createExcelHost } from '../../src/taskpane/excel-host';
import { installOffice, uninstallOffice } from './office-globals';
import { chartSpec } from '../hosts/chart-spec';

const TABEL = [
  {
    name: 'Tabel 3.1',
    rows: 2,
    cols: 2,
    cell: (r: number, c: number) => ({
      value: [
        ['Indikator', 'Target'],
        ['IKM', 90],
      ][r][c],
      type: r && c ? ('Double' as const) : ('String' as const),
    }),
  },
];

const install = (settings: Record<string, unknown>) => installOffice(TABEL, settings);

const SPEC = { name: 'Hasil Validasi', cells: [{ row: 1, col: 1, value: 'x' }], merges: [] };

afterEach(uninstallOffice);

describe('the Excel host', () => {
  it('reads the open workbook in one Excel.run, reporting progress', async () => {
    const { runs } = install({});
    const progress: string[] = [];
    const model = await createExcelHost().readWorkbook((done, total) =>
      progress.push(`${done}/${total}`),
    );
    expect(runs).toHaveLength(1);
    expect(model.sheets[0].value(2, 2)).toBe(90);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('selects a cell and adds a sheet through Office.js', async () => {
    const { excel } = install({});
    const host = createExcelHost();
    await host.selectCell?.('Tabel 3.1', 'B2');
    const added = await host.addSheet({
      name: 'Tabel 3.1',
      cells: [{ row: 1, col: 1, value: 'x' }],
      merges: [],
    });
    expect(excel.stats.selected).toEqual(['Tabel 3.1!B2']);
    expect(added.name).toBe('Tabel 3.1 (2)');
  });

  it("adds a sheet's charts and tells in its note which chart Excel could not make", async () => {
    const { excel } = install({});
    const chart = chartSpec('column', 'Target dan Realisasi', [1, 1, 2, 2], [1, 4]);
    const added = await createExcelHost().addSheet({
      name: 'Tabel LKj 2023',
      cells: [
        { row: 1, col: 1, value: 'Indikator' },
        { row: 1, col: 2, value: 'Target' },
        { row: 2, col: 1, value: 'IKM' },
        { row: 2, col: 2, value: 90 },
      ],
      merges: [],
      // The second is anchored past Excel's last row.
      charts: [chart, { ...chart, title: 'Tanpa tempat', anchor: { row: 1_048_577, col: 4 } }],
    });
    expect(excel.stats.charts.map((made) => made.title)).toEqual(['Target dan Realisasi']);
    expect(added.note).toBe(
      'Sheet baru "Tabel LKj 2023" ditambahkan; sheet lain tidak diubah. Grafik "Tanpa tempat" ' +
        'tidak dapat dibuat oleh Excel (kode Excel: InvalidArgument); tabelnya tetap ada di sheet ' +
        '"Tabel LKj 2023", grafik dapat dibuat sendiri dari tabel itu (menu Sisipkan/Insert).',
    );
  });

  it('keeps the settings with the document, ignoring foreign values', async () => {
    const { stored } = install({
      'lkj.skala': 'XYZ',
      'lkj.toleransi': -1,
      'lkj.jenis': { 'Cakupan layanan': 'naik', Lain: 7 },
    });
    const host = createExcelHost();
    expect(host.loadSettings()).toEqual({ toleransi: 0 });
    await host.saveSettings({ skala: 'IKM', toleransi: 0.25 });
    expect(Object.fromEntries(stored)).toEqual({
      'lkj.skala': 'IKM',
      'lkj.toleransi': 0.25,
      'lkj.jenis': null,
    });
    expect(host.loadSettings()).toEqual({ skala: 'IKM', toleransi: 0.25 });
    const jenis = { 'Cakupan layanan': 'nilai-akhir' } as const;
    await host.saveSettings({ toleransi: 0, jenis });
    expect(stored.get('lkj.jenis')).toEqual(jenis);
    expect(host.loadSettings()).toEqual({ toleransi: 0, jenis });
  });

  it('waits while the user is still typing in a cell, for every button', async () => {
    const { runs, delayed, excel } = installOffice(TABEL, {}, { editingCell: true });
    const host = createExcelHost();

    const model = await host.readWorkbook(() => undefined);
    await host.selectCell?.('Tabel 3.1', 'B2');
    const added = await host.addSheet(SPEC);

    expect(model.sheets[0].value(2, 2)).toBe(90);
    expect(excel.stats.selected).toEqual(['Tabel 3.1!B2']);
    expect(added.name).toBe('Hasil Validasi');
    // Adding a sheet reads first whether it replaces an earlier output, then writes.
    expect(runs).toHaveLength(4);
    expect(delayed).toEqual([0, 1, 2, 3]);
  });

  it('adds a new sheet as one undo step, where Excel can', async () => {
    const { options, excel } = installOffice(TABEL, {}, { excelApi: '1.20' });
    await createExcelHost().addSheet(SPEC);
    expect(options).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(excel.stats.added).toEqual(['Hasil Validasi']);
  });

  it('replaces an earlier output outside an undo group, which would refuse deleting it', async () => {
    const output = { name: 'Tabel LKj 2023', rows: 1, cols: 1 };
    const { options, excel } = installOffice([...TABEL, output], {}, { excelApi: '1.20' });
    // The earlier output's marker, as the writer left it.
    excel.context.workbook.names.add(
      '_lkj_output_tabel_1',
      excel.context.workbook.worksheets.getItem('Tabel LKj 2023').getRange('A1'),
    );
    await excel.context.sync();
    const added = await createExcelHost().addSheet({
      ...SPEC,
      name: 'Tabel LKj 2023',
      output: { generator: 'tabel', replaces: 'Tabel LKj 2023' },
    });
    expect(options).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
    expect(excel.stats.deleted).toEqual(['Tabel LKj 2023']);
    expect(added.note).toContain('menggantikan');
  });
});
