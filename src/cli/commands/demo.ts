/**
 * `lkj demo`: validates the bundled Klakah 2023 sample and prints what the validator finds. It
 * is a demonstration, so it exits 0 even though the sample holds slips on purpose.
 */
import path from 'node:path';
import type { Command } from '../command';
import { toText, validateFiles } from './validate';

/** The sample workbook, relative to the package root (this file is src/cli/commands/demo.ts). */
const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'klakah-2023.xlsx');

export const command: Command = {
  summary: 'Demonstrasi: memeriksa contoh LKj Kecamatan Klakah 2023 (samples/klakah-2023.xlsx)',
  async run(_args, io) {
    const shownPath = path.relative(process.cwd(), SAMPLE);
    const file = shownPath.startsWith('..') ? SAMPLE : shownPath;
    const results = await validateFiles([file], {}, io.stderr);
    if (results.some((r) => r.error !== undefined)) return 2;
    io.stdout.write(
      'Contoh: LKj Kecamatan Klakah 2023, dengan kekeliruan laporan aslinya.\n\n' +
        // The sample types most numbers as text, as staff do: list those warnings only as a count.
        toText(results, ['angka-teks']) +
        `\nDaftar lengkap: lkj validate ${file}\n`,
    );
    return 0;
  },
};
