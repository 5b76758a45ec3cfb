/**
 * `lkj tabel MASUK.xlsx -o KELUAR.xlsx [--tabel 1,2,9] [--skala S]`: writes a copy of the
 * workbook with a new sheet "Tabel LKj TAHUN" holding the BAB III tables the workbook has data
 * for, their numbers as live formulas linked to the source cells. The input is never written to.
 * Exit code: 0 written, 1 no table has data, 2 bad usage or unreadable input.
 */
import { leftOutOfCopy } from '../../hosts/xlsx/write';
import { TABEL_IDS, tabelGenerator, type TabelId, type TabelPlan } from '../../tabel';
import { generatorCommand } from '../generator-command';
import {
  COPY_NOTE,
  parseSheetCopyArgs,
  SKALA_VALUES,
  TAHUN_USAGE,
  type SheetCopyArgs,
} from '../sheet-copy';
import { SCALE_LABEL } from '../../core/predikat';

const USAGE =
  'Pemakaian: lkj tabel MASUK.xlsx|.xls -o KELUAR.xlsx [--timpa] [--tahun YYYY] [--tabel 1,2,9] [--skala LKJ|P86|IKM]\n' +
  '  -o, --output  berkas hasil (salinan); tidak boleh berkas masukan; berkas yang sudah ada\n' +
  '                tidak diganti tanpa --timpa\n' +
  '  --timpa       boleh mengganti berkas keluaran yang sudah ada\n' +
  '  --tabel       tabel yang disusun, nomornya nomor Tabel 3.N (bawaan: semua yang datanya ada):\n' +
  '                1 capaian indikator tujuan/sasaran, 2 capaian indikator program,\n' +
  '                3 terhadap target akhir Renstra (dikelompokkan TUJUAN/SASARAN),\n' +
  '                4 perbandingan dengan perangkat daerah lain dan standar nasional,\n' +
  '                5 permasalahan dan upaya pemecahannya (diisi staf), 6 efisiensi\n' +
  '                penggunaan sumber daya, 7 program penunjang keberhasilan,\n' +
  '                8 perbandingan dengan tahun-tahun sebelumnya,\n' +
  '                9 realisasi anggaran per program/kegiatan/sub kegiatan beserta indikatornya\n' +
  TAHUN_USAGE +
  '  --skala       skala predikat (bawaan: dikenali dari label predikat di workbook, selain itu LKJ)\n' +
  SKALA_VALUES +
  '\n' +
  'Menambahkan lembar baru "Tabel LKj TAHUN" berisi tabel BAB III (PermenPAN-RB 53/2014), diberi\n' +
  'nomor Tabel 3.1 … 3.9 seperti di atas. Target, realisasi, pagu dan serapan merujuk ke sel\n' +
  'sumbernya; capaian, predikat, perubahan, efisiensi (7 = 5 − 6) dan jumlah anggaran adalah rumus\n' +
  'Excel biasa yang tetap menghitung tanpa add-in. Yang tidak ditemukan, dan yang hanya diketahui\n' +
  'staf (realisasi perangkat daerah lain, kendala, upaya, faktor), dibiarkan kosong dan berwarna\n' +
  'kuning. Grafik hanya dibuat di Excel (panel add-in), tidak di salinan ini.\n' +
  COPY_NOTE;

interface TabelArgs extends SheetCopyArgs {
  tabel: TabelId[];
}

export const command = generatorCommand(tabelGenerator, {
  summary:
    'Menyusun tabel BAB III LKj (Tabel 3.1–3.7, perbandingan antartahun, anggaran) dalam salinan .xlsx',
  usage: USAGE,
  parse: parseArgs,
  settings: (args) => ({ options: { tabel: args.tabel } }),
  nothing: (plan, args) =>
    plan.sections.some((section) => section.hasData && args.tabel.includes(section.id))
      ? undefined
      : [
          'tidak ada tabel yang datanya ditemukan; lembar tidak dibuat.',
          ...plan.sections
            .filter((section) => section.reason)
            .map((section) => `  Tabel 3.${section.id} ${section.title}: ${section.reason}`),
        ].join('\n'),
  written: (plan, spec, args) =>
    summary(plan, args, spec.name) +
    leftOutOfCopy(spec)
      .map((note) => `Catatan: ${note}\n`)
      .join(''),
});

function parseArgs(args: string[]): TabelArgs | string {
  let tabel: TabelId[] = [...TABEL_IDS];
  const parsed = parseSheetCopyArgs(args, (arg, take) => {
    if (arg !== '--tabel') return false;
    const value = take() ?? '';
    const ids = value.split(',').map((part) => Number(part.trim()));
    if (value === '' || !ids.every((id) => TABEL_IDS.includes(id as TabelId)))
      return `--tabel harus nomor 1 sampai 9 dipisah koma (misalnya 1,2,9): ${value || '(kosong)'}`;
    tabel = ids as TabelId[];
    return true;
  });
  return typeof parsed === 'string' ? parsed : { ...parsed, tabel };
}

function summary(plan: TabelPlan, parsed: TabelArgs, sheetName: string): string {
  const lines = [
    `Lembar "${sheetName}" ditulis ke ${parsed.output} (tahun ${plan.year}, skala predikat ${SCALE_LABEL[plan.scale]}).`,
  ];
  for (const section of plan.sections) {
    if (!parsed.tabel.includes(section.id)) continue;
    if (!section.hasData) {
      lines.push(`Tidak disusun: Tabel 3.${section.id} ${section.title} — ${section.reason}`);
      continue;
    }
    lines.push(`Tabel 3.${section.id} ${section.title}: ${section.preview.rows.length} baris`);
    if (section.id === 1 || section.id === 2) {
      for (const row of section.preview.rows) {
        lines.push(
          `  ${row[0]}. ${row[3]}: target ${row[4] || '(kosong)'}, realisasi ${row[5] || '(kosong)'}, capaian ${row[6] || '(kosong)'}, predikat ${row[7] || '(kosong)'}`,
        );
      }
    }
  }
  for (const note of plan.notes) lines.push(`Catatan: ${note}`);
  return `${lines.join('\n')}\n`;
}
