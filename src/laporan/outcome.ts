/**
 * What the pane, `lkj validate --laporan` and the "Hasil Validasi" sheet say about a validation:
 * the order of the findings, the summary, the settings used, the sheets not checked. Light (no
 * check runs here), so the pane's start-up bundle may carry it.
 */
import type { Finding, Severity } from '../checks/finding';
import type { UncheckedSheet } from '../checks';
import type { Akumulasi } from '../core/akumulasi';
import { formatAngka } from '../core/angka';
import { SCALE_LABEL, type ScaleName } from '../core/predikat';
import { fromA1, type WorkbookModel } from '../workbook/model';

/** What the user set for a validation: the pane's settings, `lkj validate`'s options. */
export interface ValidationSettings {
  /** Predikat scale for every table; undefined lets each table's labels decide. */
  skala?: ScaleName;
  /** Extra absolute tolerance, in percentage points, for recomputed percentages. */
  toleransi: number;
  /** The user's jenis per indicator name, over what the workbook says (ValidationOptions.jenis). */
  jenis?: Readonly<Record<string, Akumulasi>>;
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Kesalahan',
  warning: 'Peringatan',
  info: 'Info',
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a validation found, as the pane and the report describe it. */
export interface ValidationOutcome {
  findings: readonly Finding[];
  tableCount: number;
  uncheckedSheets: readonly UncheckedSheet[];
  /** No sheet holds a single cell. */
  empty: boolean;
  settings: ValidationSettings;
}

/** The outcome of a validation as the pane holds it. */
export function outcomeOf(result: {
  findings: readonly Finding[];
  tables: readonly unknown[];
  uncheckedSheets: readonly UncheckedSheet[];
  model: WorkbookModel;
  settings: ValidationSettings;
}): ValidationOutcome {
  return {
    findings: result.findings,
    tableCount: result.tables.length,
    uncheckedSheets: result.uncheckedSheets,
    empty: result.model.sheets.every((sheet) => sheet.rowCount === 0),
    settings: result.settings,
  };
}

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

/** One sentence: never "no findings" when nothing could be checked. */
export function outcomeText(outcome: ValidationOutcome): string {
  const { findings, tableCount } = outcome;
  if (outcome.empty) return 'Workbook ini kosong: tidak ada sel berisi di sheet mana pun.';
  if (tableCount === 0) {
    return 'Tidak ada tabel LKj yang dikenali, jadi tidak ada yang diperiksa. Lihat sheet yang tidak diperiksa di bawah.';
  }
  return findings.length === 0
    ? `Tidak ada temuan di ${tableCount} tabel yang dikenali.`
    : `${findings.length} temuan di ${tableCount} tabel: ${summaryText(findings)}.`;
}

/** `Skala predikat: LKj; toleransi tambahan 0,5 poin persen`. */
export function settingsText(settings: ValidationSettings): string {
  const skala = settings.skala
    ? SCALE_LABEL[settings.skala]
    : 'otomatis (dikenali dari label predikat tiap tabel)';
  const toleransi =
    settings.toleransi > 0
      ? `toleransi tambahan ${formatAngka(settings.toleransi)} poin persen`
      : 'tanpa toleransi tambahan';
  return `Skala predikat: ${skala}; ${toleransi}`;
}

/** `Tabel (tersembunyi)` for a sheet hidden in Excel. */
export function sheetLabel(sheet: string, hidden: boolean | undefined): string {
  return hidden ? `${sheet} (tersembunyi)` : sheet;
}

/** `Sheet tidak diperiksa: A, B (tersembunyi): tidak ada tabel LKj yang dikenali`. */
export function uncheckedText(unchecked: readonly UncheckedSheet[]): string {
  const byReason = new Map<string, string[]>();
  for (const { sheet, hidden, reason } of unchecked) {
    byReason.set(reason, [...(byReason.get(reason) ?? []), sheetLabel(sheet, hidden)]);
  }
  const parts = [...byReason].map(([reason, sheets]) => `${sheets.join(', ')}: ${reason}`);
  return `${unchecked.length} sheet tidak diperiksa. ${parts.join('. ')}.`;
}

/**
 * The pane's order: visible sheets in workbook order, then hidden ones; within a sheet errors
 * before warnings before info, then checks in registry order; then top to bottom, left to right.
 * Sheets and checks the lists do not know come last, so nothing found is ever hidden.
 */
export function orderFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
  checkOrder: readonly string[],
): Finding[] {
  const rank = (order: readonly string[], key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const keyed = findings.map((finding) => ({
    finding,
    sheet: rank(sheetOrder, finding.sheet) + (finding.hidden ? sheetOrder.length + 1 : 0),
    severity: SEVERITIES.indexOf(finding.severity),
    rule: rank(checkOrder, finding.rule),
    ...fromA1(finding.cell),
  }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.finding.sheet.localeCompare(b.finding.sheet) ||
      a.severity - b.severity ||
      a.rule - b.rule ||
      a.finding.rule.localeCompare(b.finding.rule) ||
      a.row - b.row ||
      a.col - b.col,
  );
  return keyed.map((entry) => entry.finding);
}
