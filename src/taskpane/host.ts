/**
 * What the pane needs from where it runs. Excel and the plain web page each implement it, so the
 * React components never touch Office.js, the .xlsx reader or the engine themselves.
 */
import type { Akumulasi } from '../core/akumulasi';
import type { ValidationOptions } from '../checks/check';
import type { CellFix } from '../checks/finding';
import type { ValidationSettings } from '../laporan/outcome';
import type { WorkbookModel } from '../workbook/model';
import type {
  Checked,
  GeneratorId,
  PanePlans,
  PlanRequest,
  PlanStep,
  ReportRequest,
  ValidationStep,
  WriteRequest,
} from './engine-types';

const DEFAULT_SETTINGS: ValidationSettings = { toleransi: 0 };

export interface AddedSheet {
  /** The name the sheet got (`Hasil Validasi (2)` when the name was taken). */
  name: string;
  /** What the user should know about the result, in Bahasa Indonesia. */
  note: string;
}

export interface PaneHost {
  readonly kind: 'excel' | 'web';
  /**
   * Reads and validates the workbook where its engine runs (the web page's worker; the pane's
   * thread in Excel, a step at a time); `onStep` gets each step, `signal` cancels.
   */
  validate(
    settings: ValidationSettings,
    onStep: (step: ValidationStep) => void,
    signal: AbortSignal,
  ): Promise<{ model: WorkbookModel; checked: Checked }>;
  /**
   * A generator's plan as its preview shows it. `reread`: read the workbook as it is now (the
   * panel's button); else plan again on the workbook read before (the user's choices changed).
   */
  plan<G extends GeneratorId>(
    request: PlanRequest<G>,
    reread: boolean,
    onStep: (step: PlanStep) => void,
    signal: AbortSignal,
  ): Promise<PanePlans[G]['preview']>;
  /**
   * Adds the plan's sheet. Excel writes it into the open workbook; the web page downloads the
   * opened file with the sheet added.
   */
  write<G extends GeneratorId>(
    request: WriteRequest<G>,
    onStep: (step: PlanStep) => void,
    signal: AbortSignal,
  ): Promise<AddedSheet>;
  /** Adds the "Hasil Validasi" sheet of a validation, as `write` adds a plan's. */
  writeReport(request: ReportRequest): Promise<AddedSheet>;
  /**
   * Writes findings' corrections (Finding.fix): into the open workbook in Excel, as one undo step
   * where Excel can; on the web page into a corrected copy it downloads (the opened file is never
   * changed). Returns what the user should know. Absent where a host cannot.
   */
  fix?(fixes: readonly CellFix[]): Promise<{ note: string }>;
  /**
   * Excel: whether one Ctrl+Z takes a fix back (ExcelApi 1.20); where not, the pane asks before
   * writing. Absent on the web page, which never changes the opened file.
   */
  fixUndoable?(): boolean;
  /** Activates the sheet and selects the cell; absent on the web page, which has its own preview. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  loadSettings(): ValidationSettings;
  saveSettings(settings: ValidationSettings): Promise<void>;
}

/** The validator's options for the pane's settings. */
export function validationOptions(settings: ValidationSettings): ValidationOptions {
  return {
    toleransi: settings.toleransi,
    ...(settings.skala ? { skala: settings.skala } : {}),
    ...(settings.jenis ? { jenis: settings.jenis } : {}),
  };
}

/**
 * The jenis a stored choice may name. Checked against the Akumulasi type here rather than read
 * from core/akumulasi, whose name rules would otherwise load with the pane.
 */
const JENIS_NAMES: Record<Akumulasi, true> = {
  kumulatif: true,
  'nilai-akhir': true,
  'rata-rata': true,
};

/** Stored jenis choices read at most: more than any workbook's indicators. */
const MAX_JENIS_CHOICES = 2_000;

/** Reads stored settings defensively: a missing or foreign value falls back to the default. */
export function parseSettings(
  skala: unknown,
  toleransi: unknown,
  jenis?: unknown,
): ValidationSettings {
  const settings: ValidationSettings = { ...DEFAULT_SETTINGS };
  if (skala === 'LKJ' || skala === 'P86' || skala === 'IKM') settings.skala = skala;
  if (typeof toleransi === 'number' && Number.isFinite(toleransi) && toleransi >= 0) {
    settings.toleransi = toleransi;
  }
  const choices = parseJenis(jenis);
  if (choices) settings.jenis = choices;
  return settings;
}

function parseJenis(stored: unknown): Record<string, Akumulasi> | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const entries = Object.entries(stored)
    .slice(0, MAX_JENIS_CHOICES)
    .filter(
      (entry): entry is [string, Akumulasi] =>
        typeof entry[1] === 'string' && Object.hasOwn(JENIS_NAMES, entry[1]),
    );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The settings with the user's jenis choices replaced; none left means none stored. */
export function withJenis(
  settings: ValidationSettings,
  jenis: Readonly<Record<string, Akumulasi>>,
): ValidationSettings {
  const next: ValidationSettings = { ...settings, jenis };
  if (Object.keys(jenis).length === 0) delete next.jenis;
  return next;
}
