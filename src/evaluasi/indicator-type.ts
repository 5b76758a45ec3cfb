/** An indicator's type when the workbook shows no penghitungan: from its formulasi, name and satuan. */
import { normalizeIndicatorName } from '../core/names';
import type { IndicatorType } from './types';

const IKM = /\b(ikm|indeks kepuasan|skm|survei kepuasan|survey kepuasan)\b/;
const MEAN = /\brata rata\b/;
const PERCENT = /\b(persentase|persen|rasio)\b/;
const DIVIDES = /\b(dibagi|per)\b|[/:÷]|\bx\s*100|×\s*100|100\s*%/;
const COUNT = /\bjumlah\b/;
const COUNT_UNITS = /\b(dokumen|laporan|kegiatan|orang|unit|desa|buah|kali|paket|lokasi)\b/;

/** From a formulasi text such as `… dibagi … dikali (X) 100 %`; undefined when it says nothing. */
export function typeFromFormulasi(formulasi: string): IndicatorType | undefined {
  const text = formulasi.toLowerCase();
  if (DIVIDES.test(text) && /100/.test(text)) return 'persentase';
  const words = normalizeIndicatorName(formulasi);
  if (MEAN.test(words) || /\btw\s*1\b.*\btw\s*4\b|triwulan/.test(words)) return 'rata-rata';
  return undefined;
}

/**
 * From the name and satuan: IKM is the mean of four quarterly surveys; `rata-rata` a mean;
 * `persentase` or `%` a ratio × 100; `jumlah` or a countable satuan a count; else a value.
 */
export function typeFromName(indicator: string, satuan = ''): IndicatorType {
  const name = normalizeIndicatorName(indicator);
  const unit = normalizeIndicatorName(satuan);
  if (IKM.test(name)) return 'rata-rata';
  if (MEAN.test(name)) return 'rata-rata';
  if (PERCENT.test(name) || satuan.includes('%') || PERCENT.test(unit)) return 'persentase';
  if (COUNT.test(name) || COUNT_UNITS.test(unit)) return 'jumlah';
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
