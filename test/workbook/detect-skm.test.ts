/** The survey's raw answers: unsur headers in both orders and three spellings, found in any sheet. */
import { readXlsx } from '../../src/hosts/xlsx/read';
import { meaningOf } from '../../src/workbook/detect-rules/roles';
import { detectTables } from '../../src/workbook/detect';
import { sheetOf, modelOf } from '../support/sheets';
import { columnOrder, respondentsWithSums, surveyWorkbook } from '../support/skm-xlsx';

describe('meaningOf: SKM unsur headers', () => {
  it.each<[string[], number | undefined]>([
    [['U1'], 1],
    [['U1 (Persyaratan)'], 1],
    [['Persyaratan'], 1],
    [['Sistem, Mekanisme, dan Prosedur'], 2],
    [['U3 Waktu Penyelesaian'], 3],
    [['Biaya/Tarif'], 4],
    [['Produk Spesifikasi Jenis Pelayanan'], 5],
    [['Kompetensi Pelaksana'], 6],
    [['Perilaku Pelaksana'], 7],
    [['Sarana dan Prasarana'], 8],
    [['Penanganan Pengaduan, Saran dan Masukan'], 9],
    // The ruang-lingkup order numbers Pengaduan 8: the name decides, not the number.
    [['U8 (Penanganan Pengaduan)'], 9],
    [['U9 Sarana Prasarana'], 8],
    // Without a name, the number in the kuesioner order.
    [['U8'], 8],
    [['Unsur Pelayanan', 'U5'], 5],
    [['Unsur', '7'], 7],
    // Survey time is no unsur; a text naming two unsur names none.
    [['Waktu Survei'], undefined],
    [['Persyaratan dan Biaya'], undefined],
  ])('%j → unsur %p', (parts, unsur) => {
    const meaning = meaningOf(parts);
    expect(meaning.unsur).toBe(unsur);
    if (unsur !== undefined) expect(meaning.role).toBe('unsur-skm');
  });

  it.each<[string, string]>([
    ['Jenis Kelamin (L/P)', 'jenis-kelamin'],
    ['Usia', 'usia'],
    ['Umur (tahun)', 'usia'],
    ['Pendidikan Terakhir', 'pendidikan'],
    ['Pekerjaan', 'pekerjaan'],
    ['Jenis Layanan', 'jenis-layanan'],
    ['Jenis Pelayanan yang Diterima', 'jenis-layanan'],
    ['Tanggal Survei', 'tanggal'],
    ['Saran / Masukan', 'saran'],
    ['Triwulan', 'periode'],
    ['Jenis', 'jenis'],
  ])('%p → %p', (header, role) => {
    expect(meaningOf([header]).role).toBe(role);
  });
});

describe('detectTables: raw answers', () => {
  const sums = [105, 101, 100, 116, 102, 105, 106, 105, 115];

  it.each([
    ['kuesioner', 'nomor-nama'],
    ['ruang-lingkup', 'nomor-nama'],
    ['kuesioner', 'nama'],
    ['ruang-lingkup', 'nama'],
    ['kuesioner', 'nomor'],
  ] as const)('order %s, headers %s: one skm table, unsur by header', async (order, headers) => {
    const bytes = await surveyWorkbook({
      order,
      headers,
      title: 'DATA SURVEI KEPUASAN MASYARAKAT TAHUN 2024',
      respondents: respondentsWithSums(29, sums),
      otherSheets: [{ name: 'Catatan', rows: [['Catatan survei']] }],
    });
    const tables = detectTables(await readXlsx(bytes));
    expect(tables.map((table) => [table.kind, table.sheet])).toEqual([
      ['skm', 'Data_Survei_Mentah'],
    ]);
    const [table] = tables;
    expect(table.year).toBe(2024);
    expect(table.dataRows).toHaveLength(29);
    const unsurByCol = table.columns
      .filter((column) => column.role === 'unsur-skm')
      .map((column) => column.unsur);
    expect(unsurByCol).toEqual(columnOrder(order));
    expect(table.columns.filter((c) => c.role !== 'unsur-skm').map((c) => c.role)).toEqual([
      'no',
      'jenis-kelamin',
      'pendidikan',
      'pekerjaan',
      'jenis-layanan',
      'saran',
    ]);
  });

  it('a two-row header: "Unsur Pelayanan" merged over U1 … U9, the profile merged down', () => {
    const sheet = sheetOf('SKM', [
      ['No', 'Jenis Kelamin', 'Unsur Pelayanan', null, null, null, null, null, null, null, null],
      [null, null, 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      [1, 'L', 4, 3, 3, 4, 3, 4, 4, 3, 4],
      [2, 'P', 3, 3, 2, 4, 3, 3, 4, 3, 3],
    ]);
    sheet.merges.push(
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 11 },
    );
    const [table] = detectTables(modelOf(sheet));
    expect(table.kind).toBe('skm');
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.dataRows).toEqual([3, 4]);
    expect(table.columns.map((column) => column.unsur ?? column.role)).toEqual([
      'no',
      'jenis-kelamin',
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
    ]);
  });

  it.each<[string, string[]]>([
    [
      'eight unsur',
      [
        'No',
        'Persyaratan',
        'Prosedur',
        'Waktu',
        'Biaya',
        'Produk',
        'Kompetensi',
        'Perilaku',
        'Sarana',
      ],
    ],
    [
      'an unsur twice',
      ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Waktu Pelayanan'],
    ],
  ])('%s: no survey table, the columns stay "lain"', (_, header) => {
    const rows = [header, header.map((_, i) => (i === 0 ? 1 : 3))];
    const tables = detectTables(modelOf(sheetOf('Data', rows)));
    expect(tables.filter((table) => table.kind === 'skm')).toEqual([]);
  });

  it('a table that is no survey keeps Jenis Layanan and Waktu as "lain", and says why', () => {
    const rows = [
      ['No', 'Program/Kegiatan', 'Jenis Layanan', 'Waktu', 'Target', 'Realisasi'],
      [1, 'Pelayanan KTP', 'Administrasi', 'TW I', 100, 90],
    ];
    const [table] = detectTables(modelOf(sheetOf('Data', rows)));
    expect(table.columns.map((column) => column.role)).toEqual([
      'no',
      'program',
      'lain',
      'lain',
      'target',
      'realisasi',
    ]);
    expect(table.why?.some((step) => step.rule === 'sembilan-unsur')).toBe(true);
  });
});
