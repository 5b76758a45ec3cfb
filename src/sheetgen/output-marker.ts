/**
 * The one marker of a sheet the add-in wrote (DOMAIN §9: outputs are not the staff's input): a
 * hidden workbook-level name `_lkj_output_<generator>_<n>` referring to the sheet's A1. A name
 * survives every host (Excel, .xlsx copies, LibreOffice), follows the sheet when it is renamed,
 * and turns into `#REF!` when the sheet is deleted, so a stale marker marks nothing.
 */
import { sheetReference, type SheetSpec } from './sheet-spec';
import type { Generator } from './generator';
import type { Steps } from '../core/steps';

const PREFIX = '_lkj_output_';
const MARKER = /^_lkj_output_([a-z]+)_\d+$/i;
/** `'Tabel LKj'!$A$1` or `Data!$A$1`, with or without the leading `=` Office.js gives. */
const REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^'!#=][^'!]*))!\$A\$1$/;

/** A sheet by its name, and the generator that wrote it when it carries a marker. */
export interface NamedSheet {
  readonly name: string;
  readonly generatedBy?: string;
}

export interface OutputMarker {
  /** The defined name. */
  name: string;
  generator: string;
  sheet: string;
}

export const isMarkerName = (name: string): boolean => name.startsWith(PREFIX);

/** The marker a defined name and its formula make, if they are one and its sheet still exists. */
export function readMarker(name: string, formula: string): OutputMarker | undefined {
  const generator = MARKER.exec(name)?.[1];
  const reference = REFERENCE.exec(formula.trim());
  if (generator === undefined || !reference) return undefined;
  const sheet = reference[1] === undefined ? reference[2] : reference[1].replace(/''/g, "'");
  return { name, generator: generator.toLowerCase(), sheet };
}

/** A new marker's name for `generator`, not among `taken` (compared as Excel does, ignoring case). */
export function markerName(generator: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${PREFIX}${generator}_${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** What a marker refers to: the sheet's first cell. */
export const markerReference = (sheet: string): string => sheetReference(sheet, '$A$1');

/**
 * The sheet a new output of `generator` named `name` replaces: the one of that name the same
 * generator wrote. A sheet of that name without the marker is the staff's and is never replaced.
 */
export function replacedSheet(
  generator: string,
  name: string,
  sheets: readonly NamedSheet[],
): string | undefined {
  const lower = name.toLowerCase();
  return sheets.find(
    (sheet) => sheet.generatedBy === generator && sheet.name.toLowerCase() === lower,
  )?.name;
}

/**
 * The marker of the earlier output the sheet of `spec` replaces, among the workbook's markers as
 * they are when it is written: the sheet of the spec's name the same generator wrote. Matched
 * by name rather than by `output.replaces`, so that a layout made from a workbook read before
 * the last write (the pane writing twice without reading again) still replaces, never adds.
 */
export function replacedMarker(
  { name, output }: SheetSpec,
  markers: readonly OutputMarker[],
): OutputMarker | undefined {
  const lower = name.toLowerCase();
  return output === undefined
    ? undefined
    : markers.find(
        (marker) => marker.generator === output.generator && marker.sheet.toLowerCase() === lower,
      );
}

/** What the user is told when a sheet replaced the one the add-in wrote earlier. */
export const replacedNote = (name: string): string =>
  `Sheet "${name}" menggantikan sheet "${name}" yang dibuat sebelumnya oleh add-in.`;

/**
 * The generator's sheet for `plan`, laid out (in its steps) under the name its earlier output had
 * (which it replaces) and marked as its output: every face lays a generator's sheet out through
 * this.
 */
export function* outputSheet<Plan, Options>(
  generator: Generator<Plan, Options>,
  plan: Plan,
  sheets: readonly NamedSheet[],
  options: Options,
): Steps<SheetSpec> {
  const replaces = replacedSheet(generator.id, generator.sheetName(plan), sheets);
  const names = sheets.map((sheet) => sheet.name).filter((name) => name !== replaces);
  const spec = yield* generator.layout(plan, names, options);
  return { ...spec, output: { generator: generator.id, ...(replaces ? { replaces } : {}) } };
}
