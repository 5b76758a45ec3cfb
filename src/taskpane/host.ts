/**
 * What the pane needs from where it runs. Excel and the plain web page each implement it, so the
 * React components never touch Office.js or the .xlsx reader themselves.
 */
import type { ScaleName } from '../core/predikat';
import type { WorkbookModel } from '../workbook/model';
import type { SheetSpec } from '../workbook/sheet-spec';

export interface PaneSettings {
  /** Predikat scale for every table; undefined lets each table's labels decide. */
  skala?: ScaleName;
  /** Extra absolute tolerance, in percentage points, for recomputed percentages. */
  toleransi: number;
}

const DEFAULT_SETTINGS: PaneSettings = { toleransi: 0 };

export interface AddedSheet {
  /** The name the sheet got (`Hasil Validasi (2)` when the name was taken). */
  name: string;
  /** What the user should know about the result, in Bahasa Indonesia. */
  note: string;
}

export interface PaneHost {
  readonly kind: 'excel' | 'web';
  /** Reads the whole workbook; `onProgress` gets `done` of `total` steps. */
  readWorkbook(onProgress: (done: number, total: number) => void): Promise<WorkbookModel>;
  /** Activates the sheet and selects the cell; absent on the web page, which has its own preview. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /**
   * Adds `spec` as a new sheet. Excel writes it into the open workbook; the web page downloads
   * the opened file with the sheet added.
   */
  addSheet(spec: SheetSpec): Promise<AddedSheet>;
  loadSettings(): PaneSettings;
  saveSettings(settings: PaneSettings): Promise<void>;
}

/** Reads stored settings defensively: a missing or foreign value falls back to the default. */
export function parseSettings(skala: unknown, toleransi: unknown): PaneSettings {
  const settings: PaneSettings = { ...DEFAULT_SETTINGS };
  if (skala === 'LKJ' || skala === 'P86' || skala === 'IKM') settings.skala = skala;
  if (typeof toleransi === 'number' && Number.isFinite(toleransi) && toleransi >= 0) {
    settings.toleransi = toleransi;
  }
  return settings;
}
