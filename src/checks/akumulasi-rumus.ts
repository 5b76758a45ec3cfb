/**
 * akumulasi-rumus (DOMAIN section 9, docs/decisions.md): on a Renja form whose numbering row
 * states the to-date realisasi as a sum (`13 = 5+11`), a row that follows that sum for an
 * indicator whose nilai-akhir jenis is only inferred from its name and satuan. The form itself
 * adds the years and the jenis is a guess, so it is named as an `info`; where the user chose the
 * jenis, or a Jenis column states it, the same row stays an akumulasi-salah error.
 */
import { toA1 } from '../workbook/model';
import { akumulasiVerdicts } from './akumulasi-salah';
import type { Check } from './check';
import { finding } from './check';
import { actualOf } from './compare';

export const rule: Check = {
  id: 'akumulasi-rumus',
  title: 'Nilai akhir yang dijumlahkan',
  severity: 'info',
  description:
    'Realisasi s.d. tahun ini yang menjumlahkan tahun lalu dan tahun ini sesuai rumus baris penomoran formulir, pada indikator yang dari nama dan satuannya tampak bernilai akhir (persentase, indeks): pilih jenis indikatornya bila memang nilai akhir.',
  check: (context) =>
    akumulasiVerdicts(context).summedByForm.map((summed) =>
      finding(
        rule,
        context.at(summed.sheet, summed.row, summed.col),
        `Realisasi s.d. tahun ini ${summed.stated.shown} mengikuti rumus formulir ` +
          `${summed.equation}: ${toA1(summed.row, summed.beforeCol)} ${summed.before.shown} ` +
          `ditambah realisasi tahun ini ${toA1(summed.row, summed.yearCol)} ` +
          `${summed.year.shown}. Indikator ini tampak bernilai akhir dari nama dan satuannya; ` +
          `bila memang demikian, nilainya s.d. tahun ini adalah nilai tahun ini` +
          `${summed.capaian}. Pilih jenis indikatornya agar diperiksa.`,
        summed.year.value ?? undefined,
        actualOf(summed.stated),
      ),
    ),
};
