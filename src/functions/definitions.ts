/**
 * Each custom function as a core rule plus how its parameters are read. Excel reaches these
 * through functions.ts, `lkj fungsi` through the registry: the same code either way.
 */
import { akumulasiTahun, readAkumulasi, type Akumulasi } from '../core/akumulasi';
import { capaian, efisiensi, persentase, readArah, serapan, type Arah } from '../core/capaian';
import { LkjError } from '../core/errors';
import { ikmFromAnswers, mutuIkm } from '../core/ikm';
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

const jawabanParam: Param<number[][]> = {
  name: 'jawaban',
  optional: false,
  whole: true,
  numeric: false,
  read(value) {
    const rows = asRows(value);
    // A range chosen larger than the survey ends in empty rows; a gap inside is reported.
    let used = rows.length;
    while (used > 0 && isEmptyRow(rows[used - 1])) used--;
    return rows
      .slice(0, used)
      .map((row, r) =>
        row.map((cell, c) => readNumberArgument(cell, `jawaban baris ${r + 1} kolom ${c + 1}`)),
      );
  },
};

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
  IKM: define([jawabanParam], (rows) => ikmFromAnswers(rows).ikm),
  MUTUIKM: define([numberParam('ikm')], mutuIkm),
  TERBILANG: define([numberParam('angka'), rupiahParam], terbilang),
  NIP: define([nipParam, bagianParam], nipPart),
  AKUMULASI: define([triwulanParam, akumulasiParam], akumulasiTahun),
} satisfies Record<string, LkjFunction>;

export type FunctionName = keyof typeof FUNCTIONS;
