/**
 * Writing a file for a command (`lkj evaluasi -o`, `lkj demo`), so that nothing is lost: the
 * output may not be an input by any name (same device and inode, so hard and symbolic links
 * count), an existing file is replaced only when asked (`--timpa`), a folder, pipe or device is
 * refused before any work, and the bytes go to a temporary file in the same folder that is
 * renamed into place only when complete: a full disk or a refused write leaves the old file as
 * it was and no partial file behind.
 */
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

export interface OutputTarget {
  output: string;
  /** The files the command reads: the output may be none of them. */
  inputs: string[];
  /** Replace an existing file (`--timpa`). */
  replace: boolean;
  /** The option that names the output, for the messages; `-o` by default. */
  option?: string;
}

/** The file system calls used for the write; a test gives one that fails like a full disk. */
export interface WriteIo {
  open: typeof open;
}

type Errno = NodeJS.ErrnoException;

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    if ((error as Errno).code === 'ENOENT' || (error as Errno).code === 'ENOTDIR') return null;
    throw error;
  }
}

/** Why the output cannot be written (Bahasa Indonesia), or undefined when it can. */
export async function outputProblem({
  output,
  inputs,
  replace,
  option = '-o',
}: OutputTarget): Promise<string | undefined> {
  // Every copy is an .xlsx, from an .xls too: under an .xls name Excel would refuse to open it.
  if (/\.xls$/i.test(output)) {
    return `Berkas keluaran ${output} akan berformat .xlsx; beri nama berakhiran .xlsx.`;
  }
  try {
    const existing = await statOrNull(output);
    if (existing === null) {
      const folder = await statOrNull(path.dirname(path.resolve(output)));
      if (folder === null) return `Folder untuk berkas keluaran tidak ada: ${output}`;
      if (!folder.isDirectory()) return `Folder untuk berkas keluaran bukan folder: ${output}`;
      return undefined;
    }
    if (existing.isDirectory()) {
      return `Berkas keluaran ${output} adalah sebuah folder; sebut nama berkas .xlsx.`;
    }
    if (!existing.isFile()) {
      return `Berkas keluaran ${output} bukan berkas biasa (pipa, soket, atau perangkat); tidak ditulis.`;
    }
    for (const input of inputs) {
      const read = await statOrNull(input);
      if (read && read.dev === existing.dev && read.ino === existing.ino) {
        return (
          `Berkas keluaran ${output} sama dengan berkas masukan ${input} (nama lain untuk berkas yang sama); ` +
          `tulis ke berkas lain dengan ${option}.`
        );
      }
    }
    if (!replace) {
      return `Berkas keluaran ${output} sudah ada; tambahkan --timpa untuk menggantinya, atau pilih nama lain.`;
    }
    return undefined;
  } catch (error) {
    return fileSystemProblem(error, output);
  }
}

/**
 * Writes `data` to the output through a temporary file renamed into place. Returns the problem
 * (Bahasa Indonesia) when it could not, with the output path as it was before.
 */
export async function writeOutputFile(
  target: OutputTarget,
  data: Uint8Array,
  io: WriteIo = { open },
): Promise<string | undefined> {
  const problem = await outputProblem(target);
  if (problem) return problem;
  const { output, replace } = target;
  // Loaded only when a file is written: a validation without one does not start OpenSSL (2 MB).
  const { randomBytes } = await import('node:crypto');
  const temporary = path.join(
    path.dirname(output),
    `.${path.basename(output)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await io.open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (replace) await rename(temporary, output);
    else await placeWithoutReplacing(temporary, output);
    return undefined;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return fileSystemProblem(error, output);
  }
}

/** A hard link fails if the name was taken meanwhile; where links are not supported, rename. */
async function placeWithoutReplacing(temporary: string, output: string): Promise<void> {
  try {
    await link(temporary, output);
  } catch (error) {
    const code = (error as Errno).code;
    if (code === 'EEXIST') throw error;
    if ((await statOrNull(output)) !== null) throw Object.assign(new Error(), { code: 'EEXIST' });
    await rename(temporary, output);
    return;
  }
  await unlink(temporary);
}

/** What a failed file operation means for the user. */
function fileSystemProblem(error: unknown, file: string): string {
  switch ((error as Errno).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Disk penuh: ${file} tidak dapat ditulis. Berkas yang sudah ada tidak diubah.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Tidak ada izin menulis ${file}. Berkas yang sudah ada tidak diubah.`;
    case 'EEXIST':
      return `Berkas keluaran ${file} sudah ada; tambahkan --timpa untuk menggantinya, atau pilih nama lain.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `Folder untuk berkas keluaran tidak ada: ${file}`;
    case 'EISDIR':
      return `Berkas keluaran ${file} adalah sebuah folder; sebut nama berkas .xlsx.`;
    default:
      return `Berkas keluaran ${file} tidak dapat ditulis (galat sistem berkas ${(error as Errno).code ?? 'tak dikenal'}). Berkas yang sudah ada tidak diubah.`;
  }
}
