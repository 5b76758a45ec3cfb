/**
 * The one indicator model checks and generators read: names matched across tables by one rule,
 * value cells by year and revision, arah and jenis with their source.
 */
import { indicatorModel, withJenisChoices } from '../../src/facts/indicators';
import { tableOf } from '../evaluasi/build-model';
import { modelOf, sheetOf } from '../support/sheets';

/** A PK table on sheet PK and a capaian table on sheet BAB III, one indicator name per row. */
function groupsOf(pkNames: string[], capaianNames: string[]): string[][] {
  const pk = sheetOf('PK', [['Indikator', 'Target'], ...pkNames.map((name) => [name, 90])]);
  const bab = sheetOf('BAB III', [
    ['Indikator', 'Target', 'Realisasi'],
    ...capaianNames.map((name) => [name, 90, 91]),
  ]);
  const rows = (names: string[]) => names.map((_, i) => i + 2);
  const tables = [
    tableOf('pk', 'PK', ['indikator', 'target'], rows(pkNames)),
    tableOf('capaian', 'BAB III', ['indikator', 'target', 'realisasi'], rows(capaianNames)),
  ];
  return indicatorModel(modelOf(pk, bab), tables).indicators.map((indicator) =>
    indicator.mentions.map((m) => `${m.table.sheet}:${m.row}`),
  );
}

describe('indicatorModel: one name-matching rule', () => {
  it.each<[string, string[], string[], string[][]]>([
    [
      'the same letters ignoring spaces and case are one indicator',
      ['Persentase fasilitasi yang di tindak lanjuti'],
      ['persentase fasilitasi yang ditindaklanjuti'],
      [['PK:2', 'BAB III:2']],
    ],
    [
      'a name of three words or more inside one longer name is that indicator',
      ['Nilai IKM Kecamatan'],
      ['Nilai IKM Pelayanan Kecamatan Klakah'],
      [['PK:2', 'BAB III:2']],
    ],
    [
      'siblings that differ in one word are two indicators',
      ['Persentase desa yang menetapkan RKPdes tepat waktu'],
      ['Persentase desa yang menetapkan LPPdes tepat waktu'],
      [['PK:2'], ['BAB III:2']],
    ],
    [
      'a short name inside two siblings joins neither',
      ['Persentase desa yang menetapkan'],
      [
        'Persentase desa yang menetapkan RKPdes tepat waktu',
        'Persentase desa yang menetapkan LPPdes tepat waktu',
      ],
      [['PK:2'], ['BAB III:2'], ['BAB III:3']],
    ],
    [
      'two words are too few to match by containment',
      ['Nilai IKM'],
      ['Nilai IKM Pelayanan Kecamatan'],
      [['PK:2'], ['BAB III:2']],
    ],
  ])('%s', (_name, pk, capaian, groups) => {
    expect(groupsOf(pk, capaian)).toEqual(groups);
  });

  it('gives value cells by year and revision, and the arah with its source cell', () => {
    const pk = sheetOf('PK', [
      ['Indikator', 'Arah', 'Target sebelum', 'Target sesudah'],
      ['Angka kemiskinan', 'turun', 10, 9],
    ]);
    const bab = sheetOf('BAB III', [
      ['Indikator', 'Target', 'Realisasi'],
      ['Angka Kemiskinan', 9, 8.5],
    ]);
    const tables = [
      tableOf('pk', 'PK', ['indikator', 'arah', 'target-sebelum', 'target-sesudah'], [2], {
        year: 2023,
      }),
      tableOf('capaian', 'BAB III', ['indikator', 'target', 'realisasi'], [2]),
    ];
    const model = indicatorModel(modelOf(pk, bab), tables, 2023);
    expect(model.indicators).toHaveLength(1);
    const [indicator] = model.indicators;
    expect(indicator.arah).toEqual({ value: 'turun', cell: { sheet: 'PK', row: 2, col: 2 } });
    expect(indicator.mentions.map((m) => m.years)).toEqual([
      [{ year: 2023, cols: { targetSebelum: 3, target: 4 } }],
      [{ year: 2023, cols: { target: 2, realisasi: 3 } }],
    ]);
    expect(model.find('angka  kemiskinan')).toBe(indicator);
    expect(model.find('Angka pengangguran')).toBeUndefined();
  });
});

describe('indicatorModel: jenis, how quarters make the year', () => {
  const renja = sheetOf('Renja', [
    ['Indikator', 'Satuan', 'Jenis'],
    ['Persentase desa ODF', '%', null],
    ['Jumlah dokumen perencanaan', 'Dok', null],
    ['Cakupan layanan', 'layanan', 'Rata-rata'],
    ['Opini BPK', 'Opini', null],
    ['Persentase penyaluran', '%', 'Kumulatif'],
  ]);
  const tables = [tableOf('renja', 'Renja', ['indikator', 'satuan', 'jenis'], [2, 3, 4, 5, 6])];
  const model = indicatorModel(modelOf(renja), tables);
  const jenis = (name: string, from = model) => from.find(name)?.jenis;

  it('reads a Jenis cell first, else the name and satuan; nothing where they do not tell', () => {
    expect(jenis('Persentase desa ODF')).toEqual({
      value: 'nilai-akhir',
      from: 'nama',
      cell: { sheet: 'Renja', row: 2, col: 1 },
    });
    expect(jenis('Jumlah dokumen perencanaan')).toMatchObject({ value: 'kumulatif', from: 'nama' });
    expect(jenis('Cakupan layanan')).toEqual({
      value: 'rata-rata',
      from: 'kolom',
      cell: { sheet: 'Renja', row: 4, col: 3 },
    });
    expect(jenis('Persentase penyaluran')).toMatchObject({ value: 'kumulatif', from: 'kolom' });
    expect(jenis('Opini BPK')).toBeUndefined();
    expect(model.mentions.map((m) => m.satuan)).toEqual(['%', 'Dok', 'layanan', 'Opini', '%']);
  });

  it("puts the user's choice over both, by the model's own name matching", () => {
    const chosen = withJenisChoices(model, {
      'opini bpk': 'nilai-akhir',
      'Persentase  Penyaluran': 'nilai-akhir',
      'Indikator yang tidak ada': 'kumulatif',
    });
    expect(jenis('Opini BPK', chosen)).toEqual({ value: 'nilai-akhir', from: 'pilihan' });
    expect(jenis('Persentase penyaluran', chosen)).toEqual({
      value: 'nilai-akhir',
      from: 'pilihan',
    });
    expect(jenis('Persentase desa ODF', chosen)).toMatchObject({ from: 'nama' });
    const mention = chosen.mentions[3];
    expect(chosen.indicatorOf(mention)?.jenis).toEqual({ value: 'nilai-akhir', from: 'pilihan' });
    expect(withJenisChoices(model, {})).toBe(model);
    expect(withJenisChoices(model, undefined)).toBe(model);
  });
});

describe('indicatorModel: each row its indicator and name cell', () => {
  // The Indikator column second in one table, first in the other; rows listed out of order and
  // with blank names between, as tables may give them.
  const pk = sheetOf('PK', [
    ['No', 'Indikator', 'Satuan'],
    [1, 'Jumlah dokumen perencanaan', null],
    [2, null, null],
    [3, '-', null],
    [4, 'Indeks kepuasan masyarakat', null],
  ]);
  const bab = sheetOf('BAB III', [
    ['Indikator', 'Satuan'],
    ['Indeks Kepuasan Masyarakat', 'indeks'],
    ['Jumlah Dokumen Perencanaan', '%'],
  ]);
  const tables = [
    tableOf('pk', 'PK', [null, 'indikator', 'satuan'], [5, 2, 3, 4]),
    tableOf('capaian', 'BAB III', ['indikator', 'satuan'], [2, 3]),
  ];
  const model = indicatorModel(modelOf(pk, bab), tables);

  it.each<[string, number, string, string | undefined]>([
    ['a row listed first though lower in its table', 0, 'PK!5,2', 'Indeks kepuasan masyarakat'],
    ['a row after it in the list', 1, 'PK!2,2', 'Jumlah dokumen perencanaan'],
    ['a name of punctuation only: no indicator', 2, 'PK!4,2', undefined],
    ['the first table spelt the name first', 3, 'BAB III!2,1', 'Indeks kepuasan masyarakat'],
    ['a row of the second table', 4, 'BAB III!3,1', 'Jumlah dokumen perencanaan'],
  ])('%s', (_case, index, cell, indicator) => {
    const mention = model.mentions[index];
    const { sheet, row, col } = mention.nameCell;
    expect(`${sheet}!${row},${col}`).toBe(cell);
    expect(model.indicatorOf(mention)?.name).toBe(indicator);
    if (indicator) expect(model.indicatorOf(mention)?.mentions).toContain(mention);
  });

  it('knows no row of another model, nor a row made alike', () => {
    const other = indicatorModel(modelOf(pk, bab), [...tables]);
    expect(other.mentions).toHaveLength(model.mentions.length);
    expect(model.indicatorOf(other.mentions[0])).toBeUndefined();
    expect(model.indicatorOf({ ...model.mentions[0], nameCell: model.mentions[0].nameCell })).toBe(
      undefined,
    );
  });

  it('lists an indicator named once with its one row, and takes jenis from a row with satuan first', () => {
    expect(model.indicators.map((i) => i.mentions.length)).toEqual([2, 2]);
    const [indeks, jumlah] = model.indicators;
    // `Jumlah …` says kumulatif by name, but the row stating a satuan (`%`) is read first.
    expect(jumlah.jenis).toEqual({
      value: 'nilai-akhir',
      from: 'nama',
      cell: { sheet: 'BAB III', row: 3, col: 1 },
    });
    expect(indeks.jenis).toMatchObject({
      value: 'nilai-akhir',
      cell: { sheet: 'BAB III', row: 2 },
    });
    const single = indicatorModel(modelOf(pk), [tables[0]]);
    expect(single.indicators.map((i) => i.mentions.map((m) => m.row))).toEqual([[5], [2]]);
    expect(single.indicators[1].jenis).toMatchObject({ value: 'kumulatif', from: 'nama' });
  });
});

/**
 * Section rows: a program or sasaran name merged across the Indikator column (the Deli Serdang
 * form's `UNSUR PENUNJANG URUSAN PEMERINTAHAN` over G11:H11) names a group, not an indicator.
 */
describe('indicatorModel: section rows', () => {
  it.each<[string, (string | null)[], string[], string[]]>([
    ['a program name merged over the Indikator column', ['UNSUR PENUNJANG', null], ['A2:B2'], []],
    [
      'an indicator in its own cell beside the program',
      ['Program A', 'Persentase tertib'],
      [],
      ['B2'],
    ],
    [
      'an indicator merged over two cells of its own column',
      ['Program A', 'Persentase'],
      ['B2:C2'],
      ['B2'],
    ],
    ['the Indikator cell empty', ['PERENCANAAN', null], [], []],
  ])('%s', (_name, [program, indikator], merges, named) => {
    const sheet = sheetOf('Renja', [
      ['Program', 'Indikator', null, 'Target'],
      [program, indikator, null, 100],
    ]);
    for (const merge of merges) {
      const [left, right] = merge.split(':').map((cell) => cell.charCodeAt(0) - 64);
      sheet.merges.push({ top: 2, left, bottom: 2, right });
    }
    const tables = [tableOf('pk', 'Renja', ['program', 'indikator', 'lain', 'target'], [2])];
    const model = indicatorModel(modelOf(sheet), tables);
    expect(model.mentions.map((m) => `B${m.row}`)).toEqual(named);
  });
});

describe('indicatorModel.find: the indicator a name from elsewhere means', () => {
  const names = [
    'Angka kemiskinan',
    'Indeks kepuasan masyarakat terhadap layanan publik',
    'Persentase jalan kabupaten dalam kondisi mantap',
    'Persentase jalan desa dalam kondisi mantap',
  ];
  const sheet = sheetOf('BAB III', [
    ['Indikator', 'Target', 'Realisasi'],
    ...names.map((name) => [name, 10, 9]),
  ]);
  const tables = [
    tableOf(
      'capaian',
      'BAB III',
      ['indikator', 'target', 'realisasi'],
      names.map((_, i) => i + 2),
    ),
  ];
  const model = indicatorModel(modelOf(sheet), tables, 2023);

  it('keeps the four names apart', () => {
    expect(model.indicators.map((indicator) => indicator.name)).toEqual(names);
  });

  it.each<[string, string, string | undefined]>([
    ['the same name, spaced and cased otherwise', 'ANGKA  kemiskinan', names[0]],
    [
      'a name of three words or more within one indicator',
      'kepuasan masyarakat terhadap layanan',
      names[1],
    ],
    ['within one only', 'jalan kabupaten kondisi mantap', names[2]],
    ['within two: no guess', 'dalam kondisi mantap', undefined],
    ['one word within: too short to say', 'kemiskinan', undefined],
    ['another name', 'Angka pengangguran', undefined],
    ['no name', '', undefined],
  ])('%s', (_case, name, expected) => {
    // Asked twice: the index built by the first call answers the second the same.
    expect(model.find(name)?.name).toBe(expected);
    expect(model.find(name)?.name).toBe(expected);
  });
});
