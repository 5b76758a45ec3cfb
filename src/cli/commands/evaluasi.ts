/**
 * `lkj evaluasi MASUK.xlsx -o KELUAR.xlsx [--skala S] [--jenis N=JENIS]`: writes a copy of the
 * workbook with a new sheet "Evaluasi Penghitungan TAHUN" whose formulas carry cached results.
 * The input is never written to. Exit code: 0 written, 1 no indicator found, 2 bad usage or
 * unreadable input.
 */
import { formatAngka } from '../../core/angka';
import {
  evaluasiSheet,
  evaluateRow,
  INDICATOR_TYPES,
  planEvaluasi,
  type EvaluasiPlan,
  type IndicatorType,
  type Result,
} from '../../evaluasi';
import { WorkbookFacts } from '../../facts/facts';
import { detectTables } from '../../workbook/detect';
import type { DetectedTable } from '../../workbook/table-types';
import type { Command, Output } from '../command';
import type { WorkbookFile } from '../read-file';
import {
  COPY_NOTE,
  numberedChoiceOption,
  parseSheetCopyArgs,
  replanWithChoices,
  sheetCopyCommand,
  writeSheetCopy,
  type SheetCopyArgs,
} from '../sheet-copy';

const USAGE =
  'Pemakaian: lkj evaluasi MASUK.xlsx -o KELUAR.xlsx [--timpa] [--skala LKJ|P86|IKM] [--jenis N=JENIS]...\n' +
  '  -o, --output  berkas hasil (salinan); tidak boleh berkas masukan, juga lewat nama lain\n' +
  '                (tautan); berkas yang sudah ada tidak diganti tanpa --timpa\n' +
  '  --timpa       boleh mengganti berkas keluaran yang sudah ada\n' +
  '  --skala       skala predikat (bawaan: dikenali dari label predikat di workbook, selain itu LKJ)\n' +
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

export const command: Command = sheetCopyCommand(
  'Membuat lembar Evaluasi Kinerja dan Penghitungan (rumus hidup) dalam salinan .xlsx',
  USAGE,
  parseArgs,
  (file, parsed, io) => writeEvaluasiCopy(file, parsed, io),
);

/** Writes the copy with its evaluasi sheet; `tables` when the caller has detected them already. */
export async function writeEvaluasiCopy(
  { data, model }: WorkbookFile,
  parsed: EvaluasiArgs,
  io: { stdout: Output; stderr: Output },
  tables: DetectedTable[] = detectTables(model),
): Promise<number> {
  const choices = parsed.skala === undefined ? {} : { skala: parsed.skala };
  const first = planEvaluasi(new WorkbookFacts(model, tables, choices));
  if (first.rows.length === 0) {
    io.stderr.write(
      `${parsed.input}: tidak ada indikator yang dikenali (tabel PK, capaian, atau penghitungan); ` +
        'lembar evaluasi tidak dibuat.\n',
    );
    return 1;
  }
  const plan = replanWithChoices(
    first,
    parsed.jenis,
    (rumus) => planEvaluasi(new WorkbookFacts(model, tables, { ...choices, rumus })),
    io.stderr,
  );
  if (typeof plan === 'number') return plan;
  const spec = evaluasiSheet(
    plan,
    model.sheets.map((sheet) => sheet.name),
  );
  const code = await writeSheetCopy(data, spec, parsed, io.stderr);
  if (code !== 0) return code;
  io.stdout.write(summary(plan, spec.name, parsed.output));
  return 0;
}

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
  const lines = [`Lembar "${sheetName}" ditulis ke ${output} (skala predikat ${plan.scale}).`];
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
