/**
 * A command-line argument read as Indonesian Excel reads what is typed into a cell: `1.050` is
 * one thousand and fifty (dots group thousands), `95,23` and `95.23` are ninety-five point
 * twenty-three (a dot that cannot be grouping is read as a decimal point, as the validator does).
 */
import { readAngka } from '../core/angka';

/** Digits with dots and commas, optionally signed: what a number typed into a cell looks like. */
const NUMBER_LIKE = /^[+-]?(\d|[.,]\d)[\d.,]*$/;

/** The number the text means, or null when it is not a plain number (text, `Rp …`, `95 %`). */
export function indonesianNumber(text: string): number | null {
  return NUMBER_LIKE.test(text) ? readAngka(text).value : null;
}
