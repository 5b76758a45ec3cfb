/**
 * The column-role rules, in the order they run: header rules read each column's header (the
 * first that answers decides); head rules settle roles once the header's numbering and unit rows
 * are read; body rules settle them from the cells once the body is known.
 */
import { normalize } from '../lexicon';
import type { SheetGrid } from '../../detect-grid';
import type {
  BodyRule,
  Head,
  HeadRule,
  HeaderMeaning,
  HeaderRule,
  Rule,
  TracedTable,
} from '../rule';
import { amountList } from './amount-list';
import { formSatuan } from './form-satuan';
import { headerGroup } from './header-group';
import { headerRealisasiAnggaran } from './header-realisasi-anggaran';
import { headerRupiah } from './header-rupiah';
import { headerWords } from './header-words';
import { measureOverSatuan } from './measure-over-satuan';
import { percentAfterRealisasi } from './percent-after-realisasi';
import { quarterUnderMeasure } from './quarter-under-measure';
import { ratioEquation } from './ratio-equation';
import { realisasiBesidePagu } from './realisasi-beside-pagu';
import { rupiahMeasure } from './rupiah-measure';
import { surveyColumns } from './survey-columns';
import { unsurSkm } from './unsur-skm';
import { wordsInNumbers } from './words-in-numbers';

export const HEADER_RULES: readonly HeaderRule[] = [
  unsurSkm,
  headerRupiah,
  headerRealisasiAnggaran,
  quarterUnderMeasure,
  headerWords,
  headerGroup,
];

export const HEAD_RULES: readonly HeadRule[] = [
  // First: the rules after it see the columns of a table that is no survey as `lain`.
  surveyColumns,
  amountList,
  rupiahMeasure,
  realisasiBesidePagu,
  percentAfterRealisasi,
  ratioEquation,
];

export const BODY_RULES: readonly BodyRule[] = [formSatuan, measureOverSatuan, wordsInNumbers];

export const ROLE_RULES: readonly Rule[] = [...HEADER_RULES, ...HEAD_RULES, ...BODY_RULES];

/**
 * Meaning of a column from its header parts, top (group) to bottom (leaf), as written, with the
 * id of the rule that decided it (none when nothing is known: the column is `lain`).
 */
export function meaningOf(parts: readonly string[]): HeaderMeaning & { rule?: string } {
  const normal = parts.map(normalize).filter((part) => part !== '');
  const header = {
    parts,
    normal,
    leaf: normal[normal.length - 1] ?? '',
    groups: normal.slice(0, -1),
  };
  for (const rule of HEADER_RULES) {
    const meaning = rule.apply(header);
    if (meaning) return { ...meaning, rule: rule.id };
  }
  return { role: 'lain' };
}

/** Runs the head rules in order. */
export function settleRoles(head: Head): void {
  for (const rule of HEAD_RULES) rule.apply(head);
}

/** Runs the body rules in order; true when one of them asks for the kind to be decided again. */
export function settleBodyRoles(table: TracedTable, grid: SheetGrid): boolean {
  let again = false;
  for (const rule of BODY_RULES) again = rule.apply(table, grid) || again;
  return again;
}
