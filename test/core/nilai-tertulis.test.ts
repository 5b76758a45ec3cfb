import { readNilaiTertulis, type NilaiTertulis } from '../../src/core/nilai-tertulis';

describe('readNilaiTertulis: targets and realisasi written with words (DOMAIN §9)', () => {
  it.each<[string, NilaiTertulis | undefined]>([
    [
      '24 partai politik',
      { kind: 'angka-satuan', value: 24, decimals: 0, words: 'partai politik' },
    ],
    ['1 PerBup/Dokumen', { kind: 'angka-satuan', value: 1, decimals: 0, words: 'PerBup/Dokumen' }],
    ['9039 Petani', { kind: 'angka-satuan', value: 9039, decimals: 0, words: 'Petani' }],
    ['85,5 % penduduk', { kind: 'angka-satuan', value: 85.5, decimals: 1, words: 'penduduk' }],
    ['1.250 orang', { kind: 'angka-satuan', value: 1250, decimals: 0, words: 'orang' }],
    ['≥ 80 % penduduk', { kind: 'angka-satuan', value: 80, decimals: 0, words: 'penduduk' }],
    [
      '24 (dua puluh empat)',
      { kind: 'angka-satuan', value: 24, decimals: 0, words: '(dua puluh empat)' },
    ],
    ['WTP', { kind: 'kata' }],
    ['Opini WTP', { kind: 'kata' }],
    ['Baik', { kind: 'kata' }],
    ['Sangat Baik', { kind: 'kata' }],
    // Negative: what must stay unreadable (angka-format where a number is expected).
    ['11 = 7+8+9+10', undefined],
    ['2 dari 3 desa', undefined],
    ['21,276,070,424,00', undefined],
    ['1.23.456 orang', undefined],
    ['2 juta', undefined],
    ['1,5 M', undefined],
    ['5 miliar rupiah', undefined],
    ['31 Desember 2023', undefined],
    // Words before the number are a label, not a unit.
    ['Level 3', undefined],
    ['RATA-RATA CAPAIAN (PROGRAM 1 s.d……..)', undefined],
    ['Tahun 2023', undefined],
    ['-', undefined],
    ['', undefined],
  ])('%s', (text, expected) => {
    expect(readNilaiTertulis(text)).toEqual(expected);
  });
});
