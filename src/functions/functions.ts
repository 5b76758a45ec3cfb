/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator reads `any[][]` as a range */
/**
 * The custom functions Excel sees (namespace LKJ). The JSDoc here becomes functions.json, so it
 * is what users read in Excel: Bahasa Indonesia. Parameters are ranges (`any[][]`): a single
 * value arrives as a 1×1 range, and a range in gives the same-shaped range out.
 */
import { FUNCTIONS as F } from './definitions';

/**
 * Capaian kinerja (%): realisasi / target × 100, atau untuk arah "turun" (makin rendah makin baik) (2 × target − realisasi) / target × 100.
 * @customfunction CAPAIAN
 * @param target Target kinerja: angka atau teks angka Indonesia (95,23). Boleh rentang.
 * @param realisasi Realisasi kinerja: angka atau teks angka Indonesia. Boleh rentang.
 * @param arah "naik" (bawaan: makin tinggi makin baik) atau "turun" (makin rendah makin baik).
 * @returns Capaian dalam persen.
 */
export function capaian(target: any[][], realisasi: any[][], arah?: any[][]): any[][] {
  return F.CAPAIAN.call(target, realisasi, arah) as any[][];
}

/**
 * Predikat capaian menurut skala: "LKJ" (bawaan: Sangat berhasil ≥ 95, Berhasil ≥ 80, Cukup berhasil ≥ 50, Tidak berhasil), "P86", "IKM", atau skala sendiri.
 * @customfunction PREDIKAT
 * @param capaian Capaian dalam persen (angka atau teks angka). Boleh rentang.
 * @param skala "LKJ" (bawaan), "P86", "IKM", atau rentang dua kolom: batas bawah, predikat.
 * @returns Predikat, misalnya "Berhasil".
 */
export function predikat(capaian: any[][], skala?: any[][]): any[][] {
  return F.PREDIKAT.call(capaian, skala) as any[][];
}

/**
 * Persentase: pembilang / penyebut × 100.
 * @customfunction PERSEN
 * @param pembilang Pembilang (angka atau teks angka). Boleh rentang.
 * @param penyebut Penyebut, bukan 0 (angka atau teks angka). Boleh rentang.
 * @returns Persentase.
 */
export function persen(pembilang: any[][], penyebut: any[][]): any[][] {
  return F.PERSEN.call(pembilang, penyebut) as any[][];
}

/**
 * Serapan anggaran (%): realisasi anggaran / pagu × 100.
 * @customfunction SERAPAN
 * @param pagu Pagu anggaran, bukan 0 (angka atau teks seperti "Rp 2.486.022.481"). Boleh rentang.
 * @param realisasi Realisasi anggaran (angka atau teks angka). Boleh rentang.
 * @returns Serapan dalam persen.
 */
export function serapan(pagu: any[][], realisasi: any[][]): any[][] {
  return F.SERAPAN.call(pagu, realisasi) as any[][];
}

/**
 * Efisiensi: capaian kinerja − serapan anggaran, dalam poin persen.
 * @customfunction EFISIENSI
 * @param capaian_kinerja Capaian kinerja (%). Boleh rentang.
 * @param serapan Serapan anggaran (%). Boleh rentang.
 * @returns Selisih dalam poin persen.
 */
export function efisiensi(capaian_kinerja: any[][], serapan: any[][]): any[][] {
  return F.EFISIENSI.call(capaian_kinerja, serapan) as any[][];
}

/**
 * Angka yang dimaksud oleh teks angka Indonesia: "95,23" → 95,23; "Rp 2.486.022.481,-" → 2486022481; "93,54 %" → 93,54.
 * @customfunction ANGKA
 * @param teks Teks angka (koma desimal, titik ribuan). Boleh rentang.
 * @returns Angkanya.
 */
export function angka(teks: any[][]): any[][] {
  return F.ANGKA.call(teks) as any[][];
}

/**
 * Nilai rata-rata (NRR) satu unsur SKM (PermenPAN-RB 14/2017): jumlah jawaban dibagi jumlah jawaban yang terisi; sel kosong tidak dihitung.
 * @customfunction NRR
 * @param jawaban Satu kolom jawaban 1–4 (satu sel per responden) untuk satu unsur.
 * @returns NRR unsur itu (1–4).
 */
export function nrr(jawaban: any[][]): number | CustomFunctions.Error {
  return F.NRR.call(jawaban) as number | CustomFunctions.Error;
}

/**
 * Indeks Kepuasan Masyarakat dari jawaban SKM (PermenPAN-RB 14/2017): Σ NRR sembilan unsur × bobot × 25, NRR tiap unsur atas jawaban yang terisi.
 * @customfunction IKM
 * @param jawaban Rentang jawaban 1–4: satu baris per responden, sembilan kolom (satu per unsur). Sel kosong tidak dihitung.
 * @param bobot Bobot tiap unsur: 1/9 (bawaan, aturan), atau konvensi 0,1111, 0,111, 0,11.
 * @returns Nilai IKM (25–100).
 */
export function ikm(jawaban: any[][], bobot?: any[][]): number | CustomFunctions.Error {
  return F.IKM.call(jawaban, bobot) as number | CustomFunctions.Error;
}

/**
 * Mutu pelayanan dari nilai IKM: "A (Sangat Baik)", "B (Baik)", "C (Kurang Baik)" atau "D (Tidak Baik)".
 * @customfunction MUTUIKM
 * @param ikm Nilai IKM 25–100. Boleh rentang.
 * @returns Mutu pelayanan.
 */
export function mutuikm(ikm: any[][]): any[][] {
  return F.MUTUIKM.call(ikm) as any[][];
}

/**
 * Bilangan bulat dalam kata-kata bahasa Indonesia (sampai 999 triliun), misalnya "dua ribu lima ratus".
 * @customfunction TERBILANG
 * @param angka Bilangan bulat (angka atau teks angka). Boleh rentang.
 * @param rupiah TRUE atau "rupiah" menambahkan kata "rupiah".
 * @returns Kata-katanya.
 */
export function terbilang(angka: any[][], rupiah?: any[][]): any[][] {
  return F.TERBILANG.call(angka, rupiah) as any[][];
}

/**
 * Memeriksa NIP PNS (18 digit: tanggal lahir, TMT CPNS, jenis kelamin, nomor urut): "valid" atau "tidak valid: " dan alasannya.
 * @customfunction NIP
 * @param nip NIP sebagai teks; spasi boleh. Boleh rentang.
 * @param bagian Kosong untuk memeriksa; "lahir" atau "tmt" memberi tanggal (nomor seri Excel), "kelamin" memberi "Laki-laki"/"Perempuan".
 * @returns "valid", "tidak valid: …", atau bagian yang diminta.
 */
export function nip(nip: any[][], bagian?: any[][]): any[][] {
  return F.NIP.call(nip, bagian) as any[][];
}

/**
 * Realisasi setahun (atau s.d. triwulan ini) dari nilai triwulan menurut jenis indikator: kumulatif dijumlahkan, nilai akhir memakai triwulan terakhir yang terisi, rata-rata dirata-ratakan. Sel kosong = triwulan yang belum terisi.
 * @customfunction AKUMULASI
 * @param triwulan Rentang nilai triwulan berurutan (TW I sampai TW IV), satu baris atau satu kolom; sel kosong dilewati.
 * @param jenis "kumulatif" (bawaan), "nilai akhir" atau "rata-rata".
 * @returns Realisasi tahun berjalan.
 */
export function akumulasi(triwulan: any[][], jenis?: any[][]): number | CustomFunctions.Error {
  return F.AKUMULASI.call(triwulan, jenis) as number | CustomFunctions.Error;
}
