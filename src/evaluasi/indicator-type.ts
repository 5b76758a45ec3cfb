/** An indicator's type when the workbook shows no penghitungan: from its formulasi, name and satuan. */
import { indicatorWords } from '../core/akumulasi';
import { normalizeIndicatorName } from '../core/names';
import type { IndicatorType } from './types';

const DIVIDES = /\b(dibagi|per)\b|[/:÷]|\bx\s*100|×\s*100|100\s*%/;

/** From a formulasi text such as `… dibagi … dikali (X) 100 %`; undefined when it says nothing. */
export function typeFromFormulasi(formulasi: string): IndicatorType | undefined {
  const text = formulasi.toLowerCase();
  if (DIVIDES.test(text) && /100/.test(text)) return 'persentase';
  const words = normalizeIndicatorName(formulasi);
  if (indicatorWords(formulasi).mean || /\btw\s*1\b.*\btw\s*4\b|triwulan/.test(words))
    return 'rata-rata';
  return undefined;
}

/**
 * From the name and satuan, read by the core's one set of indicator words: IKM is the mean of
 * four quarterly surveys; `rata-rata` a mean; `persentase` or `%` a ratio × 100; `jumlah` or a
 * countable satuan a count; else a value.
 */
export function typeFromName(indicator: string, satuan = ''): IndicatorType {
  const words = indicatorWords(indicator, satuan);
  if (words.ikm || words.mean) return 'rata-rata';
  if (words.percent) return 'persentase';
  if (words.head === 'count' || (words.count && !words.level) || words.satuanHasCount)
    return 'jumlah';
  return 'nilai';
}

/** What the sheet says under Formulasi when the workbook gives none. */
export function defaultFormulasi(type: IndicatorType): string {
  switch (type) {
    case 'persentase':
      return 'Pembilang dibagi penyebut dikali (×) 100%';
    case 'rata-rata':
      return 'Rata-rata nilai triwulan: (TW I + TW II + TW III + TW IV) / 4';
    case 'jumlah':
      return 'Jumlah yang dicapai pada tahun berjalan';
    case 'nilai':
      return 'Nilai yang dicapai pada tahun berjalan';
  }
}
