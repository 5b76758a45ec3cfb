/** What the pane's finding list shows: the filters, their counts, and which findings fold. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checks, validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { readXlsx } from '../../src/hosts/xlsx/read';
import {
  FOLD_FROM,
  NO_FILTER,
  columnsText,
  facetCounts,
  filterFindings,
  findingSections,
  groupKey,
  hiddenCount,
  messageTemplate,
  type FindingFilter,
} from '../../src/taskpane/finding-filter';

const at = (
  rule: string,
  sheet: string,
  cell: string,
  message: string,
  extra: Partial<Finding> = {},
): Finding => ({ rule, severity: 'error', sheet, cell, message, ...extra });

describe('messageTemplate: what stays the same between alike findings', () => {
  // [first message, second message, whether they fold together]
  const cases: [string, string, boolean][] = [
    [
      'Sel berisi galat Excel #DIV/0! dari rumus =K1233/J1233',
      'Sel berisi galat Excel #DIV/0! dari rumus =M1240/J1240',
      true,
    ],
    [
      'Sel berisi galat Excel #DIV/0! dari rumus =K12/J12',
      'Sel berisi galat Excel #REF! dari rumus =K12/J12',
      false,
    ],
    [
      'Realisasi anggaran 5.862.544.300,00 melebihi pagu 0 (selisih 5.862.544.300)',
      'Realisasi anggaran 12,5 melebihi pagu 3 (selisih 9,5)',
      true,
    ],
    [
      '4.495 angka disimpan sebagai teks di F10:F4505, antara lain "513.425.170.766", "255.391"',
      '12 angka disimpan sebagai teks di G10:G21, antara lain "1", "2"',
      true,
    ],
    [
      '3 angka disimpan sebagai teks di F10:F12, semuanya "0"',
      '12 angka disimpan sebagai teks di G10:G21, antara lain "1", "2"',
      false,
    ],
    ['Indikator “Persentase A” tanpa target', 'Indikator “Indeks B” tanpa target', true],
    ['Indikator “Persentase A” tanpa target', 'Indikator “Persentase A” tanpa realisasi', false],
    [
      'Realisasi 90 berbeda dengan PK 2023!D24 (85)',
      'Realisasi 7 berbeda dengan PK 2023!D31 (8)',
      true,
    ],
    ['Capaian tertulis -3 seharusnya 4', 'Capaian tertulis −3,5 seharusnya 4', true],
  ];
  it.each(cases)('%s | %s → %s', (first, second, alike) => {
    expect(messageTemplate(first) === messageTemplate(second)).toBe(alike);
  });

  it('folds only within one sheet and one check', () => {
    const message = 'Sel berisi galat Excel #DIV/0! dari rumus =K1233/J1233';
    const base = at('sel-error', 'DPA', 'L1233', message);
    expect(groupKey(base)).toBe(groupKey({ ...base, cell: 'L1300' }));
    expect(groupKey(base)).not.toBe(groupKey({ ...base, sheet: 'REKAP' }));
    expect(groupKey(base)).not.toBe(groupKey({ ...base, rule: 'galat-templat' }));
  });
});

describe('columnsText', () => {
  const cases: [string[], string][] = [
    [['F10', 'G10', 'H10', 'I10'], 'kolom F–I'],
    [['L5', 'N5', 'L6'], 'kolom L, N'],
    [['Z1', 'AA1'], 'kolom Z–AA'],
    [['A1', 'C1', 'E1', 'G1', 'I1'], 'kolom A, C, E, …'],
  ];
  it.each(cases)('%j → %s', (cells, text) => {
    expect(columnsText(cells.map((cell) => at('angka-teks', 'S', cell, 'x')))).toBe(text);
  });
});

describe('findingSections', () => {
  const error = (row: number, col: string) =>
    at(
      'sel-error',
      'DPA',
      `${col}${row}`,
      `Sel berisi galat Excel #DIV/0! dari rumus =K${row}/J${row}`,
    );
  const findings = [
    error(5, 'L'),
    error(9, 'L'),
    error(7, 'N'),
    at('serapan-salah', 'DPA', 'G3', 'Realisasi anggaran 5 melebihi pagu 0 (selisih 5)'),
    at('serapan-salah', 'DPA', 'G4', 'Realisasi anggaran 6 melebihi pagu 0 (selisih 6)'),
    at('capaian-salah', 'PK', 'E2', 'Capaian tertulis 97, seharusnya 93,54', { severity: 'error' }),
    at('angka-teks', 'Salinan', 'C3', 'Angka disimpan sebagai teks: "95,23"', {
      severity: 'warning',
      hidden: true,
    }),
  ];
  const order = ['PK', 'DPA', 'Salinan'];

  it(`folds ${FOLD_FROM} or more alike findings into one line, in the pane's order`, () => {
    const { sections, lines } = findingSections(findings, order, checks);
    expect(lines).toBe(5);
    expect(
      sections.map((section) => [
        section.sheet,
        section.hidden,
        section.count,
        section.rules.map((rule) => [
          rule.title,
          rule.rows.map((row) => row.findings.map((f) => f.cell)),
        ]),
      ]),
    ).toEqual([
      ['PK', false, 1, [['Capaian salah hitung', [['E2']]]]],
      [
        'DPA',
        false,
        5,
        [
          ['Serapan anggaran salah', [['G3'], ['G4']]],
          ['Sel berisi galat Excel', [['L5', 'N7', 'L9']]],
        ],
      ],
      ['Salinan', true, 1, [['Angka tersimpan sebagai teks', [['C3']]]]],
    ]);
  });

  it('draws the first lines only and still counts every finding of a sheet', () => {
    const { sections, lines } = findingSections(findings, order, checks, 2);
    expect(lines).toBe(5);
    expect(sections.map((section) => [section.sheet, section.count])).toEqual([
      ['PK', 1],
      ['DPA', 5],
    ]);
    expect(sections[1].rules.map((rule) => rule.rule)).toEqual(['serapan-salah']);
  });
});

describe('filterFindings, facetCounts and hiddenCount', () => {
  const findings = [
    at('capaian-salah', 'PK 2023', 'D24', 'Capaian tertulis 97, seharusnya 93,54'),
    at('capaian-salah', 'BAB III', 'G8', 'Capaian tertulis 110, seharusnya 101'),
    at('angka-teks', 'BAB III', 'E8', 'Angka disimpan sebagai teks: "95,23"', {
      severity: 'warning',
    }),
    at('angka-teks', 'Salinan', 'E8', 'Angka disimpan sebagai teks: "95,23"', {
      severity: 'warning',
      hidden: true,
    }),
    at('nip-salah', 'Salinan', 'C4', 'NIP 1985 tidak 18 digit', {
      severity: 'error',
      hidden: true,
    }),
  ];
  const cells = (filter: FindingFilter) =>
    filterFindings(findings, filter).map((finding) => `${finding.sheet}!${finding.cell}`);
  const cases: [string, Partial<FindingFilter>, string[]][] = [
    ['nothing chosen: hidden sheets left out', {}, ['PK 2023!D24', 'BAB III!G8', 'BAB III!E8']],
    [
      'hidden sheets shown',
      { showHidden: true },
      ['PK 2023!D24', 'BAB III!G8', 'BAB III!E8', 'Salinan!E8', 'Salinan!C4'],
    ],
    ['one check', { rule: 'capaian-salah' }, ['PK 2023!D24', 'BAB III!G8']],
    ['one sheet', { sheet: 'BAB III' }, ['BAB III!G8', 'BAB III!E8']],
    ['a hidden sheet chosen but hidden sheets off', { sheet: 'Salinan' }, []],
    ['check and sheet', { rule: 'angka-teks', sheet: 'BAB III' }, ['BAB III!E8']],
    [
      'no warnings',
      { severities: { error: true, warning: false, info: true } },
      ['PK 2023!D24', 'BAB III!G8'],
    ],
    ['search in the message, any case', { query: 'SEHARUSNYA 101' }, ['BAB III!G8']],
    ['search for an address with its sheet', { query: 'pk 2023!d24' }, ['PK 2023!D24']],
    ['search for a cell', { query: 'e8' }, ['BAB III!E8']],
    ['search for a sheet, words in any order', { query: 'teks bab' }, ['BAB III!E8']],
    ['search finding nothing', { query: 'realisasi' }, []],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(cells({ ...NO_FILTER, ...change })).toEqual(expected);
  });

  it('counts each choice with the other filters as they are', () => {
    const filter: FindingFilter = { ...NO_FILTER, sheet: 'BAB III' };
    expect(Object.fromEntries(facetCounts(findings, filter, 'rule'))).toEqual({
      'capaian-salah': 1,
      'angka-teks': 1,
    });
    // The sheet's own choice does not narrow its counts.
    expect(Object.fromEntries(facetCounts(findings, filter, 'sheet'))).toEqual({
      'PK 2023': 1,
      'BAB III': 2,
    });
    expect(
      Object.fromEntries(facetCounts(findings, { ...NO_FILTER, showHidden: true }, 'severity')),
    ).toEqual({
      error: 3,
      warning: 2,
    });
    expect(hiddenCount(findings, NO_FILTER)).toBe(2);
    expect(hiddenCount(findings, { ...NO_FILTER, showHidden: true })).toBe(2);
    expect(hiddenCount(findings, { ...NO_FILTER, rule: 'nip-salah' })).toBe(1);
  });
});

describe('on a real workbook with hidden copies (dinkes-realisasi-belanja.xlsx)', () => {
  let findings: Finding[];
  let sheets: string[];

  beforeAll(async () => {
    const file = path.join(
      __dirname,
      '../../../shared/reference/real-workbooks/dinkes-realisasi-belanja.xlsx',
    );
    const model = await readXlsx(readFileSync(file));
    sheets = model.sheets.map((sheet) => sheet.name);
    findings = validateWorkbook(model).findings;
  }, 120_000);

  it('leaves the hidden copies out at first and folds the visible sheet into a few lines', () => {
    const visible = filterFindings(findings, NO_FILTER);
    expect(hiddenCount(findings, NO_FILTER)).toBe(findings.filter((f) => f.hidden).length);
    expect(visible.length + hiddenCount(findings, NO_FILTER)).toBe(findings.length);
    expect(visible.every((finding) => !finding.hidden)).toBe(true);
    const { sections, lines } = findingSections(visible, sheets, checks);
    expect(lines).toBeLessThan(visible.length / 2);
    for (const row of sections.flatMap((section) => section.rules.flatMap((rule) => rule.rows))) {
      // A line is one finding, or alike ones of one check on one sheet.
      expect(row.findings.length === 1 || row.findings.length >= FOLD_FROM).toBe(true);
      expect(new Set(row.findings.map(groupKey)).size).toBe(1);
    }
  });
});
