import { normalizeIndicatorName } from '../../src/core/names';
import { terbilang } from '../../src/core/terbilang';

test.each<[number, string]>([
  [0, 'nol'],
  [1, 'satu'],
  [10, 'sepuluh'],
  [11, 'sebelas'],
  [12, 'dua belas'],
  [19, 'sembilan belas'],
  [20, 'dua puluh'],
  [21, 'dua puluh satu'],
  [100, 'seratus'],
  [111, 'seratus sebelas'],
  [999, 'sembilan ratus sembilan puluh sembilan'],
  [1000, 'seribu'],
  [1001, 'seribu satu'],
  [2000, 'dua ribu'],
  [11000, 'sebelas ribu'],
  [100000, 'seratus ribu'],
  [1000000, 'satu juta'],
  [1001000, 'satu juta seribu'],
  [1000000000, 'satu miliar'],
  [1000000000000, 'satu triliun'],
  [-5, 'minus lima'],
  [
    2486022481,
    'dua miliar empat ratus delapan puluh enam juta dua puluh dua ribu empat ratus delapan puluh satu',
  ],
  [
    999999999999999,
    'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar ' +
      'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu ' +
      'sembilan ratus sembilan puluh sembilan',
  ],
])('terbilang(%p)', (n, words) => {
  expect(terbilang(n)).toBe(words);
});

test('rupiah', () => {
  expect(terbilang(2371301000, true)).toBe(
    'dua miliar tiga ratus tujuh puluh satu juta tiga ratus satu ribu rupiah',
  );
  expect(terbilang(0, true)).toBe('nol rupiah');
});

test('only whole numbers up to 999 triliun', () => {
  expect(() => terbilang(12.5)).toThrow(
    expect.objectContaining({ code: '#VALUE!', message: expect.stringContaining('bukan 12,5;') }),
  );
  expect(() => terbilang(0.1 + 0.2)).toThrow(
    expect.objectContaining({ message: expect.stringContaining('bukan 0,3;') }),
  );
  expect(() => terbilang(-0.0000001)).toThrow(
    expect.objectContaining({ message: expect.stringContaining('bukan -0,0000001;') }),
  );
  expect(() => terbilang(1e15)).toThrow(expect.objectContaining({ code: '#NUM!' }));
  expect(() => terbilang(-1e15)).toThrow(expect.objectContaining({ code: '#NUM!' }));
});

test('binary noise past the 15 digits Excel keeps is not a fraction', () => {
  expect(1.15 * 100).not.toBe(115);
  expect(terbilang(1.15 * 100)).toBe('seratus lima belas');
  expect(1.1 * 3 * 1e6).not.toBe(3300000);
  expect(terbilang(1.1 * 3 * 1e6, true)).toBe('tiga juta tiga ratus ribu rupiah');
  expect(terbilang(-0)).toBe('nol');
  expect(terbilang(-1000, true)).toBe('minus seribu rupiah');
});

test.each([
  ['Presentase hasil fasilitasi…', 'persentase hasil fasilitasi'],
  ['  PERSENTASE   Hasil Fasilitasi. ', 'persentase hasil fasilitasi'],
  ['Indeks Kepuasan Masyarakat (IKM)', 'indeks kepuasan masyarakat ikm'],
  ['Prosentase LPPDes tepat waktu', 'persentase lppdes tepat waktu'],
  // plain already: lowercased only
  ['persentase layanan 12', 'persentase layanan 12'],
  ['Jumlah Desa Mandiri', 'jumlah desa mandiri'],
  // spaces at the ends, two inside, tabs and line breaks, non-breaking spaces
  [' jumlah desa', 'jumlah desa'],
  ['jumlah desa ', 'jumlah desa'],
  ['jumlah  desa', 'jumlah desa'],
  ['jumlah\tdesa\nmandiri', 'jumlah desa mandiri'],
  ['jumlah\u00a0desa', 'jumlah desa'],
  // punctuation alone at an end, letters beyond ASCII kept
  ['-Jumlah desa-', 'jumlah desa'],
  ['Capaian Kinerja Organisasi (%)', 'capaian kinerja organisasi'],
  ['Café éducation', 'café éducation'],
  // the misspelling after punctuation, twice, and not inside a longer word
  ['(Presentase) presentase', 'persentase persentase'],
  ['presentase2 layanan', 'presentase2 layanan'],
  ['', ''],
])('normalizeIndicatorName(%p)', (text, key) => {
  expect(normalizeIndicatorName(text)).toBe(key);
});
