/**
 * `lkj renja MASUK.xlsx -o KELUAR.xlsx [--tw N] [--jenis N=JENIS]`: writes a copy of the workbook
 * with a new sheet "Evaluasi Renja TW n TAHUN", the Permendagri 86/2017 form E.81 with live
 * formulas. From last quarter's form when the workbook has one (its quarters carried over, the
 * next one opened), else from its PK, capaian and budget tables. Exit code: 0 written, 1 nothing
 * to put in the form, 2 bad usage or unreadable input.
 */
import { formatAngka } from '../../core/angka';
import { AKUMULASI_TYPES, readAkumulasi, type Akumulasi } from '../../core/akumulasi';
import {
  footerResults,
  JENIS_LABEL,
  renjaGenerator,
  type RenjaPlan,
  type Result,
  type Triwulan,
} from '../../renja';
import { generatorCommand } from '../generator-command';
import {
  COPY_NOTE,
  TAHUN_USAGE,
  numberedChoiceOption,
  parseSheetCopyArgs,
  type SheetCopyArgs,
} from '../sheet-copy';

const USAGE =
  'Pemakaian: lkj renja MASUK.xlsx|.xls -o KELUAR.xlsx [--timpa] [--tahun YYYY] [--tw 1|2|3|4] [--jenis N=JENIS]...\n' +
  '  -o, --output  berkas hasil (salinan); tidak boleh berkas masukan, juga lewat nama lain\n' +
  '                (tautan); berkas yang sudah ada tidak diganti tanpa --timpa\n' +
  '  --timpa       boleh mengganti berkas keluaran yang sudah ada\n' +
  TAHUN_USAGE +
  '  --tw N        triwulan yang dilaporkan (bawaan: sesudah triwulan terakhir yang terisi di\n' +
  '                formulir triwulan lalu, selain itu triwulan I)\n' +
  `  --jenis N=J   jenis indikator baris ke-N: ${AKUMULASI_TYPES.join(', ')} (bawaan: kolom Jenis\n` +
  '                formulir, atau dikenali dari nama dan satuan indikator, selain itu kumulatif)\n' +
  '\n' +
  'Menambahkan lembar baru "Evaluasi Renja TW n TAHUN" (formulir E.81 Permendagri 86/2017): kolom\n' +
  '(1)-(16), K dan Rp, baris nomor kolom, realisasi triwulan sampai TW n sebagai isian kuning, rumus\n' +
  'menurut jenis (kumulatif dijumlah, nilai akhir triwulan terakhir yang terisi, rata-rata dirata-rata;\n' +
  'Rp selalu dijumlah), rata-rata capaian, predikat (skala Permendagri 86), faktor pendorong dan\n' +
  'penghambat, tindak lanjut, dan dua blok tanda tangan. Bila workbook sudah memuat formulir\n' +
  'triwulan lalu, baris dan nilainya dibawa dan triwulan berikutnya dibuka. Rumus Excel biasa yang\n' +
  'tetap menghitung tanpa add-in.\n' +
  COPY_NOTE;

export interface RenjaArgs extends SheetCopyArgs {
  tw?: Triwulan;
  /** Jenis per row number (1-based, as in the form's No column). */
  jenis: Map<number, Akumulasi>;
}

export const command = generatorCommand(renjaGenerator, {
  summary: 'Membuat formulir Evaluasi Renja triwulanan (E.81, rumus hidup) dalam salinan .xlsx',
  usage: USAGE,
  parse: parseArgs,
  settings: ({ tw }, jenis) => ({
    options: { ...(tw === undefined ? {} : { tw }), ...(jenis ? { jenis } : {}) },
  }),
  rowChoices: {
    of: (args: RenjaArgs) => args.jenis,
    rows: (plan) => plan.rows,
    refusal: (row) => (row.indicator === '' ? 'baris itu tidak memuat indikator' : undefined),
  },
  nothing: (plan) =>
    plan.rows.length > 0
      ? undefined
      : 'tidak ada formulir Renja, indikator (tabel PK atau capaian) atau program ' +
        '(tabel anggaran) yang dikenali; lembar Evaluasi Renja tidak dibuat.',
  written: (plan, spec, args) => summary(plan, spec.name, args.output),
});

function parseArgs(args: string[]): RenjaArgs | string {
  let tw: Triwulan | undefined;
  const jenis = new Map<number, Akumulasi>();
  const chooseJenis = numberedChoiceOption(jenis, readAkumulasi, AKUMULASI_TYPES);
  const parsed = parseSheetCopyArgs(args, (arg, take) => {
    if (arg === '--tw') {
      const value = take() ?? '';
      if (!/^[1-4]$/.test(value)) return `--tw harus 1, 2, 3 atau 4: ${value || '(kosong)'}`;
      tw = Number(value) as Triwulan;
      return true;
    }
    return chooseJenis(arg, take);
  });
  if (typeof parsed === 'string') return parsed;
  // The form's predikat is on the Permendagri 86 scale by definition.
  if (parsed.skala !== undefined)
    return 'Opsi --skala tidak berlaku: formulir Renja memakai skala Permendagri 86/2017 (P86).';
  return tw === undefined ? { ...parsed, jenis } : { ...parsed, jenis, tw };
}

function shown(result: Result): string {
  if (typeof result === 'number') return formatAngka(result, 2);
  return result === '' ? '(kosong)' : result;
}

function summary(plan: RenjaPlan, sheetName: string, output: string): string {
  const source =
    plan.source.kind === 'form'
      ? `dari formulir di lembar "${plan.source.sheet}"`
      : 'dari tabel PK, capaian dan anggaran workbook';
  const indicators = plan.rows.filter((row) => row.indicator !== '');
  const counts = (Object.keys(JENIS_LABEL) as Akumulasi[])
    .map((jenis) => [jenis, indicators.filter((row) => row.jenis === jenis).length] as const)
    .filter(([, count]) => count > 0)
    .map(([jenis, count]) => `${count} ${JENIS_LABEL[jenis].toLowerCase()}`);
  const footer = footerResults(plan);
  const lines = [
    `Lembar "${sheetName}" ditulis ke ${output} (triwulan ${plan.tw} tahun ${plan.year}, ${source}).`,
    `${plan.rows.length} baris, ${indicators.length} indikator${counts.length > 0 ? ` (${counts.join(', ')})` : ''}.`,
    `Rata-rata capaian kinerja: ${shown(footer.rataRataK)}; predikat: ${footer.predikat || '(kosong)'}.`,
    ...plan.notes.map((note) => `Catatan: ${note}`),
  ];
  return `${lines.join('\n')}\n`;
}
