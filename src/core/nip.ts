/**
 * NIP of a PNS (DOMAIN section 7): 18 digits, `YYYYMMDD` birth date · `YYYYMM` TMT CPNS ·
 * `1`/`2` sex · `NNN` sequence. Spaces are ignored. The Nomor Induk PPPK has the same length, but
 * digits 9–12 are the year of appointment and 13–14 a contract or cohort code (`21`, `24`), not a
 * month.
 */

export interface NipReading {
  valid: boolean;
  /** Why the NIP is impossible (Bahasa Indonesia). */
  reason?: string;
  /** The NIP without spaces or prefix. */
  digits: string;
  birthDate?: { year: number; month: number; day: number };
  tmt?: { year: number; month: number };
  /** An NI PPPK: the year of appointment and the code after it, instead of a TMT CPNS. */
  pppk?: { year: number; code: number };
  sex?: 'Laki-laki' | 'Perempuan';
}

const NIP_LENGTH = 18;
/** Years a serving PNS can have been born in or appointed in; beyond them a digit slipped. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;
/** CPNS are at least 18 years old when appointed (PP 11/2017). */
const MIN_AGE_MONTHS = 18 * 12;
/** PPPK exist since UU 5/2014: an earlier year with a code over 12 is a TMT CPNS typed wrong. */
const FIRST_PPPK_YEAR = 2014;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * `pppk`: the holder is known to be PPPK (a status column, a golongan above IV), so digits 9–14
 * are read as an NI PPPK whatever their value; otherwise only where digits 13–14 exceed 12.
 */
export function readNip(text: string, pppk = false): NipReading {
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
  const sexDigit = digits[14];
  const sex = sexDigit === '1' ? 'Laki-laki' : sexDigit === '2' ? 'Perempuan' : undefined;
  const badSex = `digit jenis kelamin (ke-15) bernilai ${sexDigit}; harus 1 atau 2`;
  if (pppk || (tmt.month > 12 && tmt.year >= FIRST_PPPK_YEAR && tmt.year <= LAST_YEAR)) {
    if (tmt.year < FIRST_PPPK_YEAR || tmt.year > LAST_YEAR) {
      return invalid(`tahun pengangkatan PPPK ${tmt.year} (digit 9–12) tidak mungkin`);
    }
    if (!sex) return invalid(badSex);
    return {
      valid: true,
      digits,
      birthDate: birth,
      pppk: { year: tmt.year, code: tmt.month },
      sex,
    };
  }
  const tmtText = `${tmt.year}-${pad(tmt.month)}`;
  if (tmt.year < FIRST_YEAR || tmt.year > LAST_YEAR || tmt.month < 1 || tmt.month > 12) {
    return invalid(`TMT CPNS ${tmtText} (digit 9–14) tidak mungkin`);
  }
  if (tmt.year * 12 + tmt.month - (birth.year * 12 + birth.month) < MIN_AGE_MONTHS) {
    return invalid(`TMT CPNS ${tmtText} kurang dari 18 tahun setelah lahir ${birthText}`);
  }
  if (!sex) return invalid(badSex);
  return { valid: true, digits, birthDate: birth, tmt, sex };
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's date serial (1900 system, including its phantom 29 February 1900). */
export function excelSerial(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}
