/**
 * How an indicator's quarters make its year (DOMAIN section 9): a *kumulatif* indicator adds its
 * quarters up (documents issued, people served); a *nilai akhir* one ends at its last quarter
 * (percentages, indices, rates, averages). Undefined where name and satuan do not tell: a check
 * then accepts either, since a false alarm costs more than a missed slip.
 */
import { normalizeIndicatorName } from './names';

export type Akumulasi = 'kumulatif' | 'nilai-akhir';

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
