import { rule as angkaFormat } from '../../src/checks/angka-format';
import { rule as angkaSatuan } from '../../src/checks/angka-satuan';
import { rule as angkaTeks } from '../../src/checks/angka-teks';
import { rule as capaianSalah } from '../../src/checks/capaian-salah';
import { rule as nilaiKosong } from '../../src/checks/nilai-kosong';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const checks = [angkaFormat, angkaTeks, angkaSatuan, nilaiKosong, capaianSalah];
const fix = 'tulis satuannya di kolom Satuan agar angkanya dapat dihitung';

describe('targets and realisasi written with their unit or as a verdict', () => {
  it.each<[string, CellInput, CellInput, CellInput, string[]]>([
    [
      'a number with its unit is read, and said so',
      '24 partai politik',
      24,
      100,
      [`angka-satuan info B2 "24 partai politik" dibaca sebagai 24; ${fix}`],
    ],
    [
      'the number read is the one the capaian is computed from',
      '24 partai politik',
      18,
      100,
      [
        `angka-satuan info B2 "24 partai politik" dibaca sebagai 24; ${fix}`,
        'capaian-salah error D2 Capaian tertulis 100, seharusnya 75 (18 / 24 × 100)',
      ],
    ],
    ['a verdict word is a legitimate target', 'WTP', 'WTP', 100, []],
    ['a verdict beside a typed predikat', 'Opini WTP', 'Opini WDP', null, []],
    ['Baik', 'Baik', 'Baik', 'Tercapai', []],
    [
      'a percent sign alone is a number as text',
      '100 %',
      100,
      100,
      ['angka-teks warning B2 Angka disimpan sebagai teks: "100 %"; ketik 100 sebagai angka'],
    ],
    [
      'negative: malformed grouping stays angka-format',
      '1923.283.100',
      1923283100,
      100,
      [
        'angka-format error B2 Pengelompokan ribuan pada "1923.283.100" tidak baku; dibaca sebagai 1.923.283.100; bila benar, ketik 1.923.283.100 sebagai angka',
      ],
    ],
    [
      'negative: irregular grouping stays angka-format',
      '21,276,070,424,00',
      1,
      100,
      [
        'angka-format error B2 Pengelompokan ribuan pada "21,276,070,424,00" tidak teratur; kemungkinan 21.276.070.424 (dua angka terakhir adalah desimal); bila benar, ketik 21.276.070.424 sebagai angka',
      ],
    ],
    [
      'negative: two numbers are not read',
      '2 dari 3 desa',
      2,
      100,
      [
        'angka-format error B2 Teks "2 dari 3 desa" bukan angka; bacaannya tidak pasti, jadi tidak ada usulan: periksa lalu ketik angka yang benar',
      ],
    ],
    [
      'negative: a magnitude word is not a unit',
      '2 juta',
      2000000,
      100,
      [
        'angka-format error B2 Teks "2 juta" bukan angka; bacaannya tidak pasti, jadi tidak ada usulan: periksa lalu ketik angka yang benar',
      ],
    ],
    [
      'negative: an empty realisasi is still nilai-kosong',
      '24 partai politik',
      null,
      100,
      [
        `angka-satuan info B2 "24 partai politik" dibaca sebagai 24; ${fix}`,
        'nilai-kosong error C2 Realisasi kosong indikator "Partai politik": capaian tidak dapat dihitung',
      ],
    ],
  ])('%s', (_name, target, realisasi, capaian, expected) => {
    const findings = findingsOf(checks, [
      {
        kind: 'capaian',
        roles: ['indikator', 'target', 'realisasi', 'capaian'],
        rows: [['Partai politik', target, realisasi, capaian]],
      },
    ]);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.message}`)).toEqual(expected);
  });

  it.each<[string, ColumnRole, CellInput[], string[]]>([
    [
      'one note per column, naming how many and examples',
      'realisasi',
      ['1 PerBup/Dokumen', '9039 Petani', '12 desa', '4 laporan'],
      [
        `angka-satuan info B2 4 angka ditulis bersama kata di B2:B5, dibaca angkanya, antara lain "1 PerBup/Dokumen" → 1, "9039 Petani" → 9.039, "12 desa" → 12; ${fix}`,
      ],
    ],
    [
      'negative: words in an amount column stay angka-format',
      'pagu',
      ['dua juta'],
      [
        'angka-format error B2 Teks "dua juta" bukan angka; bacaannya tidak pasti, jadi tidak ada usulan: periksa lalu ketik angka yang benar',
      ],
    ],
  ])('%s', (_name, role, cells, expected) => {
    const findings = findingsOf(checks, [
      { kind: 'capaian', roles: ['indikator', role], rows: cells.map((cell) => ['X', cell]) },
    ]);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.message}`)).toEqual(expected);
  });
});
