/**
 * `lkj validate BERKAS.xlsx... [--json] [--skala LKJ|P86|IKM] [--toleransi N] [--jenis NAMA=JENIS]
 * [--laporan KELUAR.xlsx [--timpa]]`: runs every check on each file and prints the findings by
 * sheet; with --laporan (one file only) also writes a copy with the pane's "Hasil Validasi" sheet.
 * Exit code: 0 no error finding, 1 an error finding, 2 a file that cannot be read (the other
 * files are still checked), a report that cannot be written, or bad usage.
 */
import path from 'node:path';
import {
  checks,
  validateWorkbook,
  type ValidationOptions,
  type ValidationReport,
} from '../../checks';
import type { Severity } from '../../checks';
import type { Finding } from '../../checks/finding';
import { readAkumulasi } from '../../core/akumulasi';
import { SCALE_NAMES, type ScaleName } from '../../core/predikat';
import { WorkbookFacts } from '../../facts/facts';
import { laporanGenerator } from '../../laporan';
import { outputSheet } from '../../sheetgen/output-marker';
import { finish } from '../../core/steps';
import { rangeToA1 } from '../../workbook/model';
import type { Command, Output } from '../command';
import { outputProblem } from '../output-file';
import { readWorkbookFile, type WorkbookFile } from '../read-file';
import {
  COPY_NOTE,
  SKALA_VALUES,
  outputTarget,
  replacedLine,
  writeSheetCopy,
  type SheetCopyArgs,
} from '../sheet-copy';

const USAGE =
  'Pemakaian: lkj validate BERKAS.xlsx|.xls... [--json] [--skala LKJ|P86|IKM] [--toleransi N] [--jenis NAMA=JENIS]...\n' +
  '                    [--laporan KELUAR.xlsx [--timpa]]\n' +
  '  --json         keluaran terstruktur untuk diolah program lain\n' +
  '  --skala        skala predikat untuk semua tabel (bawaan: dikenali dari label tabel, selain itu LKJ)\n' +
  SKALA_VALUES +
  '  --toleransi N  toleransi tambahan dalam poin persen untuk capaian, serapan, efisiensi (bawaan 0)\n' +
  '  --jenis NAMA=JENIS  jenis indikator bernama NAMA: kumulatif, nilai akhir atau rata-rata\n' +
  '                 (bawaan: dari kolom Jenis/Sifat/Tipe, selain itu dari nama dan satuannya)\n' +
  '  --laporan KELUAR.xlsx  menulis salinan berkas dengan lembar baru "Hasil Validasi", lembar yang\n' +
  '                 sama dengan yang ditulis panel; hanya untuk satu berkas masukan; tidak boleh\n' +
  '                 berkas masukan, juga lewat nama lain (tautan)\n' +
  '  --timpa        boleh mengganti berkas --laporan yang sudah ada\n';

const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'kesalahan',
  warning: 'peringatan',
  info: 'info',
};

interface FileResult {
  file: string;
  report?: ValidationReport;
  error?: string;
}

export const command: Command = {
  summary: 'Memeriksa angka, predikat, jumlah, dan NIP dalam berkas .xlsx/.xls LKj',
  help: () => `${USAGE}\nDengan --laporan:\n${COPY_NOTE}\nPemeriksaan:\n${checkList()}\n`,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr.write(`${parsed}\n${USAGE}`);
      return 2;
    }
    // Refused before the work: a report file that is the input, a folder, an existing file.
    const problem = parsed.laporan && (await outputProblem(outputTarget(parsed.laporan)));
    if (problem) {
      io.stderr.write(`${problem}\n`);
      return 2;
    }
    // As text, each file's findings are written as soon as it is checked: what was found stays
    // on the screen whatever happens with a later file.
    let written = 0;
    let validated: { file: WorkbookFile; report: ValidationReport } | undefined;
    const results = await validateFiles(parsed.files, parsed.options, io.stderr, (result, file) => {
      if (parsed.laporan && result.report && file) validated = { file, report: result.report };
      if (parsed.json || !result.report) return;
      io.stdout.write(`${written++ > 0 ? '\n' : ''}${toText([result])}`);
    });
    if (parsed.json) io.stdout.write(toJson(results));
    const target = parsed.laporan;
    if (target) {
      const code = validated
        ? await writeLaporan(validated, { ...parsed, target }, io)
        : reportNotWritten(target, io.stderr);
      if (code !== 0) return code;
    }
    return exitCode(results);
  },
};

interface Parsed {
  files: string[];
  json: boolean;
  options: ValidationOptions;
  /** Where `--laporan` writes the copy with the report sheet, of the one input file. */
  laporan?: SheetCopyArgs;
}

/** The parsed arguments, or what is wrong with them. */
function parseArgs(args: string[]): Parsed | string {
  const parsed: Parsed = { files: [], json: false, options: {} };
  let laporan: string | undefined;
  let timpa = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--timpa') timpa = true;
    else if (arg === '--laporan') {
      laporan = args[++i];
      if (laporan === undefined || laporan === '')
        return 'Opsi --laporan memerlukan nama berkas keluaran.';
    } else if (arg === '--skala') {
      const name = (args[++i] ?? '').toUpperCase();
      if (!SCALE_NAMES.includes(name as ScaleName))
        return `Skala tidak dikenal: ${args[i] ?? '(kosong)'}`;
      parsed.options.skala = name as ScaleName;
    } else if (arg === '--toleransi') {
      const value = Number((args[++i] ?? '').replace(',', '.'));
      if (!Number.isFinite(value) || value < 0)
        return `Toleransi harus angka ≥ 0: ${args[i] ?? '(kosong)'}`;
      parsed.options.toleransi = value;
    } else if (arg === '--jenis') {
      const text = args[++i] ?? '';
      const at = text.lastIndexOf('=');
      const jenis = at > 0 ? readAkumulasi(text.slice(at + 1)) : undefined;
      if (jenis === undefined)
        return `--jenis harus NAMA=JENIS (JENIS: kumulatif, nilai akhir, rata-rata): ${text || '(kosong)'}`;
      parsed.options.jenis = { ...parsed.options.jenis, [text.slice(0, at).trim()]: jenis };
    } else if (arg.startsWith('-')) return `Opsi tidak dikenal: ${arg}`;
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) return 'Tidak ada berkas yang diperiksa.';
  if (laporan === undefined)
    return timpa ? 'Opsi --timpa hanya berlaku bersama --laporan.' : parsed;
  // One copy of one workbook: with several inputs it would be unclear whose copy it is.
  if (parsed.files.length > 1)
    return (
      `--laporan menulis salinan satu berkas, tetapi ${parsed.files.length} berkas disebut: ` +
      'sebut satu berkas masukan saja, atau jalankan lkj validate sekali per berkas.'
    );
  return {
    ...parsed,
    laporan: { input: parsed.files[0], output: laporan, timpa, option: '--laporan' },
  };
}

/**
 * Writes the copy with the "Hasil Validasi" sheet of `report`: the laporan generator over the
 * facts of the validated workbook and options, as the pane writes it ("Tulis laporan ke sheet").
 */
async function writeLaporan(
  { file: { data, model }, report }: { file: WorkbookFile; report: ValidationReport },
  { options, target, json }: Parsed & { target: SheetCopyArgs },
  io: { stdout: Output; stderr: Output },
): Promise<number> {
  const facts = new WorkbookFacts(model, report.tables, options);
  // The pane names the file by its name alone; so does the copy.
  const laporanOptions = { validation: report, source: path.basename(target.input) };
  const plan = finish(laporanGenerator.plan(facts, laporanOptions));
  const spec = finish(outputSheet(laporanGenerator, plan, model.sheets, laporanOptions));
  const code = await writeSheetCopy(data, spec, target, io.stderr);
  if (code === 0 && !json)
    io.stdout.write(`\nLembar "${spec.name}" ditulis ke ${target.output}.\n${replacedLine(spec)}`);
  return code;
}

/** The input could not be read or checked (said already on stderr): no report either. */
function reportNotWritten({ output }: SheetCopyArgs, stderr: Output): number {
  stderr.write(`Laporan ${output} tidak ditulis.\n`);
  return 2;
}

/**
 * Reads and validates each file, handing each result to `done` as it comes; a file that cannot
 * be read (or checked) is reported on `stderr` and the next one is still checked.
 */
async function validateFiles(
  files: string[],
  options: ValidationOptions,
  stderr: Output,
  done: (result: FileResult, file?: WorkbookFile) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const read = await readWorkbookFile(file, stderr);
    let result: FileResult;
    if ('error' in read) result = { file, error: read.error };
    else {
      try {
        result = { file, report: validateWorkbook(read.model, options) };
      } catch {
        const error = 'Pemeriksaan berkas ini terhenti karena kesalahan tak terduga.';
        stderr.write(`${file}: ${error}\n`);
        result = { file, error };
      }
    }
    results.push(result);
    done(result, 'error' in read ? undefined : read);
  }
  return results;
}

function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  return results.some((r) => r.report?.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function toJson(results: FileResult[]): string {
  const files = results.map(({ file, report, error }) => ({
    file,
    ...(error === undefined ? {} : { error }),
    tables: (report?.tables ?? []).map((t) => ({
      kind: t.kind,
      sheet: t.sheet,
      range: rangeToA1(t.range),
    })),
    // Without `fix`: lkj corrects nothing, and the cells of a column of texts would make the
    // output of one export thousands of lines longer.
    findings: (report?.findings ?? []).map(withoutFix),
    uncheckedSheets: report?.uncheckedSheets ?? [],
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/**
 * Findings grouped by sheet, with a count by severity per file. Findings of the rules in `omit`
 * are counted but not listed.
 */
export function toText(results: FileResult[], omit: readonly string[] = []): string {
  const lines: string[] = [];
  for (const { file, report } of results) {
    if (!report) continue;
    if (lines.length > 0) lines.push('');
    const { findings, tables, uncheckedSheets } = report;
    lines.push(`${file}: ${tables.length} tabel dikenali, ${summary(report)}`);
    let sheet: string | undefined;
    for (const f of findings) {
      if (omit.includes(f.rule)) continue;
      if (f.sheet !== sheet) {
        sheet = f.sheet;
        lines.push('', `Lembar "${sheet}"${f.hidden ? ' (tersembunyi)' : ''}`);
      }
      lines.push(
        `  ${f.cell.padEnd(6)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.rule.padEnd(17)} ${f.message}`,
      );
    }
    for (const rule of omit) {
      const count = findings.filter((f) => f.rule === rule).length;
      if (count > 0) lines.push('', `(${count} temuan ${rule} tidak ditampilkan)`);
    }
    if (uncheckedSheets.length > 0) {
      lines.push('', 'Lembar yang tidak diperiksa:');
      for (const unchecked of uncheckedSheets) {
        const hidden = unchecked.hidden ? ' (tersembunyi)' : '';
        lines.push(`  "${unchecked.sheet}"${hidden}: ${unchecked.reason}`);
      }
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function summary({ findings, tables, uncheckedSheets }: ValidationReport): string {
  if (tables.length === 0) return 'tidak ada yang diperiksa (tidak ada tabel LKj yang dikenali)';
  const unchecked =
    uncheckedSheets.length === 0 ? '' : `; ${uncheckedSheets.length} lembar tidak diperiksa`;
  if (findings.length === 0) return `tidak ada temuan${unchecked}`;
  const counts = (Object.keys(SEVERITY_LABEL) as Severity[])
    .map(
      (severity) =>
        [SEVERITY_LABEL[severity], findings.filter((f) => f.severity === severity).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} ${label}`);
  const hidden = findings.filter((f) => f.hidden).length;
  const inHidden = hidden === 0 ? '' : `, ${hidden} di lembar tersembunyi`;
  return `${findings.length} temuan (${counts.join(', ')}${inHidden})${unchecked}`;
}

/** One line per check, for `lkj validate --help`. */
function checkList(): string {
  return checks
    .map((c) => `  ${c.id.padEnd(17)} ${SEVERITY_LABEL[c.severity].padEnd(10)} ${c.description}`)
    .join('\n');
}

/** The finding's fields but `fix`, never read: a check may make its corrections only when read. */
function withoutFix(finding: Finding): Omit<Finding, 'fix'> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(finding) as (keyof Finding)[]) {
    if (key !== 'fix') copy[key] = finding[key];
  }
  return copy as Omit<Finding, 'fix'>;
}
