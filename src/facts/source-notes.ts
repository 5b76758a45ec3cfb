/**
 * The note a generated sheet carries where the workbook states an indicator's target or realisasi
 * differently in several places: which value the sheet took, from where (by the one precedence
 * table), and what the others say. Every generator writes the same sentence for the same facts.
 */
import { formatAngka } from '../core/angka';
import { matchesStated } from '../core/tolerance';
import { toA1 } from '../workbook/model';
import type { WorkbookFacts } from './facts';
import type { Field, IndicatorFact, SourcedValue, Statement } from './indicator-facts';

const FIELD_LABEL: Record<Field, string> = { target: 'Target', realisasi: 'Realisasi' };

/** Where a value came from, in words: `Tabel 3.1 … (BAB III!F6)` or `penghitungan (40 / 42 …)`. */
export function sourceText(value: SourcedValue, fact: IndicatorFact): string {
  if (value.source === 'komponen') {
    const from =
      fact.components?.from === 'ikm-triwulan'
        ? 'nilai IKM triwulan'
        : `penghitungan (${fact.penghitungan?.text ?? ''})`;
    return `dihitung dari ${from}`;
  }
  if (value.source === 'olah-skm' && value.cell)
    return `dari tabel pengolahan SKM (${value.cell.sheet}!${toA1(value.cell.row, value.cell.col)})`;
  if (!value.mention) return value.source;
  const { table, row } = value.mention;
  const col = value.cell?.col;
  const place = col === undefined ? table.sheet : `${table.sheet}!${toA1(row, col)}`;
  return `dari ${table.title ? `${shortTitle(table.title)} (${place})` : place}`;
}

/** A table title short enough for a message or a note. */
export function shortTitle(title: string): string {
  return title.length > 40 ? `${title.slice(0, 39)}…` : title;
}

function disagrees(statement: Statement, value: number): boolean {
  const readings = [statement.reading, statement.sebelum?.reading];
  return readings.every(
    (reading) =>
      reading === undefined ||
      reading.value === null ||
      matchesStated(reading.value, reading.decimals, value) === false,
  );
}

/**
 * The names typed two ways taken as this one indicator (name-variants.ts), each with its cell:
 * `dianggap satu indikator: "Prsentase …" (PK 2023!C20) / "Persentase …" (Anggaran!D150) …`
 * (a clause: a Renja row's Keterangan writes it after "Catatan add-in:").
 */
export function variantNote(fact: IndicatorFact): string | undefined {
  const variants = fact.indicator.variants ?? [];
  if (variants.length === 0) return undefined;
  const pairs = variants.map(({ mentions, words }) => {
    const [a, b] = mentions.map(
      ({ name, nameCell }) => `"${name}" (${nameCell.sheet}!${toA1(nameCell.row, nameCell.col)})`,
    );
    const slips = words.map(([x, y]) => `${x}/${y}`).join(', ');
    return `${a} / ${b} (ejaan berbeda: ${slips})`;
  });
  return `dianggap satu indikator: ${pairs.join('; ')}.`;
}

/**
 * Notes for an indicator's row: the names taken as one, then each field whose stated values
 * disagree with the one the facts take.
 */
export function sourceNotes(facts: WorkbookFacts, fact: IndicatorFact): string[] {
  const year = facts.year?.value;
  const variant = variantNote(fact);
  const notes = variant === undefined ? [] : [variant[0].toUpperCase() + variant.slice(1)];
  for (const field of ['target', 'realisasi'] as const) {
    const value = fact.value(field);
    if (!value) continue;
    const others = fact
      .statements(field)
      .filter((s) => s.source !== 'pk-sebelum' && !s.renstra && s.reading.value !== null)
      .filter((s) => disagrees(s, value.value));
    if (others.length === 0) continue;
    const listed = others
      .slice(0, 3)
      .map((s) => `${s.reading.shown} di ${s.mention.table.sheet}!${toA1(s.mention.row, s.col)}`)
      .join(', ');
    const more = others.length > 3 ? ` dan ${others.length - 3} lainnya` : '';
    notes.push(
      `${FIELD_LABEL[field]} "${fact.name}"${year === undefined ? '' : ` ${year}`}: dipakai ` +
        `${formatAngka(value.value, 2)} ${sourceText(value, fact)}; workbook juga menulis ${listed}${more}.`,
    );
  }
  const ikm = ikmNote(facts, fact);
  if (ikm !== undefined) notes.push(ikm);
  return notes;
}

/**
 * The IKM indicator and the processing tables built by hand (ikm-olah.ts): where its realisasi
 * came from, that several tables left it out, or that the one table states another IKM.
 */
function ikmNote(facts: WorkbookFacts, fact: IndicatorFact): string | undefined {
  const found = facts.ikmOlah;
  if (!fact.ikm || found === undefined) return undefined;
  const head = `Realisasi "${fact.name}"${facts.year === undefined ? '' : ` ${facts.year.value}`}`;
  const realisasi = fact.value('realisasi');
  if (found.kind === 'banyak') {
    return realisasi
      ? undefined
      : `${head}: lebih dari satu tabel pengolahan SKM (${found.count}); realisasi IKM tidak diambil.`;
  }
  const { ikm, olah } = found;
  const place = `${olah.sheet.name}!${toA1(ikm.row, ikm.col)}`;
  if (realisasi?.source === 'olah-skm')
    return `${head}: realisasi IKM dari tabel pengolahan SKM, sheet ${place}.`;
  const { reading } = ikm;
  if (!realisasi || reading.value === null) return undefined;
  if (matchesStated(reading.value, reading.decimals, realisasi.value) !== false) return undefined;
  return (
    `${head}: dipakai ${formatAngka(realisasi.value, 2)} ${sourceText(realisasi, fact)}; ` +
    `tabel pengolahan SKM menulis IKM ${reading.shown} (${place}), tidak dipakai.`
  );
}
