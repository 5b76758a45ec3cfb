/** Text helpers for table detection: cell text, and recognising numbers and years in it. */
import type { Cell } from './model';

/** Longest cell text that is still looked at as a header word. */
export const MAX_HEADER_TEXT = 200;

/** Cell value as trimmed text; empty string for empty, whitespace-only or non-text values. */
export function textOf(value: Cell['value']): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

/** True when the value holds something (whitespace-only text counts as empty). */
export function isFilled(value: Cell['value']): boolean {
  if (value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

const NUMBER_LIKE = /^\(?-?\s*(?:rp\.?\s*)?[\d.,\s]*\d[\d.,\s]*%?\s*\)?(?:,-)?$/i;

/** A number, or text that reads as one (`95,23`, `Rp. 1.500.000`, `93,54 %`). */
export function isNumberLike(value: Cell['value']): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && value.length <= 40 && NUMBER_LIKE.test(value.trim());
}

/** Every year (1900–2100) written in the text, in order. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(/(?<!\d)(19\d\d|20\d\d|2100)(?!\d)/g))
    years.push(Number(match[1]));
  return years;
}

/** A cell that is nothing but a year: `2023`, `Tahun 2023`, or the number 2023. */
export function pureYear(value: Cell['value']): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1900 && value <= 2100 ? value : undefined;
  }
  if (typeof value !== 'string' || value.length > 16) return undefined;
  const match = /^(?:tahun\s*)?((?:19|20)\d\d)$/i.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}
