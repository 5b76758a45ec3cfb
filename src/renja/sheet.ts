/**
 * Lays the plan out as the "Evaluasi Renja TW n TAHUN" sheet, the Permendagri 86/2017 form E.81:
 * three title rows, a two-row header, the numbering row with its equations, the K / Rp row, one
 * row per indicator, the footer rows, the two signature blocks.
 */
import type { Akumulasi } from '../core/akumulasi';
import { toA1 } from '../workbook/model';
import { predikatFormulaOf } from '../sheetgen/predikat-formula';
import { freeSheetName, type SheetSpec, type SpecCell } from '../sheetgen/sheet-spec';
import { BLANK_LINE, signatureLines } from '../facts/signature';
import { footerResults, RENJA_SCALE, rowResults, type MeasureResults } from './compute';
import {
  capaianFormula,
  col,
  COL,
  LAST_COL,
  quarterCol,
  rataRataFormula,
  sdTahunIniFormula,
  tahunIniFormula,
  type Measure,
} from './formulas';
import { TRIWULAN, type RenjaMeasure, type RenjaPlan, type RenjaRow, type Triwulan } from './types';

const HEADER_ROW = 5;
const NUMBERING_ROW = HEADER_ROW + 2;
const UNIT_ROW = NUMBERING_ROW + 1;
export const FIRST_DATA_ROW = UNIT_ROW + 1;
const FORMAT: Record<Measure, string> = { k: '#,##0.00', rp: '#,##0' };
const PERCENT_FORMAT = '#,##0.00';
const ROMAN = ['I', 'II', 'III', 'IV'];

export const JENIS_LABEL: Record<Akumulasi, string> = {
  kumulatif: 'Kumulatif',
  'nilai-akhir': 'Nilai akhir',
  'rata-rata': 'Rata-rata',
};

/**
 * The K / Rp groups (5)–(14), with their header and number (or equation). The years are written
 * as the official form writes them: they tell a reader (and the validator) that (13) is to date
 * and (5) the end of the period, not one year's realisasi against its pagu.
 */
const groups = (year: number): { left: number; header: string; number: string }[] => [
  {
    left: COL.renstra,
    header: 'Target Renstra Perangkat Daerah pada Akhir Periode Renstra',
    number: '5',
  },
  {
    left: COL.lalu,
    header: `Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu (Tahun ${year - 1})`,
    number: '6',
  },
  {
    left: COL.target,
    header: `Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun ${year})`,
    number: '7',
  },
  {
    left: COL.tahunIni,
    header: 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi',
    number: '12 = 8 + 9 + 10 + 11',
  },
  {
    left: COL.sdTahunIni,
    header: `Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun ${year}`,
    number: '13 = 6 + 12',
  },
  {
    left: COL.capaian,
    header: `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun ${year} (%)`,
    number: '14 = 13 / 5 x 100',
  },
];

/** Header cells spanning both header rows, with their number. */
const TALL_HEADERS: [number, string, string][] = [
  [COL.no, 'No', '1'],
  [COL.sasaran, 'Sasaran', '2'],
  [COL.uraian, 'Program / Kegiatan / Sub Kegiatan', '3'],
  [COL.unitPj, 'Unit Perangkat Daerah Penanggung Jawab', '15'],
  [COL.keterangan, 'Keterangan', '16'],
];

const FOOTER_TEXTS = [
  'Faktor pendorong keberhasilan pencapaian',
  'Faktor penghambat pencapaian kinerja',
  'Tindak lanjut yang diperlukan dalam triwulan berikutnya',
  'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya',
];

const WIDTHS: Record<number, number> = {
  [COL.no]: 5,
  [COL.sasaran]: 24,
  [COL.uraian]: 32,
  [COL.indikator]: 32,
  [COL.satuan]: 10,
  [COL.jenis]: 12,
  [COL.unitPj]: 18,
  [COL.keterangan]: 18,
};
for (let c = COL.renstra; c < COL.unitPj; c++) WIDTHS[c] = (c - COL.renstra) % 2 === 0 ? 10 : 16;

export function renjaSheetName(plan: Pick<RenjaPlan, 'tw' | 'year'>): string {
  return `Evaluasi Renja TW ${plan.tw} ${plan.year}`;
}

export function romanTw(tw: Triwulan): string {
  return ROMAN[tw - 1];
}

export function renjaSheet(plan: RenjaPlan, existingSheetNames: string[]): SheetSpec {
  const cells: SpecCell[] = [];
  const merges: SheetSpec['merges'] = [];
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (top !== bottom || left !== right) merges.push({ top, left, bottom, right });
  };
  const text = (row: number, column: number, value: string, extra: Partial<SpecCell> = {}) =>
    cells.push({ row, col: column, value, ...extra });

  const titles = [
    'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH',
    `PERANGKAT DAERAH: ${plan.unit ?? BLANK_LINE}`,
    `TRIWULAN ${romanTw(plan.tw)} TAHUN ${plan.year}`,
  ];
  titles.forEach((title, i) => {
    text(i + 1, 1, title, { bold: true });
    merge(i + 1, 1, i + 1, LAST_COL);
  });

  const header = { bold: true, wrap: true };
  for (const [column, title, number] of TALL_HEADERS) {
    text(HEADER_ROW, column, title, header);
    merge(HEADER_ROW, column, HEADER_ROW + 1, column);
    text(NUMBERING_ROW, column, number, header);
  }
  text(
    HEADER_ROW,
    COL.indikator,
    'Indikator Kinerja Program (Outcome) / Kegiatan (Output)',
    header,
  );
  merge(HEADER_ROW, COL.indikator, HEADER_ROW, COL.jenis);
  text(HEADER_ROW + 1, COL.indikator, 'Indikator', header);
  text(HEADER_ROW + 1, COL.satuan, 'Satuan', header);
  text(HEADER_ROW + 1, COL.jenis, 'Jenis', header);
  text(NUMBERING_ROW, COL.indikator, '4', header);
  merge(NUMBERING_ROW, COL.indikator, NUMBERING_ROW, COL.jenis);
  for (const group of groups(plan.year)) {
    text(HEADER_ROW, group.left, group.header, header);
    merge(HEADER_ROW, group.left, HEADER_ROW + 1, group.left + 1);
    text(NUMBERING_ROW, group.left, group.number, header);
    merge(NUMBERING_ROW, group.left, NUMBERING_ROW, group.left + 1);
  }
  text(HEADER_ROW, COL.tw1, 'Realisasi Kinerja dan Anggaran pada Triwulan', header);
  merge(HEADER_ROW, COL.tw1, HEADER_ROW, COL.tahunIni - 1);
  for (const tw of TRIWULAN) {
    const left = quarterCol(tw, 'k');
    text(HEADER_ROW + 1, left, romanTw(tw), header);
    merge(HEADER_ROW + 1, left, HEADER_ROW + 1, left + 1);
    text(NUMBERING_ROW, left, String(7 + tw), header);
    merge(NUMBERING_ROW, left, NUMBERING_ROW, left + 1);
  }
  for (let c = COL.renstra; c < COL.unitPj; c += 2) {
    text(UNIT_ROW, c, 'K', header);
    text(UNIT_ROW, c + 1, 'Rp', header);
  }

  plan.rows.forEach((row, i) => cells.push(...rowCells(plan, row, FIRST_DATA_ROW + i, i + 1)));
  const lastDataRow = FIRST_DATA_ROW + Math.max(plan.rows.length, 1) - 1;

  let next = lastDataRow + 1;
  const footer = footerResults(plan);
  const label = (row: number, value: string, right: number) => {
    text(row, COL.no, value, { bold: true, wrap: true });
    merge(row, COL.no, row, right);
  };
  label(next, 'Rata-rata capaian kinerja (%)', COL.capaian - 1);
  for (const measure of ['k', 'rp'] as const) {
    cells.push({
      row: next,
      col: col(COL.capaian, measure),
      formula: rataRataFormula(FIRST_DATA_ROW, lastDataRow, measure),
      result: measure === 'k' ? footer.rataRataK : footer.rataRataRp,
      numFmt: PERCENT_FORMAT,
      bold: true,
    });
  }
  next++;
  label(next, 'Predikat kinerja', COL.capaian - 1);
  cells.push({
    row: next,
    col: COL.capaian,
    formula: predikatFormulaOf(RENJA_SCALE, toA1(next - 1, COL.capaian)),
    result: footer.predikat,
    bold: true,
  });
  merge(next, COL.capaian, next, COL.capaian + 1);
  next++;
  for (const footerText of FOOTER_TEXTS) {
    label(next, footerText, COL.jenis);
    cells.push({ row: next, col: COL.renstra, value: null, highlight: true, wrap: true });
    merge(next, COL.renstra, next, LAST_COL);
    next++;
  }
  next++;
  text(
    next,
    COL.no,
    `Sel kuning diisi: realisasi triwulan ${romanTw(plan.tw)} (K dan Rp), isian yang belum diketahui dari workbook, jenis yang ditebak, serta faktor dan tindak lanjut. Predikat memakai skala Permendagri 86/2017.`,
    { wrap: true },
  );
  merge(next, COL.no, next, LAST_COL);
  next += 2;
  signatureCells(plan, next, text, merge);

  return {
    name: freeSheetName(renjaSheetName(plan), existingSheetNames),
    cells,
    merges,
    columnWidths: { ...WIDTHS },
    frozenRows: UNIT_ROW,
    print: { landscape: true, fitToWidth: true, titleRows: { first: HEADER_ROW, last: UNIT_ROW } },
  };
}

function rowCells(plan: RenjaPlan, row: RenjaRow, r: number, no: number): SpecCell[] {
  const results = rowResults(row);
  const cells: SpecCell[] = [{ row: r, col: COL.no, value: no }];
  const texts: [number, string][] = [
    [COL.sasaran, row.sasaran],
    [COL.uraian, row.uraian],
    [COL.indikator, row.indicator],
    [COL.satuan, row.satuan],
    [COL.unitPj, row.unitPj],
    [COL.keterangan, row.keterangan],
  ];
  for (const [column, value] of texts) {
    if (value !== '') cells.push({ row: r, col: column, value, wrap: true });
  }
  if (row.indicator !== '') {
    cells.push({
      row: r,
      col: COL.jenis,
      value: JENIS_LABEL[row.jenis],
      ...(row.jenisFrom === 'tebakan' ? { highlight: true } : {}),
    });
    cells.push(...measureCells(plan.tw, row.k, results.k, row.jenis, r, 'k'));
  }
  if (row.rp && results.rp)
    cells.push(...measureCells(plan.tw, row.rp, results.rp, 'kumulatif', r, 'rp'));
  return cells;
}

function measureCells(
  tw: Triwulan,
  measure: RenjaMeasure,
  results: MeasureResults,
  jenis: Akumulasi,
  r: number,
  m: Measure,
): SpecCell[] {
  const numFmt = FORMAT[m];
  const input = (column: number, value: number | undefined, open: boolean): SpecCell =>
    value === undefined || open
      ? { row: r, col: column, value: value ?? null, numFmt, ...(open ? { highlight: true } : {}) }
      : { row: r, col: column, value, numFmt };
  const cells: SpecCell[] = [
    input(col(COL.renstra, m), measure.renstra, measure.renstra === undefined),
    input(col(COL.lalu, m), measure.lalu, measure.lalu === undefined),
    input(col(COL.target, m), measure.target, measure.target === undefined),
  ];
  for (const quarter of TRIWULAN) {
    const value = measure.quarters[quarter - 1];
    // Quarters up to TW n are inputs: the open one always, an earlier one while it is empty.
    const open = quarter === tw || (quarter < tw && value === undefined);
    cells.push(input(quarterCol(quarter, m), value, open));
  }
  cells.push(
    {
      row: r,
      col: col(COL.tahunIni, m),
      formula: tahunIniFormula(jenis, r, m),
      result: results.tahunIni,
      numFmt,
    },
    {
      row: r,
      col: col(COL.sdTahunIni, m),
      formula: sdTahunIniFormula(jenis, r, m),
      result: results.sdTahunIni,
      numFmt,
    },
    {
      row: r,
      col: col(COL.capaian, m),
      formula: capaianFormula(r, m),
      result: results.capaian,
      numFmt: PERCENT_FORMAT,
    },
  );
  return cells;
}

/**
 * "Disusun" on the left, the Kepala Perangkat Daerah's block as the workbook gives it (else lines
 * to write on); "Dievaluasi" on the right, the Kepala Bappeda's, left to write on.
 */
function signatureCells(
  plan: RenjaPlan,
  top: number,
  text: (row: number, column: number, value: string, extra?: Partial<SpecCell>) => void,
  merge: (top: number, left: number, bottom: number, right: number) => void,
): void {
  const disusun =
    plan.signature.jabatan.length > 0
      ? plan.signature
      : {
          ...plan.signature,
          jabatan: [plan.unit === undefined ? `KEPALA ${BLANK_LINE}` : `KEPALA ${plan.unit}`],
        };
  const blocks = [
    { left: COL.uraian, right: COL.jenis, caption: 'Disusun', signature: disusun },
    {
      left: COL.sdTahunIni,
      right: LAST_COL,
      caption: 'Dievaluasi',
      signature: { jabatan: [`KEPALA BAPPEDA ${BLANK_LINE}`] },
    },
  ];
  for (const block of blocks) {
    // The caption first: a reader of the form takes that row as the end of its body.
    const lines = [{ text: block.caption, bold: false }, ...signatureLines(block.signature)];
    lines.forEach((line, i) => {
      if (line.text !== '') text(top + i, block.left, line.text, { bold: line.bold });
      merge(top + i, block.left, top + i, block.right);
    });
  }
}
