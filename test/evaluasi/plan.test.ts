import { WorkbookFacts } from '../../src/facts/facts';
import { planEvaluasi } from '../../src/evaluasi';
import { modelOf, sheetOf } from '../support/sheets';
import { tableOf } from './build-model';

const FASKOR = 'Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti';
const IKM = 'Nilai IKM Pelayanan Kecamatan Klakah';

/** A PK sheet with one indicator (header row 1, data row 2) and its target cell as given. */
function pkWith(
  target: string | number | null | { value: number; numFmt: string },
  indicator = FASKOR,
) {
  const sheet = sheetOf('PK 2023', [
    ['No', 'Sasaran', 'Indikator', 'Target'],
    [1, 'Mengoptimalkan fasilitasi', indicator, target],
  ]);
  const table = tableOf('pk', 'PK 2023', ['no', 'sasaran', 'indikator', 'target'], [2], {
    year: 2023,
  });
  return { sheet, table };
}

/** These workbooks state no year; a generator never invents one (`--tahun` in the CLI). */
const NO_YEAR_STATED = { tahun: 2023 };

describe('planEvaluasi: components', () => {
  test('takes pembilang and penyebut from the workbook penghitungan', () => {
    const lampiran = sheetOf('Lampiran', [
      ['No', 'Sasaran', 'Indikator', 'Formulasi', 'Penghitungan', 'Hasil'],
      [
        1,
        'Sasaran A',
        FASKOR,
        'Jumlah ditindaklanjuti dibagi jumlah dikali 100%',
        '40 / 42 x 100 %',
        '95,23',
      ],
    ]);
    const tables = [
      tableOf(
        'penghitungan',
        'Lampiran',
        ['no', 'sasaran', 'indikator', 'formulasi', 'penghitungan', 'hasil'],
        [2],
      ),
    ];
    const [row] = planEvaluasi(new WorkbookFacts(modelOf(lampiran), tables, NO_YEAR_STATED)).rows;
    expect(row).toMatchObject({
      indicator: FASKOR,
      sasaran: 'Sasaran A',
      type: 'persentase',
      typeFrom: 'penghitungan',
      inputs: [40, 42],
      inputsFrom: 'penghitungan',
      formulasi: 'Jumlah ditindaklanjuti dibagi jumlah dikali 100%',
      formulasiFromWorkbook: true,
      stated: { hasil: 95.23, penghitungan: '40 / 42 x 100 %' },
    });
  });

  test('takes the four quarters of an IKM from the IKM-triwulan table, over the penghitungan', () => {
    const lampiran = sheetOf('Lampiran', [
      ['No', 'Indikator', 'Penghitungan', 'Hasil'],
      [1, IKM, '(81,25+89,51+83,84+82,14)/4 = 336,6/4', '84,25'],
      [],
      ['No', 'Indikator', 'TW I', 'TW II', 'TW III', 'TW IV'],
      [1, IKM, 81.25, 89.51, '83,84', '82,14'],
    ]);
    const quarter = (unit: string) => ['triwulan', { unit }] as ['triwulan', { unit: string }];
    const tables = [
      tableOf('penghitungan', 'Lampiran', ['no', 'indikator', 'penghitungan', 'hasil'], [2]),
      tableOf(
        'ikm-triwulan',
        'Lampiran',
        ['no', 'indikator', quarter('TW I'), quarter('TW II'), quarter('TW III'), quarter('TW IV')],
        [5],
      ),
    ];
    const [row] = planEvaluasi(new WorkbookFacts(modelOf(lampiran), tables, NO_YEAR_STATED)).rows;
    expect(row).toMatchObject({
      type: 'rata-rata',
      inputs: [81.25, 89.51, 83.84, 82.14],
      inputsFrom: 'ikm-triwulan',
    });
  });

  test('an IKM-triwulan table without indicator column serves the IKM indicator', () => {
    const sheet = sheetOf('IKM', [
      ['Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
      [IKM, 'nilai', 90, 84.19, 93.54],
      [],
      ['TW I', 'TW II', 'TW III', 'TW IV'],
      [81.25, 89.51, 83.84, 82.14],
    ]);
    const quarter = (unit: string) => ['triwulan', { unit }] as ['triwulan', { unit: string }];
    const tables = [
      tableOf('capaian', 'IKM', ['indikator', 'satuan', 'target', 'realisasi', 'capaian'], [2], {
        year: 2023,
      }),
      tableOf(
        'ikm-triwulan',
        'IKM',
        [quarter('TW I'), quarter('TW II'), quarter('TW III'), quarter('TW IV')],
        [5],
      ),
    ];
    const [row] = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables)).rows;
    expect(row).toMatchObject({
      type: 'rata-rata',
      typeFrom: 'nama',
      inputs: [81.25, 89.51, 83.84, 82.14],
    });
  });

  test('a nilai indicator takes the realisasi of the year; unknown components stay empty', () => {
    const sheet = sheetOf('BAB III', [
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['Indeks reformasi birokrasi', 70, '72,5', '103,57'],
      ['Persentase desa tertib administrasi', '90 %', '95 %', '105,56'],
    ]);
    const tables = [
      tableOf('capaian', 'BAB III', ['indikator', 'target', 'realisasi', 'capaian'], [2, 3], {
        year: 2023,
      }),
    ];
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables));
    const [indeks, persen] = plan.rows;
    expect(indeks).toMatchObject({
      type: 'nilai',
      inputs: [72.5],
      inputsFrom: 'realisasi',
      stated: { realisasi: 72.5 },
    });
    expect(indeks.hasilFallback).toBeUndefined();
    // No penghitungan: the inputs stay to fill, and Hasil shows the stated realisasi meanwhile.
    expect(persen).toMatchObject({
      type: 'persentase',
      typeFrom: 'nama',
      inputs: [null, null],
      inputsFrom: null,
      hasilFallback: 95,
    });
    expect(plan.notes).toContain(
      'Penghitungan "Persentase desa tertib administrasi" tidak ditemukan; Hasil memakai realisasi yang tertulis di workbook (95) sampai sel kuningnya diisi.',
    );
    expect(persen.formulasiFromWorkbook).toBe(false);
    expect(persen.formulasi).toMatch(/100%/);
  });

  test('a type chosen in the pane overrides and re-plans the inputs', () => {
    const sheet = sheetOf('BAB III', [
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['Persentase desa tertib administrasi', '90', '95', '105,56'],
    ]);
    const tables = [
      tableOf('capaian', 'BAB III', ['indikator', 'target', 'realisasi', 'capaian'], [2], {
        year: 2023,
      }),
    ];
    const first = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables)).rows[0];
    const [row] = planEvaluasi(
      new WorkbookFacts(modelOf(sheet), tables, { rumus: { [first.id]: 'nilai' } }),
    ).rows;
    expect(row).toMatchObject({
      type: 'nilai',
      typeFrom: 'pilihan',
      inputs: [95],
      inputsFrom: 'realisasi',
    });
  });

  test.each([
    ['Jumlah laporan evaluasi kinerja', '', 'jumlah'],
    ['Rata-rata nilai SAKIP', '', 'rata-rata'],
    ['Tingkat kepuasan aparatur', '%', 'persentase'],
    ['Indeks kepuasan masyarakat', 'indeks', 'rata-rata'],
    ['Dokumen perencanaan yang tersusun', 'dokumen', 'jumlah'],
    ['Opini BPK', 'predikat', 'nilai'],
  ])('type of "%s" (satuan %s) from its name: %s', (indicator, satuan, type) => {
    const sheet = sheetOf('S', [
      ['Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
      [indicator, satuan, 1, 1, 100],
    ]);
    const tables = [
      tableOf('capaian', 'S', ['indikator', 'satuan', 'target', 'realisasi', 'capaian'], [2], {
        year: 2023,
      }),
    ];
    expect(planEvaluasi(new WorkbookFacts(modelOf(sheet), tables)).rows[0].type).toBe(type);
  });
});

describe('planEvaluasi: target and arah', () => {
  test.each([
    ['a number', 95.23, { value: 95.23, reading: 'number' }],
    [
      'a number formatted as percent',
      { value: 0.9523, numFmt: '0.00%' },
      { value: 95.23, reading: 'percent-format' },
    ],
    ['text', '95,23', { value: 95.23, reading: 'text' }],
    ['text with a percent sign', '95,23 %', { value: 95.23, reading: 'text-percent' }],
  ])('refers to a PK target written as %s', (_what, target, expected) => {
    const { sheet, table } = pkWith(target);
    const [row] = planEvaluasi(new WorkbookFacts(modelOf(sheet), [table])).rows;
    expect(row.target).toEqual({ ...expected, ref: { sheet: 'PK 2023', row: 2, col: 4 } });
  });

  test('a target NUMBERVALUE cannot read is copied as a constant', () => {
    const { sheet, table } = pkWith('Rp. 1.500.000');
    expect(planEvaluasi(new WorkbookFacts(modelOf(sheet), [table])).rows[0].target).toEqual({
      value: 1500000,
    });
  });

  test('no target: empty, with a note', () => {
    const { sheet, table } = pkWith(null);
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), [table]));
    expect(plan.rows[0].target).toEqual({ value: null });
    expect(plan.notes.join(' ')).toMatch(/Target .* tidak ditemukan/);
  });

  test('prefers the target after perubahan, then a plain PK target, over a capaian table', () => {
    const pk = sheetOf('PK', [
      ['Indikator', 'Sebelum', 'Sesudah'],
      [FASKOR, 85.23, '95,23'],
    ]);
    const bab3 = sheetOf('BAB III', [
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      [FASKOR, 90, 93.65, 97],
    ]);
    const tables = [
      tableOf('capaian', 'BAB III', ['indikator', 'target', 'realisasi', 'capaian'], [2], {
        year: 2023,
      }),
      tableOf('pk', 'PK', ['indikator', 'target-sebelum', 'target-sesudah'], [2]),
    ];
    const [row] = planEvaluasi(new WorkbookFacts(modelOf(pk, bab3), tables)).rows;
    expect(row.target).toMatchObject({ value: 95.23, ref: { sheet: 'PK', row: 2, col: 3 } });
  });

  test('a capaian table of another year gives neither target nor realisasi', () => {
    const { sheet, table } = pkWith(95);
    const old = sheetOf('2022', [
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      [FASKOR, 80, 70, 87.5],
    ]);
    const tables = [
      table,
      tableOf('capaian', '2022', ['indikator', 'target', 'realisasi', 'capaian'], [2], {
        year: 2022,
      }),
    ];
    const [row] = planEvaluasi(new WorkbookFacts(modelOf(sheet, old), tables)).rows;
    expect(row.target.value).toBe(95);
    expect(row.stated.realisasi).toBeUndefined();
  });

  test('arah from an Arah column of any table naming the indicator; the pane can change it', () => {
    const sheet = sheetOf('PK', [
      ['Indikator', 'Target', 'Arah'],
      ['Persentase penduduk miskin', 9.5, 'Turun'],
      ['Persentase layanan tepat waktu', 95, ''],
    ]);
    const tables = [tableOf('pk', 'PK', ['indikator', 'target', 'arah'], [2, 3])];
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables, NO_YEAR_STATED));
    expect(plan.rows.map((row) => [row.arah, row.arahFrom])).toEqual([
      ['turun', 'workbook'],
      ['naik', 'bawaan'],
    ]);
    const changed = planEvaluasi(
      new WorkbookFacts(modelOf(sheet), tables, {
        ...NO_YEAR_STATED,
        arah: { [plan.rows[1].id]: 'turun' },
      }),
    );
    expect(changed.rows[1]).toMatchObject({ arah: 'turun', arahFrom: 'pilihan' });
  });
});

describe('planEvaluasi: which indicators, year, unit, scale', () => {
  test('one row per indicator across tables; program-level tables left out', () => {
    const sheet = sheetOf('PK', [
      ['No', 'Sasaran Strategis', 'Indikator', 'Target'],
      [
        1,
        'Sasaran A',
        'Persentase hasil fasilitasi dan koordinasi yang di tindak lanjuti',
        '95,23',
      ],
      ['No', 'Sasaran Program', 'Indikator', 'Target'],
      [1, 'Program X', 'Persentase desa yang menetapkan RKPdes tepat waktu', '100'],
      [],
      ['Tujuan', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [
        'Tujuan A',
        'Presentase Hasil Fasilitasi dan Koordinasi yang ditindaklanjuti',
        '95,23',
        '95,24',
        '100',
      ],
      ['Tujuan A', IKM, 90, 84.19, 93.54],
    ]);
    const tables = [
      tableOf(
        'pk',
        'PK',
        ['no', ['sasaran', { header: 'Sasaran Strategis' }], 'indikator', 'target'],
        [2],
        { year: 2023 },
      ),
      tableOf(
        'pk',
        'PK',
        ['no', ['sasaran', { header: 'Sasaran Program' }], 'indikator', 'target'],
        [4],
        { year: 2023 },
      ),
      tableOf('capaian', 'PK', ['tujuan', 'indikator', 'target', 'realisasi', 'capaian'], [7, 8], {
        year: 2023,
      }),
    ];
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables));
    // Named as the facts name it: as first written in the workbook.
    expect(plan.rows.map((row) => row.indicator)).toEqual([
      'Persentase hasil fasilitasi dan koordinasi yang di tindak lanjuti',
      IKM,
    ]);
    expect(plan.rows[0].target.ref).toEqual({ sheet: 'PK', row: 2, col: 4 });
  });

  test('sibling indicators differing in one word stay apart', () => {
    const sheet = sheetOf('PK', [
      ['Indikator', 'Target'],
      ['Persentase desa yang menetapkan RKPdes tepat waktu', 100],
      ['Persentase desa yang menetapkan LPPdes tepat waktu', 95],
    ]);
    const plan = planEvaluasi(
      new WorkbookFacts(
        modelOf(sheet),
        [tableOf('pk', 'PK', ['indikator', 'target'], [2, 3])],
        NO_YEAR_STATED,
      ),
    );
    expect(plan.rows.map((row) => row.target.value)).toEqual([100, 95]);
  });

  test('year, unit and scale from the tables', () => {
    const sheet = sheetOf('Capaian', [
      ['Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
      [FASKOR, 95, 90, 94.74, 'Sangat Tinggi'],
      [IKM, 90, 70, 77.78, 'Sedang'],
    ]);
    const tables = [
      tableOf(
        'capaian',
        'Capaian',
        ['indikator', 'target', 'realisasi', 'capaian', 'predikat'],
        [2, 3],
        {
          year: 2024,
          title: 'Capaian Kinerja Dinas Kesehatan Kabupaten Lumajang Tahun 2024',
        },
      ),
    ];
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables));
    expect(plan).toMatchObject({ year: 2024, unit: 'DINAS KESEHATAN', scale: 'P86' });
    expect(planEvaluasi(new WorkbookFacts(modelOf(sheet), tables, { skala: 'LKJ' })).scale).toBe(
      'LKJ',
    );
  });

  test('without a stated year, the year in a sheet name', () => {
    const { sheet, table } = pkWith(95);
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), [{ ...table, year: undefined }]));
    expect(plan.year).toBe(2023);
  });
});

describe('planEvaluasi: signature', () => {
  const tables = [tableOf('pk', 'PK', ['indikator', 'target'], [2])];

  test('copies place and date, jabatan, name and a valid NIP', () => {
    const sheet = sheetOf('PK', [
      ['Indikator', 'Target'],
      [FASKOR, 95],
      [],
      [null, 'Klakah, 31 Januari 2024'],
      [null, 'CAMAT KLAKAH'],
      [null, 'KECAMATAN KLAKAH'],
      [],
      [],
      [null, 'AGUS PRASETYO, S.Pi, MP'],
      [null, 'NIP. 19780415 199803 1 011'],
    ]);
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables, NO_YEAR_STATED));
    expect(plan.signature).toEqual({
      placeDate: 'Klakah, 31 Januari 2024',
      jabatan: ['CAMAT KLAKAH', 'KECAMATAN KLAKAH'],
      name: 'AGUS PRASETYO, S.Pi, MP',
      nip: 'NIP. 19780415 199803 1 011',
      source: { sheet: 'PK', row: 10, col: 2 },
    });
    expect(plan.notes).toEqual([]);
  });

  test('an impossible NIP is left out, with a note; "Pihak Pertama" is no jabatan', () => {
    const sheet = sheetOf('PK', [
      ['Indikator', 'Target'],
      [FASKOR, 95],
      [],
      [null, 'Pihak Pertama'],
      [null, 'AGUS PRASETYO'],
      [null, 'NIP. 517003231998031911'],
    ]);
    const plan = planEvaluasi(new WorkbookFacts(modelOf(sheet), tables, NO_YEAR_STATED));
    expect(plan.signature).toEqual({
      jabatan: [],
      name: 'AGUS PRASETYO',
      source: { sheet: 'PK', row: 6, col: 2 },
    });
    expect(plan.notes.join(' ')).toMatch(/NIP penanda tangan .*tidak valid/);
  });

  test('none in the workbook: an empty block', () => {
    const { sheet, table } = pkWith(95);
    expect(planEvaluasi(new WorkbookFacts(modelOf(sheet), [table])).signature).toEqual({
      jabatan: [],
    });
  });
});
