/**
 * The "Hasil Validasi" sheet, described as a SheetSpec so that Excel (Office.js), the web page and
 * `lkj validate --laporan` (.xlsx writer) write the same one.
 */
import { checks } from '../checks';
import type { Severity } from '../checks/finding';
import { cellLink, freeSheetName, type SheetSpec, type SpecCell } from '../sheetgen/sheet-spec';
import { outcomeText, settingsText, sheetLabel, SEVERITY_LABELS, uncheckedText } from './outcome';
import type { LaporanPlan } from './plan';

export const LAPORAN_SHEET_NAME = 'Hasil Validasi';

/** Light fills by severity, as Excel's "Bad" and "Neutral" styles and a light blue. */
const SEVERITY_FILLS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const HEADER = ['No', 'Sheet', 'Sel', 'Tingkat', 'Pemeriksaan', 'Pesan'];
const WIDTHS = [5, 24, 10, 12, 34, 80];

/** A check as the reader of the sheet knows it: its short title, with the id the pane filters on. */
const CHECK_NAMES = new Map(checks.map(({ id, title }) => [id, `${title} (${id})`]));
const HEADER_ROW = 5;

/**
 * The report: a heading block (what was checked, with which settings, what was not), then one
 * row per finding in the pane's order, coloured by severity, with a link to its cell; a frozen
 * header with filter buttons; printed landscape, one page wide, the header on every page.
 */
export function laporanSheet(
  { outcome, findings, source }: LaporanPlan,
  existingSheetNames: readonly string[],
): SheetSpec {
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: 'Hasil Validasi Workbook LKj', bold: true },
    { row: 2, col: 1, value: `${source}: ${outcomeText(outcome)}` },
    { row: 3, col: 1, value: `${settingsText(outcome.settings)}.` },
    ...HEADER.map((value, i) => ({ row: HEADER_ROW, col: i + 1, value, bold: true })),
  ];
  if (outcome.uncheckedSheets.length > 0) {
    cells.push({ row: 4, col: 1, value: uncheckedText(outcome.uncheckedSheets), bold: true });
  }
  findings.forEach((finding, i) => {
    const row = HEADER_ROW + 1 + i;
    const fill = SEVERITY_FILLS[finding.severity];
    cells.push(
      { row, col: 1, value: i + 1 },
      { row, col: 2, value: sheetLabel(finding.sheet, finding.hidden), wrap: true },
      { row, col: 3, value: finding.cell, link: cellLink(finding.sheet, finding.cell) },
      { row, col: 4, value: SEVERITY_LABELS[finding.severity], fill },
      { row, col: 5, value: CHECK_NAMES.get(finding.rule) ?? finding.rule, wrap: true },
      { row, col: 6, value: finding.message, wrap: true },
    );
  });
  return {
    name: freeSheetName(LAPORAN_SHEET_NAME, existingSheetNames),
    cells,
    merges: [],
    columnWidths: Object.fromEntries(WIDTHS.map((width, i) => [i + 1, width])),
    frozenRows: HEADER_ROW,
    autoFilter: {
      top: HEADER_ROW,
      left: 1,
      bottom: HEADER_ROW + Math.max(findings.length, 1),
      right: HEADER.length,
    },
    print: {
      landscape: true,
      fitToWidth: true,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}
