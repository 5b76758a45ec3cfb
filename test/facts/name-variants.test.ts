/**
 * One indicator typed two ways is one indicator only when the evidence is strong: a table of
 * names that are joined and names that never are (a digit, a level word, a negation, a direction,
 * a unit, siblings), through the indicator model, with rows that agree or tell them apart.
 */
import { indicatorModel } from '../../src/facts/indicators';
import { nameVerdict } from '../../src/facts/name-variants';
import { tableOf } from '../evaluasi/build-model';
import { modelOf, sheetOf } from '../support/sheets';

interface Row {
  name: string;
  satuan?: string;
  target?: number | string;
}

/** One row in a PK table, one in a capaian table; the verdict of the one pair looked at. */
function verdictOf(pk: Row, capaian: Row, others: string[] = []) {
  const pkSheet = sheetOf('PK', [
    ['Indikator', 'Satuan', 'Target'],
    [pk.name, pk.satuan ?? null, pk.target ?? null],
    ...others.map((name) => [name, null, null]),
  ]);
  const babSheet = sheetOf('BAB III', [
    ['Indikator', 'Satuan', 'Target', 'Realisasi'],
    [capaian.name, capaian.satuan ?? null, capaian.target ?? null, 90],
  ]);
  const otherRows = others.map((_, i) => i + 3);
  const tables = [
    tableOf('pk', 'PK', ['indikator', 'satuan', 'target'], [2, ...otherRows]),
    tableOf('capaian', 'BAB III', ['indikator', 'satuan', 'target', 'realisasi'], [2]),
  ];
  const model = indicatorModel(modelOf(pkSheet, babSheet), tables, 2023);
  const pkIndicator = model.indicators.find((i) => i.mentions.some((m) => m.table.sheet === 'PK'));
  const joined = pkIndicator?.mentions.some((m) => m.table.sheet === 'BAB III') ?? false;
  const looked = model.nameVariants.find((variant) =>
    variant.mentions.some((mention) => mention.table.sheet === 'BAB III'),
  );
  return { joined, reason: looked?.reason, variants: pkIndicator?.variants ?? [] };
}

describe('spelling variants: joined', () => {
  it.each<[string, string, string]>([
    [
      'a letter left out, and a variant spelling in a long word',
      'Prsentase fasilitasi koordinasi Ketentraman dan Ketertiban Umum',
      'Persentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum',
    ],
    [
      'digits typed for letters inside a word',
      'Persentase desa yang 19enyusun dokumen administrasi pemerintahan desa yang tepat waktu',
      'Persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu',
    ],
    [
      'a letter left out of a shorter word',
      'Jumlah dokumen perencanaan yang disusn tepat waktu',
      'Jumlah dokumen perencanaan yang disusun tepat waktu',
    ],
    [
      'two letters swapped',
      'Persentase penyelesaian pengaduan masyarkaat',
      'Persentase penyelesaian pengaduan masyarakat',
    ],
  ])('%s', (_label, a, b) => {
    const verdict = verdictOf({ name: a, target: 95 }, { name: b, target: 95 });
    expect(verdict).toMatchObject({ joined: true, reason: undefined });
    // The indicator says which names it took as one, for the notes.
    expect(verdict.variants.map((v) => v.mentions.map((m) => m.name))).toEqual([[a, b]]);
  });
});

describe('spelling variants: never joined', () => {
  it.each<[string, string, string, RegExp | undefined]>([
    // a digit
    [
      'another number',
      'Angka partisipasi sekolah usia 7 12 tahun',
      'Angka partisipasi sekolah usia 13 15 tahun',
      /angka berbeda/,
    ],
    [
      'another year',
      'Persentase capaian SPM pendidikan tahun 2023',
      'Persentase capaian SPM pendidikan tahun 2024',
      /angka berbeda/,
    ],
    [
      'a digit changed inside a word',
      'Persentase unit layanan bersertifikat ISO9001 aktif',
      'Persentase unit layanan bersertifikat ISO9002 aktif',
      /angka berbeda/,
    ],
    [
      'a digit added to a word',
      'Jumlah siswa kelas7 yang lulus ujian',
      'Jumlah siswa kelas yang lulus ujian',
      /angka ditambahkan/,
    ],
    // a level word
    ['a school level', 'Angka partisipasi kasar SD', 'Angka partisipasi kasar SMP', /makna/],
    [
      'an age group one letter apart',
      'Persentase balita gizi buruk yang ditangani',
      'Persentase batita gizi buruk yang ditangani',
      /makna/,
    ],
    [
      'a region one word apart',
      'Rapat koordinasi luar daerah yang dihadiri',
      'Rapat koordinasi luar negeri yang dihadiri',
      /makna/,
    ],
    [
      'a sex',
      'Jumlah penduduk laki-laki yang bekerja',
      'Jumlah penduduk perempuan yang bekerja',
      undefined,
    ],
    // a negation
    [
      'a negating prefix',
      'Persentase tenaga kerja formal terdaftar',
      'Persentase tenaga kerja informal terdaftar',
      /negasi/,
    ],
    [
      'non',
      'Persentase pegawai aktif mengikuti pelatihan',
      'Persentase pegawai nonaktif mengikuti pelatihan',
      /makna/,
    ],
    [
      'a negation word more (not a contained name either)',
      'Jumlah desa tertib administrasi kependudukan',
      'Jumlah desa tidak tertib administrasi kependudukan',
      undefined,
    ],
    // a direction
    [
      'naik / turun',
      'Persentase kenaikan pendapatan asli daerah',
      'Persentase penurunan pendapatan asli daerah',
      /makna/,
    ],
    // a unit
    [
      'another unit in the name',
      'Rata-rata waktu penerbitan izin usaha dalam hari',
      'Rata-rata waktu penerbitan izin usaha dalam jam',
      /makna/,
    ],
    [
      'another unit one letter apart',
      'Volume air bersih tersalurkan per liter',
      'Volume air bersih tersalurkan per meter',
      /makna/,
    ],
    // siblings and short names
    [
      'siblings one short word apart',
      'Persentase desa yang menetapkan RKPdes tepat waktu',
      'Persentase desa yang menetapkan LPPdes tepat waktu',
      /bukan salah ketik/,
    ],
    [
      'a slip too short to be sure of',
      'Persentase tepat waktu pelaporan',
      'Persentase cepat waktu pelaporan',
      /bukan salah ketik/,
    ],
    ['a name of three words', 'Nilai IKM Kecamatn', 'Nilai IKM Kecamatan', undefined],
    [
      'two words of a four-word name',
      'Persentase penyelesaian pengaduan masyarakat',
      'Persentase penyelesaien pengaduan masyarkaat',
      /terlalu banyak/,
    ],
  ])('%s', (_label, a, b, reason) => {
    const verdict = verdictOf({ name: a, target: 95 }, { name: b, target: 95 });
    expect(verdict.joined).toBe(false);
    if (reason) expect(verdict.reason).toMatch(reason);
    else expect(verdict.reason).toBeUndefined();
  });

  const [typo, name] = [
    'Persentase penyelesaian pengaduan masyarkaat',
    'Persentase penyelesaian pengaduan masyarakat',
  ];

  it.each<[string, Row, Row, RegExp]>([
    ['another satuan', { name: typo, satuan: '%' }, { name, satuan: 'dokumen' }, /satuan berbeda/],
    [
      'another target of the same year',
      { name: typo, target: 90 },
      { name, target: 95 },
      /target 2023/,
    ],
  ])('a slip whose rows differ: %s', (_label, pk, capaian, reason) => {
    expect(verdictOf(pk, capaian)).toMatchObject({
      joined: false,
      reason: expect.stringMatching(reason),
    });
  });

  it('the same satuan written two ways, and the same target shown two ways, do not differ', () => {
    expect(
      verdictOf(
        { name: typo, satuan: '%', target: '95,0 %' },
        { name, satuan: 'persen', target: 95 },
      ),
    ).toMatchObject({ joined: true });
  });

  it('two words both in use in other names are two words', () => {
    const verdict = verdictOf(
      { name: 'Jumlah izin pelayanan kapal yang diterbitkan' },
      { name: 'Jumlah izin pelayaran kapal yang diterbitkan' },
      ['Indeks kepuasan pelayanan publik', 'Jumlah kapal pelayaran rakyat'],
    );
    expect(verdict).toMatchObject({ joined: false, reason: expect.stringMatching(/sama-sama/) });
  });

  it('a name alike to two others joins neither', () => {
    const verdict = verdictOf(
      { name: 'Persentase penyelesaian pengaduan masyarkaat' },
      { name: 'Persentase penyelesaian pengaduan masyarakat' },
      ['Persentase penyelesaian pengaduan masyarakt'],
    );
    expect(verdict).toMatchObject({
      joined: false,
      reason: 'mirip lebih dari satu indikator lain',
    });
  });
});

describe('nameVerdict: the name rule alone', () => {
  it('looks only at names of the same length differing in one or two words', () => {
    expect(
      nameVerdict('Nilai SAKIP perangkat daerah', 'Nilai SAKIP perangkat daerah'),
    ).toBeUndefined();
    expect(nameVerdict('Nilai SAKIP perangkat daerah', 'Nilai SAKIP daerah')).toBeUndefined();
    expect(
      nameVerdict(
        'Jumlah dokumen perencanaan yang disusn tepat waktu',
        'Jumlah dokumen perencanaan yang disusun tepat waktu',
      ),
    ).toEqual({ words: [['disusn', 'disusun']] });
  });
});
