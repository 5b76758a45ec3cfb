/** Reads the addresses Office.js hands back. */
import { fromA1, type CellRange } from '../../workbook/model';

const RANGE_REF = /^\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?$/i;

/**
 * The areas of a RangeAreas address such as `Sheet1!A1:B2, Sheet1!D4:E4`. Only the part after
 * each area's last `!` is read, so sheet names with spaces, commas or quotes do not matter.
 */
export function mergedAreas(address: string): CellRange[] {
  const areas: CellRange[] = [];
  for (const part of address.split(',')) {
    const ref = part.slice(part.lastIndexOf('!') + 1).trim();
    if (!RANGE_REF.test(ref)) continue;
    const [first, last = first] = ref.split(':');
    const a = fromA1(first);
    const b = fromA1(last);
    areas.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return areas;
}
