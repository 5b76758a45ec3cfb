/** Indonesian number words, as written on receipts and in the LKj budget narrative. */
import { decimalsOf, formatAngka } from './angka';
import { LkjError } from './errors';

const DIGITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
/** Scale words for each group of three digits, lowest first. */
const SCALE_WORDS = ['', 'ribu', 'juta', 'miliar', 'triliun'];
const LIMIT = 1e15; // up to 999 triliun

function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(DIGITS[hundreds], 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(DIGITS[rest % 10], 'belas');
  else {
    if (rest >= 20) words.push(DIGITS[Math.floor(rest / 10)], 'puluh');
    if (rest % 10 > 0) words.push(DIGITS[rest % 10]);
  }
  return words;
}

/** Excel keeps 15 significant digits; past them is binary noise of a formula (`=1,15*100`). */
const EXCEL_DIGITS = 15;

/**
 * `2486022481` → `dua miliar empat ratus delapan puluh enam juta … satu`; whole numbers only:
 * words on a receipt must say the amount exactly, so a fraction is refused, never rounded.
 */
export function terbilang(number: number, rupiah = false): string {
  const n = Number(number.toPrecision(EXCEL_DIGITS));
  if (!Number.isInteger(n)) {
    throw new LkjError(
      '#VALUE!',
      `terbilang hanya untuk bilangan bulat, bukan ${formatAngka(n, decimalsOf(n))}; bulatkan dulu`,
    );
  }
  if (Math.abs(n) >= LIMIT) {
    throw new LkjError('#NUM!', 'terbilang hanya sampai 999 triliun');
  }
  const words: string[] = [];
  let rest = Math.abs(n);
  for (let scale = SCALE_WORDS.length - 1; scale >= 0; scale--) {
    const unit = 1000 ** scale;
    const group = Math.floor(rest / unit);
    rest -= group * unit;
    if (group === 0) continue;
    if (group === 1 && scale === 1) words.push('seribu');
    else words.push(...belowThousand(group), SCALE_WORDS[scale]);
  }
  const spoken = words.length === 0 ? 'nol' : words.filter((word) => word !== '').join(' ');
  return `${n < 0 ? 'minus ' : ''}${spoken}${rupiah ? ' rupiah' : ''}`;
}
