/**
 * `lkj demo`: validates the bundled Klakah 2023 sample, prints what the validator finds, and
 * writes a copy with its Evaluasi Penghitungan sheet to out/. It is a demonstration, so it exits
 * 0 even though the sample holds slips on purpose.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { validateWorkbook } from '../../checks';
import type { Command } from '../command';
import { readWorkbookFile } from '../read-file';
import { command as evaluasi } from './evaluasi';
import { toText } from './validate';

/** Package root: this code runs bundled as dist/cli.js (see webpack.config.js). */
const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'klakah-2023.xlsx');
const EVALUASI_OUTPUT = path.join(ROOT, 'out', 'klakah-2023-evaluasi.xlsx');

/** A path as short as it can be shown from the current directory. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

export const command: Command = {
  summary: 'Demonstrasi: memeriksa contoh LKj Kecamatan Klakah 2023 (samples/klakah-2023.xlsx)',
  help: () =>
    'Pemakaian: lkj demo\n' +
    'Memeriksa samples/klakah-2023.xlsx dan menulis salinannya dengan lembar Evaluasi Penghitungan\n' +
    'ke out/klakah-2023-evaluasi.xlsx (selalu ditulis ulang: berkas itu milik demo).\n',
  async run(_args, io) {
    const file = shown(SAMPLE);
    // One read and one table detection serve both the validation and the evaluasi sheet.
    const read = await readWorkbookFile(file, io.stderr);
    if ('error' in read) return 2;
    const report = validateWorkbook(read.model);
    io.stdout.write(
      'Contoh: LKj Kecamatan Klakah 2023, dengan kekeliruan laporan aslinya.\n\n' +
        // The sample types most numbers as text, as staff do: list those warnings only as a count.
        toText([{ file, report }], ['angka-teks']) +
        `\nDaftar lengkap: lkj validate ${file}\n\n`,
    );
    await mkdir(path.dirname(EVALUASI_OUTPUT), { recursive: true });
    const output = shown(EVALUASI_OUTPUT);
    // The demo's own output: replaced on every run, through a temporary file like any output.
    const args = { input: file, output, timpa: true, jenis: new Map() };
    return evaluasi.write(read, args, io, report.tables);
  },
};
