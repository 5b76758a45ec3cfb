/**
 * A column whose cells are mostly text that is no number is not a numeric column, whatever its
 * header says (a list whose data rows read "ANGGARAN …"): it becomes `lain`, and the table's kind
 * is decided again. Excel Tables are taken as they are.
 */
import { readAngka } from '../../../core/angka';
import { NUMERIC_ROLES } from '../../table-types';
import { setRole, type BodyRule } from '../rule';

/** Text cells a numeric column may hold before it is read as a text column (labels, notes). */
const MIN_WORDS_TO_DEMOTE = 3;

export const wordsInNumbers: BodyRule = {
  id: 'kolom-berisi-kata',
  description:
    'Kolom angka (target, realisasi, pagu …) yang selnya kebanyakan kata, bukan angka, ' +
    'menjadi "lain".',
  apply(table, grid) {
    if (table.excelTable !== undefined) return false;
    let demoted = false;
    for (const column of table.columns) {
      if (!NUMERIC_ROLES.has(column.role)) continue;
      let numbers = 0;
      let words = 0;
      const rows = table.dataRows;
      // Read until the words can no longer outnumber the numbers: a column of amounts is read
      // halfway, the same verdict for half the reading.
      for (let r = 0; r < rows.length && numbers < words + rows.length - r; r++) {
        const value = grid.sheet.value(rows[r], column.col);
        if (typeof value === 'number') numbers++;
        else if (typeof value === 'string' && value.trim() !== '') {
          const angka = readAngka(value);
          if (angka.value !== null || angka.nil) numbers++;
          else words++;
        }
      }
      if (words >= MIN_WORDS_TO_DEMOTE && words > numbers) {
        setRole(column, 'lain', this, table.why);
        demoted = true;
      }
    }
    return demoted;
  },
};
