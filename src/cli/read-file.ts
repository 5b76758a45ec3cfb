/** Opens and reads an .xlsx named on the command line, for every command that takes one. */
import { readFile } from 'node:fs/promises';
import { readXlsx, WorkbookReadError } from '../hosts/xlsx/read';
import type { WorkbookModel } from '../workbook/model';
import type { Output } from './command';

export interface WorkbookFile {
  /** The file's bytes, for a command that writes a copy. */
  data: Uint8Array;
  model: WorkbookModel;
}

/**
 * The file read, or the message (Bahasa Indonesia) why it cannot be: that is also written to
 * `stderr`, with the file's name. Any other failure is a bug and is thrown.
 */
export async function readWorkbookFile(
  file: string,
  stderr: Output,
): Promise<WorkbookFile | { error: string }> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch {
    const error = `Berkas tidak dapat dibuka: ${file}`;
    stderr.write(`${error}\n`);
    return { error };
  }
  try {
    return { data, model: await readXlsx(data) };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    stderr.write(`${file}: ${error.message}\n`);
    return { error: error.message };
  }
}
