import type { KindRule } from '../rule';

export const sdm: KindRule = {
  id: 'tabel-sdm',
  kind: 'sdm',
  description: 'Kolom nama/NIP bersama pangkat, golongan atau jabatan: tabel pegawai (SDM).',
  apply: ({ has }) => has('nama', 'nip', 'nama-nip') && has('pangkat', 'golongan', 'jabatan'),
};
