/**
 * How an indicator's quarters make its year (DOMAIN section 9): a *kumulatif* indicator adds its
 * quarters up (documents issued, people served, rupiah); a *nilai akhir* one ends at its last
 * quarter (percentages, indices, rates); a *rata-rata* one takes the mean of its quarters, only
 * where the workbook or the user says so. Undefined where name and satuan do not tell: a check
 * then accepts either, since a false alarm costs more than a missed slip.
 */
import { LkjError } from './errors';
import { normalizeIndicatorName } from './names';

export type Akumulasi = 'kumulatif' | 'nilai-akhir' | 'rata-rata';

export const AKUMULASI_TYPES: readonly Akumulasi[] = ['kumulatif', 'nilai-akhir', 'rata-rata'];

const NILAI_AKHIR_WORDS = /\b(?:persentase|persen|indeks|rasio|rata rata|nilai|ikm)\b/;
const KUMULATIF_WORDS = /\b(?:jumlah|dokumen|orang|kegiatan|laporan)\b/;
/** Satuan that name a count: the year's value is the quarters' sum. */
const COUNT_SATUAN =
  /^(?:dokumen|orang|kegiatan|laporan|unit|desa|buah|kali|paket|lokasi|jiwa|judul|kk|rumah|sekolah)$/;
/** Satuan that name a level: the year's value is the last quarter's. */
const LEVEL_SATUAN = /^(?:%|persen|indeks|nilai|poin|skor|rasio)$/;

export function akumulasiOf(indicator: string, satuan = ''): Akumulasi | undefined {
  const unit = satuan.includes('%') ? '%' : normalizeIndicatorName(satuan);
  if (LEVEL_SATUAN.test(unit)) return 'nilai-akhir';
  if (COUNT_SATUAN.test(unit)) return 'kumulatif';
  const name = normalizeIndicatorName(indicator);
  // The head word decides: "Persentase kegiatan yang …" is a percentage of a count.
  if (/^(?:persentase|persen|indeks|rasio|rata rata|nilai)\b/.test(name)) return 'nilai-akhir';
  if (/^jumlah\b/.test(name)) return 'kumulatif';
  const level = NILAI_AKHIR_WORDS.test(name);
  const count = KUMULATIF_WORDS.test(name);
  if (level === count) return undefined;
  return level ? 'nilai-akhir' : 'kumulatif';
}

/**
 * A Jenis / Sifat / Tipe cell or a user's choice: `Kumulatif`, `Nilai Akhir`, `Akhir`,
 * `Non Kumulatif`, `Rata-rata`, `Rerata`; case, spaces and hyphens ignored. Undefined for
 * anything else.
 */
export function readAkumulasi(text: string): Akumulasi | undefined {
  const words = normalizeIndicatorName(text);
  if (/^(?:kumulatif|akumulatif|akumulasi|jumlah|sum)$/.test(words)) return 'kumulatif';
  if (/^(?:nilai akhir|akhir|non kumulatif|tidak kumulatif|posisi|last)$/.test(words))
    return 'nilai-akhir';
  if (/^(?:rata rata|rerata|average|mean)$/.test(words)) return 'rata-rata';
  return undefined;
}

/**
 * The year's (or to-date) realisasi from quarterly values in order, blanks (`undefined`) being
 * quarters not yet filled: kumulatif sums the filled ones, nilai akhir takes the last filled one,
 * rata-rata their mean. No filled quarter is `#N/A`: nothing is known yet.
 */
export function akumulasiTahun(
  quarters: readonly (number | undefined)[],
  jenis: Akumulasi,
): number {
  const filled = quarters.filter((value): value is number => value !== undefined);
  if (filled.length === 0) throw new LkjError('#N/A', 'Belum ada nilai triwulan yang terisi.');
  switch (jenis) {
    case 'kumulatif':
      return filled.reduce((sum, value) => sum + value, 0);
    case 'nilai-akhir':
      return filled[filled.length - 1] as number;
    case 'rata-rata':
      return filled.reduce((sum, value) => sum + value, 0) / filled.length;
  }
}
