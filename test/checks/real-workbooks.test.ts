/**
 * The validator on the real workbooks in ../shared/reference/real-workbooks/, read by the real
 * .xlsx reader. Every finding is listed: each was checked against the cells by hand, and the
 * comments say why it is a slip the staff who made the file would confirm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkbook, type Finding, type ValidationReport } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { rangeToA1 } from '../../src/workbook/model';

const REAL = path.join(__dirname, '../../../shared/reference/real-workbooks');

jest.setTimeout(60_000);

async function validate(file: string): Promise<ValidationReport> {
  return validateWorkbook(await readXlsx(readFileSync(path.join(REAL, file))));
}

const where = (findings: Finding[]) => findings.map((f) => `${f.cell} ${f.rule}`);

describe('Evaluasi Renja TW IV 2025', () => {
  let report: ValidationReport;
  beforeAll(async () => {
    report = await validate('evaluasi-renja-tw4-2025.xlsx');
  });

  it('finds the one Renja form', () => {
    expect(report.tables.map((t) => `${t.kind} ${t.sheet} ${rangeToA1(t.range)}`)).toEqual([
      'renja Realisasi TW IV A6:AG113',
    ]);
  });

  /**
   * Rows of a nilai-akhir indicator (satuan % or Nilai: "Persentase …", "Nilai LHE AKIP …") whose
   * realisasi to date AD adds last year's L to this year's AB (`14 = 7 + 13`, =L+AB): two
   * percentages added, K = 200 and a Renstra capaian AF of 200 %. Their quarters P, S, V, Y are
   * increments backed out of the cumulative % columns (=T*N-P …), so AB, their sum, is this
   * year's level (Z × N) and right; the to-date value of a level is this year's AB. Each was
   * recomputed from the cells: AD = L + AB and the right value AB.
   */
  const LEVEL_ROWS: [number, number, number][] = [
    // [row, L (s.d. 2024), AB (2025)]
    [13, 100, 100],
    [14, 100, 100],
    [22, 100, 100],
    [30, 70, 100],
    [39, 4, 100],
    [45, 93, 100],
    [55, 74, 100],
    [56, 77, 100],
    [64, 92, 100],
    [67, 89, 100],
    [70, 82, 92.86],
    [71, 76, 100],
    [77, 89, 100],
    [84, 66, 100],
    [92, 83, 100],
    [93, 93, 100],
    [97, 78, 81.67],
    [98, 90, 100],
    [101, 80, 100],
    [103, 38, 45],
  ];

  it('reports exactly the rows breaking the numbering-row equations, the #DIV/0! cells, and names the summed percentages', () => {
    expect(report.findings.every((f) => f.sheet === 'Realisasi TW IV')).toBe(true);
    const akumulasi = LEVEL_ROWS.map(([row]) => `AD${row} akumulasi-rumus`);
    expect(where(report.findings)).toEqual([
      // R12, U12, X12 and AA12 also add rows 91 and 96 (Keuangan, Litbang), which are not under
      // PERENCANAAN, and row 11 (and the total, row 113) add them again: the quarters exceed the
      // year's AC by 32.763.514 + 6.785.000 + 26.272.500 + 39.169.000 = 104.990.014.
      'AC11 rumus-kolom',
      'AC12 rumus-kolom',
      ...akumulasi.slice(0, 6),
      // The quarters P51 (=Q51*N51) and S51 (=T51*N51-P51) hold a cached 0 and Y51 35 (=Z51*N51
      // -P51-S51-V51, N51 = 35 and Z51 100 %), yet AB51 is a typed 0 instead of their sum.
      'AB51 rumus-kolom',
      ...akumulasi.slice(6, 9),
      // =M64+AF64 where the form says 14 = 7 + 13, i.e. =M64+AC64: it adds the capaian 192.
      // Rp, not the K slip of AD64 beside it: both stay.
      'AE64 rumus-kolom',
      ...akumulasi.slice(9, 13),
      // Target Renstra 0 (J82, K82): the capaian formulas divide by zero.
      'AF82 sel-error',
      'AG82 sel-error',
      ...akumulasi.slice(13),
      'AC113 rumus-kolom',
    ]);
    const byCell = new Map(report.findings.map((f) => [f.cell, f]));
    expect(byCell.get('AC11')).toMatchObject({
      message:
        'Rumus kolom 13 = 9 + 10 + 11 + 12: tertulis 12.023.973.159, seharusnya 12.128.963.173 ' +
        '(2.004.106.779 + 2.286.043.325 + 2.759.455.579 + 5.079.357.490)',
      expected: 12_128_963_173,
      actual: 12_023_973_159,
    });
    expect(byCell.get('AE64')).toMatchObject({ expected: 177_868_883, actual: 81_825_849 });
    expect(byCell.get('AF82')?.message).toBe(
      'Sel berisi galat Excel #DIV/0! dari rumus =(AD82/J82)*100: pembagi J82 bernilai 0; isi pembaginya, atau ketik =IF(OR(J82="";J82=0);"";(AD82/J82)*100) agar sel tetap kosong selama pembaginya kosong atau 0',
    );
    for (const [row, before, year] of LEVEL_ROWS) {
      const found = byCell.get(`AD${row}`);
      expect(found?.expected).toBeCloseTo(year, 2);
      expect(found?.actual).toBeCloseTo(before + year, 2);
    }
    expect(byCell.get('AD14')).toMatchObject({
      severity: 'info',
      message:
        'Realisasi s.d. tahun ini 200 mengikuti rumus formulir 14 = 7 + 13: L14 100 ditambah ' +
        'realisasi tahun ini AB14 100. Indikator ini tampak bernilai akhir dari nama dan ' +
        'satuannya; bila memang demikian, nilainya s.d. tahun ini adalah nilai tahun ini; karena ' +
        'itu capaian AF14 200%, seharusnya 100%. Pilih jenis indikatornya agar diperiksa.',
    });
  });

  /**
   * The form itself states `14 = 7 + 13` and the jenis of these rows is only inferred from their
   * name and satuan: the sum is named (akumulasi-rumus, info), not an error (docs/decisions.md).
   */
  it('names every percentage indicator whose to-date adds the years as the form says, and no count', () => {
    const rows = report.findings
      .filter((f) => f.rule === 'akumulasi-rumus')
      .map((f) => Number(f.cell.slice(2)));
    // Every row with satuan % or Nilai where AD = L + AB and L > 0 (rows 27, 106 and 107 have
    // L = 0, so AD = AB there); no "Jumlah …" row, whose to-date rightly adds the years.
    expect(rows).toEqual(LEVEL_ROWS.map(([row]) => row));
  });
});

describe('Evaluasi Renja E.81 2018 (Kabupaten Sukabumi)', () => {
  let report: ValidationReport;
  beforeAll(async () => {
    report = await validate('evaluasi-renja-e81-2018.xlsx');
  });

  it('finds the one Renja form', () => {
    expect(report.tables.map((t) => `${t.kind} ${t.sheet} ${rangeToA1(t.range)}`)).toEqual([
      // Rows 51–54 (faktor pendorong, penghambat, tindak lanjut) close the form.
      'renja Sheet-1 A10:AF49',
    ]);
  });

  it("reports exactly the reviewer's 16 slips", () => {
    expect(where(report.findings)).toEqual([
      // =SUM(AB18:AB20): the program row adds 3 of its 20 kegiatan; 14 = 6 + 12 gives 4.374.960.
      'AB17 rumus-kolom',
      // Summary rows (hitung-salah): =SUM(K18:K37) where K averages; =AVERAGE(L18:L37) where
      // Rp sums.
      'K38 hitung-salah',
      'L38 hitung-salah',
      // =AA39/H39*100: the percentage AA39 divided by the target again (should be 53,33).
      'AC39 hitung-salah',
      'AD39 hitung-salah',
      // =AVERAGE(AB43:AB44) where Rp sums.
      'AB45 hitung-salah',
      // =O45/$M$38*100 …: program 2's quarters divided by program 1's targets M38/N38.
      'O46 hitung-salah',
      'P46 hitung-salah',
      'Q46 hitung-salah',
      'R46 hitung-salah',
      'S46 hitung-salah',
      'T46 hitung-salah',
      'U46 hitung-salah',
      'V46 hitung-salah',
      'AC46 hitung-salah',
      'AD46 hitung-salah',
    ]);
    const byCell = new Map(report.findings.map((f) => [f.cell, f]));
    expect(byCell.get('AB17')).toMatchObject({ expected: 4_374_960, actual: 656_244 });
    expect(byCell.get('K38')?.message).toBe(
      'Baris rata-rata: tertulis 88.463, seharusnya 4.423,17, rata-rata K18:K37 ' +
        '(kolom K dirata-ratakan); yang tertulis adalah jumlahnya',
    );
    expect(byCell.get('L38')).toMatchObject({
      message:
        'Baris rata-rata: tertulis 125.000,00, seharusnya 2.500.000, jumlah L18:L37 ' +
        '(kolom Rp dijumlahkan); yang tertulis adalah rata-ratanya',
      expected: 2_500_000,
      actual: 125_000,
    });
    expect(byCell.get('AB45')).toMatchObject({ expected: 328_600, actual: 164_300 });
    expect(byCell.get('U46')?.message).toBe(
      'Baris persentase: tertulis 0,87, seharusnya 92 (U45 / M45 × 100 = 23,00 / 25,00 × 100)',
    );
    expect(byCell.get('V46')).toMatchObject({ expected: 67.8 });
    expect(byCell.get('AC39')?.message).toBe(
      'Baris persentase: tertulis 0,40, seharusnya 53,33 (AA38 / H38 × 100 = 7.077,02 / ' +
        '13.269,50 × 100, rumus kolom 15 = 14/5*100 pada baris rata-rata)',
    );
  });

  it('reads no predikat label, Satuan word or signature as a number', () => {
    expect(report.findings.filter((f) => /angka|predikat/.test(f.rule))).toEqual([]);
  });
});

describe('LRA Dinkes 2026', () => {
  let report: ValidationReport;
  beforeAll(async () => {
    report = await validate('lra-dinkes-2026.xlsx');
  });
  const SHEETS = ['DINKES INDUK', 'SEKRETARIAT', 'YANKES', 'SDK', 'KESMAS', 'P2P', 'KB'];

  it('finds one anggaran table per division sheet', () => {
    expect(report.tables.map((t) => `${t.kind} ${t.sheet} ${rangeToA1(t.range)}`)).toEqual(
      SHEETS.map((sheet) => `anggaran ${sheet} A6:N1056`),
    );
  });

  it('reports the same slips on every sheet, and no serapan or pagu/realisasi sum breaks', () => {
    for (const sheet of SHEETS) {
      const findings = report.findings.filter((f) => f.sheet === sheet && f.severity === 'error');
      expect(where(findings)).toEqual([
        // % AKAS =K27/M27 … without the IFERROR the rows around it have, where M is empty.
        ...[27, 28, 29, 30, 31, 32, 33].map((row) => `N${row} sel-error`),
        // PAGU AKAS SD JUNI is given per sub kegiatan; rows 35–39 and 82–84 (rekening) hold
        // copies of the AKAS of later sub kegiatan (M41, M55, M62, M70; M126, M132, M139), e.g.
        // 41.040.600 on a rekening whose pagu is 1.904.400, so each level stops adding up.
        ...[34, 35, 36, 37].map((row) => `M${row} jumlah-salah`),
        // M81 (87.254.488.076) is not reported: its parts M82 and the empty AKAS of its other
        // rekening add up to less, and an empty part may hold what is missing.
        ...[82, 83].map((row) => `M${row} jumlah-salah`),
      ]);
    }
  });

  it('counts the zeros typed as text once per column, not once per cell', () => {
    const angkaTeks = report.findings.filter((f) => f.rule === 'angka-teks');
    expect(angkaTeks.every((f) => f.severity === 'warning')).toBe(true);
    expect(angkaTeks.filter((f) => f.sheet === 'DINKES INDUK').map((f) => f.message)).toEqual([
      '1.001 angka disimpan sebagai teks di H14:H1053, semuanya "0,00"; ketik 0 sebagai angka',
      '1.024 angka disimpan sebagai teks di I14:I1053, semuanya "0,00"; ketik 0 sebagai angka',
      '383 angka disimpan sebagai teks di G21:G1050, semuanya "0,00"; ketik 0 sebagai angka',
      // =IFERROR(K26/M26;"0%"): the fallback is text, so the column cannot be summed or averaged.
      '928 angka disimpan sebagai teks di N26:N1045, semuanya "0%"; teks ini hasil rumus: ubah rumusnya agar memberi 0 sebagai angka',
      '26 angka disimpan sebagai teks di F189:F973, semuanya "0,00"; ketik 0 sebagai angka',
    ]);
    expect(angkaTeks).toHaveLength(5 * SHEETS.length);
    // Each typed text is corrected cell by cell; the formulas' texts are not typed over.
    const induk = angkaTeks.filter((f) => f.sheet === 'DINKES INDUK');
    expect(induk.map((f) => f.fix?.length)).toEqual([1001, 1024, 383, undefined, 26]);
    expect(induk[0].fix?.[0]).toEqual({
      sheet: 'DINKES INDUK',
      cell: 'H14',
      was: '0,00',
      value: 0,
    });
  });
});

/** `Sheet!A1 rule` for every finding, in report order. */
const everywhere = (findings: Finding[]) => findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`);

describe('RAK belanja Diskominfo (RAK sheet, nine hand-made kegiatan sheets, pagu sebelum/sesudah)', () => {
  let report: ValidationReport;
  beforeAll(async () => {
    report = await validate('rak-belanja-diskominfo.xlsx');
  });

  it('finds every budget table a person sees, the RAK sheet and Sheet10 included', () => {
    expect(report.tables.map((t) => `${t.kind} ${t.sheet} ${rangeToA1(t.range)}`)).toEqual([
      'anggaran RAK Belanja A3:L488',
      'anggaran Sheet1 B1:F67',
      'anggaran Sheet2 B1:F55',
      'anggaran Sheet3 B1:F109',
      'anggaran Sheet4 B1:F54',
      'anggaran Sheet5 B1:F39',
      'anggaran Sheet6 B1:F57',
      'anggaran Sheet8 B1:F46',
      'anggaran Sheet9 B1:F44',
      'anggaran Sheet10 A1:H65',
    ]);
    expect(report.uncheckedSheets).toEqual([
      { sheet: 'Sheet7', hidden: true, reason: 'tidak ada tabel LKj yang dikenali' },
    ]);
  });

  it('reports the text zeros, the one sum slip by outline numbering, and nothing by guess', () => {
    expect(everywhere(report.findings)).toEqual([
      'RAK Belanja!E16 angka-teks',
      // Codes in column A, left of the "Kegiatan" header: by code all parents reconcile.
      'Sheet1!D25 angka-teks',
      'Sheet2!D33 angka-teks',
      'Sheet3!D2 angka-teks',
      'Sheet4!D13 angka-teks',
      'Sheet5!D9 angka-teks',
      'Sheet6!D10 angka-teks',
      'Sheet8!D9 angka-teks',
      'Sheet9!D2 angka-teks',
      // Typed serapan 52,49 % where D4 / C4 = 1.873.521.710 / 3.678.352.600 = 50,93 % (52,49 % is
      // D4 over 3.569.304.500, the program's pagu in another export).
      'Sheet10!E4 serapan-salah',
      'Sheet10!D8 angka-teks',
      // Kegiatan III (A / I / 1.1 outline): 0 + 471.327 + 6.232.327 + 3.531.066 + 82.150.000 + "-"
      // + 1.001.250 + 18.343.586 = 111.729.556, not 112.253.476.
      'Sheet10!D17 jumlah-salah',
      // Typed 88,00 % where D23 / C23 = 82.150.000 / 93.892.800 = 87,49 %.
      'Sheet10!E23 serapan-salah',
    ]);
    const d17 = report.findings.find((f) => f.cell === 'D17');
    expect(d17).toMatchObject({ expected: 111_729_556, actual: 112_253_476 });
  });
});

describe('Realisasi belanja per triwulan', () => {
  it('reports only the amounts written with English or mixed grouping', async () => {
    const report = await validate('realisasi-belanja-triwulan.xlsx');
    expect(report.tables.map((t) => `${t.kind} ${rangeToA1(t.range)}`)).toEqual([
      'anggaran A1:I154',
    ]);
    expect(where(report.findings)).toEqual(
      [54, 102, 118, 134, 150].flatMap((row) => [`G${row} angka-format`, `H${row} angka-format`]),
    );
  });
});

describe('LRA Juli Diskominfo (SIPD export, codes over four columns)', () => {
  it('reports the eight columns of text numbers and no sum slip: every parent reconciles by code', async () => {
    const report = await validate('lra-juli-diskominfo.xlsx');
    expect(report.tables.map((t) => `${t.kind} ${rangeToA1(t.range)}`)).toEqual([
      'anggaran A6:M490',
    ]);
    expect(where(report.findings)).toEqual(
      ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M'].map((col) => `${col}10 angka-teks`),
    );
  });
});

describe('workbooks with no LKj table', () => {
  it.each([
    // 7,766 sub kegiatan with tag lists such as ["ANGGARAN RESPONSIF GENDER"]: data, not headers.
    ['data-subkegiatan.xlsx', ['Worksheet']],
    // Monthly target-volume trackers: none of the LKj kinds.
    [
      'rekap-target-volume-ro.xlsx',
      [
        'Rekap Vol RO',
        'Rekap Vol RO TAPIN',
        'Rekap all',
        'TVRO',
        'LK PSS',
        'LK Penghitungan',
        'Progress',
      ],
    ],
  ])('%s: no table, no finding, every sheet named as not checked', async (file, sheets) => {
    const report = await validate(file);
    expect(report.tables).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.uncheckedSheets.map((u) => u.sheet)).toEqual(sheets);
  });
});

/**
 * Every workbook keys.json has a key for, scored the way ../shared/tools/score-real.mjs scores
 * it: an error or warning on a slip's row finds that slip; any other error or warning beyond the
 * key's `allow` for its rule is a false alarm; every table the key lists is found.
 */
describe("scored against the reviewer's key (keys.json)", () => {
  interface Key {
    allow?: Record<string, number>;
    slips?: string[];
    tables?: { sheet: string; kind?: string; min?: number }[];
  }
  const keys = JSON.parse(readFileSync(path.join(REAL, 'keys.json'), 'utf8')) as Record<
    string,
    Key
  >;
  const keyed = Object.keys(keys).filter((file) => !file.startsWith('_'));
  const rowOf = (sheet: string, cell: string) => `${sheet}!${cell.replace(/^[A-Z]+/, '')}`;

  function score(file: string, report: ValidationReport) {
    const key = keys[file];
    const slipRows = new Set(
      (key.slips ?? []).map((slip) => {
        const at = slip.lastIndexOf('!');
        return rowOf(slip.slice(0, at), slip.slice(at + 1));
      }),
    );
    const alarms = report.findings.filter((f) => f.severity !== 'info');
    const found = new Set(alarms.map((f) => rowOf(f.sheet, f.cell)).filter((r) => slipRows.has(r)));
    const off = alarms.filter((f) => !slipRows.has(rowOf(f.sheet, f.cell)));
    const byRule = new Map<string, string[]>();
    for (const f of off)
      byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), `${f.sheet}!${f.cell}`]);
    const falseAlarms = [...byRule].flatMap(([rule, cells]) =>
      cells.slice(key.allow?.[rule] ?? 0).map((cell) => `${cell} ${rule}`),
    );
    const missing = (key.tables ?? []).filter((want) => {
      const sheet = new RegExp(want.sheet);
      const kind =
        want.kind && new RegExp(want.kind.startsWith('^') ? want.kind : `^${want.kind}$`);
      const n = report.tables.filter((t) => sheet.test(t.sheet) && (!kind || kind.test(t.kind)));
      return n.length < (want.min ?? 1);
    });
    const unfound = [...slipRows].filter((row) => !found.has(row));
    return { unfound, falseAlarms, missing };
  }

  it.each(keyed)('%s: no false alarm, every table, every slip', async (file) => {
    const report = await validate(file);
    const result = score(file, report);
    expect(result.falseAlarms).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.unfound).toEqual([]);
  });

  it.each<[string, string[], string[]]>([
    [
      'cirebon-e81-renja-2026.xlsx',
      ['renja Sheet1 A13:AE99', 'renja Sheet1 A161:AA176'],
      ['Sheet1!W16', 'Sheet1!Y16', 'Sheet1!AA16', 'Sheet1!AC16'],
    ],
    [
      'cirebon-renja-rkpd-2026.xlsx',
      ['renja renja 2026 A2:AG88', 'renja RKPD A5:AA20'],
      ['renja 2026!W5', 'renja 2026!Y5', 'renja 2026!AA5', 'renja 2026!AC5'],
    ],
  ])('%s: the form and Tabel 2.2, the numbering row as header', async (file, tables, numbering) => {
    const report = await validate(file);
    expect(report.tables.map((t) => `${t.kind} ${t.sheet} ${rangeToA1(t.range)}`)).toEqual(tables);
    // The numbering row is header: no finding on it, and no serapan-salah anywhere (the form's
    // (13) Rp is compared with (4) Rp, as `14 = 13/4 x100%` says, never with (6) Rp).
    const cells = new Set(report.findings.map((f) => `${f.sheet}!${f.cell}`));
    for (const cell of numbering) expect(cells.has(cell)).toBe(false);
    expect(report.findings.filter((f) => f.rule === 'serapan-salah')).toEqual([]);
    // The percentages the form's own `13 = 5+11` adds are named, not alarmed (akumulasi-rumus).
    expect(report.findings.filter((f) => f.rule === 'akumulasi-salah')).toEqual([]);
  });

  it.each([
    ['cirebon-e81-renja-2026.xlsx', 71],
    ['cirebon-renja-rkpd-2026.xlsx', 60],
  ])(
    '%s: the program row summing kegiatan and sub kegiatan is a double count',
    async (file, row) => {
      const report = await validate(file);
      // R =SUM(R61:R63) and AB =SUM(AB61:AB63) add kegiatan 61 (=SUM(62:64)) with its own sub
      // kegiatan 62, 63 (kode 5.03.02.2.02.01/.02): R61 and AB61 hold the right sums.
      const jumlah = report.findings.filter((f) => f.rule === 'jumlah-salah');
      expect(jumlah.map((f) => `${f.cell} ${f.actual} ${f.expected}`)).toEqual([
        `R${row} 16912790 10406145`,
        `AB${row} 348807030 285768415`,
      ]);
    },
  );

  it('finds the stale external links of Tabel 2.2 against the form above it', async () => {
    const report = await validate('cirebon-e81-renja-2026.xlsx');
    // K167 ='[1]renja 2026'!O228 and the like read another workbook whose cached values are 0:
    // the year's realisasi S of Tabel 2.2 is 0 where the form states the same indicator's W.
    // N167, typed 16.912.790, copies the double count R71 (the TW II Rp of the same indicator).
    const berbeda = report.findings.filter((f) => f.rule === 'realisasi-berbeda');
    expect(berbeda.map((f) => `${f.cell} ${f.actual} ${f.expected}`)).toEqual([
      'N167 16912790 10406145',
      'S167 0 50',
      'S168 0 70',
      'S171 0 11.996357842021398',
      'S172 0 50',
    ]);
    expect(berbeda[2].message).toMatch(/^Realisasi 0,00 untuk "Persentase ASN yang Ditingkatkan/);
    expect(berbeda[2].message).toMatch(/\(Sheet1!W76\)/);
  });
});
