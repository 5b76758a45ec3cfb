/** How the read-only preview shows a cell: close to what Excel shows, in Indonesian notation. */
import { formatAngka } from '../core/angka';
import type { Cell } from '../workbook/model';

export function displayText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const { value, numFmt } = cell;
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return `${formatAngka(value * 100, decimalsOf(numFmt))}%`;
    const text = formatAngka(value, numFmt ? decimalsOf(numFmt) : undefined);
    // formatAngka groups thousands with dots; Excel does only when the format asks (`#,##0`),
    // so a year stays 2023 rather than 2.023.
    return numFmt && /[#0],[#0]/.test(numFmt) ? text : text.replace(/\./g, '');
  }
  // As Excel shows them in Indonesian.
  if (typeof value === 'boolean') return value ? 'BENAR' : 'SALAH';
  return value ?? '';
}

/** Decimal places of a format such as `0.00%` or `#,##0.0`; undefined when it states none. */
function decimalsOf(numFmt: string): number | undefined {
  const match = /\.(0+)/.exec(numFmt);
  if (match) return match[1].length;
  return /[0#]/.test(numFmt) ? 0 : undefined;
}
