/**
 * Native Excel formulas every generated sheet writes (`,` separators, English names, nothing an
 * add-in supplies), so a sheet computes in Excel without the add-in and in LibreOffice.
 */
import type { Arah } from '../core/capaian';
import type { TargetReading } from '../workbook/cells';
import type { CellRef } from '../workbook/model';
import { toA1 } from '../workbook/model';
import { sheetReference } from './sheet-spec';

/**
 * `IF(OR(E6="",F6=""),"",then)`: an input left empty gives an empty result (or `otherwise`),
 * not #DIV/0!.
 */
export function unlessEmpty(cells: string[], then: string, otherwise = '""'): string {
  const tests = cells.map((cell) => `${cell}=""`);
  const condition = tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
  return `IF(${condition},${otherwise},${then})`;
}

/** Capaian of `hasil` against `target` (any two cells, also of another sheet) with the arah. */
export function capaianOf(arah: Arah, hasil: string, target: string): string {
  const formula =
    arah === 'turun' ? `(2*${target}-${hasil})/${target}*100` : `${hasil}/${target}*100`;
  return unlessEmpty([hasil, target], formula);
}

/**
 * Target as a reference to the workbook's cell, so a changed target flows through. Text such as
 * `95,23` is read with NUMBERVALUE and its separators given, which does not depend on the
 * computer's regional settings (VALUE would).
 */
export function targetFormula(ref: CellRef, reading: TargetReading): string {
  const cell = sheetReference(ref.sheet, toA1(ref.row, ref.col));
  switch (reading) {
    case 'number':
      return cell;
    case 'percent-format':
      return `${cell}*100`;
    case 'text':
      return `NUMBERVALUE(${cell},",",".")`;
    case 'text-percent':
      return `NUMBERVALUE(${cell},",",".")*100`;
  }
}
