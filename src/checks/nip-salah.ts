import { readNip } from '../core/nip';
import type { Check } from './check';
import { finding } from './check';
import { nipCells } from './nip-cells';

export const rule: Check = {
  id: 'nip-salah',
  title: 'NIP tidak mungkin',
  severity: 'error',
  description:
    'NIP yang tidak 18 digit, atau yang tanggal lahir, TMT CPNS, atau digit jenis kelaminnya tidak mungkin (NI PPPK dibaca sebagai NI PPPK).',
  check(context) {
    return nipCells(context).flatMap((nip) => {
      const at = context.at(nip.sheet, nip.row, nip.col);
      if (nip.numeric) {
        return [
          finding(
            rule,
            at,
            `NIP ${nip.text} disimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhirnya hilang; tulis NIP sebagai teks`,
            undefined,
            nip.text,
          ),
        ];
      }
      const reading = readNip(nip.text, nip.pppk);
      if (reading.valid) return [];
      return [
        finding(
          rule,
          at,
          `NIP ${nip.text} salah: ${reading.reason ?? 'tidak valid'}`,
          undefined,
          nip.text,
        ),
      ];
    });
  },
};
