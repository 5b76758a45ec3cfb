/**
 * The header words: one table of entries from which the normaliser (typos fixed), the cheap
 * pre-filter (could this text be a header word?) and the role lookup are all derived, so a new
 * word or misspelling is added in one place.
 */
import { UNSUR_SKM } from '../../core/skm';
import type { ColumnRole } from '../table-types';

export interface LexiconEntry {
  /** First words of a header with this meaning, as normalised. */
  words: readonly string[];
  /** Misspellings normalize() rewrites to `words[0]` wherever they stand in a text. */
  typos?: readonly string[];
  /** The role, or how the whole normalised header text decides it. */
  role: ColumnRole | ((text: string) => ColumnRole);
}

/** `Tw 2`, `Triwulan IV`: a quarter named at the start of a header. */
export const QUARTER_NAMED = /^(?:tw|triwulan)\s*(i{1,3}|iv|[1-4])\b/;
/** A quarter after a measure word, as exports write it (`target_tw1`, `Realisasi Triwulan II`). */
export const QUARTER_AFTER = /\b(?:tw|triwulan)\s*(i{1,3}|iv|[1-4])$/;

const JENIS =
  /^(?:jenis|sifat|tipe)(?: (?:indikator|akumulasi|kumulatif|perhitungan|penghitungan|capaian|target|data))*$/;

/** `U3`, `Unsur 3`, `U 3` in an SKM header (`Unsur Pelayanan / U3` too). */
const UNSUR_NUMBERED = /\b(?:u|unsur) ?([1-9])\b/;
/** Survey-time columns (`Waktu Survei`, `Jam Pengisian`) are no unsur, whatever word they share. */
const NOT_UNSUR = /\b(?:survei|survey|pengisian|responden)\b/;
const UNSUR_WORDS = UNSUR_SKM.map((unsur) => ({
  nomor: unsur.nomor,
  words: new RegExp(`\\b(?:${unsur.kataKunci.join('|')})\\b`),
}));

/**
 * The SKM unsur a normalised header names, in the kuesioner order (SKM.md §2): by its name when
 * it has one (`U8 Penanganan Pengaduan` in the ruang-lingkup order is unsur 9), else by its
 * number alone (`U8`, read in the kuesioner order); undefined when it names none or several.
 */
export function unsurOfHeader(text: string): number | undefined {
  if (NOT_UNSUR.test(text)) return undefined;
  const named = UNSUR_WORDS.flatMap(({ nomor, words }) => (words.test(text) ? [nomor] : []));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const numbered = UNSUR_NUMBERED.exec(text);
  return numbered ? Number(numbered[1]) : undefined;
}

const unsurRole = (text: string): ColumnRole =>
  unsurOfHeader(text) === undefined ? 'lain' : 'unsur-skm';

const ikmRole = (text: string): ColumnRole => (/\b(?:ikm|kepuasan)\b/.test(text) ? 'ikm' : 'lain');

const QUARTER_ENTRY: LexiconEntry = {
  words: ['tw', 'triwulan'],
  typos: ['tribulan', 'trw'],
  role: (text) => {
    if (QUARTER_NAMED.test(text)) return 'triwulan';
    return /^(?:tw|triwulan)$/.test(text) ? 'periode' : 'lain';
  },
};

export const LEXICON: readonly LexiconEntry[] = [
  { words: ['no', 'nomor', 'nomer'], role: (text) => (text.includes('nip') ? 'nip' : 'no') },
  { words: ['nama'], role: (text) => (/\bnip\b/.test(text) ? 'nama-nip' : 'nama') },
  // `NI PPPK`, `NI`: the Nomor Induk of PPPK staff stands where a PNS list has its NIP.
  { words: ['nip', 'ni'], role: (text) => (/\bnama\b/.test(text) ? 'nama-nip' : 'nip') },
  { words: ['pangkat'], role: 'pangkat' },
  { words: ['gol', 'golongan', 'golruang'], role: 'golongan' },
  { words: ['jabatan'], role: 'jabatan' },
  { words: ['rumus', 'formulasi', 'formula'], role: 'formulasi' },
  { words: ['penghitungan', 'cara'], typos: ['perhitungan'], role: 'penghitungan' },
  { words: ['hasil'], role: 'hasil' },
  { words: ['efisiensi'], role: 'efisiensi' },
  { words: ['serapan'], role: 'serapan' },
  { words: ['pagu', 'alokasi'], role: 'pagu' },
  {
    words: ['anggaran'],
    role: (text) => (/\brealisasi\b/.test(text) ? 'realisasi-anggaran' : 'pagu'),
  },
  {
    words: ['target'],
    role: (text) => {
      if (QUARTER_AFTER.test(text)) return 'target-triwulan';
      if (/\bsebelum\b/.test(text)) return 'target-sebelum';
      if (/\b(?:sesudah|setelah|perubahan)\b/.test(text)) return 'target-sesudah';
      return 'target';
    },
  },
  { words: ['sebelum'], role: 'target-sebelum' },
  { words: ['sesudah', 'setelah', 'perubahan'], role: 'target-sesudah' },
  {
    words: ['realisasi'],
    typos: ['relisasi', 'realiasi', 'realsasi', 'realisai'],
    role: (text) => {
      if (QUARTER_AFTER.test(text)) return 'realisasi-triwulan';
      if (/^realisasi (?:anggaran|keuangan|belanja|pagu)/.test(text)) return 'realisasi-anggaran';
      return 'realisasi';
    },
  },
  { words: ['capaian', 'tingkat'], role: capaianRole },
  { words: ['predikat', 'kategori', 'kriteria'], role: 'predikat' },
  { words: ['satuan'], role: 'satuan' },
  { words: ['arah', 'polaritas'], role: 'arah' },
  // `Jenis`, `Sifat Indikator`, `Tipe Perhitungan`; not `Jenis Belanja`. `Jenis Kelamin` and
  // `Jenis Layanan` are the survey's profile columns.
  {
    words: ['jenis', 'sifat', 'tipe'],
    role: (text) => {
      if (JENIS.test(text)) return 'jenis';
      if (/^jenis kelamin\b/.test(text)) return 'jenis-kelamin';
      return /^jenis (?:layanan|pelayanan)\b/.test(text) ? 'jenis-layanan' : 'lain';
    },
  },
  { words: ['indikator'], typos: ['indikatore', 'indkator', 'indicator'], role: 'indikator' },
  { words: ['tujuan'], role: 'tujuan' },
  { words: ['sasaran'], role: 'sasaran' },
  { words: ['program', 'kegiatan', 'urusan'], role: 'program' },
  { words: ['uraian'], role: 'uraian' },
  { words: ['kode'], role: 'kode' },
  { words: ['ket', 'keterangan'], role: 'keterangan' },
  {
    words: ['nilai'],
    // `nilai_capaian`, `Nilai Target` (exports): the measure word after it decides.
    role: (text) =>
      /^nilai (?:capaian|target|realisasi)\b/.test(text)
        ? roleOfText(text.slice(6))
        : ikmRole(text),
  },
  { words: ['ikm', 'indeks'], role: ikmRole },
  {
    words: ['%'],
    role: (text) =>
      /\b(?:serapan|penyerapan|anggaran|total|akas|pagu|realisasi)\b/.test(text)
        ? 'serapan'
        : 'lain',
  },
  {
    words: ['persentase'],
    typos: ['presentase', 'prosentase', 'prsentase', 'persentasi', 'presentasi'],
    role: (text) => {
      if (/\b(?:serapan|penyerapan)\b/.test(text)) return 'serapan';
      return /^persentase capaian$/.test(text) ? 'capaian' : 'lain';
    },
  },
  QUARTER_ENTRY,
  // The survey's columns (SKM.md §3); they keep these roles only in a table of all nine unsur.
  {
    words: [
      ...new Set(['u', 'unsur', 'sistem', ...UNSUR_SKM.flatMap((unsur) => unsur.kataKunci)]),
      ...UNSUR_SKM.map((unsur) => `u${unsur.nomor}`),
    ],
    role: unsurRole,
  },
  { words: ['usia', 'umur'], role: 'usia' },
  { words: ['pendidikan'], role: 'pendidikan' },
  { words: ['pekerjaan'], role: 'pekerjaan' },
  { words: ['layanan'], role: 'jenis-layanan' },
  { words: ['tanggal', 'tgl', 'jam'], role: 'tanggal' },
  { words: ['saran', 'masukan'], role: 'saran' },
  {
    words: ['periode', 'semester'],
    role: (text) => (/^(?:periode|semester)(?: survei)?$/.test(text) ? 'periode' : 'lain'),
  },
];

function capaianRole(text: string): ColumnRole {
  if (QUARTER_AFTER.test(text)) return 'lain';
  if (/\b(?:anggaran|pagu|keuangan)\b/.test(text) && !/\bkinerja\b.*\banggaran\b/.test(text)) {
    return 'capaian-anggaran';
  }
  if (/^capaian (?:realisasi )?kinerja\b/.test(text)) return 'capaian-kinerja';
  return 'capaian';
}

const byFirstWord = new Map(
  LEXICON.flatMap((entry) => entry.words.map((word): [string, LexiconEntry] => [word, entry])),
);

/** Role from one normalised header text alone, by its first word; 'lain' when it says nothing known. */
export function roleOfText(text: string): ColumnRole {
  // A quarter glued to its number (`tw1`, `triwulaniv`) has no first word of its own.
  const entry = byFirstWord.get(text.split(' ', 1)[0]) ?? QUARTER_ENTRY;
  return typeof entry.role === 'string' ? entry.role : entry.role(text);
}

const fixedTypo = new Map(
  LEXICON.flatMap((entry) =>
    (entry.typos ?? []).map((typo): [string, string] => [typo, entry.words[0]]),
  ),
);
const TYPO = new RegExp(`\\b(?:${[...fixedTypo.keys()].join('|')})\\b`, 'g');

/** Lower case, letters and digits only, single spaces, the lexicon's misspellings fixed. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
    .replace(TYPO, (typo) => fixedTypo.get(typo) ?? typo);
}

const allWords = LEXICON.flatMap((entry) => [...entry.words, ...(entry.typos ?? [])]);
const letterWords = allWords.filter((word) => /^[a-z]+$/.test(word));
/** Signs such as `%` open a header without a word boundary after them. */
const signWords = allWords.filter((word) => !/^[a-z]+$/.test(word));
/**
 * Raw text whose first word (its first run of letters, or a `%`) is in the lexicon, written or
 * misspelt. A single test() rather than cutting the word out and looking it up: it allocates nothing.
 */
const HEADER_START = new RegExp(
  `^[^a-z0-9%]*(?:${signWords.join('|')}|(?:${letterWords.join('|')})(?![a-z]))`,
  'i',
);

/**
 * A cheap look at raw text, before normalising it: could it be a header word at all? Detection
 * runs this on every text cell, so most data cells are turned away here.
 */
export function mayBeHeaderText(text: string): boolean {
  return HEADER_START.test(text);
}
