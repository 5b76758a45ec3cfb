/**
 * Survei Kepuasan Masyarakat arithmetic (PermenPAN-RB 14/2017; ../shared/spec/SKM.md §5–§8):
 * NRR per unsur over the filled answers only, the IKM under each weight convention, the
 * conversion table with its mutu and kinerja, the Krejcie–Morgan minimum sample and the ranking.
 * Pure: the generator, the checks and the functions all compute through these.
 */
import { formatAngka } from './angka';
import { LkjError } from './errors';

/** One unsur: the questionnaire's name and the words its column header carries. */
export interface UnsurSkm {
  /** Order in the standard kuesioner (U1 … U9). */
  nomor: number;
  nama: string;
  /** Lower-case words of which one identifies the unsur's header (matched by the workbook layer). */
  kataKunci: readonly string[];
}

/**
 * The nine unsur in kuesioner order. The regulation's ruang-lingkup order swaps 8 and 9, so a
 * column is matched by its header, never by its position (SKM.md §2).
 */
export const UNSUR_SKM: readonly UnsurSkm[] = [
  { nomor: 1, nama: 'Persyaratan', kataKunci: ['persyaratan'] },
  { nomor: 2, nama: 'Sistem, Mekanisme, dan Prosedur', kataKunci: ['prosedur', 'mekanisme'] },
  { nomor: 3, nama: 'Waktu Penyelesaian', kataKunci: ['waktu'] },
  { nomor: 4, nama: 'Biaya/Tarif', kataKunci: ['biaya', 'tarif'] },
  { nomor: 5, nama: 'Produk Spesifikasi Jenis Pelayanan', kataKunci: ['produk', 'spesifikasi'] },
  { nomor: 6, nama: 'Kompetensi Pelaksana', kataKunci: ['kompetensi'] },
  { nomor: 7, nama: 'Perilaku Pelaksana', kataKunci: ['perilaku'] },
  { nomor: 8, nama: 'Sarana dan Prasarana', kataKunci: ['sarana', 'prasarana'] },
  {
    nomor: 9,
    nama: 'Penanganan Pengaduan, Saran dan Masukan',
    kataKunci: ['pengaduan', 'penanganan'],
  },
];

/** What one unsur's answers add up to; blanks are counted, never read as 0. */
export interface NrrUnsur {
  jumlah: number;
  terisi: number;
  kosong: number;
  /** Σ / terisi; undefined when no answer is filled (no divisor). */
  nrr: number | undefined;
}

/** An answer the survey allows: a whole number 1–4. Anything else is reported, never clamped. */
export function isJawabanSah(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 4;
}

/**
 * NRR of one unsur column: mean of the filled answers (PermenPAN-RB 14/2017: "jumlah nilai per
 * unsur dibagi jumlah kuesioner yang terisi"). `null` is a blank; an answer outside 1–4 throws.
 */
export function nrrUnsur(jawaban: readonly (number | null)[], label = 'jawaban'): NrrUnsur {
  let jumlah = 0;
  let terisi = 0;
  jawaban.forEach((value, index) => {
    if (value === null) return;
    if (!isJawabanSah(value)) {
      throw new LkjError(
        '#VALUE!',
        `${label} ke-${index + 1} bernilai ${formatAngka(value)}; jawaban SKM harus bilangan bulat 1–4`,
      );
    }
    jumlah += value;
    terisi++;
  });
  return {
    jumlah,
    terisi,
    kosong: jawaban.length - terisi,
    nrr: terisi === 0 ? undefined : jumlah / terisi,
  };
}

/** A weight convention for one unsur's share of the IKM (SKM.md §5). */
export interface BobotSkm {
  /** As written in a sheet: "1/9", "0,1111", "0,111", "0,11". */
  teks: string;
  nilai: number;
}

/** The regulation's weight first; the others are conventions seen in practice, named, not errors. */
export const BOBOT_SKM: readonly BobotSkm[] = [
  { teks: '1/9', nilai: 1 / 9 },
  { teks: '0,1111', nilai: 0.1111 },
  { teks: '0,111', nilai: 0.111 },
  { teks: '0,11', nilai: 0.11 },
];

export const BOBOT_ATURAN: BobotSkm = BOBOT_SKM[0];

/** The convention a stated weight is, when it is one of BOBOT_SKM (within 1e-9). */
export function bobotDikenal(nilai: number): BobotSkm | undefined {
  return BOBOT_SKM.find((bobot) => Math.abs(bobot.nilai - nilai) < 1e-9);
}

/** IKM = Σ_j NRR_j × w × 25. Every unsur needs an NRR. */
export function ikmDariNrr(nrr: readonly number[], bobot: number = BOBOT_ATURAN.nilai): number {
  if (nrr.length !== UNSUR_SKM.length) {
    throw new LkjError(
      '#VALUE!',
      `IKM memerlukan NRR ${UNSUR_SKM.length} unsur; yang diberikan ${nrr.length}`,
    );
  }
  // Σ NRR first, then the weight: all fours give exactly 100 with 1/9.
  return nrr.reduce((total, value) => total + value, 0) * bobot * 25;
}

/** Nilai konversi of an NRR (25–100): NRR × 25, used for the per-unsur mutu. */
export function nilaiKonversi(nrr: number): number {
  return nrr * 25;
}

export interface MutuSkm {
  huruf: 'A' | 'B' | 'C' | 'D';
  kinerja: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
}

/**
 * The conversion table of 14/2017 (SKM.md §6) on a value 25–100, lower bound inclusive across
 * the table's gaps: ≥ 88,31 A, ≥ 76,61 B, ≥ 65,00 C, else D; 76,605 is C.
 */
export const BATAS_MUTU: readonly { min: number; mutu: MutuSkm }[] = [
  { min: 88.31, mutu: { huruf: 'A', kinerja: 'Sangat Baik' } },
  { min: 76.61, mutu: { huruf: 'B', kinerja: 'Baik' } },
  { min: 65, mutu: { huruf: 'C', kinerja: 'Kurang Baik' } },
  { min: 25, mutu: { huruf: 'D', kinerja: 'Tidak Baik' } },
];

export function mutuSkm(nilai: number): MutuSkm {
  if (!Number.isFinite(nilai) || nilai < 25 || nilai > 100) {
    throw new LkjError('#NUM!', `nilai ${formatAngka(nilai)} di luar rentang konversi SKM 25–100`);
  }
  // Compared at the table's two decimals so a computed 88,3099999 is not pushed below 88,31.
  const rounded = Math.round(nilai * 100) / 100;
  const band = BATAS_MUTU.find((edge) => rounded >= edge.min);
  return (band ?? BATAS_MUTU[BATAS_MUTU.length - 1]).mutu;
}

/** N of the Krejcie–Morgan table (1970); the minimum is read at the first N ≥ the population. */
const KREJCIE_MORGAN_N = [
  10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120, 130, 140,
  150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 250, 260, 270, 280, 290, 300, 320, 340, 360,
  380, 400, 420, 440, 460, 480, 500, 550, 600, 650, 700, 750, 800, 850, 900, 950, 1000, 1100, 1200,
  1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 2200, 2400, 2600, 2800, 3000, 3500, 4000, 4500,
  5000, 6000, 7000, 8000, 9000, 10000, 15000, 20000, 30000, 40000, 50000, 75000, 1000000,
];

/** S = λ²NP(1−P) / (d²(N−1) + λ²P(1−P)), λ² = 3,841, P = 0,5, d = 0,05, rounded as the table is. */
function krejcieMorganFormula(populasi: number): number {
  const chi = 3.841;
  const p = 0.5;
  const d = 0.05;
  return Math.round((chi * populasi * p * (1 - p)) / (d * d * (populasi - 1) + chi * p * (1 - p)));
}

/**
 * Minimum respondents for a population (SKM.md §7): N ≤ 10 needs everyone; otherwise the table
 * row at the first N ≥ the population (conservative, as units read the table); above the
 * table's last row, its value.
 */
export function sampelMinimum(populasi: number): number {
  if (!Number.isInteger(populasi) || populasi < 1) {
    throw new LkjError(
      '#NUM!',
      `populasi ${formatAngka(populasi)} tidak sah; populasi harus bilangan bulat ≥ 1`,
    );
  }
  if (populasi <= 10) return populasi;
  const row = KREJCIE_MORGAN_N.find((n) => n >= populasi) ?? KREJCIE_MORGAN_N.at(-1)!;
  return krejcieMorganFormula(row);
}

/**
 * Unsur ordered from the lowest NRR (the Rencana Tindak Lanjut priorities, SKM.md §8); ties keep
 * the unsur order. Returns indexes into `nrr`.
 */
export function urutanNrr(nrr: readonly number[]): number[] {
  return nrr
    .map((value, index) => ({ value, index }))
    .sort((a, b) => a.value - b.value || a.index - b.index)
    .map((entry) => entry.index);
}

/** A way of arriving at a stated IKM that practice uses (SKM.md §5), with its value. */
export interface KonvensiIkm {
  nama: string;
  nilai: number;
}

/**
 * Every accepted reading of the IKM from the NRR: the rule (1/9) and each decimal weight at full
 * precision, and 0,111 on NRR rounded to 2 dp or on weighted NRR rounded to 2 or 3 dp.
 */
export function konvensiIkm(nrr: readonly number[]): KonvensiIkm[] {
  const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const readings: KonvensiIkm[] = BOBOT_SKM.map((bobot) => ({
    nama: `bobot ${bobot.teks}`,
    nilai: ikmDariNrr(nrr, bobot.nilai),
  }));
  readings.push(
    {
      nama: 'bobot 0,111 atas NRR dibulatkan 2 desimal',
      nilai: ikmDariNrr(
        nrr.map((v) => round(v, 2)),
        0.111,
      ),
    },
    {
      nama: 'bobot 0,111, NRR tertimbang dibulatkan 2 desimal',
      nilai: sum(nrr.map((v) => round(v * 0.111, 2))) * 25,
    },
    {
      nama: 'bobot 0,111, NRR tertimbang dibulatkan 3 desimal',
      nilai: sum(nrr.map((v) => round(v * 0.111, 3))) * 25,
    },
  );
  return readings;
}
