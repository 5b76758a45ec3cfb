/**
 * Detection's rules, RuleTester style: for each rule module a table of small grids in and the
 * roles or kind it decides out, each checked to be that rule's decision in the table's `why`;
 * and the lexicon from which the normaliser, the pre-filter and the role lookup come.
 */
import { detectSheetTables } from '../../src/workbook/detect';
import { KIND_RULES } from '../../src/workbook/detect-rules/kinds';
import {
  LEXICON,
  mayBeHeaderText,
  normalize,
  roleOfText,
} from '../../src/workbook/detect-rules/lexicon';
import { ROLE_RULES } from '../../src/workbook/detect-rules/roles';
import type { Sheet } from '../../src/workbook/model';
import type { ColumnRole, DetectedTable, TableKind } from '../../src/workbook/table-types';
import { sheetOf, type CellInput } from '../support/sheets';

/** A sheet with merges given as `B1:C1`. */
function grid(rows: CellInput[][], ...merges: string[]): Sheet {
  const sheet = sheetOf('Uji', rows);
  for (const merge of merges) {
    const [from, to] = merge.split(':').map(cellAt);
    sheet.merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return sheet;
}

function cellAt(a1: string): { row: number; col: number } {
  return { col: a1.charCodeAt(0) - 64, row: Number(a1.slice(1)) };
}

const col = (letter: string) => letter.charCodeAt(0) - 64;

const capaianGrid = grid([
  ['No', 'Indkator', 'Target', 'Relisasi', 'Prosentase Capaian'],
  [1, 'Indikator A', 100, 90, 90],
]);

const paguGrid = grid([
  ['Program', 'Pagu', 'Realisasi'],
  ['Program A', 1000, 900],
]);

const unitsGrid = grid(
  [
    ['Indikator', 'Realisasi', null],
    [null, 'Klakah', 'Ranuyoso'],
    ['Indikator A', 90, 80],
  ],
  'A1:A2',
  'B1:C1',
);

/** A Renja form in little: K | Rp under each numbered group, the K cell merged over a Satuan column. */
const formGrid = grid(
  [
    ['No', 'Indikator', 'Target', null, null, 'Triwulan I', null, null],
    [null, null, 'K', null, 'Rp', 'K', null, 'Rp'],
    [1, 2, 3, null, null, 4, null, null],
    [1, 'Indikator A', 10, 'dokumen', 1000, 5, 'dokumen', 500],
    [2, 'Indikator B', 20, 'persen', 2000, 10, 'persen', 900],
  ],
  'A1:A2',
  'B1:B2',
  'C1:E1',
  'F1:H1',
  'C2:D2',
  'F2:G2',
  'C3:E3',
  'F3:H3',
);

/** A raw SKM sheet in little: profile columns, the nine unsur (8 and 9 in the regulation's order). */
const surveyGrid = grid([
  [
    'No',
    'Jenis Kelamin',
    'U1 Persyaratan',
    'U2',
    'U3',
    'U4',
    'U5',
    'U6',
    'U7',
    'U8 Pengaduan',
    'U9 Sarana',
  ],
  [1, 'L', 4, 3, 3, 4, 3, 4, 4, 3, 4],
  [2, 'P', 3, 3, 2, 4, 3, 3, 4, 3, null],
]);

type Roles = Record<string, ColumnRole>;

/**
 * Grids in, roles out by column letter: those the rule under test decided (last), then those it
 * must leave as they are.
 */
const ROLE_CASES: Record<string, [string, Sheet, Roles, Roles?][]> = {
  'unsur-skm': [
    [
      'unsur by name or number',
      surveyGrid,
      { C: 'unsur-skm', D: 'unsur-skm', J: 'unsur-skm', K: 'unsur-skm' },
      { B: 'jenis-kelamin' },
    ],
  ],
  'sembilan-unsur': [
    [
      'survey words in a table that is no survey',
      grid([
        ['No', 'Program/Kegiatan', 'Jenis Layanan', 'Waktu', 'Target', 'Realisasi'],
        [1, 'Pelayanan KTP', 'Administrasi', 'TW I', 100, 90],
      ]),
      { C: 'lain', D: 'lain' },
      { B: 'program' },
    ],
  ],
  'kata-judul': [
    ['words and their typos', capaianGrid, { A: 'no', B: 'indikator', D: 'realisasi' }],
    [
      'a quarter after a measure word',
      grid([
        ['Indikator', 'Target', 'target_tw1'],
        ['A', 10, 2],
      ]),
      { C: 'target-triwulan' },
    ],
  ],
  'jumlah-rp': [
    [
      'a pagu list by kode rekening headed only "Jumlah (Rp)"',
      grid([
        ['Kode Rekening', 'Uraian', 'Jumlah (Rp)'],
        ['5.1', 'Belanja Operasi', 1500000],
        ['5.1.02', 'Belanja Barang dan Jasa', 1500000],
      ]),
      { C: 'pagu' },
    ],
    [
      'beside a pagu: a sum of months or a realisasi, left alone',
      grid([
        ['Kode', 'Uraian', 'Pagu', 'Jumlah (Rp)'],
        ['5.1', 'Belanja Operasi', 1500000, 1500000],
      ]),
      {},
      { D: 'lain' },
    ],
  ],
  'judul-rp': [
    [
      'a rupiah mark beside realisasi',
      grid([
        ['Indikator', 'Target', 'Realisasi', 'Capaian', 'Realisasi [Rp]'],
        ['A', 10, 9, 90, 1000],
      ]),
      { E: 'realisasi-anggaran' },
      { C: 'realisasi' },
    ],
  ],
  'realisasi-bawah-anggaran': [
    [
      'Realisasi under an Anggaran group',
      grid(
        [
          ['Program', 'Anggaran', null],
          [null, 'Pagu', 'Realisasi'],
          ['Program A', 1000, 900],
        ],
        'A1:A2',
        'B1:C1',
      ),
      { C: 'realisasi-anggaran' },
    ],
  ],
  'triwulan-bawah-ukuran': [
    [
      'quarters under Target and Realisasi groups',
      grid(
        [
          ['Indikator', 'Target', null, 'Realisasi', null],
          [null, 'TW I', 'TW II', 'TW I', 'TW II'],
          ['A', 10, 20, 9, 19],
        ],
        'A1:A2',
        'B1:C1',
        'D1:E1',
      ),
      {
        B: 'target-triwulan',
        C: 'target-triwulan',
        D: 'realisasi-triwulan',
        E: 'realisasi-triwulan',
      },
    ],
    [
      'negative: quarters under no measure stay quarters',
      grid([
        ['Indikator', 'TW I', 'TW II'],
        ['IKM', 80, 81],
      ]),
      {},
      { B: 'triwulan', C: 'triwulan' },
    ],
  ],
  'kata-kelompok': [
    ['units under Realisasi', unitsGrid, { B: 'realisasi-unit', C: 'realisasi-unit' }],
  ],
  'satuan-rp': [['Target / Rp in a form', formGrid, { E: 'pagu' }, { C: 'target' }]],
  'realisasi-samping-pagu': [['Realisasi beside Pagu', paguGrid, { C: 'realisasi-anggaran' }]],
  'persen-samping-realisasi': [
    [
      'a bare % after each realisasi',
      grid([
        ['No', 'Indikator', 'Target', 'Realisasi', '%', 'Alokasi Rp.', 'Realisasi Rp.', '%'],
        [1, 'A', 100, 90, 90, 1000, 900, 90],
      ]),
      { E: 'capaian', H: 'serapan' },
    ],
  ],
  'persamaan-rasio': [
    [
      'the capaian equation names its target',
      grid([
        ['Indikator', 'Target Renstra', 'Target', 'Realisasi', 'Capaian'],
        [1, 2, 3, 4, '5 = 4 / 2 x 100'],
        ['A', 100, 90, 80, 80],
      ]),
      { C: 'lain' },
      { B: 'target' },
    ],
  ],
  'satuan-form': [['words under K', formGrid, { D: 'satuan', G: 'satuan' }]],
  'satuan-di-bawah-k': [
    [
      'K merged over the Satuan words and the numbers (Tabel 2.2 RKPD)',
      grid(
        [
          ['No', 'Indikator', 'Target Renstra', null, null, 'Realisasi Triwulan', null],
          [null, null, null, null, null, 'I', null],
          [1, 2, 3, null, null, 4, null],
          [null, null, 'K', null, 'Rp', 'K', 'Rp'],
          [1, 'Indikator A', 'persen', 10, 1000, 5, 500],
          [2, 'Indikator B', 'dokumen', 20, 2000, 10, 900],
        ],
        'A1:A2',
        'B1:B2',
        'C1:E2',
        'F1:G1',
        'F2:G2',
        'C3:E3',
        'F3:G3',
        'C4:D4',
      ),
      { C: 'satuan' },
      { D: 'target' },
    ],
  ],
  'kolom-berisi-kata': [
    [
      'a capaian column of words',
      grid([
        ['Indikator', 'Target', 'Realisasi', 'Capaian'],
        ['A', 10, 9, 'Baik'],
        ['B', 10, 9, 'Baik'],
        ['C', 10, 9, 'Cukup'],
      ]),
      { D: 'lain' },
    ],
  ],
};

/** Grids in, kind out, named by the rule under test. */
const KIND_CASES: Record<string, [string, Sheet, TableKind][]> = {
  'tabel-jawaban-skm': [['the nine unsur, one column each', surveyGrid, 'skm']],
  'tabel-sdm': [
    [
      'staff list',
      grid([
        ['No', 'Nama', 'NIP', 'Pangkat', 'Gol', 'Jabatan'],
        [1, 'Ani', '198701012010012001', 'Penata', 'III/c', 'Kasi'],
      ]),
      'sdm',
    ],
  ],
  'tabel-sdm-nip': [
    [
      'names and NIP only',
      grid([
        ['No', 'Nama', 'NIP'],
        [1, 'Ani', '198701012010012001'],
        [2, 'Budi', '198701012010011002'],
      ]),
      'sdm',
    ],
    [
      'NIP Baru beside a note',
      grid([
        ['No', 'Nama', 'NIP Baru', 'Keterangan'],
        [1, 'Ani', '198701012010012001', 'PNS'],
      ]),
      'sdm',
    ],
    [
      'NI PPPK',
      grid([
        ['No', 'Nama', 'NI PPPK', 'Unit Kerja'],
        [1, 'Ani', '199002152021212004', 'Puskesmas'],
      ]),
      'sdm',
    ],
  ],
  'tabel-capaian-triwulan': [
    [
      'TW I–IV between target and realisasi',
      grid([
        ['No', 'Indikator', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Realisasi', 'Capaian'],
        [1, 'A', 100, 20, 30, 20, 30, 100, 100],
      ]),
      'capaian',
    ],
    [
      'target and realisasi per quarter only',
      grid([
        ['Indikator', 'Target TW I', 'Target TW II', 'Realisasi TW I', 'Realisasi TW II'],
        ['A', 1, 2, 1, 2],
      ]),
      'capaian',
    ],
  ],
  'tabel-penghitungan': [
    [
      'formulasi and hasil',
      grid([
        ['Indikator', 'Formulasi', 'Penghitungan', 'Hasil'],
        ['A', 'a / b', '1 / 2', 50],
      ]),
      'penghitungan',
    ],
  ],
  'tabel-efisiensi': [
    [
      'capaian kinerja and anggaran',
      grid([
        ['No', 'Sasaran', 'Capaian Kinerja', 'Capaian Anggaran', 'Efisiensi'],
        [1, 'S', 90, 80, 10],
      ]),
      'efisiensi',
    ],
  ],
  'tabel-renja': [['quarters with K | Rp', formGrid, 'renja']],
  'tabel-ikm-triwulan': [
    [
      'quarters without measures',
      grid([
        ['Indikator', 'TW I', 'TW II'],
        ['IKM', 80, 81],
      ]),
      'ikm-triwulan',
    ],
    [
      'negative: quarters with a target and an IKM value stay IKM',
      grid([
        ['Indikator', 'Target', 'TW I', 'TW II', 'Realisasi', 'IKM'],
        ['IKM', 80, 81, 82, 82, 82],
      ]),
      'ikm-triwulan',
    ],
  ],
  'tabel-multi-tahun': [
    [
      'two year groups',
      grid(
        [
          ['Indikator', 'Tahun 2022', null, 'Tahun 2023', null],
          [null, 'Target', 'Realisasi', 'Target', 'Realisasi'],
          ['A', 1, 1, 2, 2],
        ],
        'A1:A2',
        'B1:C1',
        'D1:E1',
      ),
      'multi-tahun',
    ],
    [
      // A database export of achievements: capaian per year, no target or realisasi column.
      'capaian columns of two years beside an indicator',
      grid([
        ['_id', 'indikator_kinerja', 'capaian_tahun_2018', 'capaian_tahun_2019'],
        [1, 'Angka Harapan Hidup', '75,57', '75,00'],
      ]),
      'multi-tahun',
    ],
  ],
  'tabel-perbandingan-pd': [['realisasi per unit', unitsGrid, 'perbandingan-pd']],
  'tabel-capaian-indikator': [
    ['indikator, target, realisasi, capaian', capaianGrid, 'capaian'],
    [
      // The LKPJ input form: its % column is the serapan (`k = ( j / i ) * 100`), no capaian.
      'indikator, target, realisasi beside alokasi, realisasi Rp and %',
      grid([
        ['Indikator', 'Satuan', 'Target', 'Realisasi Target', 'Alokasi [Rp]', 'Realisasi [Rp]'],
        ['Jumlah orang', 'Orang', 5, 4, 120000000, 115000000],
      ]),
      'capaian',
    ],
  ],
  'tabel-anggaran': [['pagu and realisasi', paguGrid, 'anggaran']],
  'tabel-capaian': [
    [
      'sasaran, target, realisasi',
      grid([
        ['Sasaran', 'Target', 'Realisasi'],
        ['S', 100, 90],
      ]),
      'capaian',
    ],
  ],
  'tabel-pk': [
    [
      'sasaran, indikator, target',
      grid([
        ['Sasaran', 'Indikator', 'Target'],
        ['S', 'I', 100],
      ]),
      'pk',
    ],
  ],
};

function onlyTable(sheet: Sheet): DetectedTable {
  const tables = detectSheetTables(sheet);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe.each(ROLE_RULES.map((rule) => rule.id))('role rule %s', (id) => {
  it.each(ROLE_CASES[id] ?? [])('%s', (_name, sheet, decided, kept = {}) => {
    const table = onlyTable(sheet);
    const roleAndRule = (letter: string) => {
      const steps = table.why?.filter((step) => step.target === col(letter)) ?? [];
      const role = table.columns.find((c) => c.col === col(letter))?.role;
      return { role, byThisRule: steps[steps.length - 1]?.rule === id };
    };
    for (const [letter, role] of Object.entries(decided)) {
      expect([letter, roleAndRule(letter)]).toEqual([letter, { role, byThisRule: true }]);
    }
    for (const [letter, role] of Object.entries(kept)) {
      expect([letter, roleAndRule(letter)]).toEqual([letter, { role, byThisRule: false }]);
    }
  });
});

describe.each(KIND_RULES.map((rule) => rule.id))('kind rule %s', (id) => {
  it.each(KIND_CASES[id] ?? [])('%s', (_name, sheet, kind) => {
    const table = onlyTable(sheet);
    expect(table.kind).toBe(kind);
    const steps = table.why?.filter((step) => step.target === 'table') ?? [];
    expect(steps[steps.length - 1]?.rule).toBe(id);
  });
});

test('every rule has an id of its own, a description and a table of cases', () => {
  const ids = [...ROLE_RULES, ...KIND_RULES].map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of [...ROLE_RULES, ...KIND_RULES]) expect(rule.description).toMatch(/\.$/);
  expect(Object.keys(ROLE_CASES).sort()).toEqual(ROLE_RULES.map((rule) => rule.id).sort());
  expect(Object.keys(KIND_CASES).sort()).toEqual(KIND_RULES.map((rule) => rule.id).sort());
});

/** The header band: a row of years under group cells labels columns, never data. */
describe('a row of years inside the header band', () => {
  it.each<[string, Sheet, number[], string[]]>([
    [
      'numbers under merged groups',
      grid(
        [
          ['Indikator', 'Target', null, 'Realisasi', null],
          [null, 2024, 2025, 2024, 2025],
          ['Indikator A', 80, 85, 81, 86],
        ],
        'A1:A2',
        'B1:C1',
        'D1:E1',
      ),
      [1, 2],
      ['indikator', 'target@2024', 'target@2025', 'realisasi@2024', 'realisasi@2025'],
    ],
    [
      'numbers under unmerged group cells',
      grid([
        ['No', 'Indikator', 'Target', null, null],
        [null, null, 2024, 2025, 2026],
        [1, 'Indikator A', 80, 85, 90],
        [2, 'Indikator B', 70, 75, 80],
      ]),
      [1, 2],
      ['no', 'indikator', 'target@2024', 'target@2025', 'target@2026'],
    ],
    [
      'years typed as text',
      grid(
        [
          ['Indikator', 'Target', null, 'Realisasi', null],
          [null, '2024', '2025', '2024', '2025'],
          ['Indikator A', 80, 85, 81, 86],
        ],
        'B1:C1',
        'D1:E1',
      ),
      [1, 2],
      ['indikator', 'target@2024', 'target@2025', 'realisasi@2024', 'realisasi@2025'],
    ],
    [
      'years under a header that is no group: data',
      grid([
        ['Indikator', 'Tahun Awal', 'Tahun Akhir', 'Target'],
        ['Indikator A', 2024, 2026, 90],
      ]),
      [1],
      ['indikator', 'lain', 'lain', 'target'],
    ],
  ])('%s', (_name, sheet, headerRows, columns) => {
    const table = onlyTable(sheet);
    expect(table.headerRows).toEqual(headerRows);
    expect(table.columns.map((c) => `${c.role}${c.year ? `@${c.year}` : ''}`)).toEqual(columns);
  });
});

test('a column whose header no rule knows is `lain`, with no step', () => {
  const table = onlyTable(
    grid([
      ['Indikator', 'Target', 'Realisasi', 'Jenis Belanja'],
      ['A', 10, 9, 'Operasi'],
    ]),
  );
  expect(table.columns[3].role).toBe('lain');
  expect(table.why?.some((step) => step.target === 4)).toBe(false);
});

describe('the lexicon', () => {
  it('passes every word and typo through the pre-filter, raw and in any case', () => {
    for (const entry of LEXICON) {
      for (const word of [...entry.words, ...(entry.typos ?? [])]) {
        expect(`${word}:${mayBeHeaderText(word.toUpperCase())}`).toBe(`${word}:true`);
        expect(`${word}:${mayBeHeaderText(`(${word}) 2023`)}`).toBe(`${word}:true`);
      }
    }
  });

  it('normalises each typo to its entry’s word, and looks it up as that word', () => {
    for (const entry of LEXICON) {
      for (const typo of entry.typos ?? []) {
        expect(normalize(`Target ${typo.toUpperCase()}`)).toBe(`target ${entry.words[0]}`);
        expect(roleOfText(normalize(typo))).toBe(roleOfText(entry.words[0]));
      }
    }
  });

  it.each<[string, boolean]>([
    ['Realisasi (Rp)', true],
    ['% Serapan', true],
    ['1.01.02 PROGRAM', false],
    ['Nominal', false],
    ['Targetnya', false],
  ])('pre-filter %j → %s', (text, expected) => {
    expect(mayBeHeaderText(text)).toBe(expected);
  });

  it.each<[string, ColumnRole]>([
    ['tw1', 'triwulan'],
    ['nilai target', 'target'],
    ['anggaran realisasi', 'realisasi-anggaran'],
    ['capaian kinerja', 'capaian-kinerja'],
    ['persentase capaian', 'capaian'],
    ['persen', 'lain'],
  ])('role of %j → %s', (text, role) => {
    expect(roleOfText(text)).toBe(role);
  });
});
