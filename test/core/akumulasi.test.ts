import { akumulasiOf } from '../../src/core/akumulasi';

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
