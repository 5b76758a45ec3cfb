/** Opens an .xlsx with ExcelJS for the reader and the writer, behind the zip guard. */
import { Workbook } from 'exceljs';
import { WorkbookReadError, errorDetail } from './read-error';
import { checkXlsxContainer } from './zip-guard';

/** ExcelJS's workbook from the bytes of an .xlsx. Throws WorkbookReadError (Indonesian message). */
export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkXlsxContainer(bytes);
  const workbook = new Workbook();
  try {
    // Whole-column data validations make ExcelJS hang (TOOLCHAIN): the validator never needs
    // them, and a copy written by addSheetToXlsx goes without them.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
  } catch (error) {
    throw new WorkbookReadError(
      `Berkas .xlsx rusak atau tidak dapat dibaca (${errorDetail(error)}).`,
    );
  }
  return workbook;
}
