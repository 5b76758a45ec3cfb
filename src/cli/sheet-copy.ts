/** Writing a copy of the input workbook with one new sheet, for the generator commands. */
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import { addSheetToXlsx, WRITE_LOSSES } from '../hosts/xlsx/write';
import type { SheetSpec } from '../workbook/sheet-spec';
import type { Output } from './command';
import { writeOutputFile, type OutputTarget } from './output-file';

/** What every generator's --help says of the copy it writes. */
export const COPY_NOTE =
  `Lembar lain tidak diubah, tetapi salinan ditulis ulang oleh ExcelJS: ${WRITE_LOSSES} dapat\n` +
  'hilang dari salinan. Simpan berkas asli. Salinan ditulis ke berkas sementara di folder yang sama\n' +
  'lalu diganti namanya: bila penulisan gagal (disk penuh, tanpa izin), berkas yang sudah ada tetap utuh.\n';

/** 0 when written; 2 (with the reason on stderr) when the copy could not be made or written. */
export async function writeSheetCopy(
  data: Uint8Array,
  spec: SheetSpec,
  target: OutputTarget,
  stderr: Output,
): Promise<0 | 2> {
  let written: Uint8Array;
  try {
    written = await addSheetToXlsx(data, spec);
  } catch (error) {
    stderr.write(
      `${target.inputs[0]}: ${error instanceof WorkbookReadError ? error.message : 'salinan tidak dapat dibuat karena kesalahan tak terduga di penulis .xlsx.'} Tidak ada berkas yang ditulis.\n`,
    );
    return 2;
  }
  const problem = await writeOutputFile(target, written);
  if (problem) {
    stderr.write(`${problem}\n`);
    return 2;
  }
  return 0;
}
