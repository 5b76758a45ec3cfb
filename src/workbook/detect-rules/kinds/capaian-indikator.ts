import type { KindRule } from '../rule';

/** Before the anggaran rule: an LKPJ capaian form carries its budget beside the capaian. */
export const capaianIndikator: KindRule = {
  id: 'tabel-capaian-indikator',
  kind: 'capaian',
  description:
    'Indikator, target, realisasi dan capaian, walau ada kolom anggaran di sampingnya (formulir ' +
    'LKPJ): tabel capaian.',
  apply: ({ has }) => has('target') && has('realisasi') && has('capaian') && has('indikator'),
};
