/**
 * One indicator typed two ways (`Prsentase fasilitasi koordinasi Ketentraman …` in the PK,
 * `Persentase Fasilitasi Koordinasi Ketenteraman …` in the budget table; `… yang 19enyusun …` /
 * `… yang menyusun …`): two names are one indicator only when the evidence is strong. The names
 * have the same words but one or two, each differing word is a slip of the other (a letter or two
 * in a long word, one of the two spellings in no other indicator name) and not a word that changes the meaning (a
 * number, a level, a unit, a negation, a direction); and nothing their rows state tells them apart
 * (satuan, arah, jenis, a target or realisasi of the same year). A name like two others joins
 * neither. Every pair looked at is kept with its verdict, for `lkj inspect --why` and the notes.
 */
import { matchesStated } from '../core/tolerance';
import { normalizeIndicatorName } from '../core/names';
import { firstOf, listOf, type OneOrMany } from '../core/one-or-many';
import { readCellNumber } from '../workbook/cell-number';
import type { Cell, CellRef } from '../workbook/model';

/** What the rule reads of a row naming an indicator (an `IndicatorMention`). */
export interface VariantMention {
  name: string;
  nameCell: CellRef;
  satuan?: string;
  arah?: { value: string };
  jenis?: { value: string };
  years: readonly { year?: number; cols: Partial<Record<'target' | 'realisasi', number>> }[];
}

/** Two names looked at as one indicator typed two ways, and the verdict. */
export interface NameVariant<M extends VariantMention = VariantMention> {
  /** The first row of each name's group. */
  mentions: [M, M];
  /** The differing words, normalised, in the order of `mentions`. */
  words: [string, string][];
  joined: boolean;
  /** Why not, in Bahasa Indonesia. */
  reason?: string;
}

/** Fewer words leave too little around a slip to be sure of it. */
const MIN_WORDS = 4;
const MAX_DIFFERING_WORDS = 2;
/**
 * A part of a name shared word for word by more names than this finds no pairs through it: the
 * pairs of a bucket are quadratic (a list of hundreds of `Jumlah dokumen …`). Pairs missed are
 * left apart, the safe side.
 */
const MAX_BUCKET = 500;

/** Words that turn a name into its opposite (`tidak tertib`): never a slip, never extra words. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'tidak',
  'tak',
  'bukan',
  'belum',
  'non',
  'tanpa',
]);

/**
 * Words whose small edit is another meaning, never a slip: levels and ages, regions, periods,
 * directions, negations, sexes, units. Lowercase, as normalised names have them.
 */
const MEANING_WORDS: ReadonlySet<string> = new Set(
  [
    // levels, ages, grades
    'sd smp sma smk mi mts ma paud tk tpa sdlb smplb smalb slb',
    'bayi balita batita baduta anak remaja dewasa lansia',
    'dasar menengah tinggi rendah atas bawah ringan sedang berat',
    'primer sekunder tersier pratama madya utama muda',
    'pertama kedua ketiga keempat kelima',
    // regions
    'desa kelurahan kecamatan kabupaten kota provinsi pusat daerah nasional regional lokal global',
    // periods
    'harian mingguan bulanan tahunan triwulan semester tahun bulan minggu hari jam menit',
    // directions and states
    'naik turun meningkat menurun kenaikan penurunan meningkatnya menurunnya',
    'tertinggi terendah maksimal minimal maksimum minimum',
    'masuk keluar input output negeri swasta positif negatif',
    'formal informal aktif pasif baru lama baik buruk rusak',
    // negations
    [...NEGATIONS].join(' '),
    'kurang lebih sudah',
    // sexes
    'laki perempuan pria wanita',
    // units
    'persen permil rupiah ribu juta miliar milyar triliun ton kg kilogram gram liter meter',
    'km kilometer hektar hektare ha orang jiwa kk unit dokumen laporan paket kali',
  ]
    .join(' ')
    .split(' '),
);

/** A word with one of these before it says the opposite (`formal` / `informal`). */
const NEGATING_PREFIXES = ['non', 'tidak', 'tak', 'in', 'il', 'ir', 'im', 'un', 'an', 'a', 'ab'];

/** Edits allowed within a word by its length (the longer spelling). */
function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 6) return 1;
  return 0;
}

/** Levenshtein distance, stopped once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

const digitsOf = (word: string): string => word.replace(/\D/g, '');

/**
 * Why `x` is not a slip of `y` (two differing words of two names), or undefined where it is one.
 * A digit typed for letters (`19enyusun`) is a slip; a number, a changed digit or a digit added to
 * a word (`kelas7` / `kelas`) is not.
 */
export function whyNotSlip(x: string, y: string): string | undefined {
  const pair = `"${x}" / "${y}"`;
  const [dx, dy] = [digitsOf(x), digitsOf(y)];
  if (/^\d+$/.test(x) || /^\d+$/.test(y) || (dx !== '' && dy !== '' && dx !== dy))
    return `angka berbeda (${pair})`;
  const added = (digits: string, word: string, other: string) =>
    digits !== '' && word.replace(/\d/g, '') === other;
  if (added(dx, x, y) || added(dy, y, x)) return `angka ditambahkan (${pair})`;
  if (MEANING_WORDS.has(x) || MEANING_WORDS.has(y))
    return `kata yang membedakan makna: jenjang, wilayah, periode, arah, negasi atau satuan (${pair})`;
  const negated = (a: string, b: string) => NEGATING_PREFIXES.some((prefix) => a === prefix + b);
  if (negated(x, y) || negated(y, x)) return `negasi (${pair})`;
  const limit = allowedEdits(Math.max(x.length, y.length));
  if (limit === 0 || editDistance(x, y, limit) > limit) return `bukan salah ketik (${pair})`;
  return undefined;
}

/** The differing words of two names of the same length (normalised word lists), in order. */
function differing(a: readonly string[], b: readonly string[]): [string, string][] | undefined {
  if (a.length !== b.length) return undefined;
  const words: [string, string][] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    words.push([a[i], b[i]]);
    if (words.length > MAX_DIFFERING_WORDS) return undefined;
  }
  return words;
}

/**
 * The verdict of the name rule alone on two names: the differing words, and why they are not one
 * name typed two ways (undefined where they are). `seenElsewhere` tells whether a word stands in
 * another indicator name of the workbook: two words both in use are two words, not a slip.
 * Undefined where the names are not alike enough to be looked at (other lengths, more words).
 */
export function nameVerdict(
  a: string,
  b: string,
  seenElsewhere: (word: string) => boolean = () => false,
): { words: [string, string][]; reason?: string } | undefined {
  const [wa, wb] = [words(a), words(b)];
  const diff = differing(wa, wb);
  if (!diff || diff.length === 0 || wa.length < MIN_WORDS) return undefined;
  if (diff.length * 3 > wa.length)
    return { words: diff, reason: 'terlalu banyak kata berbeda untuk nama sependek ini' };
  for (const [x, y] of diff) {
    const reason = whyNotSlip(x, y);
    if (reason) return { words: diff, reason };
    if (seenElsewhere(x) && seenElsewhere(y))
      return { words: diff, reason: `"${x}" dan "${y}" sama-sama dipakai nama indikator lain` };
  }
  return { words: diff };
}

function words(name: string): string[] {
  return wordsOf(normalizeIndicatorName(name));
}

/** The words of a normalised name (single spaces, none at the ends). */
function wordsOf(normal: string): string[] {
  return normal === '' ? [] : normal.split(' ');
}

/** `%`, `persen` and `persentase` are one satuan; case, spaces and punctuation aside. */
function satuanKey(satuan: string): string {
  return satuan
    .toLowerCase()
    .replace(/%|persentase|persen/g, 'persen')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Why the rows of two groups say they are two indicators (a satuan, arah or jenis both state
 * differently, or a target or realisasi of the same year that differs); undefined where nothing.
 */
function whyRowsDiffer<M extends VariantMention>(
  a: readonly M[],
  b: readonly M[],
  cellAt: (ref: CellRef) => Cell | undefined,
): string | undefined {
  const stated = <T>(group: readonly M[], of: (m: M) => T | undefined): T[] =>
    group.map(of).filter((value): value is T => value !== undefined);
  const clash = (label: string, of: (m: M) => string | undefined): string | undefined => {
    const [sa, sb] = [new Set(stated(a, of)), new Set(stated(b, of))];
    if (sa.size === 0 || sb.size === 0 || [...sa].some((value) => sb.has(value))) return undefined;
    return `${label} berbeda (${[...sa][0]} / ${[...sb][0]})`;
  };
  const rows =
    clash('satuan', (m) => (m.satuan === undefined ? undefined : satuanKey(m.satuan))) ??
    clash('arah', (m) => m.arah?.value) ??
    clash('jenis', (m) => m.jenis?.value);
  if (rows) return rows;
  for (const field of ['target', 'realisasi'] as const) {
    const values = (group: readonly M[]) =>
      group.flatMap((m) =>
        m.years.flatMap(({ year, cols }) => {
          const col = cols[field];
          if (year === undefined || col === undefined) return [];
          const reading = readCellNumber(
            cellAt({ sheet: m.nameCell.sheet, row: m.nameCell.row, col }),
          );
          return reading.value === null ? [] : [{ year, reading }];
        }),
      );
    const vb = values(b);
    for (const x of values(a)) {
      const y = vb.find(
        (other) =>
          other.year === x.year &&
          matchesStated(x.reading.value!, x.reading.decimals, other.reading.value!) === false &&
          matchesStated(other.reading.value!, other.reading.decimals, x.reading.value!) === false,
      );
      if (y) return `${field} ${x.year} berbeda (${x.reading.shown} / ${y.reading.shown})`;
    }
  }
  return undefined;
}

/**
 * Joins the groups (rows already matched by exact or contained name) whose names are one name
 * typed two ways; returns the groups after joining and every pair looked at with its verdict.
 * A group alike to two others joins neither: it may stand between two siblings (and two slips
 * of one name are then left apart too, the safe side).
 */
export function joinSpellingVariants<M extends VariantMention>(
  groups: readonly OneOrMany<M>[],
  cellAt: (ref: CellRef) => Cell | undefined,
  normalOf: (mention: M) => string = (mention) => normalizeIndicatorName(mention.name),
): { groups: OneOrMany<M>[]; variants: NameVariant<M>[] } {
  // Each distinct spelling of each group, normalised, and its group: two lists, not an object per
  // name (tens of thousands); the words are split where they are looked at.
  const normals: string[] = [];
  const groupOf: number[] = [];
  groups.forEach((group, index) => {
    // Most groups are one row: no set to tell its spellings apart.
    if (!Array.isArray(group)) {
      normals.push(normalOf(group));
      groupOf.push(index);
      return;
    }
    const seen = new Set<string>();
    for (const mention of group) {
      const normal = normalOf(mention);
      if (seen.has(normal)) continue;
      seen.add(normal);
      normals.push(normal);
      groupOf.push(index);
    }
  });
  const candidates = candidatePairs(normals);
  const seenElsewhere = wordsInUse(normals, candidates);

  const pairs = new Map<string, NameVariant<M>>();
  const partners = new Map<number, Set<number>>();
  for (const [i, j] of candidates) {
    const [gi, gj] = [groupOf[i], groupOf[j]];
    const pairKey = gi < gj ? `${gi},${gj}` : `${gj},${gi}`;
    if (gi === gj || pairs.get(pairKey)?.joined) continue;
    const verdict = nameVerdict(normals[i], normals[j], seenElsewhere);
    if (!verdict) continue;
    const reason = verdict.reason ?? whyRowsDiffer(listOf(groups[gi]), listOf(groups[gj]), cellAt);
    pairs.set(pairKey, {
      mentions: [firstOf(groups[gi]), firstOf(groups[gj])],
      words: verdict.words,
      joined: reason === undefined,
      ...(reason === undefined ? {} : { reason }),
    });
    if (reason !== undefined) continue;
    for (const [from, to] of [
      [gi, gj],
      [gj, gi],
    ]) {
      const set = partners.get(from) ?? new Set<number>();
      set.add(to);
      partners.set(from, set);
    }
  }

  const parent = groups.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  const variants = [...pairs.entries()].map(([key, variant]) => {
    if (!variant.joined) return variant;
    const [gi, gj] = key.split(',').map(Number);
    const single = (g: number) => partners.get(g)?.size === 1;
    if (!single(gi) || !single(gj)) {
      return { ...variant, joined: false, reason: 'mirip lebih dari satu indikator lain' };
    }
    parent[find(gi)] = find(gj);
    return variant;
  });
  // Nothing joined (names typed one way each): the groups as they came, each list its exact size
  // (a list grown by push keeps room for 16 more).
  const exact = (group: OneOrMany<M>) => (Array.isArray(group) ? group.slice() : group);
  if (parent.every((root, index) => root === index)) return { groups: groups.map(exact), variants };
  const joined = new Map<number, OneOrMany<M>>();
  groups.forEach((group, index) => {
    const root = find(index);
    const before = joined.get(root);
    // concat makes each list its exact size; a spread into a literal leaves room for 16 more.
    joined.set(root, before === undefined ? exact(group) : listOf(before).concat(group));
  });
  return { groups: [...joined.values()], variants };
}

/**
 * Pairs of names of the same length that may differ in at most two words: two words spoil at
 * most two of three parts, so such names share a part word for word.
 */
function candidatePairs(normals: readonly string[]): [number, number][] {
  // The buckets in the order first made (the order of the pairs); a bucket of one name (most of
  // them) is that name's index, not a list.
  const buckets: (number | number[])[] = [];
  // Per word count and part, each part's text to its bucket: the text a slice of the name, not a
  // string made and joined of its words (tens of thousands of names make three keys each).
  const slots = new Map<number, Map<string, number>>();
  normals.forEach((normal, index) => {
    // Short names (most, in a long list) are passed over before a list of their words is made.
    if (wordCount(normal) < MIN_WORDS) return;
    const starts = wordStarts(normal);
    const count = starts.length;
    for (let part = 0; part < 3; part++) {
      const from = starts[Math.floor((count * part) / 3)];
      const to = Math.floor((count * (part + 1)) / 3);
      const key = normal.slice(from, to < count ? starts[to] - 1 : normal.length);
      let byText = slots.get(count * 3 + part);
      if (byText === undefined) slots.set(count * 3 + part, (byText = new Map()));
      const slot = byText.get(key);
      if (slot === undefined) {
        byText.set(key, buckets.length);
        buckets.push(index);
        continue;
      }
      const bucket = buckets[slot];
      if (typeof bucket === 'number') buckets[slot] = [bucket, index];
      else bucket.push(index);
    }
  });
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const bucket of buckets) {
    if (typeof bucket === 'number' || bucket.length > MAX_BUCKET) continue;
    const listed = bucket.map((index) => wordsOf(normals[index]));
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [i, j] = [bucket[x], bucket[y]];
        const key = `${i},${j}`;
        if (seen.has(key) || !differing(listed[x], listed[y])) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/**
 * Whether a word stands in more than one of the names, asked of the words two candidate names
 * differ in: only those are counted (a count of every word of tens of thousands of names would
 * be kept for a few questions, or none).
 */
function wordsInUse(
  normals: readonly string[],
  candidates: readonly [number, number][],
): (word: string) => boolean {
  const counts = new Map<string, number>();
  for (const [i, j] of candidates)
    for (const pair of differing(wordsOf(normals[i]), wordsOf(normals[j])) ?? [])
      for (const word of pair) counts.set(word, 0);
  if (counts.size > 0) {
    for (const normal of normals)
      for (const word of new Set(wordsOf(normal)))
        if (counts.has(word)) counts.set(word, (counts.get(word) as number) + 1);
  }
  return (word) => (counts.get(word) ?? 0) > 1;
}

/** How many words a normalised name (single spaces, none at the ends) has. */
function wordCount(normal: string): number {
  if (normal === '') return 0;
  let count = 1;
  for (let at = normal.indexOf(' '); at !== -1; at = normal.indexOf(' ', at + 1)) count++;
  return count;
}

/** Where each word of a normalised name (single spaces, none at the ends) starts. */
function wordStarts(normal: string): number[] {
  if (normal === '') return [];
  const starts = [0];
  for (let at = normal.indexOf(' '); at !== -1; at = normal.indexOf(' ', at + 1))
    starts.push(at + 1);
  return starts;
}
