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

/**
 * The words that tell what an indicator measures, the ONE list every classifier reads (this
 * file's akumulasiOf, the evaluasi generator's formulasi types): a level (percentage, index,
 * rate, mean, value) or a count.
 */
const PERCENT_WORDS = ['persentase', 'persen', 'rasio'];
const LEVEL_WORDS = [...PERCENT_WORDS, 'indeks', 'rata rata', 'nilai', 'ikm'];
const COUNT_WORDS = ['jumlah', 'dokumen', 'orang', 'kegiatan', 'laporan'];
/** Satuan that name a count: the year's value is the quarters' sum. */
const COUNT_SATUAN = [
  ...COUNT_WORDS.slice(1),
  'dok',
  'lap',
  'unit',
  'desa',
  'buah',
  'kali',
  'paket',
  'lokasi',
  'jiwa',
  'judul',
  'kk',
  'rumah',
  'sekolah',
];
/** Satuan that name a level: the year's value is the last quarter's. */
const LEVEL_SATUAN = ['%', 'persen', 'indeks', 'nilai', 'poin', 'skor', 'rasio'];
/** An IKM (survey of satisfaction) by any of its names. */
const IKM_WORDS = ['ikm', 'indeks kepuasan', 'skm', 'survei kepuasan', 'survey kepuasan'];

const anyWord = (words: readonly string[]) => new RegExp(`\\b(?:${words.join('|')})\\b`);
const oneOf = (words: readonly string[]) => new RegExp(`^(?:${words.join('|')})$`);
const PERCENT = anyWord(PERCENT_WORDS);
const LEVEL = anyWord(LEVEL_WORDS);
const COUNT = anyWord(COUNT_WORDS);
const LEVEL_HEAD = new RegExp(`^(?:${LEVEL_WORDS.filter((w) => w !== 'ikm').join('|')})\\b`);
const COUNT_HEAD = /^jumlah\b/;
const IKM = anyWord(IKM_WORDS);
const MEAN = /\brata rata\b/;
const COUNT_UNIT = oneOf(COUNT_SATUAN);
const COUNT_UNIT_WORD = anyWord(COUNT_SATUAN);
const LEVEL_UNIT = oneOf(LEVEL_SATUAN);
const RUPIAH = /^(?:rp|rupiah)\b/;

/** What an indicator's name and satuan say, read once by one set of rules. */
export interface IndicatorWords {
  /** Normalised name and satuan (`%` kept as `%`). */
  name: string;
  satuan: string;
  /** The satuan is a count (`dokumen`, `orang` …), a level (`%`, `indeks` …) or rupiah. */
  satuanIs?: 'count' | 'level' | 'rupiah';
  /** The satuan holds a count word somewhere (`orang / bulan`). */
  satuanHasCount: boolean;
  /** The name's head word: `Persentase …`, `Indeks …` are levels; `Jumlah …` a count. */
  head?: 'level' | 'count';
  percent: boolean;
  mean: boolean;
  ikm: boolean;
  /** Level and count words anywhere in the name. */
  level: boolean;
  count: boolean;
}

export function indicatorWords(indicator: string, satuan = ''): IndicatorWords {
  const name = normalizeIndicatorName(indicator);
  const unit = satuan.includes('%') ? '%' : normalizeIndicatorName(satuan);
  const satuanIs = LEVEL_UNIT.test(unit)
    ? 'level'
    : COUNT_UNIT.test(unit)
      ? 'count'
      : RUPIAH.test(unit)
        ? 'rupiah'
        : undefined;
  const head = LEVEL_HEAD.test(name) ? 'level' : COUNT_HEAD.test(name) ? 'count' : undefined;
  const words: IndicatorWords = {
    name,
    satuan: unit,
    satuanHasCount: COUNT_UNIT_WORD.test(unit),
    percent: PERCENT.test(name) || PERCENT.test(unit) || unit === '%',
    mean: MEAN.test(name),
    ikm: IKM.test(name),
    level: LEVEL.test(name),
    count: COUNT.test(name),
  };
  if (satuanIs) words.satuanIs = satuanIs;
  if (head) words.head = head;
  return words;
}

/**
 * The type from name and satuan: the satuan decides first (rupiah and counts add up, levels
 * end at their last quarter), then the name's head word, then level or count words anywhere
 * when only one kind stands there. Undefined where they do not tell.
 */
export function akumulasiOf(indicator: string, satuan = ''): Akumulasi | undefined {
  const words = indicatorWords(indicator, satuan);
  if (words.satuanIs === 'level') return 'nilai-akhir';
  if (words.satuanIs === 'count' || words.satuanIs === 'rupiah') return 'kumulatif';
  // The head word decides: "Persentase kegiatan yang …" is a percentage of a count.
  if (words.head === 'level') return 'nilai-akhir';
  if (words.head === 'count') return 'kumulatif';
  if (words.level === words.count) return undefined;
  return words.level ? 'nilai-akhir' : 'kumulatif';
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
