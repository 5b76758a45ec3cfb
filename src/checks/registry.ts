/**
 * Every check, in the order of DOMAIN section 7, then the ids proposed in docs/decisions.md.
 * Adding a check: write its module, list it here.
 */
import type { Check } from './check';
import { rule as angkaTeks } from './angka-teks';
import { rule as angkaFormat } from './angka-format';
import { rule as nilaiKosong } from './nilai-kosong';
import { rule as targetNol } from './target-nol';
import { rule as capaianSalah } from './capaian-salah';
import { rule as predikatSalah } from './predikat-salah';
import { rule as jumlahSalah } from './jumlah-salah';
import { rule as hitungSalah } from './hitung-salah';
import { rule as serapanSalah } from './serapan-salah';
import { rule as efisiensiSalah } from './efisiensi-salah';
import { rule as targetBerbeda } from './target-berbeda';
import { rule as realisasiBerbeda } from './realisasi-berbeda';
import { rule as tahunKembar } from './tahun-kembar';
import { rule as nipSalah } from './nip-salah';
import { rule as nipKembar } from './nip-kembar';
import { rule as pangkatGolongan } from './pangkat-golongan';
import { rule as selError } from './sel-error';
import { rule as arahTurun } from './arah-turun';
import { rule as rumusKolom } from './rumus-kolom';
import { rule as akumulasiSalah } from './akumulasi-salah';
import { rule as akumulasiRumus } from './akumulasi-rumus';
import { rule as galatTemplat } from './galat-templat';
import { rule as angkaSatuan } from './angka-satuan';
import { rule as skmNilai } from './skm-nilai';
import { rule as skmKosong } from './skm-kosong';
import { rule as nrrSalah } from './nrr-salah';
import { rule as ikmSalah } from './ikm-salah';
import { rule as ikmBobot } from './ikm-bobot';
import { rule as ikmKonvensi } from './ikm-konvensi';
import { rule as mutuSalah } from './mutu-salah';
import { rule as skmSampel } from './skm-sampel';
import { rule as skmProfil } from './skm-profil';

export const checks: readonly Check[] = [
  angkaTeks,
  angkaFormat,
  nilaiKosong,
  targetNol,
  capaianSalah,
  predikatSalah,
  jumlahSalah,
  hitungSalah,
  serapanSalah,
  efisiensiSalah,
  targetBerbeda,
  realisasiBerbeda,
  tahunKembar,
  nipSalah,
  nipKembar,
  pangkatGolongan,
  selError,
  arahTurun,
  rumusKolom,
  akumulasiSalah,
  akumulasiRumus,
  galatTemplat,
  angkaSatuan,
  skmNilai,
  skmKosong,
  nrrSalah,
  ikmSalah,
  ikmBobot,
  ikmKonvensi,
  mutuSalah,
  skmSampel,
  skmProfil,
];
