/** What the sheet says under Formulasi when the workbook gives none. */
import type { IndicatorType } from './types';

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
