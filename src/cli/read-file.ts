/** Opens and reads an .xlsx or .xls named on the command line, for every command that takes one. */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { readWorkbookBytes } from '../hosts/xls/workbook-bytes';
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import { fileTooLarge, MAX_FILE_BYTES } from '../hosts/xlsx/zip-guard';
import type { WorkbookModel } from '../workbook/model';
import type { Output } from './command';

export interface WorkbookFile {
  /** The file's bytes, for a command that writes a copy. */
  data: Uint8Array;
  model: WorkbookModel;
}

/**
 * The file read, or the message (Bahasa Indonesia) why it cannot be: that is also written to
 * `stderr`, with the file's name. Whatever goes wrong, the caller gets a message: one bad file
 * never ends a run over several.
 */
export async function readWorkbookFile(
  file: string,
  stderr: Output,
): Promise<WorkbookFile | { error: string }> {
  let data: Uint8Array;
  let model: WorkbookModel;
  try {
    data = await readBytes(file);
    model = await readWorkbookBytes(data);
  } catch (error) {
    const message =
      error instanceof WorkbookReadError
        ? error.message
        : 'Berkas tidak dapat dibaca karena kesalahan tak terduga di pembaca workbook.';
    stderr.write(`${file}: ${message}\n`);
    return { error: message };
  }
  return { data, model };
}

/**
 * The bytes of a regular file of at most MAX_FILE_BYTES. A folder, a pipe or a device is refused
 * before reading (a pipe would never end), and so is a file too large to be a workbook we read.
 */
async function readBytes(file: string): Promise<Uint8Array> {
  let handle;
  try {
    // Non-blocking, so that opening a named pipe without a writer does not wait forever.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new WorkbookReadError(openProblem((error as NodeJS.ErrnoException).code));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new WorkbookReadError(openProblem('EISDIR'));
    if (!stats.isFile()) {
      throw new WorkbookReadError(
        'Berkas tidak dibaca: ini bukan berkas biasa (pipa, soket, atau perangkat).',
      );
    }
    if (stats.size > MAX_FILE_BYTES) throw fileTooLarge(stats.size);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(openProblem((error as NodeJS.ErrnoException).code));
  } finally {
    await handle.close();
  }
}

function openProblem(code: string | undefined): string {
  return `Berkas tidak dapat dibuka (${openReason(code)}).`;
}

function openReason(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'tidak ditemukan';
    case 'EACCES':
    case 'EPERM':
      return 'tidak ada izin membaca berkas ini';
    case 'EISDIR':
      return 'ini sebuah folder, bukan berkas .xlsx atau .xls';
    default:
      return `galat sistem berkas ${code ?? 'tak dikenal'}`;
  }
}
