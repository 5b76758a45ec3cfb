import type { KindRule } from '../rule';

export const renja: KindRule = {
  id: 'tabel-renja',
  kind: 'renja',
  description:
    'Kolom triwulan dalam formulir bersatuan K/Rp, atau di bawah judul yang menyebut ' +
    'Renja, RKPD atau Renstra: formulir evaluasi Renja.',
  apply: ({ columns, context, count }) =>
    count('triwulan') > 0 &&
    (columns.some((column) => column.measure !== undefined) ||
      /\b(?:renja|rkpd|renstra)\b/i.test(context)),
};
