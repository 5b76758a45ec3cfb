import { rule } from '../../src/checks/jumlah-salah';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const CODED: ColumnRole[] = ['kode', 'uraian', 'pagu', 'realisasi-anggaran'];
const PLAIN: ColumnRole[] = ['no', 'uraian', 'pagu', 'realisasi-anggaran'];

const run = (roles: ColumnRole[], rows: CellInput[][]): string[] =>
  findingsOf(rule, [{ kind: 'anggaran', roles, rows }]).map((f) => `${f.cell} ${f.message}`);

describe('jumlah-salah', () => {
  it.each<[string, ColumnRole[], CellInput[][], string[]]>([
    [
      'codes: program → kegiatan → sub kegiatan, all sums right',
      CODED,
      [
        ['7.01.01', 'PROGRAM PENUNJANG', '384.343.000', '377.581.776'],
        ['7.01.01.2.06', 'Administrasi Umum', '153.233.800', '151.814.400'],
        ['7.01.01.2.06.01', 'Komponen Listrik', '153.233.800', '151.814.400'],
        ['7.01.01.2.08', 'Jasa Penunjang', '231.109.200', '225.767.376'],
        ['7.01.01.2.08.01', 'Jasa Komunikasi', '33.859.200', '28.517.376'],
        ['7.01.01.2.08.02', 'Jasa Pelayanan Umum', '197.250.000', '197.250.000'],
      ],
      [],
    ],
    [
      'codes: Klakah Jasa Penunjang, pagu 231.109.200 over 230.790.000',
      CODED,
      [
        [
          '7.01.01.2.08',
          'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
          '231.109.200',
          '225.767.976,00',
        ],
        [
          '7.01.01.2.08.01',
          'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
          '33.540.000',
          '28.517.976,00',
        ],
        [
          '7.01.01.2.08.02',
          'Penyediaan Jasa Pelayanan Umum Kantor',
          '197.250.000,00',
          '197.250.000,00',
        ],
      ],
      [
        'C2 Jumlah pagu tertulis 231.109.200, tetapi rinciannya berjumlah 230.790.000 (33.540.000 + 197.250.000,00); periksa angka ini atau rinciannya',
      ],
    ],
    [
      'no codes, no outline, no PROGRAM words: the hierarchy is a guess and nothing is reported',
      PLAIN,
      [
        [1, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', '384.343.000', '377.582.376'],
        [
          23,
          'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
          '231.109.200',
          '225.767.976,00',
        ],
        [24, 'Penyediaan Jasa Komunikasi', '33.540.000', '28.517.976,00'],
        [25, 'Penyediaan Jasa Pelayanan Umum Kantor', '197.250.000,00', '197.250.000,00'],
        [26, 'Pemeliharaan Barang Milik Daerah', '153.233.800', '151.814.400,00'],
        [27, 'Pemeliharaan Kendaraan', '36.403.800', '35.677.000,00'],
        [28, 'Pemeliharaan Peralatan', '6.000.000', '6.000.000,00'],
        [29, 'Pemeliharaan Gedung', '110.830.000', '110.137.400,00'],
      ],
      [],
    ],
    [
      'no codes: Klakah program 2, each kegiatan with one sub kegiatan of the same amount',
      PLAIN,
      [
        [
          30,
          'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
          '10.360.000',
          '10.360.000',
        ],
        [31, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan', '5.000.000', '5.000.000'],
        [32, 'Peningkatan Efektifitas Kegiatan Pemerintahan', '5.000.000', '5.000.000'],
        [33, 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan', '5.360.000', '5.360.000'],
        [34, 'Pelaksanaan Kewenangan Lain yang Dilimpahkan', '5.360.000', '5.360.000'],
      ],
      [],
    ],
    [
      'no codes: leaves only, a program sum wrong',
      PLAIN,
      [
        [1, 'PROGRAM A', 100, 90],
        [2, 'Kegiatan 1', 60, 50],
        [3, 'Kegiatan 2', 50, 40],
      ],
      [
        'C2 Jumlah pagu tertulis 100, tetapi rinciannya berjumlah 110 (60 + 50); periksa angka ini atau rinciannya',
      ],
    ],
    [
      'total row sums the programs; a program written without the word PROGRAM stands beside the others',
      PLAIN,
      [
        [1, 'Program Penunjang', 2104137463, null],
        [2, 'Program Penyelenggaraan Pemerintahan', 10360000, null],
        [3, 'Program Koordinasi Ketentraman', 4850000, null],
        [4, 'Penyelenggaraan Urusan Pemerintahan Umum', 7800000, null],
        [null, 'JUMLAH', 2127147463, null],
      ],
      [],
    ],
    [
      'total row wrong',
      PLAIN,
      [
        [1, 'PROGRAM A', 100, 90],
        [2, 'PROGRAM B', 50, 45],
        [null, 'TOTAL', 150, 145],
      ],
      [
        'D4 Total realisasi-anggaran tertulis 145, tetapi rinciannya berjumlah 135 (90 + 45); periksa angka ini atau rinciannya',
      ],
    ],
    [
      'an unreadable part leaves the sum unchecked (angka-format reports it)',
      PLAIN,
      [
        [1, 'PROGRAM A', 100, 90],
        [2, 'Kegiatan 1', 60, 'sembilan puluh'],
        [3, 'Kegiatan 2', 40, 40],
      ],
      [],
    ],
    [
      'a malformed but guessable amount is summed as read',
      PLAIN,
      [
        [1, 'PROGRAM A', '2.038.004.581', '1923.283.100'],
        [2, 'Kegiatan 1', '2.000.000.000', '1.900.000.000'],
        [3, 'Kegiatan 2', '38.004.581', '23.283.100'],
      ],
      [],
    ],
    [
      'outline numbering A / I / 1.1 is a hierarchy: a kegiatan whose sub kegiatan do not add up',
      PLAIN,
      [
        ['A', 'PROGRAM PENUNJANG', 300, 200],
        ['I', 'Kegiatan Perencanaan', 100, 80],
        ['1.1', 'Sub Kegiatan Dokumen', 60, 50],
        ['1.2', 'Sub Kegiatan RKA', 40, 30],
        ['II', 'Kegiatan Keuangan', 200, 120],
        ['2.1', 'Sub Kegiatan Gaji', 150, 100],
        ['2.2', 'Sub Kegiatan Administrasi', 50, 25],
        ['B', 'PROGRAM INFORMASI', 50, 40],
        ['III', 'Kegiatan Informasi', 50, 40],
        ['3.1', 'Sub Kegiatan Media', 50, 40],
        ['JUMLAH', null, 350, 240],
      ],
      [
        'D6 Jumlah realisasi-anggaran tertulis 120, tetapi rinciannya berjumlah 125 (100 + 25); periksa angka ini atau rinciannya',
      ],
    ],
    [
      'codes repeated per kegiatan start a new block; uncoded kegiatan rows break nothing',
      PLAIN.map((role) => (role === 'no' ? 'kode' : role)),
      [
        [null, 'Penyusunan Dokumen Perencanaan', 12226200, 6071739],
        ['5.1.02', 'Belanja Barang dan Jasa', 12226200, 6071739],
        ['5.1.02.01', 'Belanja Barang', 1763200, 1742739],
        ['5.1.02.02', 'Belanja Jasa', 10463000, 4329000],
        [null, 'Koordinasi RKA', 3686800, 2108832],
        ['5.1.02', 'Belanja Barang dan Jasa', 3686800, 2108832],
        ['5.1.02.01', 'Belanja Barang', 866800, 833832],
        ['5.1.02.02', 'Belanja Jasa', 2820000, 1275000],
      ],
      [],
    ],
    [
      'a label that merely begins with "Jumlah" is an indicator, not a total',
      PLAIN,
      [
        [1, 'Kegiatan A', 100, 90],
        [2, 'Jumlah desa yang difasilitasi dalam penyusunan APBDes', 60, 50],
      ],
      [],
    ],
    [
      'money with cents is equal when it rounds to the same cent, however large',
      CODED,
      [
        ['7.01.01', 'PROGRAM', 36283857143.52, 1000.1],
        ['7.01.01.2.01', 'Kegiatan 1', 36000000000.1, 1000],
        ['7.01.01.2.02', 'Kegiatan 2', 283857143.42, 0.1],
      ],
      [],
    ],
    [
      'parts that overlap (a part equal to the whole beside others) are no certain hierarchy',
      CODED,
      [
        ['2.16', 'URUSAN KOMUNIKASI', 10482073000, null],
        ['2.16.2.20.2.21.01.0000', 'Dinas Komunikasi', 10482073000, null],
        ['2.16.01', 'PROGRAM PENUNJANG', 3678352600, null],
        ['2.16.02', 'PROGRAM INFORMASI', 6803720400, null],
      ],
      [],
    ],
    [
      'an empty part may hold what is missing; a sum already past the total is a slip',
      CODED,
      [
        ['7.01.01', 'PROGRAM A', 100, 90],
        ['7.01.01.2.01', 'Kegiatan 1', 60, 40],
        ['7.01.01.2.02', 'Kegiatan 2', 40, null],
        ['7.01.02', 'PROGRAM B', 100, 10],
        ['7.01.02.2.01', 'Kegiatan 1', 60, 40],
        ['7.01.02.2.02', 'Kegiatan 2', 40, null],
      ],
      [
        'D5 Jumlah realisasi-anggaran tertulis 10, tetapi rinciannya berjumlah 40 (40 + 0); periksa angka ini atau rinciannya',
      ],
    ],
    [
      'rows with no amount (more indicators of the row above) are skipped',
      PLAIN,
      [
        [55, 'PROGRAM PEMBINAAN', '305.100.000', '305.100.000'],
        [null, 'LPPdes', null, null],
        [56, 'Fasilitasi Pembinaan', '305.100.000', '305.100.000'],
        [59, 'Fasilitasi Administrasi', '305.100.000', '305.100.000'],
      ],
      [],
    ],
  ])('%s', (_name, roles, rows, expected) => {
    expect(run(roles, rows)).toEqual(expected);
  });

  it('nests codes split over several Kode columns (urusan · program/kegiatan · rekening)', () => {
    const roles: ColumnRole[] = ['kode', 'kode', 'kode', 'uraian', 'pagu', 'realisasi-anggaran'];
    const findings = run(roles, [
      ['1.02', null, null, 'URUSAN KESEHATAN', 90000000, 19989155],
      ['1.02', '1.02.01', null, 'PROGRAM PENUNJANG', 90000000, 19989155],
      ['1.02', '1.02.01.2.01', null, 'Perencanaan', 90000000, 19989155],
      ['1.02', '1.02.01.2.01.0001', null, 'Penyusunan Dokumen', 22696700, 3076751],
      ['1.02', '1.02.01.2.01.0001', '5.1.02', 'Belanja Barang dan Jasa', 22696700, 3076751],
      ['1.02', '1.02.01.2.01.0001', '5.1.02.01', 'Belanja Barang', 6250700, 3076751],
      ['1.02', '1.02.01.2.01.0001', '5.1.02.04', 'Belanja Perjalanan Dinas', 16446000, '0,00'],
      ['1.02', '1.02.01.2.01.0002', null, 'Koordinasi RKA', 67303300, 16912404],
      ['1.02', '1.02.01.2.01.0002', '5.1.02', 'Belanja Barang dan Jasa', 67303300, 16912404],
    ]);
    expect(findings).toEqual([]);
    const broken = run(roles, [
      ['1.02', '1.02.01.2.01.0001', null, 'Penyusunan Dokumen', 22696700, 3076751],
      ['1.02', '1.02.01.2.01.0001', '5.1.02', 'Belanja Barang dan Jasa', 22696700, 3076751],
      ['1.02', '1.02.01.2.01.0001', '5.1.02.01', 'Belanja Barang', 6250700, 3076751],
      ['1.02', '1.02.01.2.01.0001', '5.1.02.04', 'Belanja Perjalanan Dinas', 16000000, '0,00'],
    ]);
    expect(broken).toEqual([
      'E3 Jumlah pagu tertulis 22.696.700, tetapi rinciannya berjumlah 22.250.700 (6.250.700 + 16.000.000); periksa angka ini atau rinciannya',
    ]);
  });

  it('reads an amount formatted as a percent by mistake as stored', () => {
    const findings = run(PLAIN, [
      [1, 'PROGRAM A', 3179600, 100],
      [2, 'Kegiatan 1', { value: 3179600, numFmt: '0%' }, 100],
    ]);
    expect(findings).toEqual([]);
  });
});
