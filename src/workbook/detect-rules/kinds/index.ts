/** The table-kind rules (DOMAIN section 6) in the order they are tried: the first that holds names the kind. */
import type { KindRule } from '../rule';
import { anggaran } from './anggaran';
import { capaian } from './capaian';
import { capaianIndikator } from './capaian-indikator';
import { efisiensi } from './efisiensi';
import { ikmTriwulan } from './ikm-triwulan';
import { multiTahun } from './multi-tahun';
import { perbandinganPd } from './perbandingan-pd';
import { pk } from './pk';
import { renja } from './renja-form';
import { sdm } from './sdm';
import { skm } from './skm';
import { sdmNip } from './sdm-nip';
import { capaianTriwulan } from './capaian-triwulan';
import { penghitungan } from './penghitungan';

export const KIND_RULES: readonly KindRule[] = [
  skm,
  sdm,
  sdmNip,
  penghitungan,
  efisiensi,
  renja,
  capaianTriwulan,
  ikmTriwulan,
  multiTahun,
  perbandinganPd,
  capaianIndikator,
  anggaran,
  capaian,
  pk,
];
