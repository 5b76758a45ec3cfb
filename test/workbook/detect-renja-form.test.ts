/**
 * Rows with roles in a Renja (Permendagri 86/2017) form, on small forms built in code and read by
 * the real detection and checks: the numbering row in its shapes and positions, the K/Rp row, the
 * rata-rata and percentage rows, the predikat row and the signature block.
 */
import { validateWorkbook } from '../../src/checks';
import { detectSheetTables } from '../../src/workbook/detect';
import { equationText } from '../../src/workbook/equation-text';
import { fromA1, type Cell, type Sheet } from '../../src/workbook/model';
import { modelOf, sheetOf, type CellInput } from '../support/sheets';

const HEADER: CellInput[][] = [
  [
    'No',
    'Program/Kegiatan',
    'Indikator Kinerja',
    'Target Renstra',
    null,
    'Realisasi Kinerja Pada Triwulan',
    null,
    null,
    null,
    'Realisasi Capaian Kinerja',
    null,
    'Tingkat Capaian (%)',
  ],
  [null, null, null, null, null, 'I', null, 'II'],
];
const UNITS: CellInput[] = [
  null,
  null,
  null,
  'K',
  'Rp',
  'K',
  'Rp',
  'K',
  'Rp',
  'K',
  'Rp',
  'K',
  'Rp',
];
const NUMBERS: CellInput[] = [1, 2, 3, 4, null, 5, null, 6, null, '7 = 5 + 6', null, '8 = 7/4*100'];
const LETTERS: CellInput[] = [
  'a',
  'b',
  'c',
  'd',
  null,
  'e',
  null,
  'f',
  null,
  'g = e + f',
  null,
  'h = ( g / d ) * 100',
];
const PARENTHESES: CellInput[] = [
  '(1)',
  '(2)',
  '(3)',
  '(4)',
  null,
  '(5)',
  null,
  '(6)',
  null,
  '(7) = (5)+(6)',
  null,
  '(8) = (7):(4) x 100',
];

const LINES: CellInput[][] = [
  ['1', 'Program Perencanaan', 'Cakupan dokumen', 100, 1000, 20, 200, 30, 300, 50, 500, 50, 50],
  [null, 'Penyusunan Renja', 'Dokumen', 10, 400, 2, 100, 3, 100, 5, 200, 50, 50],
  [null, 'Evaluasi Renja', 'Laporan', 20, 600, 5, 100, 5, 200, 10, 300, 50, 50],
];
/** Rata-rata: K averaged over the two kegiatan rows, Rp summed. */
const RATA_RATA: CellInput[] = [
  'Rata-rata capaian kinerja (%)',
  null,
  null,
  15,
  1000,
  3.5,
  200,
  4,
  300,
  7.5,
  500,
  50,
  50,
];
/** Each rata-rata of its target: quarters and column 7 of column 4; column 8 its equation on the rata-rata row. */
const PERSEN: CellInput[] = [null, null, null, 15, 1000, 23.33, 20, 26.67, 30, 50, 50, 50, 50];
const SCALE = 'IF(M9<=40,"Kurang",IF(M9<=80,"Cukup","Baik"))';
const PREDIKAT: CellInput[] = [
  'Predikat kinerja',
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  'Sangat Rendah',
  { value: 'Cukup', formula: SCALE },
];
const SIGNATURE: CellInput[][] = [
  [null, null, null, null, null, null, null, null, null, 'Kota, tanggal 10 Januari 2019'],
  [null, null, null, null, null, null, null, null, null, 'Disusun'],
  [null, null, null, null, null, null, null, null, null, 'KEPALA DINAS'],
];

interface Form {
  numbering?: CellInput[];
  /** The numbering row above the K/Rp row instead of under it. */
  numberingFirst?: boolean;
  edit?: Record<string, CellInput>;
}

/** The form, rows 1–14: header 1–2, K/Rp and numbering rows 3–4, lines 5–7, summary 8–9, predikat 10. */
function form({ numbering = NUMBERS, numberingFirst = false, edit = {} }: Form = {}): Sheet {
  const under = numberingFirst ? [numbering, UNITS] : [UNITS, numbering];
  const sheet = sheetOf('Renja', [
    ...HEADER,
    ...under,
    ...LINES,
    RATA_RATA,
    PERSEN,
    PREDIKAT,
    [],
    ...SIGNATURE,
  ]);
  for (const [address, input] of Object.entries(edit)) {
    const { row, col } = fromA1(address);
    const cell: Cell = input !== null && typeof input === 'object' ? input : { value: input };
    sheet.setCell(row, col, cell);
  }
  const merge = (top: number, left: number, bottom: number, right: number) =>
    sheet.merges.push({ top, left, bottom, right });
  merge(1, 4, 2, 5);
  merge(1, 6, 1, 9);
  merge(2, 6, 2, 7);
  merge(2, 8, 2, 9);
  merge(1, 10, 2, 11);
  merge(1, 12, 2, 13);
  const numberingRow = numberingFirst ? 3 : 4;
  for (const left of [4, 6, 8, 10, 12]) merge(numberingRow, left, numberingRow, left + 1);
  merge(8, 1, 8, 3);
  merge(10, 1, 10, 3);
  return sheet;
}

describe('Renja form rows', () => {
  it.each<[string, Form]>([
    ['numbers under the K/Rp row', {}],
    ['numbers above the K/Rp row', { numberingFirst: true }],
    ['letters, a = column 1', { numbering: LETTERS }],
    ['numbers in parentheses, : divides', { numbering: PARENTHESES }],
  ])(
    '%s: one renja table whose line rows are data, equations from the numbering row',
    (_, spec) => {
      const [table] = detectSheetTables(form(spec));
      expect(table).toMatchObject({
        kind: 'renja',
        range: { top: 1, bottom: 10 },
        dataRows: [5, 6, 7],
        summaryRows: [
          { row: 8, role: 'rata-rata', lines: [6, 7], parents: [5] },
          { row: 9, role: 'persen', base: 8 },
        ],
        predikatRows: [10],
      });
      expect(table.equations.map(equationText)).toEqual([
        'J = F + H',
        'K = G + I',
        'L = J / D × 100',
        'M = K / E × 100',
      ]);
      expect(
        table.columns
          .filter((c) => c.measure)
          .map((c) => c.measure)
          .join(''),
      ).toBe('KRpKRpKRpKRpKRp');
    },
  );

  it('a form that holds every equation, average, sum and band has no finding', () => {
    expect(validateWorkbook(modelOf(form())).findings).toEqual([]);
  });

  it.each<[string, Record<string, CellInput>, string[]]>([
    [
      'K summed where the row averages',
      { D8: 30 },
      [
        'D8 hitung-salah Baris rata-rata: tertulis 30, seharusnya 15, rata-rata D6:D7 (kolom K dirata-ratakan); yang tertulis adalah jumlahnya',
      ],
    ],
    [
      'Rp averaged where the row sums',
      { E8: 500, E9: 500 },
      [
        'E8 hitung-salah Baris rata-rata: tertulis 500, seharusnya 1.000, jumlah E6:E7 (kolom Rp dijumlahkan); yang tertulis adalah rata-ratanya',
      ],
    ],
    [
      'a quarter divided by another target',
      { F9: 0.35 },
      [
        'F9 hitung-salah Baris persentase: tertulis 0,35, seharusnya 23,33 (F8 / D8 × 100 = 3,5 / 15 × 100)',
      ],
    ],
    [
      'a percentage divided by the target again',
      { L9: 333.33 },
      [
        'L9 hitung-salah Baris persentase: tertulis 333,33, seharusnya 50 (J8 / D8 × 100 = 7,5 / 15 × 100, rumus kolom 8 = 7/4*100 pada baris rata-rata)',
      ],
    ],
    [
      'a predikat off the P86 scale',
      { L10: 'Sedang' },
      [
        'L10 predikat-salah Predikat tertulis "Sedang", seharusnya "Sangat Rendah" (capaian 50 di baris 8, skala Permendagri 86/2017)',
      ],
    ],
    [
      "a predikat off the sheet's own IF scale",
      { M10: { value: 'Baik', formula: SCALE } },
      [
        'M10 predikat-salah Predikat tertulis "Baik", seharusnya "Cukup" (capaian 50 di baris 8, skala di rumus sel: ≤40 Kurang, ≤80 Cukup, selebihnya Baik)',
      ],
    ],
    [
      'a line row breaking its equation',
      { J6: 6 },
      // The line row is checked as a line item; its capaian is recomputed from the stated J6, as
      // on every table. The rata-rata J8 is right for the corrected J6: no second finding.
      [
        'J6 rumus-kolom Rumus kolom 7 = 5 + 6: tertulis 6, seharusnya 5 (2 + 3)',
        'L6 rumus-kolom Rumus kolom 8 = 7/4*100: tertulis 50, seharusnya 60 (6 / 10 × 100)',
      ],
    ],
  ])('%s', (_, edit, expected) => {
    const findings = validateWorkbook(modelOf(form({ edit }))).findings;
    expect(findings.map((f) => `${f.cell} ${f.rule} ${f.message}`)).toEqual(expected);
  });

  it('a percentage row may copy the rata-rata above it instead of its percentage', () => {
    const findings = validateWorkbook(modelOf(form({ edit: { G9: 200, K9: 500 } }))).findings;
    expect(findings).toEqual([]);
  });

  it('an indicator that begins "Rata-rata" is a line row', () => {
    const [table] = detectSheetTables(form({ edit: { C6: 'Rata-rata lama sekolah' } }));
    expect(table.dataRows).toEqual([5, 6, 7]);
  });
});
