import { formatAngka } from '../core/angka';
import { toA1 } from '../workbook/model';
import type { Check } from './check';
import { finding } from './check';
import { tableErrors, type TemplateBlock } from './template-rows';

export const rule: Check = {
  id: 'galat-templat',
  title: 'Galat di baris templat kosong',
  severity: 'info',
  description:
    'Rumus yang disalin ke baris templat yang belum diisi memberi galat Excel (#DIV/0! …): satu catatan per blok baris, bukan per sel.',
  check(context) {
    return tableErrors(context).blocks.map((block) => {
      const first = block.errors[0];
      return finding(
        rule,
        context.at(block.sheet, first.row, first.col),
        message(block),
        undefined,
        block.rows,
      );
    });
  },
};

/** `12 baris belum diisi (L20:N31) …`: where the block is, how big, and the two ways out. */
function message({ errors, rows, first, last }: TemplateBlock): string {
  const cols = errors.map((error) => error.col);
  const [from, to] = [toA1(first, Math.min(...cols)), toA1(last, Math.max(...cols))];
  const span = from === to ? from : `${from}:${to}`;
  const kinds = [...new Set(errors.map((error) => error.error))].join(', ');
  const where =
    rows === 1 ? `Baris ${first} belum diisi` : `${formatAngka(rows)} baris belum diisi`;
  return (
    `${where} (${span}), tetapi rumusnya sudah memberi ${formatAngka(errors.length)} galat ${kinds}: ` +
    'bungkus rumus dengan IFERROR, atau hapus baris templat yang tidak dipakai'
  );
}
