import type { KindRule } from '../rule';

/** A NIP column is only ever a staff list's, with or without pangkat and jabatan. */
export const sdmNip: KindRule = {
  id: 'tabel-sdm-nip',
  kind: 'sdm',
  description: 'Kolom NIP, NI PPPK atau "NIP Baru" (dengan atau tanpa nama): tabel pegawai (SDM).',
  apply: ({ has }) => has('nip', 'nama-nip'),
};
