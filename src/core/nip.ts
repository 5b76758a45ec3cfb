/**
 * NIP of a PNS (DOMAIN section 7): 18 digits, `YYYYMMDD` birth date · `YYYYMM` TMT CPNS ·
 * `1`/`2` sex · `NNN` sequence. Spaces are ignored.
 */

export interface NipReading {
  valid: boolean;
  /** Why the NIP is impossible (Bahasa Indonesia). */
  reason?: string;
  /** The NIP without spaces or prefix. */
  digits: string;
  birthDate?: { year: number; month: number; day: number };
  tmt?: { year: number; month: number };
  sex?: 'Laki-laki' | 'Perempuan';
}

const NIP_LENGTH = 18;
/** Years a serving PNS can have been born in or appointed in; beyond them a digit slipped. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;
/** CPNS are at least 18 years old when appointed (PP 11/2017). */
const MIN_AGE_MONTHS = 18 * 12;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function readNip(text: string): NipReading {
  const digits = text.replace(/\s+/g, '').replace(/^nip\.?:?/i, '');
  const invalid = (reason: string): NipReading => ({ valid: false, reason, digits });
  if (!/^\d*$/.test(digits)) return invalid('NIP hanya boleh berisi angka');
  if (digits.length !== NIP_LENGTH) {
    return invalid(`NIP berisi ${digits.length} digit, seharusnya ${NIP_LENGTH}`);
  }
  const part = (from: number, to: number): number => Number(digits.slice(from, to));
  const birth = { year: part(0, 4), month: part(4, 6), day: part(6, 8) };
  const birthText = `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`;
  if (
    birth.year < FIRST_YEAR ||
    birth.year > LAST_YEAR ||
    birth.month < 1 ||
    birth.month > 12 ||
    birth.day < 1 ||
    birth.day > daysInMonth(birth.year, birth.month)
  ) {
    return invalid(`tanggal lahir ${birthText} (digit 1–8) tidak mungkin`);
  }
  const tmt = { year: part(8, 12), month: part(12, 14) };
  const tmtText = `${tmt.year}-${pad(tmt.month)}`;
  if (tmt.year < FIRST_YEAR || tmt.year > LAST_YEAR || tmt.month < 1 || tmt.month > 12) {
    return invalid(`TMT CPNS ${tmtText} (digit 9–14) tidak mungkin`);
  }
  if (tmt.year * 12 + tmt.month - (birth.year * 12 + birth.month) < MIN_AGE_MONTHS) {
    return invalid(`TMT CPNS ${tmtText} kurang dari 18 tahun setelah lahir ${birthText}`);
  }
  const sexDigit = digits[14];
  if (sexDigit !== '1' && sexDigit !== '2') {
    return invalid(`digit jenis kelamin (ke-15) bernilai ${sexDigit}; harus 1 atau 2`);
  }
  return {
    valid: true,
    digits,
    birthDate: birth,
    tmt,
    sex: sexDigit === '1' ? 'Laki-laki' : 'Perempuan',
  };
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's date serial (1900 system, including its phantom 29 February 1900). */
export function excelSerial(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}
