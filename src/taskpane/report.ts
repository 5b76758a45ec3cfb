/**
 * The "Hasil Validasi" sheet: every finding with a link to its cell. Described as a SheetSpec so
 * Excel (Office.js) and the web page (.xlsx writer) write the same sheet.
 */
import type { Finding, Severity } from '../checks/finding';
import { sheetReference, type SheetSpec, type SpecCell } from '../workbook/sheet-spec';

const REPORT_SHEET_NAME = 'Hasil Validasi';

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Kesalahan',
  warning: 'Peringatan',
  info: 'Info',
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const HEADER = ['No', 'Sheet', 'Sel', 'Tingkat', 'Pemeriksaan', 'Pesan'];
const WIDTHS = [5, 24, 10, 12, 18, 90];
const FIRST_ROW = 4;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `12 kesalahan, 3 peringatan, 1 info`. */
export function summaryText(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.map(
    (severity) => `${counts[severity]} ${SEVERITY_LABELS[severity].toLowerCase()}`,
  ).join(', ');
}

export function reportSheet(findings: readonly Finding[], source: string): SheetSpec {
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: 'Hasil Validasi Workbook LKj', bold: true },
    { row: 2, col: 1, value: `${source}: ${findings.length} temuan (${summaryText(findings)})` },
    ...HEADER.map((value, i) => ({ row: FIRST_ROW - 1, col: i + 1, value, bold: true })),
  ];
  findings.forEach((finding, i) => {
    const row = FIRST_ROW + i;
    cells.push(
      { row, col: 1, value: i + 1 },
      { row, col: 2, value: finding.sheet },
      { row, col: 3, value: finding.cell, link: sheetReference(finding.sheet, finding.cell) },
      { row, col: 4, value: SEVERITY_LABELS[finding.severity] },
      { row, col: 5, value: finding.rule },
      { row, col: 6, value: finding.message, wrap: true },
    );
  });
  return {
    name: REPORT_SHEET_NAME,
    cells,
    merges: [],
    columnWidths: Object.fromEntries(WIDTHS.map((width, i) => [i + 1, width])),
  };
}
