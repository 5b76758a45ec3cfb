/**
 * What a header cell means: header text (normalised, see detect-text) → ColumnRole. A column's
 * header may have group parts above its own text ("Tahun 2023" / "Target"); the leaf decides
 * first and the groups fill in what the leaf leaves open (Realisasi / Klakah → a unit's realisasi).
 */
import type { ColumnRole } from './table-types';
import { rupiahRole } from './detect-kind';
import { normalize } from './detect-text';

export interface HeaderMeaning {
  role: ColumnRole;
  /** Quarter label (`I`, `TW 2`) or unit name (`Klakah`). */
  unit?: string;
}

const QUARTER = /^(?:tw|triwulan|trwl|tw\.)?\s*(i{1,3}|iv|[1-4])$/;
const QUARTER_NAMED = /^(?:tw|triwulan)\s*(i{1,3}|iv|[1-4])\b/;
/** A quarter after a measure word, as exports write it (`target_tw1`, `Realisasi Triwulan II`). */
const QUARTER_AFTER = /\b(?:tw|triwulan)\s*(i{1,3}|iv|[1-4])$/;

const JENIS =
  /^(?:jenis|sifat|tipe)(?: (?:indikator|akumulasi|kumulatif|perhitungan|penghitungan|capaian|target|data))*$/;

/** First words roleOfText knows, with the misspellings normalize() fixes; `%` is in HEADER_START. */
const FIRST_WORDS =
  'no nomor nomer nama nip pangkat gol golongan golruang jabatan rumus formulasi formula ' +
  'penghitungan perhitungan cara hasil efisiensi serapan pagu alokasi anggaran target sebelum sesudah ' +
  'setelah perubahan realisasi relisasi realiasi realsasi realisai capaian tingkat predikat ' +
  'kategori kriteria satuan arah polaritas jenis sifat tipe indikator indikatore indkator indicator tujuan ' +
  'sasaran program kegiatan urusan uraian kode ket keterangan nilai ikm indeks persentase ' +
  'presentase prosentase prsentase persentasi presentasi tw triwulan tribulan trw';

/**
 * Text whose first word (its first run of letters, or a `%`) is one of FIRST_WORDS. A single
 * test() rather than cutting the word out and looking it up: it allocates nothing.
 */
const HEADER_START = new RegExp(
  `^[^a-z0-9%]*(?:%|(?:${FIRST_WORDS.split(' ').join('|')})(?![a-z]))`,
  'i',
);

/**
 * A cheap look at raw text, before normalising it: could it be a header word at all? Detection
 * runs this on every text cell, so most data cells are turned away here.
 */
export function mayBeHeaderText(text: string): boolean {
  return HEADER_START.test(text);
}

/** Role from one normalised header text alone; 'lain' when it says nothing known. */
export function roleOfText(text: string): ColumnRole {
  const first = text.split(' ', 1)[0];
  switch (first) {
    case 'no':
    case 'nomor':
    case 'nomer':
      return text.includes('nip') ? 'nip' : 'no';
    case 'nama':
      return /\bnip\b/.test(text) ? 'nama-nip' : 'nama';
    case 'nip':
      return /\bnama\b/.test(text) ? 'nama-nip' : 'nip';
    case 'pangkat':
      return 'pangkat';
    case 'gol':
    case 'golongan':
    case 'golruang':
      return 'golongan';
    case 'jabatan':
      return 'jabatan';
    case 'rumus':
    case 'formulasi':
    case 'formula':
      return 'formulasi';
    case 'penghitungan':
    case 'cara':
      return 'penghitungan';
    case 'hasil':
      return 'hasil';
    case 'efisiensi':
      return 'efisiensi';
    case 'serapan':
      return 'serapan';
    case 'pagu':
    case 'alokasi':
      return 'pagu';
    case 'anggaran':
      return /\brealisasi\b/.test(text) ? 'realisasi-anggaran' : 'pagu';
    case 'target':
      if (QUARTER_AFTER.test(text)) return 'target-triwulan';
      if (/\bsebelum\b/.test(text)) return 'target-sebelum';
      if (/\b(?:sesudah|setelah|perubahan)\b/.test(text)) return 'target-sesudah';
      return 'target';
    case 'sebelum':
      return 'target-sebelum';
    case 'sesudah':
    case 'setelah':
    case 'perubahan':
      return 'target-sesudah';
    case 'realisasi':
      if (QUARTER_AFTER.test(text)) return 'realisasi-triwulan';
      if (/^realisasi (?:anggaran|keuangan|belanja|pagu)/.test(text)) return 'realisasi-anggaran';
      return 'realisasi';
    case 'capaian':
    case 'tingkat':
      return capaianRole(text);
    case 'predikat':
    case 'kategori':
    case 'kriteria':
      return 'predikat';
    case 'satuan':
      return 'satuan';
    case 'arah':
    case 'polaritas':
      return 'arah';
    case 'jenis':
    case 'sifat':
    case 'tipe':
      // `Jenis`, `Sifat Indikator`, `Tipe Perhitungan`; not `Jenis Belanja` or `Jenis Kelamin`.
      return JENIS.test(text) ? 'jenis' : 'lain';
    case 'indikator':
      return 'indikator';
    case 'tujuan':
      return 'tujuan';
    case 'sasaran':
      return 'sasaran';
    case 'program':
    case 'kegiatan':
    case 'urusan':
      return 'program';
    case 'uraian':
      return 'uraian';
    case 'kode':
      return 'kode';
    case 'ket':
    case 'keterangan':
      return 'keterangan';
    case 'nilai':
      // `nilai_capaian`, `Nilai Target` (exports): the measure word after it decides.
      if (/^nilai (?:capaian|target|realisasi)\b/.test(text)) return roleOfText(text.slice(6));
      return /\b(?:ikm|kepuasan)\b/.test(text) ? 'ikm' : 'lain';
    case 'ikm':
    case 'indeks':
      return /\b(?:ikm|kepuasan)\b/.test(text) ? 'ikm' : 'lain';
    case '%':
      return /\b(?:serapan|penyerapan|anggaran|total|akas|pagu|realisasi)\b/.test(text)
        ? 'serapan'
        : 'lain';
    case 'persentase':
      if (/\b(?:serapan|penyerapan)\b/.test(text)) return 'serapan';
      return /^persentase capaian$/.test(text) ? 'capaian' : 'lain';
    default:
      return QUARTER_NAMED.test(text) ? 'triwulan' : 'lain';
  }
}

function capaianRole(text: string): ColumnRole {
  if (QUARTER_AFTER.test(text)) return 'lain';
  if (/\b(?:anggaran|pagu|keuangan)\b/.test(text) && !/\bkinerja\b.*\banggaran\b/.test(text)) {
    return 'capaian-anggaran';
  }
  if (/^capaian (?:realisasi )?kinerja\b/.test(text)) return 'capaian-kinerja';
  return 'capaian';
}

/**
 * Meaning of a column from its header parts, top (group) to bottom (leaf), as written. A rupiah
 * mark (`[Rp]`, `(Rp)`, `Rp.`) beside the word that names the column makes a target a pagu and a
 * realisasi a realisasi anggaran: an LKPJ form puts REALISASI TARGET and REALISASI [Rp] in one
 * table. (A bare `Rp` sub-header under a group is a form's measure, settled with the others.)
 */
export function meaningOf(parts: readonly string[]): HeaderMeaning {
  const normal = parts.map(normalize).filter((part) => part !== '');
  const meaning = meaningOfNormal(parts, normal);
  const leaf = normal[normal.length - 1] ?? '';
  const rupiah = /\brp\b/.test(leaf) ? rupiahRole(roleOfText(leaf)) : undefined;
  return rupiah ? { role: rupiah } : meaning;
}

function meaningOfNormal(parts: readonly string[], normal: string[]): HeaderMeaning {
  if (normal.length === 0) return { role: 'lain' };
  const leaf = normal[normal.length - 1];
  const groups = normal.slice(0, -1);
  const leafRole = roleOfText(leaf);
  const inGroup = (pattern: RegExp) => groups.some((group) => pattern.test(group));
  const quarter = QUARTER.exec(leaf);
  if (quarter && (leafRole === 'triwulan' || inGroup(/\b(?:triwulan|tw)\b/))) {
    return { role: 'triwulan', unit: parts[parts.length - 1].trim() };
  }
  if (leafRole === 'triwulan') return { role: 'triwulan', unit: parts[parts.length - 1].trim() };
  if (leafRole === 'target-sebelum' || leafRole === 'target-sesudah') return { role: leafRole };
  if (leafRole === 'target-triwulan' || leafRole === 'realisasi-triwulan') {
    return { role: leafRole, unit: QUARTER_AFTER.exec(leaf)?.[1].toUpperCase() };
  }
  if (leafRole === 'realisasi' && inGroup(/\b(?:anggaran|keuangan|pagu|belanja)\b/)) {
    return { role: 'realisasi-anggaran' };
  }
  if (leafRole !== 'lain') return { role: leafRole };
  if (leaf === '%' && inGroup(/\b(?:anggaran|total|belanja|serapan|pagu|realisasi)\b/)) {
    return { role: 'serapan' };
  }
  // The leaf says nothing known (`Klakah`, `2023`, `SD JUNI`): the nearest group decides.
  for (let i = groups.length - 1; i >= 0; i--) {
    const groupRole = roleOfText(groups[i]);
    if (groupRole === 'lain') continue;
    // A unit under REALISASI (`Rp`) is what is measured, not a unit of government.
    if (groupRole === 'realisasi' && !/^\d+$/.test(leaf) && leaf !== 'rp') {
      return { role: 'realisasi-unit', unit: parts[parts.length - 1].trim() };
    }
    return { role: groupRole };
  }
  return { role: 'lain' };
}
