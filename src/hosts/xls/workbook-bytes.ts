/**
 * The one way `lkj` and the web page's worker read a workbook file and get an .xlsx to write a
 * copy from, whatever the file is: an OLE compound file (D0 CF 11 E0 …) goes to the .xls reader,
 * loaded only then (a chunk of its own in the web page); anything else to the .xlsx reader, which
 * refuses what is no .xlsx. Both throw WorkbookReadError and nothing else.
 */
import type { WorkbookModel } from '../../workbook/model';
import { readXlsx, type SheetProgress } from '../xlsx/read';
import { fileTooLarge, MAX_FILE_BYTES } from '../xlsx/zip-guard';
import { isCompoundFile } from './signature';

const xlsReader = () => import(/* webpackChunkName: "xls-read" */ './read');

export async function readWorkbookBytes(
  data: ArrayBuffer | Uint8Array,
  onSheet?: SheetProgress,
): Promise<WorkbookModel> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!isCompoundFile(bytes)) return readXlsx(bytes, onSheet);
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(bytes.byteLength);
  return (await xlsReader()).readXls(bytes, onSheet);
}

/**
 * The file as an .xlsx to add a sheet to: itself, or an .xls converted, with what the
 * conversion leaves out (for the user) in `losses`.
 */
export async function xlsxForCopy(
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; losses?: string }> {
  if (!isCompoundFile(bytes)) return { bytes };
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(bytes.byteLength);
  const { xlsToXlsx, XLS_COPY_LOSSES } = await xlsReader();
  return { bytes: xlsToXlsx(bytes), losses: XLS_COPY_LOSSES };
}
