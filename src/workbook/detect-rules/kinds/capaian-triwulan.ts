import type { KindRule } from '../rule';

/**
 * Before the IKM rule: a target/realisasi template per triwulan (TW I–IV beside or under Target
 * and Realisasi) is a capaian table, not quarterly IKM values.
 */
export const capaianTriwulan: KindRule = {
  id: 'tabel-capaian-triwulan',
  kind: 'capaian',
  description:
    'Target dan realisasi (tahunan atau per triwulan) bersama kolom triwulan TW I–IV, tanpa nilai IKM: tabel capaian triwulanan.',
  apply: ({ has }) =>
    has('target', 'target-triwulan') &&
    has('realisasi', 'realisasi-triwulan') &&
    has('triwulan', 'target-triwulan', 'realisasi-triwulan') &&
    !has('ikm'),
};
