/**
 * Why an Excel error value is there, and the formula that avoids it. For `#DIV/0!` the divisors
 * the formula names as single cells are looked up: one that is empty or 0 is the cause, and the
 * guard `IF(OR(C5="",C5=0),"",…)` around the formula as it was shows nothing until it is filled.
 * Where no such divisor explains it (a divisor computed inside the formula, a cell of another
 * workbook), only the error's meaning is told: IFERROR would hide every later error too, a
 * `#REF!` as well, so it is never proposed.
 */
import { outsideQuotes } from '../workbook/formula-text';
import type { Cell } from '../workbook/model';

export interface CellContext {
  /** The sheet the formula is on: its unqualified references are there. */
  sheet: string;
  /** The cell at a sheet and address: undefined when empty, null when there is no such sheet. */
  cellAt(sheet: string, address: string): Cell | undefined | null;
}

/** What each error value means, in the words of a staff member. */
const MEANINGS: Record<string, string> = {
  '#DIV/0!': 'pembagian dengan nol atau dengan sel kosong; periksa pembagi di rumus',
  '#REF!': 'rumus merujuk sel atau sheet yang sudah dihapus; tulis ulang rujukannya',
  '#VALUE!': 'rumus menghitung dengan teks atau nilai yang bukan angka; periksa sel yang dirujuk',
  '#N/A': 'nilai yang dicari (misalnya dengan VLOOKUP) tidak ditemukan',
  '#NAME?': 'nama fungsi atau nama rentang di rumus tidak dikenal (salah ketik?)',
  '#NUM!': 'hasil atau argumen rumus bukan angka yang sah',
  '#NULL!': 'dua rentang di rumus tidak berpotongan (spasi di antara rentang)',
};

/** Strings and quoted sheet names, which a division sign inside of divides nothing. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;

/** `/ C5`, `/$C$5`, `/'PK 2023'!D6`, `/Data!B2`: a single cell after a division sign. */
const DIVISOR = /\/\s*((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?![\w(:!.])/g;

export interface ErrorCause {
  /** Why, and what to type (Bahasa Indonesia). */
  message: string;
  /** The guarded formula (without `=`), where the cause is certain. */
  formula?: string;
}

export function errorCause(
  error: string,
  formula: string | undefined,
  context: CellContext,
): ErrorCause {
  const meaning = MEANINGS[error] ?? 'nilai galat Excel; periksa rumus dan sel yang dirujuknya';
  if (error !== '#DIV/0!' || formula === undefined) return { message: meaning };
  const causes = emptyDivisors(formula, context);
  if (causes.length === 0) return { message: meaning };
  const conditions = causes.flatMap(({ ref }) => [`${ref}=""`, `${ref}=0`]).join(',');
  const guarded = `IF(OR(${conditions}),"",${formula})`;
  const why = causes.map(({ ref, empty }) => `${ref} ${empty ? 'kosong' : 'bernilai 0'}`);
  return {
    message: `pembagi ${why.join(' dan ')}; isi pembaginya, atau ketik =${localFormula(guarded)} agar sel tetap kosong selama pembaginya kosong atau 0`,
    formula: guarded,
  };
}

/** The single-cell divisors of the formula that are empty or 0 now, each once. */
function emptyDivisors(formula: string, context: CellContext): { ref: string; empty: boolean }[] {
  const masked = formula.replace(QUOTED, (quoted) =>
    quoted.startsWith("'") ? quoted : ' '.repeat(quoted.length),
  );
  const found = new Map<string, boolean>();
  for (const match of masked.matchAll(DIVISOR)) {
    const ref = `${match[1] ?? ''}${match[2]}`;
    if (found.has(ref)) continue;
    const sheet = match[1]
      ? match[1].slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'")
      : context.sheet;
    const cell = context.cellAt(sheet, match[2].replace(/\$/g, ''));
    if (cell === null) continue;
    const value = cell?.value ?? null;
    const empty =
      cell?.error === undefined &&
      (value === null || (typeof value === 'string' && value.trim() === ''));
    if (empty || (cell?.error === undefined && value === 0)) found.set(ref, empty);
  }
  return [...found].map(([ref, empty]) => ({ ref, empty }));
}

/**
 * The formula as typed in an Excel with Indonesian regional settings, which the messages' decimal
 * commas assume: arguments separated by `;`, decimals with a comma (strings and sheet names kept).
 */
export function localFormula(formula: string): string {
  return outsideQuotes(formula, (part) =>
    part.replace(/,/g, ';').replace(/(?<![\w.$])(\d+)\.(\d+)(?![\w.!])/g, '$1,$2'),
  );
}
