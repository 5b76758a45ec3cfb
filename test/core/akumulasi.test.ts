import {
  akumulasiOf,
  akumulasiTahun,
  readAkumulasi,
  type Akumulasi,
} from '../../src/core/akumulasi';

describe('akumulasiOf: how quarters make the year (DOMAIN section 9)', () => {
  it.each<[string, string, string]>([
    ['Persentase lulusan yang bekerja', '', 'nilai-akhir'],
    ['Presentase desa ODF', '', 'nilai-akhir'],
    ['Indeks Kepuasan Masyarakat', '', 'nilai-akhir'],
    ['Rasio dosen terhadap mahasiswa', '', 'nilai-akhir'],
    ['Rata-rata lama studi', '', 'nilai-akhir'],
    ['Nilai SAKIP', '', 'nilai-akhir'],
    ['Tingkat kelulusan', '%', 'nilai-akhir'],
    ['Jumlah publikasi internasional', '', 'kumulatif'],
    ['Dokumen perencanaan yang tersusun', '', 'kumulatif'],
    ['Mahasiswa inbound', 'orang', 'kumulatif'],
    ['Publikasi bereputasi', 'Dokumen', 'kumulatif'],
    // The head word decides: a percentage of a count is a percentage.
    ['Persentase kegiatan yang terlaksana', '', 'nilai-akhir'],
    ['Jumlah desa dengan nilai IDM maju', '', 'kumulatif'],
    // The satuan decides before the name.
    ['Jumlah ketersediaan obat', '%', 'nilai-akhir'],
  ])('%s [%s] → %s', (indikator, satuan, expected) => {
    expect(akumulasiOf(indikator, satuan)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Akreditasi program studi unggul', 'prodi'],
    ['Opini BPK', ''],
    ['Kegiatan dengan nilai kinerja baik', ''],
  ])('%s [%s] cannot be told', (indikator, satuan) => {
    expect(akumulasiOf(indikator, satuan)).toBeUndefined();
  });
});

describe('readAkumulasi: a Jenis column or the user says the type', () => {
  it.each<[string, string | undefined]>([
    ['Kumulatif', 'kumulatif'],
    ['KUMULATIF', 'kumulatif'],
    ['Nilai Akhir', 'nilai-akhir'],
    ['Non-Kumulatif', 'nilai-akhir'],
    ['Rata-rata', 'rata-rata'],
    ['rerata', 'rata-rata'],
    ['Outcome', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(readAkumulasi(text)).toBe(expected);
  });
});

describe('akumulasiTahun: the year from its quarters', () => {
  it.each<[(number | undefined)[], Akumulasi, number]>([
    [[10, 20, 30, 40], 'kumulatif', 100],
    [[80, 85, 90, 95], 'nilai-akhir', 95],
    [[81.25, 89.51, 83.84, 82.14], 'rata-rata', 84.185],
    [[10, 20, undefined, undefined], 'kumulatif', 30],
    [[80, 85, undefined, undefined], 'nilai-akhir', 85],
    [[80, undefined, 90, undefined], 'rata-rata', 85],
    [[0, 0, 0, 0], 'kumulatif', 0],
  ])('%j as %s → %d', (quarters, jenis, expected) => {
    expect(akumulasiTahun(quarters, jenis)).toBeCloseTo(expected, 9);
  });

  it('no filled quarter is #N/A with a message', () => {
    expect(() => akumulasiTahun([undefined, undefined], 'kumulatif')).toThrow(
      expect.objectContaining({ code: '#N/A', message: expect.stringMatching(/triwulan/) }),
    );
  });
});
