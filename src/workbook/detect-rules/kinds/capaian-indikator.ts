import type { KindRule } from '../rule';

/** Before the anggaran rule: an LKPJ capaian form carries its budget beside the capaian. */
export const capaianIndikator: KindRule = {
  id: 'tabel-capaian-indikator',
  kind: 'capaian',
  description:
    'Indikator dengan target dan realisasi kinerja, walau ada kolom anggaran di sampingnya ' +
    '(formulir LKPJ): tabel capaian.',
  apply: ({ has }) => has('target') && has('realisasi') && has('indikator'),
};
