/**
 * Office.js errors in plain Bahasa Indonesia. Excel rejects a batch with an error whose `code` is
 * one of the documented Excel JavaScript API error codes; the English text that comes with it
 * means nothing to the people using the pane.
 */
import { codeOf } from './payload';

const TRY_AGAIN = 'lalu coba lagi';

/** The documented codes the adapter can meet (reading, adding a sheet, selecting a cell). */
const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: `Excel sedang menunggu isian sel selesai diketik. Tekan Enter atau Esc di sel itu, ${TRY_AGAIN}.`,
  RequestPayloadSizeLimitExceeded: `Permintaan ke Excel melebihi batas ukuran Excel di web (5 MB), juga setelah dibagi per baris. Periksa sel dengan teks yang sangat panjang, ${TRY_AGAIN}.`,
  ResponsePayloadSizeLimitExceeded: `Jawaban Excel melebihi batas ukuran Excel di web (5 MB), juga setelah dibagi per baris. Periksa sel dengan teks yang sangat panjang, ${TRY_AGAIN}.`,
  GeneralException: `Excel mengalami galat internal. Simpan workbook, tutup dan buka lagi panel ini, ${TRY_AGAIN}.`,
  ItemNotFound: `Sheet atau sel yang diminta tidak ada lagi (mungkin sudah diganti nama atau dihapus). Jalankan validasi lagi, ${TRY_AGAIN}.`,
  ItemAlreadyExists: `Nama sheet itu baru saja dipakai di workbook. Coba lagi; panel memilih nama lain.`,
  AccessDenied: `Excel menolak perubahan: workbook atau sheet dilindungi, atau dibuka hanya-baca. Buka proteksinya atau simpan salinan yang dapat disunting, ${TRY_AGAIN}.`,
  InvalidOperation: `Excel tidak mengizinkan tindakan ini pada workbook saat ini (misalnya workbook atau sheet dilindungi). Periksa workbook, ${TRY_AGAIN}.`,
  Conflict: `Workbook sedang diubah di tempat lain (penyuntingan bersama). Tunggu sebentar, ${TRY_AGAIN}.`,
  ActivityLimitReached: `Excel membatasi jumlah permintaan untuk sementara. Tunggu sebentar, ${TRY_AGAIN}.`,
  ServiceNotAvailable: `Excel sedang tidak dapat melayani permintaan. Tunggu sebentar, ${TRY_AGAIN}.`,
  Timeout: `Excel terlalu lama menjawab. Tunggu sebentar, ${TRY_AGAIN}.`,
  RequestAborted: `Permintaan ke Excel terputus. Periksa sambungan internet (Excel di web), ${TRY_AGAIN}.`,
  ApiNotFound: `Versi Excel ini terlalu lama untuk panel ini (perlu ExcelApi 1.13: Microsoft 365, Excel 2021 atau yang lebih baru, atau Excel di web). Perbarui Excel, ${TRY_AGAIN}.`,
  UnsupportedSheet: `Sheet ini jenisnya tidak didukung Excel untuk add-in (misalnya sheet makro atau dialog lama).`,
};

/** An error from Excel, told in Bahasa Indonesia; the original stays as `cause`. */
export class ExcelRequestError extends Error {
  constructor(
    message: string,
    readonly excelCode: string,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = 'ExcelRequestError';
  }
}

/**
 * The error to show for a failed `Excel.run`: a documented code gets its Indonesian message (the
 * code kept at the end for whoever helps the user); anything else is returned as it came.
 */
export function explainExcelError(error: unknown): unknown {
  const code = codeOf(error);
  const message = code === undefined ? undefined : MESSAGES[code];
  if (code === undefined || message === undefined) return error;
  return new ExcelRequestError(`${message} (kode Excel: ${code})`, code, error);
}
