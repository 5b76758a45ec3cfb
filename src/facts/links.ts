/**
 * A number as a generated sheet shows it: a link to the workbook's cell where a formula can read
 * that cell (so a changed source flows through), else the value as a constant.
 */
import type { ModelReader, TargetReading } from '../workbook/cells';
import type { CellRef } from '../workbook/model';
import type { SourcedValue } from './indicator-facts';

export interface CellLinkValue {
  /** In the units the staff mean; null when unknown. */
  value: number | null;
  /** The workbook cell a formula refers to; absent when written as a constant (or unknown). */
  ref?: CellRef;
  reading?: TargetReading;
}

/** The cell's number as a sheet shows it. */
export function linkAt(reader: ModelReader, ref: CellRef): CellLinkValue {
  const found = reader.number(ref);
  if (found === null) return { value: null };
  return found.reading === 'constant'
    ? { value: found.value }
    : { value: found.value, ref, reading: found.reading };
}

/** A value the facts chose, as a sheet shows it (a value computed from components: a constant). */
export function linkOf(value: SourcedValue | undefined): CellLinkValue {
  if (!value) return { value: null };
  return value.cell && value.reading && value.reading !== 'constant'
    ? { value: value.value, ref: value.cell, reading: value.reading }
    : { value: value.value };
}
