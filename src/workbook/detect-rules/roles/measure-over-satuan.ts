/**
 * A Renja form's unit cell (`K`) merged over two columns of one numbered group, the first holding
 * the Satuan words (`persen`, `POIN`) and the second the numbers (the Tabel 2.2 RKPD layout): the
 * measure belongs to the column of numbers, and the equations that took the first column of the
 * measure for an operand take the column of numbers instead.
 */
import type { EquationNode } from '../../table-types';
import { setRole, type BodyRule } from '../rule';
import { wordsAndNumbers } from './form-satuan';

export const measureOverSatuan: BodyRule = {
  id: 'satuan-di-bawah-k',
  description:
    'Sel K yang digabung di atas kolom satuan (kata) dan kolom angka bernomor sama: ukuran K ' +
    'milik kolom angka, kolom kata menjadi satuan, dan persamaan memakai kolom angka.',
  apply(table, grid) {
    if (table.kind !== 'renja') return false;
    for (const words of table.columns) {
      if (words.measure === undefined || words.number === undefined) continue;
      const numbers = table.columns.find(
        (c) => c.col === words.col + 1 && c.number === words.number && c.measure === undefined,
      );
      if (!numbers) continue;
      const inWords = wordsAndNumbers(table, grid, words.col);
      const inNumbers = wordsAndNumbers(table, grid, numbers.col);
      if (inWords.words <= inWords.numbers || inNumbers.numbers <= inNumbers.words) continue;
      numbers.measure = words.measure;
      delete words.measure;
      setRole(words, 'satuan', this, table.why);
      for (const equation of table.equations) {
        equation.expression = moved(equation.expression, words.col, numbers.col);
      }
    }
    return false;
  },
};

function moved(node: EquationNode, from: number, to: number): EquationNode {
  if (node.type === 'column') return node.col === from ? { type: 'column', col: to } : node;
  if (node.type === 'number') return node;
  return { ...node, left: moved(node.left, from, to), right: moved(node.right, from, to) };
}
