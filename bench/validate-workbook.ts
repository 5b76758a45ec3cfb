/**
 * A generated validation workload: one sheet of indicator rows (capaian table under a merged
 * "Tahun 2023" header, repeated header every 1,000 rows) and one of budget rows (anggaran table
 * with program / kegiatan codes), numbers partly typed as text as staff do. Shared by the bench
 * modules that time reading, detection and checks on the same bytes.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';

const REPEAT_HEADER_EVERY = 1_000;

function indicatorSheet(sheet: Worksheet, rows: number): void {
  sheet.addRow(['Tabel 3.1 Capaian Indikator Kinerja Tahun 2023']);
  const header = ['NO', 'Sasaran', 'Indikator', 'Satuan', 'Tahun 2023'];
  const sub = [null, null, null, null, 'Target', 'Realisasi', 'Capaian', 'Predikat'];
  const addHeader = () => {
    const top = sheet.addRow(header).number;
    sheet.addRow(sub);
    sheet.mergeCells(top, 5, top, 8);
  };
  addHeader();
  for (let i = 1; i <= rows; i++) {
    if (i % REPEAT_HEADER_EVERY === 0) addHeader();
    const target = 80 + (i % 20);
    const realisasi = 70 + ((i * 7) % 35);
    const capaian = (realisasi / target) * 100;
    sheet.addRow([
      i,
      i % 3 === 1 ? `Sasaran ${Math.ceil(i / 3)}` : null,
      `Persentase layanan ${i}`,
      '%',
      i % 2 ? target : String(target).replace('.', ','),
      i % 2 ? realisasi : `${realisasi} %`,
      capaian.toFixed(2).replace('.', ','),
      capaian >= 95 ? 'Sangat berhasil' : capaian >= 80 ? 'Berhasil' : 'Cukup berhasil',
    ]);
  }
}

function budgetSheet(sheet: Worksheet, rows: number): void {
  sheet.addRow(['Realisasi Anggaran Tahun 2023']);
  const top = sheet.addRow(['No.', 'Kode', 'Program/kegiatan', 'Anggaran', null, 'Serapan']).number;
  sheet.addRow([null, null, null, 'Pagu', 'Realisasi']);
  sheet.mergeCells(top, 4, top, 5);
  for (let i = 1; i <= rows; i++) {
    const pagu = 1_000_000 + (i % 997) * 12_500;
    const realisasi = pagu - (i % 13) * 1_000;
    sheet.addRow([
      i,
      `7.01.${String(1 + (i % 9)).padStart(2, '0')}.2.${String(1 + (i % 50)).padStart(2, '0')}`,
      `Kegiatan ${i}`,
      i % 2 ? pagu : pagu.toLocaleString('id-ID'),
      realisasi,
      `${((realisasi / pagu) * 100).toFixed(2).replace('.', ',')} %`,
    ]);
  }
}

/** The .xlsx bytes of a workbook with `indicatorRows` indicator rows and `budgetRows` budget rows. */
export async function validationWorkbook(
  indicatorRows: number,
  budgetRows: number,
): Promise<Uint8Array> {
  const workbook = new Workbook();
  indicatorSheet(workbook.addWorksheet('Capaian'), indicatorRows);
  budgetSheet(workbook.addWorksheet('Anggaran'), budgetRows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
