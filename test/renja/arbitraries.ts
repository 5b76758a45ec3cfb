/** Random Renja rows for the engine tests: every jenis, quarters missing, 0, Rp above its pagu. */
import fc from 'fast-check';
import { AKUMULASI_TYPES } from '../../src/core/akumulasi';
import type { RenjaMeasure, RenjaPlan, RenjaRow, Triwulan } from '../../src/renja';

/** Values as staff type them: whole numbers or two decimals, 0 included, or left blank. */
const value = (max: number) =>
  fc.option(
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max }),
      fc.integer({ min: 0, max: max * 100 }).map((v) => v / 100),
    ),
    { nil: undefined },
  );

const measure = (max: number): fc.Arbitrary<RenjaMeasure> =>
  fc.record({
    renstra: value(max),
    lalu: value(max),
    target: value(max),
    quarters: fc.array(value(max), { minLength: 4, maxLength: 4 }),
  });

export const row: fc.Arbitrary<RenjaRow> = fc
  .record({
    jenis: fc.constantFrom(...AKUMULASI_TYPES),
    k: measure(200),
    rp: fc.option(measure(5e9), { nil: undefined }),
    indicator: fc.boolean(),
    arah: fc.constantFrom('naik' as const, 'turun' as const),
  })
  .map(({ jenis, k, rp, indicator, arah }) => {
    const out: RenjaRow = {
      id: 'x',
      sasaran: '',
      uraian: rp ? 'Program X' : '',
      indicator: indicator || !rp ? 'Indikator' : '',
      satuan: '',
      jenis,
      jenisFrom: 'pilihan',
      arah,
      arahFrom: 'pilihan',
      notes: [],
      k,
      unitPj: '',
      keterangan: '',
    };
    if (rp) out.rp = rp;
    return out;
  });

export function planOf(rows: RenjaRow[], tw: Triwulan): RenjaPlan {
  return { year: 2025, tw, rows, source: { kind: 'tabel' }, signature: { jabatan: [] }, notes: [] };
}
