/**
 * Lays the chosen tables of the plan out on one new sheet "Tabel LKj TAHUN": two title rows,
 * then each table with data under its numbered title (`Tabel 3.1 …`, the seed report's number
 * whichever are written), its chart beside it, a line on the yellow cells under it. Laid out in
 * steps: a table at a time, some hundred rows at a time.
 */
import { SheetBuilder, titleRows } from '../sheetgen/builder';
import {
  freeSheetName,
  type ChartSpec,
  type SheetSpec,
  type SpecCell,
} from '../sheetgen/sheet-spec';
import { finish, type Steps } from '../core/steps';
import {
  BLOCKS,
  blockContext,
  blockWidth,
  indicatorsOf,
  previewText,
  renstraRows,
  type Block,
} from './blocks';
import { TABEL_IDS, type TabelId, type TabelPlan, type TabelSection } from './types';

/** Rows a chart takes (Excel's default chart is about 15 rows tall). */
const CHART_ROWS = 16;
const FIRST_TABLE_ROW = 4;
const WIDTHS: Record<number, number> = { 1: 6, 2: 34, 3: 30, 4: 34, 5: 16, 6: 16, 7: 14, 8: 14 };

export function tabelSheetName(year: number): string {
  return `Tabel LKj ${year}`;
}

function titles(plan: TabelPlan): Record<TabelId, string> {
  const { year, years } = plan;
  return {
    1: `Capaian Indikator Tujuan dan Sasaran Tahun ${year}`,
    2: `Capaian Indikator Program Tahun ${year}`,
    3: `Capaian Kinerja terhadap Target Akhir Renstra`,
    4: `Perbandingan Realisasi dengan Perangkat Daerah Lain dan Standar Nasional Tahun ${year}`,
    5: `Analisis Permasalahan dan Upaya Pemecahannya`,
    6: `Efisiensi Penggunaan Sumber Daya Tahun ${year}`,
    7: `Program Penunjang Keberhasilan Tahun ${year}`,
    // Left out with one year only: no range of one year ("2026–2026") in the pane's list.
    8: `Perbandingan Realisasi dan Capaian Kinerja ${years.length < 2 ? 'Antartahun' : `Tahun ${years[0]}–${year}`}`,
    9: `Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${year}`,
  };
}

/** Why a table has nothing to show, or undefined when it has data. */
function missing(plan: TabelPlan, id: TabelId): string | undefined {
  const noIndicators = 'Workbook tidak memuat target atau realisasi indikator tahun ini.';
  const noOwn = 'Workbook tidak memuat target atau realisasi indikator tujuan/sasaran tahun ini.';
  const noProgram = 'Workbook tidak memuat target atau realisasi indikator program tahun ini.';
  switch (id) {
    case 1:
    case 4:
    case 5:
      return indicatorsOf(plan, 'tujuan-sasaran').length === 0 ? noOwn : undefined;
    case 2:
    case 7:
      return indicatorsOf(plan, 'program').length === 0 ? noProgram : undefined;
    case 3:
      return renstraRows(plan).length === 0 ? noIndicators : undefined;
    case 8:
      if (plan.indicators.length === 0) return noIndicators;
      return plan.years.length < 2
        ? 'Workbook tidak memuat realisasi tahun-tahun sebelumnya.'
        : undefined;
    case 6:
      return plan.efisiensi.length === 0
        ? 'Workbook tidak memuat tabel efisiensi (capaian kinerja dan capaian anggaran).'
        : undefined;
    case 9:
      return plan.anggaran.length === 0
        ? 'Workbook tidak memuat tabel anggaran (pagu dan realisasi) yang hierarkinya pasti (kode, penomoran atau kata PROGRAM/KEGIATAN).'
        : undefined;
  }
}

/**
 * Each table's preview: its header and rows (the first `rows` of them), as the sheet would show
 * them; a table at a time. Only the rows shown are turned into text: the sheet holds the others.
 */
export function* previewSections(plan: TabelPlan, rows = Infinity): Steps<TabelSection[]> {
  const names = titles(plan);
  const context = blockContext(plan);
  const sections: TabelSection[] = [];
  for (const id of TABEL_IDS) {
    const reason = missing(plan, id);
    const section: TabelSection = {
      id,
      title: names[id],
      hasData: reason === undefined,
      preview: { header: [], rows: [] },
    };
    sections.push(section);
    if (reason !== undefined) {
      section.reason = reason;
      continue;
    }
    const laid = yield* BLOCKS[id](context, 1, rows);
    const shown = laid.dataRows.slice(0, rows);
    const read = new Set(shown);
    for (let row = laid.top; row <= laid.headerRow; row++) read.add(row);
    const at = new Map(laid.sheet.cells(read).map((cell) => [`${cell.row},${cell.col}`, cell]));
    const line = (row: number) =>
      Array.from({ length: laid.width }, (_, i) => previewText(at.get(`${row},${i + 1}`)));
    section.preview = { header: headerLine(laid, at), rows: shown.map(line) };
    if (shown.length < laid.dataRows.length) section.rowCount = laid.dataRows.length;
    yield;
  }
  return sections;
}

/** Each column's header, a group header over it included (`Realisasi 2019`). */
function headerLine(laid: Block, at: Map<string, SpecCell>): string[] {
  return Array.from({ length: laid.width }, (_, i) => {
    const col = i + 1;
    const parts: string[] = [];
    for (let row = laid.top; row <= laid.headerRow; row++) {
      const merge = laid.sheet.merges.find(
        (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right,
      );
      const text = previewText(at.get(merge ? `${merge.top},${merge.left}` : `${row},${col}`));
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' ');
  });
}

export function tabelSheet(
  plan: TabelPlan,
  existingSheetNames: string[],
  chosen: readonly TabelId[] = TABEL_IDS,
): SheetSpec {
  return finish(tabelSheetSteps(plan, existingSheetNames, chosen));
}

/** tabelSheet in steps: a table at a time, some hundred rows at a time. */
export function* tabelSheetSteps(
  plan: TabelPlan,
  existingSheetNames: string[],
  chosen: readonly TabelId[] = TABEL_IDS,
): Steps<SheetSpec> {
  const b = new SheetBuilder();
  const charts: ChartSpec[] = [];
  const names = titles(plan);
  const written = TABEL_IDS.filter((id) => chosen.includes(id) && missing(plan, id) === undefined);
  const context = blockContext(plan);
  const width = Math.max(8, ...written.map((id) => blockWidth(plan, id)));

  titleRows(
    b,
    [
      'TABEL KINERJA LAPORAN KINERJA (BAB III)',
      [plan.unit, `TAHUN ${plan.year}`].filter(Boolean).join(' '),
    ],
    width,
  );

  let row = FIRST_TABLE_ROW;
  for (const id of written) {
    b.note(row, `Tabel 3.${id} ${names[id]}`, width, { bold: true });
    const laid = yield* BLOCKS[id](context, row + 1);
    b.append(laid.sheet);
    let next = row + 1 + laid.height + 1;
    if (laid.sheet.hasInputs()) {
      b.note(next, laid.yellowNote);
      next += 1;
    }
    if (laid.chart) {
      charts.push({ ...laid.chart, anchor: { row, col: width + 2 } });
      next = Math.max(next, row + CHART_ROWS);
    }
    row = next + 1;
    yield;
  }

  const spec = yield* b.specSteps({
    name: freeSheetName(tabelSheetName(plan.year), existingSheetNames),
    columnWidths: { ...WIDTHS },
    print: { landscape: true, fitToWidth: true },
  });
  if (charts.length > 0) spec.charts = charts;
  return spec;
}
