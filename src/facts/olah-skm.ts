/**
 * What an SKM processing table built by hand states (SKM.md §4), read once for the checks: per
 * unsur its answers and its Σ, NRR, NRR tertimbang, konversi and mutu cells; the totals beside
 * them; the IKM; the weight its keterangan states; the unit's mutu and kinerja; the population.
 */
import { bobotDikenal, UNSUR_SKM, type BobotSkm } from '../core/skm';
import type { CellNumber } from '../workbook/cell-number';
import { gridOf } from '../workbook/detect-grid';
import { normalize, unsurOfHeader } from '../workbook/detect-rules/lexicon';
import type { Sheet } from '../workbook/model';
import type { DetectedTable, SkmRows, TableColumn } from '../workbook/table-types';

export interface SkmNumber {
  row: number;
  col: number;
  reading: CellNumber;
}

export interface SkmText {
  row: number;
  col: number;
  text: string;
}

export type SkmRowName = 'jumlah' | 'nrr' | 'tertimbang' | 'konversi';

export interface OlahSkmUnsur {
  col: number;
  /** How messages name it: `U3` as the sheet writes it, else the unsur's name. */
  label: string;
  /** The respondents' answer cells, blanks included. */
  answers: SkmNumber[];
  /** The unsur's cell in each processing row the table has. */
  stated: Partial<Record<SkmRowName, SkmNumber>>;
  mutu?: SkmText;
  /** Its NRR in the side table `NO | UNSUR PELAYANAN | NILAI RATA-RATA`, when there is one. */
  rataRata?: SkmNumber;
}

/** A weight the keterangan states (`x 0,111`, `Bobot = 1/9 = 0,1111`). */
export interface BobotTertulis {
  row: number;
  col: number;
  text: string;
  /** Each known weight it names; `1/9 = 0,1111` names both. */
  bobot: BobotSkm[];
  /** It names a weight none of the known conventions is (`x 0,071` of 2004). */
  lain: boolean;
}

export interface OlahSkm {
  table: DetectedTable;
  rows: SkmRows;
  sheet: Sheet;
  unsur: OlahSkmUnsur[];
  /** Answer rows holding at least one answer. */
  respondents: number[];
  /** The row totals right of the unsur columns (Σ all, Σ NRR, Σ NRR tertimbang). */
  totals: Partial<Record<SkmRowName, SkmNumber>>;
  ikm?: SkmNumber;
  bobot?: BobotTertulis;
  mutu?: SkmText;
  kinerja?: SkmText;
}

export interface OlahSkmReader {
  number(sheet: Sheet, row: number, col: number): CellNumber;
  text(sheet: Sheet, row: number, col: number): string;
  sheet(name: string): Sheet;
}

/** Rows under a processing table where its keterangan, mutu and kinerja are looked for. */
const KETERANGAN_ROWS = 20;
/** Columns right of the last unsur where a row's total or the IKM may stand. */
const TOTAL_COLS = 3;

const MUTU_LABEL = /^mutu(?: pelayanan)?(?: unit(?: pelayanan)?)?(?: x)?$/;
const KINERJA_LABEL = /^kinerja(?: unit)?(?: pelayanan)?(?: y)?$/;
/** A stated mutu or kinerja value: a letter, a kinerja label, or both; never a band legend. */
const MUTU_VALUE = /^(?:[a-d](?:\s*\(\s*[a-z ]+\))?|(?:sangat |kurang |tidak )?baik)$/i;
const WEIGHT = /(?:[x×*]\s*|bobot\b[^0-9]*)(1\s*\/\s*9|0[,.]\d+)(?:\s*=\s*(0[,.]\d+))?/gi;

export function olahSkmOf(facts: OlahSkmReader, tables: readonly DetectedTable[]): OlahSkm[] {
  return tables.flatMap((table) => {
    if (table.kind !== 'olah-skm' || !table.skm) return [];
    return [readTable(facts, table, table.skm, tables)];
  });
}

function readTable(
  facts: OlahSkmReader,
  table: DetectedTable,
  rows: SkmRows,
  tables: readonly DetectedTable[],
): OlahSkm {
  const sheet = facts.sheet(table.sheet);
  const at = (row: number, col: number): SkmNumber => ({
    row,
    col,
    reading: facts.number(sheet, row, col),
  });
  const unsurColumns = table.columns.filter((column) => column.role === 'unsur-skm');
  const respondents = table.dataRows.filter((row) =>
    unsurColumns.some((column) => !facts.number(sheet, row, column.col).empty),
  );
  const names: SkmRowName[] = ['jumlah', 'nrr', 'tertimbang', 'konversi'];
  const unsur = unsurColumns.map((column): OlahSkmUnsur => {
    const entry: OlahSkmUnsur = {
      col: column.col,
      label: unsurLabel(column.header, column.unsur),
      answers: respondents.map((row) => at(row, column.col)),
      stated: {},
    };
    for (const name of names) {
      const row = rows[name];
      if (row !== undefined && !facts.number(sheet, row, column.col).empty) {
        entry.stated[name] = at(row, column.col);
      }
    }
    if (rows.mutu !== undefined) {
      const text = facts.text(sheet, rows.mutu, column.col);
      if (text !== '') entry.mutu = { row: rows.mutu, col: column.col, text };
    }
    return entry;
  });
  const last = unsurColumns[unsurColumns.length - 1].col;
  const firstNumber = (row: number, from: number, to: number): SkmNumber | undefined => {
    for (let col = from; col <= to; col++) {
      const reading = facts.number(sheet, row, col);
      if (reading.value !== null) return at(row, col);
    }
    return undefined;
  };
  const result: OlahSkm = { table, rows, sheet, unsur, respondents, totals: {} };
  for (const name of names) {
    const row = rows[name];
    const total = row === undefined ? undefined : firstNumber(row, last + 1, last + TOTAL_COLS);
    if (total) result.totals[name] = total;
  }
  if (rows.ikm !== undefined) {
    const ikm = firstNumber(rows.ikm, rows.labelCol + 1, last + TOTAL_COLS);
    if (ikm) result.ikm = ikm;
  }
  const next = tables.find(
    (other) => other.sheet === table.sheet && other.range.top > table.range.bottom,
  );
  const bottom = Math.min(table.range.bottom + KETERANGAN_ROWS, (next?.range.top ?? Infinity) - 1);
  readKeterangan(facts, sheet, result, table.range.top, bottom);
  readSideTable(facts, sheet, result, unsurColumns, table.range.top, bottom);
  return result;
}

/** `U8` as the sheet writes it (its own order), else the unsur's name. */
export function unsurLabel(header: string, nomor: number | undefined): string {
  const written = /^(?:u|unsur) ?([1-9])\b/.exec(normalize(header));
  if (written) return `U${written[1]}`;
  return nomor !== undefined ? UNSUR_SKM[nomor - 1].nama : header;
}

/** The stated weight, mutu and kinerja in the table's rows and the keterangan under it. */
function readKeterangan(
  facts: OlahSkmReader,
  sheet: Sheet,
  table: OlahSkm,
  top: number,
  bottom: number,
): void {
  const grid = gridOf(sheet);
  for (const row of grid.rows) {
    if (row < top) continue;
    if (row > bottom) break;
    const cols = grid.cols(row);
    cols.forEach((col, i) => {
      const value = sheet.value(row, col);
      if (typeof value !== 'string') return;
      table.bobot ??= weightIn(value, row, col);
      const label = normalize(value);
      const which = MUTU_LABEL.test(label) ? 'mutu' : KINERJA_LABEL.test(label) ? 'kinerja' : '';
      if (which === '' || table[which]) return;
      const after = cols.slice(i + 1).find((c) => facts.text(sheet, row, c) !== '');
      const text = after === undefined ? '' : facts.text(sheet, row, after);
      if (after !== undefined && MUTU_VALUE.test(text)) table[which] = { row, col: after, text };
    });
    // `IKM UNIT PELAYANAN | 91,48 | A`: a letter beside the IKM is its mutu.
    if (row === table.rows.ikm && table.ikm && !table.mutu) {
      const beside = cols.find(
        (col) => col > table.ikm!.col && MUTU_VALUE.test(facts.text(sheet, row, col)),
      );
      if (beside !== undefined)
        table.mutu = { row, col: beside, text: facts.text(sheet, row, beside) };
    }
  }
}

function weightIn(text: string, row: number, col: number): BobotTertulis | undefined {
  if (!/bobot|tertimbang|nrr/i.test(text)) return undefined;
  const bobot: BobotSkm[] = [];
  let lain = false;
  for (const match of text.matchAll(WEIGHT)) {
    for (const token of [match[1], match[2]]) {
      if (token === undefined) continue;
      const value = /\//.test(token) ? 1 / 9 : Number(token.replace(',', '.'));
      const known = bobotDikenal(value);
      if (known) {
        if (!bobot.includes(known)) bobot.push(known);
      } else lain = true;
    }
  }
  if (bobot.length === 0 && !lain) return undefined;
  return { row, col, text, bobot, lain };
}

const SIDE_UNSUR = /^unsur(?: pelayanan)?$/;
const SIDE_VALUE = /^(?:nilai rata rata|nrr)(?: per unsur| nrr)?$/;

/**
 * The side table `NO | UNSUR PELAYANAN | NILAI RATA-RATA` near the processing table: each row's
 * unsur by its name (or its `U` number), its value the unsur's NRR.
 */
function readSideTable(
  facts: OlahSkmReader,
  sheet: Sheet,
  table: OlahSkm,
  columns: readonly TableColumn[],
  top: number,
  bottom: number,
): void {
  const grid = gridOf(sheet);
  const rows = grid.rows.filter((row) => row >= top && row <= bottom);
  const header = rows
    .map((row) => {
      const find = (pattern: RegExp) =>
        grid.cols(row).find((col) => {
          const value = sheet.value(row, col);
          return typeof value === 'string' && pattern.test(normalize(value));
        });
      return { row, unsurCol: find(SIDE_UNSUR), valueCol: find(SIDE_VALUE) };
    })
    .find((found) => found.unsurCol !== undefined && found.valueCol !== undefined);
  if (!header) return;
  for (const row of rows) {
    if (row <= header.row) continue;
    const texts = grid
      .cols(row)
      .filter((col) => col < header.valueCol!)
      .map((col) => normalize(facts.text(sheet, row, col)));
    // The name decides where it stands; a `U` number alone follows the kuesioner order.
    const nomor = texts.map(unsurOfHeader).find((value) => value !== undefined);
    const column = columns.find((candidate) => candidate.unsur === nomor);
    const unsur = table.unsur.find((entry) => entry.col === column?.col);
    const reading = facts.number(sheet, row, header.valueCol!);
    if (nomor === undefined || !unsur || reading.value === null || unsur.rataRata) continue;
    unsur.rataRata = { row, col: header.valueCol!, reading };
  }
}
