/**
 * Numbers as Indonesian staff write them (DOMAIN section 2): decimal comma, dots grouping
 * thousands, `Rp` marks, percent signs, accounting parentheses. The reader is a single pass over
 * the characters because it runs once per cell of every table the validator reads.
 */

export interface AngkaReading {
  /** The number meant, or null when there is none (empty, `-`, `N/A`, unreadable). */
  value: number | null;
  /** The input was text (a number stored as text: `angka-teks`). */
  fromText: boolean;
  /** The text carried a percent sign; the value stays in percent units (`93,54 %` is 93.54). */
  percent: boolean;
  /** The text was `-`, the accounting way of writing nil. */
  nil: boolean;
  /** Read only by guessing (bad grouping, English format): `angka-format`. */
  guessed: boolean;
  /** Digits after the decimal separator as written (`95,23` has 2). */
  decimals: number;
  /** Why the text could not be read, or what was guessed (Bahasa Indonesia). */
  problem?: string;
}

const DOT = 1;
const COMMA = 2;
/** Up to this many digits an integer mantissa divided by a power of ten is exactly `Number(text)`. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

function reading(
  value: number | null,
  fromText: boolean,
  decimals = 0,
  problem?: string,
): AngkaReading {
  const result: AngkaReading = {
    value,
    fromText,
    percent: false,
    nil: false,
    guessed: false,
    decimals,
  };
  if (problem !== undefined) result.problem = problem;
  return result;
}

/** Digits after the decimal point of a stored number, as JavaScript writes it shortest. */
export function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(n);
  const exponent = text.indexOf('e');
  const mantissa = exponent < 0 ? text : text.slice(0, exponent);
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, fraction - (exponent < 0 ? 0 : Number(text.slice(exponent + 1))));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 160 || code === 9 || code === 0x202f;
}

/** Reads a cell value or argument as a number. Never throws. */
export function readAngka(input: unknown): AngkaReading {
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? reading(input, false, decimalsOf(input))
      : reading(null, false, 0, 'bukan angka terhingga');
  }
  if (typeof input === 'string') return readText(input);
  if (input === null || input === undefined) return reading(null, false);
  if (typeof input === 'boolean') {
    return reading(null, false, 0, `nilai logika (${input ? 'TRUE' : 'FALSE'}), bukan angka`);
  }
  return reading(null, false, 0, 'bukan angka');
}

const DASHES = new Set(['-', '--', '–', '—']);
const NOT_AVAILABLE = new Set(['n/a', '#n/a']);

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isMinus(code: number): boolean {
  return code === 45 /* - */ || code === 0x2212; /* − */
}

function readText(raw: string): AngkaReading {
  const text = raw.trim();
  if (text === '' || NOT_AVAILABLE.has(text.toLowerCase())) return reading(null, text !== '');
  if (DASHES.has(text)) {
    const result = reading(null, true);
    result.nil = true;
    return result;
  }
  let start = 0;
  let end = text.length;
  let negative = false;
  if (text.charCodeAt(0) === 40 /* ( */ && text.charCodeAt(end - 1) === 41 /* ) */) {
    negative = true; // accounting negative `(1.500.000)`
    start++;
    end--;
  }
  // An optional sign and currency mark, in either order: `-Rp 5.000`, `Rp. -5.000`.
  start = skipSpaces(text, start, end);
  let signed = isMinus(text.charCodeAt(start)) || text.charCodeAt(start) === 43;
  if (signed) negative = negative !== isMinus(text.charCodeAt(start++));
  start = skipSpaces(text, start, end);
  if ((text.charCodeAt(start) | 32) === 114 && (text.charCodeAt(start + 1) | 32) === 112) {
    start += text.charCodeAt(start + 2) === 46 ? 3 : 2;
    start = skipSpaces(text, start, end);
    signed = !signed && (isMinus(text.charCodeAt(start)) || text.charCodeAt(start) === 43);
    if (signed) negative = negative !== isMinus(text.charCodeAt(start++));
  }
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const percent = text.charCodeAt(end - 1) === 37; /* % */
  if (percent) {
    end--;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }
  const dashCode = text.charCodeAt(end - 2);
  if (end - start > 2 && text.charCodeAt(end - 1) === 45 && (dashCode === 44 || dashCode === 46)) {
    end -= 2; // `2.486.022.481,-`
  }

  let mantissa = 0;
  let firstDigit = -1;
  let digits = 0;
  let groupLength = 0;
  let firstGroup = -1;
  let firstKind = 0;
  let lastKind = 0;
  let dots = 0;
  let commas = 0;
  let kindChanges = 0;
  let irregularMiddle = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const digit = code - 48;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      if (digits++ === 0) firstDigit = digit;
      groupLength++;
      continue;
    }
    const kind = code === 46 ? DOT : code === 44 ? COMMA : 0;
    if (kind === 0 || groupLength === 0) return unreadable(raw, `teks "${raw}" bukan angka`);
    if (firstKind === 0) {
      firstKind = kind;
      firstGroup = groupLength;
    } else {
      if (groupLength !== 3) irregularMiddle = true;
      if (kind !== lastKind) kindChanges++;
    }
    if (kind === DOT) dots++;
    else commas++;
    lastKind = kind;
    groupLength = 0;
  }
  if (digits === 0 || groupLength === 0) return unreadable(raw, `teks "${raw}" bukan angka`);

  // Decide what the separators mean; `fraction` is how many trailing digits are decimals.
  let fraction = 0;
  let guess: 'grouping' | 'english' | undefined;
  if (firstKind === 0) {
    fraction = 0;
  } else if (commas === 0) {
    if (dots === 1 && (groupLength !== 3 || (firstDigit === 0 && firstGroup === 1))) {
      fraction = groupLength; // `95.23`, `0.500`: a decimal point
    } else if (irregularMiddle || groupLength !== 3) {
      return unreadable(raw, `pengelompokan ribuan pada "${raw}" tidak teratur`);
    } else if (firstGroup > 3) {
      guess = 'grouping'; // `1923.283.100`
    }
  } else if (dots === 0) {
    if (commas === 1) fraction = groupLength;
    else if (irregularMiddle || groupLength !== 3) {
      return unreadable(raw, `pengelompokan ribuan pada "${raw}" tidak teratur`);
    } else guess = 'english'; // `2,486,022,481`
  } else if (kindChanges === 1 && lastKind === COMMA && commas === 1) {
    if (irregularMiddle) return unreadable(raw, `pengelompokan ribuan pada "${raw}" tidak teratur`);
    fraction = groupLength;
    if (firstGroup > 3) guess = 'grouping';
  } else if (kindChanges === 1 && lastKind === DOT && dots === 1 && !irregularMiddle) {
    fraction = groupLength;
    guess = 'english'; // `1,554,001.45`
  } else {
    return unreadable(raw, `pemisah titik dan koma pada "${raw}" tidak dapat dibaca`);
  }

  let value =
    digits <= EXACT_DIGITS
      ? mantissa / POWERS_OF_TEN[fraction]
      : slowValue(text, start, end, fraction);
  if (negative && value !== 0) value = -value;
  const result = reading(value, true, fraction);
  result.percent = percent;
  if (guess !== undefined) {
    result.guessed = true;
    result.problem =
      guess === 'grouping'
        ? `pengelompokan ribuan pada "${raw}" tidak baku; dibaca sebagai ${formatAngka(value, fraction)}`
        : `"${raw}" memakai format Inggris (koma pemisah ribuan); dibaca sebagai ${formatAngka(value, fraction)}`;
  }
  return result;
}

/** More digits than a double holds exactly: let the engine round the decimal text once. */
function slowValue(text: string, start: number, end: number, fraction: number): number {
  let all = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) all += text[i];
  }
  const whole = all.slice(0, all.length - fraction);
  return Number(fraction > 0 ? `${whole}.${all.slice(all.length - fraction)}` : whole);
}

function unreadable(raw: string, problem: string): AngkaReading {
  return reading(null, raw.length > 0, 0, problem);
}

/**
 * Writes a number the Indonesian way: `95,23`, `2.486.022.481`, `-1.500.000`. Without
 * `decimals`, rounds to at most two decimals and drops trailing zeros.
 */
export function formatAngka(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const places = decimals === undefined ? 2 : Math.min(20, Math.max(0, Math.trunc(decimals)));
  const magnitude = Math.abs(value);
  let fixed =
    magnitude < 1e21
      ? magnitude.toFixed(places)
      : BigInt(magnitude).toString() + (places > 0 ? `.${'0'.repeat(places)}` : '');
  if (decimals === undefined && fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  const fractionDigits = dot < 0 ? '' : fixed.slice(dot + 1);
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3) {
    grouped = whole.slice(Math.max(0, i - 3), i) + (grouped === '' ? '' : `.${grouped}`);
  }
  const sign = value < 0 && /[1-9]/.test(fixed) ? '-' : '';
  return sign + grouped + (fractionDigits === '' ? '' : `,${fractionDigits}`);
}
