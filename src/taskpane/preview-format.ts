/** How the read-only preview shows a cell: close to what Excel shows, in Indonesian notation. */
import { formatAngka } from '../core/angka';
import type { Cell } from '../workbook/model';
import { numberFormatEffect } from '../workbook/number-format';

export function displayText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const { value, numFmt } = cell;
  if (typeof value === 'number') {
    const { percent, decimals } = numberFormatEffect(numFmt);
    if (percent) return `${formatAngka(value * 100, decimals)}%`;
    const text = formatAngka(value, decimals);
    // formatAngka groups thousands with dots; Excel does only when the format asks (`#,##0`),
    // so a year stays 2023 rather than 2.023.
    return numFmt && /[#0],[#0]/.test(numFmt) ? text : text.replace(/\./g, '');
  }
  // As Excel shows them in Indonesian.
  if (typeof value === 'boolean') return value ? 'BENAR' : 'SALAH';
  return value ?? '';
}
