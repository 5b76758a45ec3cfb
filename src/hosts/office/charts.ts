/**
 * Native charts on a sheet the writer has just added. Each chart goes in a sync of its own, after
 * the sheet is complete: Excel runs a batch up to the operation that fails and keeps what came
 * before, so a refused chart costs only that chart, never the sheet or the other charts.
 */
import { rangeToA1, toA1 } from '../../workbook/model';
import type { ChartSpec } from '../../sheetgen/sheet-spec';
import { codeOf } from './payload';

/** At most this many charts per sheet (one sync each); the rest are refused with a notice. */
export const MAX_CHARTS = 20;

/**
 * Every chart is 360 × 216 points (5 × 3 inches, the size Excel gives a new chart), set rather
 * than left to the host: at Excel's default row height of 15 points that is under 15 rows, which
 * is what a generator leaves below a chart's anchor.
 */
export const CHART_SIZE = { width: 360, height: 216 } as const;

/** Excel's chart types for the spec's kinds (`Excel.ChartType` values, ExcelApi 1.1). */
const CHART_TYPES = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
} as const;

/**
 * Adds `charts` to `worksheet`, each with its title, its top-left corner on its anchor cell, one
 * series per column of its source, CHART_SIZE. Returns a notice (Bahasa Indonesia) per chart
 * not made.
 */
export async function addCharts(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: string,
  charts: readonly ChartSpec[],
): Promise<string[]> {
  const notices: string[] = [];
  for (const spec of charts.slice(0, MAX_CHARTS)) {
    const chart = worksheet.charts.add(
      CHART_TYPES[spec.type],
      worksheet.getRange(rangeToA1(spec.source)),
      'Columns',
    );
    chart.title.text = spec.title;
    chart.setPosition(toA1(spec.anchor.row, spec.anchor.col));
    chart.width = CHART_SIZE.width;
    chart.height = CHART_SIZE.height;
    try {
      await context.sync();
    } catch (error) {
      await deleteQuietly(context, chart);
      const code = codeOf(error);
      notices.push(
        `Grafik "${spec.title}" tidak dapat dibuat oleh Excel${code ? ` (kode Excel: ${code})` : ''}; ` +
          `tabelnya tetap ada di sheet "${sheet}", grafik dapat dibuat sendiri dari tabel itu ` +
          '(menu Sisipkan/Insert).',
      );
    }
  }
  if (charts.length > MAX_CHARTS) {
    notices.push(
      `Hanya ${MAX_CHARTS} grafik pertama yang dibuat; ${charts.length - MAX_CHARTS} grafik lain ` +
        `tidak dibuat di sheet "${sheet}".`,
    );
  }
  return notices;
}

/** A chart whose batch failed after it was added is removed rather than left half made. */
async function deleteQuietly(context: Excel.RequestContext, chart: Excel.Chart): Promise<void> {
  try {
    chart.delete();
    await context.sync();
  } catch {
    // The chart was never added: nothing to remove.
  }
}
