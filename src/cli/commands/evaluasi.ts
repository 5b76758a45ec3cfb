/**
 * `lkj evaluasi MASUK.xlsx -o KELUAR.xlsx [--skala S] [--jenis N=JENIS]`: writes a copy of the
 * workbook with a new sheet "Evaluasi Penghitungan TAHUN" whose formulas carry cached results.
 * The input is never written to. Exit code: 0 written, 1 no indicator found, 2 bad usage or
 * unreadable input.
 */
import { formatAngka } from '../../core/angka';
import { SCALE_LABEL } from '../../core/predikat';
import {
  evaluasiGenerator,
  evaluateRow,
  INDICATOR_TYPES,
  type EvaluasiPlan,
  type IndicatorType,
  type Result,
} from '../../evaluasi';
import { generatorCommand } from '../generator-command';
import {
  COPY_NOTE,
  SKALA_VALUES,
  TAHUN_USAGE,
  numberedChoiceOption,
  parseSheetCopyArgs,
  type SheetCopyArgs,
} from '../sheet-copy';

const USAGE =
  'Pemakaian: lkj evaluasi MASUK.xlsx|.xls -o KELUAR.xlsx [--timpa] [--tahun YYYY] [--skala LKJ|P86|IKM] [--jenis N=JENIS]...\n' +
  '  -o, --output  berkas hasil (salinan); tidak boleh berkas masukan, juga lewat nama lain\n' +
  '                (tautan); berkas yang sudah ada tidak diganti tanpa --timpa\n' +
  '  --timpa       boleh mengganti berkas keluaran yang sudah ada\n' +
  '  --skala       skala predikat (bawaan: dikenali dari label predikat di workbook, selain itu LKJ)\n' +
  SKALA_VALUES +
  TAHUN_USAGE +
  `  --jenis N=J   jenis indikator ke-N: ${INDICATOR_TYPES.join(', ')} (bawaan: dari penghitungan,\n` +
  '                formulasi, atau nama dan satuan indikator)\n' +
  '\n' +
  'Menambahkan lembar baru "Evaluasi Penghitungan TAHUN" (Formulasi, Penghitungan, Hasil, Target,\n' +
  'Capaian, Predikat) berisi rumus Excel biasa yang tetap menghitung tanpa add-in.\n' +
  COPY_NOTE;

export interface EvaluasiArgs extends SheetCopyArgs {
  /** Type per indicator number (1-based, as in the sheet's No. column). */
  jenis: Map<number, IndicatorType>;
}

export const command = generatorCommand(evaluasiGenerator, {
  summary: 'Membuat lembar Evaluasi Kinerja dan Penghitungan (rumus hidup) dalam salinan .xlsx',
  usage: USAGE,
  parse: parseArgs,
  // The type chosen for a row is the facts' rumus of its indicator (the row id is its key).
  settings: (_args, rumus) => ({ choices: rumus ? { rumus } : {}, options: {} }),
  rowChoices: { of: (args: EvaluasiArgs) => args.jenis, rows: (plan) => plan.rows },
  nothing: (plan) =>
    plan.rows.length > 0
      ? undefined
      : 'tidak ada indikator yang dikenali (tabel PK, capaian, atau penghitungan); ' +
        'lembar evaluasi tidak dibuat.',
  written: (plan, spec, args) => summary(plan, spec.name, args.output),
});

function parseArgs(args: string[]): EvaluasiArgs | string {
  const jenis = new Map<number, IndicatorType>();
  const parsed = parseSheetCopyArgs(
    args,
    numberedChoiceOption(
      jenis,
      (text) => INDICATOR_TYPES.find((type) => type === text.toLowerCase()),
      INDICATOR_TYPES,
    ),
  );
  return typeof parsed === 'string' ? parsed : { ...parsed, jenis };
}

/**
 * Up to three decimals, so the summary shows what the sheet computes (IKM 84,185), not the
 * two-decimal figure the workbook may state beside it (84,19).
 */
function shown(result: Result): string {
  if (typeof result === 'number') return formatAngka(result, 3).replace(/,?0+$/, '');
  return result === '' ? '(kosong)' : result;
}

function summary(plan: EvaluasiPlan, sheetName: string, output: string): string {
  const lines = [
    `Lembar "${sheetName}" ditulis ke ${output} (skala predikat ${SCALE_LABEL[plan.scale]}).`,
  ];
  plan.rows.forEach((row, i) => {
    const results = evaluateRow(row, plan.scale);
    const missing =
      row.inputs.filter((input) => input === null).length + (row.target.value === null ? 1 : 0);
    lines.push(
      `${i + 1}. ${row.indicator} [${row.type}, ${row.arah}]: hasil ${shown(results.hasil)}, ` +
        `target ${shown(results.target)}, capaian ${shown(results.capaian)}, predikat ${results.predikat || '(kosong)'}` +
        (missing > 0 ? ` — ${missing} sel perlu diisi (ditandai kuning)` : ''),
    );
  });
  for (const note of plan.notes) lines.push(`Catatan: ${note}`);
  return `${lines.join('\n')}\n`;
}
