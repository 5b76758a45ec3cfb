/**
 * What the commands that add a generated sheet to a copy share (`lkj evaluasi`, `lkj tabel`,
 * `lkj renja`): the input, `-o`, `--timpa` and `--skala` options, and writing the copy safely.
 */
import { SCALE_NAMES, type ScaleName } from '../core/predikat';
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import { addSheetToCopy, WRITE_LOSSES } from '../hosts/xlsx/write';
import { replacedNote } from '../sheetgen/output-marker';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { Command, Output } from './command';
import { outputProblem, writeOutputFile, type OutputTarget } from './output-file';
import { readWorkbookFile, type WorkbookFile } from './read-file';

/** What every generator's --help says of the copy it writes. */
export const COPY_NOTE =
  `Lembar lain tidak diubah, tetapi salinan ditulis ulang oleh lkj: ${WRITE_LOSSES} dapat\n` +
  'hilang dari salinan. Simpan berkas asli. Salinan ditulis ke berkas sementara di folder yang sama\n' +
  'lalu diganti namanya: bila penulisan gagal (disk penuh, tanpa izin), berkas yang sudah ada tetap utuh.\n' +
  'Masukan .xls disalin sebagai .xlsx (beri nama KELUAR.xlsx): tampilan sheet asal (huruf, warna,\n' +
  'garis, lebar kolom), komentar, gambar dan grafiknya tidak ikut; nilai, rumus dan format angka ikut.\n';

/** What every generator's --help says of `--tahun`. */
/** The values of --skala, each named by its source (the same names as the pane's). */
export const SKALA_VALUES =
  '                LKJ: skala LKj; P86: Permendagri 86/2017; IKM: IKM (PermenPAN-RB 14/2017)\n';

export const TAHUN_USAGE =
  '  --tahun YYYY  tahun laporan; wajib bila workbook tidak menyebut tahun (judul tabel, tahun di\n' +
  '                atas kolom target, formulir Renja, nama sheet); tahun tidak pernah ditebak\n';

export interface SheetCopyArgs {
  input: string;
  output: string;
  /** Replace an existing output file (`--timpa`). */
  timpa: boolean;
  /** The option that names the output, when not `-o`. */
  option?: string;
  skala?: ScaleName;
  /** The report year (`--tahun`): required where the workbook states none. */
  tahun?: number;
}

/**
 * A command's own option: `take` gives its value (the next argument). Returns an error text,
 * `true` when handled, `false` when the option is not the command's.
 */
export type OwnOption = (arg: string, take: () => string | undefined) => string | boolean;

export function parseSheetCopyArgs(args: string[], own: OwnOption): SheetCopyArgs | string {
  const files: string[] = [];
  let output: string | undefined;
  let skala: ScaleName | undefined;
  let tahun: number | undefined;
  let timpa = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (output === undefined || output === '') return 'Opsi -o memerlukan nama berkas keluaran.';
    } else if (arg === '--timpa') {
      timpa = true;
    } else if (arg === '--skala') {
      const name = (args[++i] ?? '').toUpperCase();
      if (!SCALE_NAMES.includes(name as ScaleName))
        return `Skala tidak dikenal: ${args[i] ?? '(kosong)'}`;
      skala = name as ScaleName;
    } else if (arg === '--tahun') {
      const value = args[++i] ?? '';
      if (!/^(?:19|20)\d\d$/.test(value))
        return `--tahun harus tahun empat angka (misalnya 2025): ${value || '(kosong)'}`;
      tahun = Number(value);
    } else if (arg.startsWith('-')) {
      const handled = own(arg, () => args[++i]);
      if (typeof handled === 'string') return handled;
      if (!handled) return `Opsi tidak dikenal: ${arg}`;
    } else files.push(arg);
  }
  if (files.length !== 1)
    return files.length === 0 ? 'Berkas masukan belum disebut.' : 'Sebut satu berkas masukan saja.';
  if (output === undefined) return 'Berkas keluaran belum disebut (-o KELUAR.xlsx).';
  const parsed: SheetCopyArgs = { input: files[0], output, timpa };
  if (skala !== undefined) parsed.skala = skala;
  if (tahun !== undefined) parsed.tahun = tahun;
  return parsed;
}

export function outputTarget({ input, output, timpa, option }: SheetCopyArgs): OutputTarget {
  return { output, inputs: [input], replace: timpa, ...(option ? { option } : {}) };
}

/** The line saying the sheet replaced the generator's earlier one; empty when it did not. */
export function replacedLine(spec: SheetSpec): string {
  const replaced = spec.output?.replaces;
  return replaced === undefined ? '' : `${replacedNote(spec.name)}\n`;
}

/**
 * Writes the workbook's bytes with `spec` added to the output; returns the exit code. An .xls
 * is copied as an .xlsx, and stderr says what that copy lacks.
 */
export async function writeSheetCopy(
  data: Uint8Array,
  spec: SheetSpec,
  parsed: SheetCopyArgs,
  stderr: Output,
): Promise<number> {
  let written: Uint8Array;
  let losses: string | undefined;
  try {
    ({ bytes: written, copyLosses: losses } = await addSheetToCopy(data, spec));
  } catch (error) {
    stderr.write(
      `${parsed.input}: ${error instanceof WorkbookReadError ? error.message : 'salinan tidak dapat dibuat karena kesalahan tak terduga di penulis .xlsx.'} Tidak ada berkas yang ditulis.\n`,
    );
    return 2;
  }
  const problem = await writeOutputFile(outputTarget(parsed), written);
  if (problem) {
    stderr.write(`${problem}\n`);
    return 2;
  }
  if (losses) stderr.write(`${parsed.input}: ${losses}\n`);
  return 0;
}

/**
 * A command that adds a generated sheet to a copy: bad usage and an output it may not write are
 * refused before the input is read; `write` gets the read workbook.
 */
export function sheetCopyCommand<A extends SheetCopyArgs>(
  summary: string,
  usage: string,
  parse: (args: string[]) => A | string,
  write: (file: WorkbookFile, parsed: A, io: { stdout: Output; stderr: Output }) => Promise<number>,
): Command {
  return {
    summary,
    help: () => usage,
    async run(args, io) {
      const parsed = parse(args);
      if (typeof parsed === 'string') {
        io.stderr.write(`${parsed}\n${usage}`);
        return 2;
      }
      // Refused before the work: an output that is the input, a folder, a pipe, an existing file.
      const problem = await outputProblem(outputTarget(parsed));
      if (problem) {
        io.stderr.write(`${problem}\n`);
        return 2;
      }
      const read = await readWorkbookFile(parsed.input, io.stderr);
      return 'error' in read ? 2 : write(read, parsed, io);
    },
  };
}

/**
 * A `--jenis N=JENIS` option: `read` turns the JENIS text into a value (undefined when unknown);
 * the chosen values are collected in `into` by row number. An OwnOption for parseSheetCopyArgs.
 */
export function numberedChoiceOption<T>(
  into: Map<number, T>,
  read: (text: string) => T | undefined,
  known: readonly string[],
): OwnOption {
  return (arg, take) => {
    if (arg !== '--jenis') return false;
    const text = take() ?? '';
    const match = /^(\d+)=(.+)$/.exec(text);
    const value = match ? read(match[2]) : undefined;
    if (!match || value === undefined)
      return `--jenis harus N=JENIS (JENIS: ${known.join(', ')}): ${text || '(kosong)'}`;
    into.set(Number(match[1]), value);
    return true;
  };
}
