/**
 * Each custom function as a core rule plus how its parameters are read. Excel reaches these
 * through functions.ts, `lkj fungsi` through the registry: the same code either way.
 */
import { akumulasiTahun, readAkumulasi, type Akumulasi } from '../core/akumulasi';
import { capaian, efisiensi, persentase, readArah, serapan, type Arah } from '../core/capaian';
import { LkjError } from '../core/errors';
import { mutuIkm } from '../core/ikm';
import {
  BOBOT_ATURAN,
  BOBOT_SKM,
  bobotDikenal,
  ikmDariNrr,
  nrrUnsur,
  UNSUR_SKM,
} from '../core/skm';
import { excelSerial, readNip } from '../core/nip';
import { predikat, SCALE_NAMES, type Band, type ScaleName } from '../core/predikat';
import { terbilang } from '../core/terbilang';
import {
  choiceParam,
  define,
  describe,
  isEmpty,
  numberParam,
  passErrors,
  readNumberArgument,
  type LkjFunction,
  type Param,
} from './wrap';

const arahParam = choiceParam<Arah>(
  'arah',
  'naik',
  (value) => (typeof value === 'string' ? readArah(value) : undefined),
  '"naik" atau "turun"',
);

const YES = new Set(['rupiah', 'true', 'ya', 'benar']);
const NO = new Set(['false', 'tidak', 'salah']);
const rupiahParam = choiceParam<boolean>(
  'rupiah',
  false,
  (value) => {
    if (typeof value === 'boolean') return value;
    const word = value.trim().toLowerCase();
    return YES.has(word) ? true : NO.has(word) ? false : undefined;
  },
  'TRUE atau "rupiah"',
);

type Bagian = 'status' | 'lahir' | 'tmt' | 'kelamin';
const BAGIAN = new Set<Bagian>(['lahir', 'tmt', 'kelamin']);
const bagianParam = choiceParam<Bagian>(
  'bagian',
  'status',
  (value) => {
    const word = typeof value === 'string' ? (value.trim().toLowerCase() as Bagian) : undefined;
    return word !== undefined && BAGIAN.has(word) ? word : undefined;
  },
  '"lahir", "tmt" atau "kelamin"',
);

/** A 1×1 range (how Excel passes a single value to a range parameter) is that value. */
function single(value: unknown): unknown {
  return Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length === 1
    ? value[0][0]
    : value;
}

function asRows(value: unknown): unknown[][] {
  const rows = Array.isArray(value) ? value : [[value]];
  return rows.map((row) => (Array.isArray(row) ? row : [row]));
}

function isEmptyRow(row: unknown[]): boolean {
  return row.every(isEmpty);
}

function readBands(rows: unknown[][]): Band[] {
  const bands: Band[] = [];
  rows.forEach((row, r) => {
    if (isEmptyRow(row)) return;
    if (row.length !== 2) {
      throw new LkjError(
        '#VALUE!',
        'argumen skala: skala sendiri harus rentang dua kolom (batas bawah, predikat)',
      );
    }
    const min = readNumberArgument(row[0], `skala baris ${r + 1} (batas bawah)`);
    const label = row[1];
    passErrors(label);
    if (typeof label !== 'string' || label.trim() === '') {
      throw new LkjError('#VALUE!', `argumen skala baris ${r + 1}: predikat harus teks`);
    }
    bands.push({ min, label: label.trim() });
  });
  if (bands.length === 0) throw new LkjError('#N/A', 'argumen skala: rentang skala kosong');
  return bands;
}

const skalaParam: Param<ScaleName | Band[]> = {
  name: 'skala',
  optional: true,
  whole: true,
  numeric: false,
  fallback: 'LKJ',
  read(value) {
    const scale = single(value);
    passErrors(scale);
    if (isEmpty(scale)) return 'LKJ';
    if (Array.isArray(scale)) return readBands(asRows(scale));
    const name = typeof scale === 'string' ? scale.trim().toUpperCase() : '';
    if (SCALE_NAMES.includes(name as ScaleName)) return name as ScaleName;
    throw new LkjError(
      '#VALUE!',
      `argumen skala ${describe(scale)} tidak dikenal; pakai "LKJ" (LKj), "P86" (Permendagri 86/2017), "IKM" (PermenPAN-RB 14/2017) atau rentang dua kolom (batas bawah, predikat)`,
    );
  },
};

/** One answer: a blank cell is no answer (left out of the NRR), anything else is read as a number. */
function readJawaban(cell: unknown, name: string): number | null {
  passErrors(cell);
  return isEmpty(cell) ? null : readNumberArgument(cell, name);
}

/** The respondents' answers, a row each; a range chosen larger than the survey ends in empty rows. */
const jawabanParam: Param<(number | null)[][]> = {
  name: 'jawaban',
  optional: false,
  whole: true,
  numeric: false,
  read(value) {
    const rows = asRows(value);
    let used = rows.length;
    while (used > 0 && isEmptyRow(rows[used - 1])) used--;
    return rows
      .slice(0, used)
      .map((row, r) =>
        row.map((cell, c) => readJawaban(cell, `jawaban baris ${r + 1} kolom ${c + 1}`)),
      );
  },
};

/** One unsur's answers: a single column (or a single row) of cells. */
const unsurParam: Param<(number | null)[]> = {
  name: 'jawaban',
  optional: false,
  whole: true,
  numeric: false,
  read(value) {
    const rows = asRows(value);
    if (rows.length > 1 && rows.some((row) => row.length !== 1)) {
      throw new LkjError(
        '#VALUE!',
        'argumen jawaban: pilih satu kolom unsur (satu sel per responden), bukan beberapa kolom',
      );
    }
    const cells = rows.length === 1 ? rows[0] : rows.map((row) => row[0]);
    return cells.map((cell, i) => readJawaban(cell, `jawaban ke-${i + 1}`));
  },
};

const BOBOT_TEKS = BOBOT_SKM.map((bobot) => bobot.teks).join(', ');

/** The weight of each unsur: 1/9 (the rule) unless a known convention is asked for. */
const bobotParam: Param<number> = {
  name: 'bobot',
  optional: true,
  whole: true,
  numeric: false,
  fallback: BOBOT_ATURAN.nilai,
  read(value) {
    const cell = single(value);
    passErrors(cell);
    if (isEmpty(cell)) return BOBOT_ATURAN.nilai;
    const number =
      typeof cell === 'string' && /^\s*1\s*\/\s*9\s*$/.test(cell)
        ? BOBOT_ATURAN.nilai
        : readNumberArgument(cell, 'bobot');
    const known = bobotDikenal(number);
    if (!known) {
      throw new LkjError(
        '#VALUE!',
        `argumen bobot ${describe(cell)} tidak dikenal; pakai salah satu dari ${BOBOT_TEKS}`,
      );
    }
    return known.nilai;
  },
};

/** NRR of one unsur: the mean of its filled answers 1–4. */
function nrr(jawaban: (number | null)[]): number {
  const result = nrrUnsur(jawaban);
  if (result.nrr === undefined) throw new LkjError('#N/A', 'tidak ada jawaban yang terisi');
  return result.nrr;
}

/**
 * IKM from the answers (PermenPAN-RB 14/2017): per unsur the NRR over its filled answers (a
 * blank is left out, never counted as 0), Σ NRR × bobot × 25.
 */
function ikmJawaban(rows: (number | null)[][], bobot: number): number {
  if (rows.length === 0) throw new LkjError('#N/A', 'tidak ada jawaban responden');
  const columns = UNSUR_SKM.length;
  rows.forEach((row, r) => {
    if (row.length !== columns) {
      throw new LkjError(
        '#VALUE!',
        `baris ${r + 1} berisi ${row.length} kolom; jawaban SKM harus ${columns} kolom (satu per unsur)`,
      );
    }
  });
  const values = UNSUR_SKM.map((unsur, c) => {
    const label = `jawaban kolom ${c + 1} (${unsur.nama}) baris`;
    const result = nrrUnsur(
      rows.map((row) => row[c]),
      label,
    );
    if (result.nrr === undefined) {
      throw new LkjError('#N/A', `kolom ${c + 1} (${unsur.nama}) tidak punya jawaban yang terisi`);
    }
    return result.nrr;
  });
  return ikmDariNrr(values, bobot);
}

/** At most this many values: four quarters, or twelve months. */
const MAX_PERIODS = 12;

/** The quarters in reading order (a row or a column); blank cells are quarters not yet filled. */
const triwulanParam: Param<(number | undefined)[]> = {
  name: 'triwulan',
  optional: false,
  whole: true,
  numeric: false,
  read(value) {
    const cells = asRows(value).flat();
    if (cells.length > MAX_PERIODS) {
      throw new LkjError(
        '#VALUE!',
        `argumen triwulan: paling banyak ${MAX_PERIODS} sel (empat triwulan atau dua belas bulan), bukan ${cells.length}`,
      );
    }
    return cells.map((cell, i) =>
      isEmpty(cell) ? undefined : readNumberArgument(cell, `triwulan ke-${i + 1}`),
    );
  },
};

const jenisWord = choiceParam<Akumulasi>(
  'jenis',
  'kumulatif',
  (value) => (typeof value === 'string' ? readAkumulasi(value) : undefined),
  '"kumulatif", "nilai akhir" atau "rata-rata"',
);
/** One word for the whole range of quarters: kumulatif when left out, as the form's `12 = 8+9+10+11`. */
const akumulasiParam: Param<Akumulasi> = {
  ...jenisWord,
  whole: true,
  read: (value) => jenisWord.read(single(value)),
};

/** NIP as text; an 18-digit number has already lost its last digits in Excel. */
const nipParam: Param<string> = {
  name: 'nip',
  optional: false,
  whole: false,
  numeric: false,
  read(value) {
    passErrors(value);
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    if (typeof value === 'number') {
      throw new LkjError(
        '#VALUE!',
        'argumen nip tersimpan sebagai angka sehingga digit terakhirnya hilang; tulis NIP sebagai teks',
      );
    }
    if (isEmpty(value) || typeof value === 'string') {
      throw new LkjError('#N/A', 'argumen nip kosong');
    }
    throw new LkjError('#VALUE!', `argumen nip harus teks, bukan ${describe(value)}`);
  },
};

function nipPart(text: string, bagian: Bagian): number | string {
  const nip = readNip(text);
  if (bagian === 'status') return nip.valid ? 'valid' : `tidak valid: ${nip.reason}`;
  if (!nip.birthDate || !nip.sex) {
    throw new LkjError('#VALUE!', `NIP tidak valid: ${nip.reason}`);
  }
  if (bagian === 'lahir') {
    return excelSerial(nip.birthDate.year, nip.birthDate.month, nip.birthDate.day);
  }
  if (bagian !== 'tmt') return nip.sex;
  if (!nip.tmt) {
    throw new LkjError(
      '#VALUE!',
      `NI PPPK tidak memuat TMT CPNS (digit 9–12: tahun pengangkatan ${nip.pppk?.year ?? ''})`,
    );
  }
  return excelSerial(nip.tmt.year, nip.tmt.month, 1);
}

export const FUNCTIONS = {
  CAPAIAN: define([numberParam('target'), numberParam('realisasi'), arahParam], capaian),
  PREDIKAT: define([numberParam('capaian'), skalaParam], predikat),
  PERSEN: define([numberParam('pembilang'), numberParam('penyebut')], persentase),
  SERAPAN: define([numberParam('pagu'), numberParam('realisasi')], serapan),
  EFISIENSI: define([numberParam('capaian_kinerja'), numberParam('serapan')], efisiensi),
  ANGKA: define([numberParam('teks')], (value) => value),
  NRR: define([unsurParam], nrr),
  IKM: define([jawabanParam, bobotParam], ikmJawaban),
  MUTUIKM: define([numberParam('ikm')], mutuIkm),
  TERBILANG: define([numberParam('angka'), rupiahParam], terbilang),
  NIP: define([nipParam, bagianParam], nipPart),
  AKUMULASI: define([triwulanParam, akumulasiParam], akumulasiTahun),
} satisfies Record<string, LkjFunction>;

export type FunctionName = keyof typeof FUNCTIONS;
