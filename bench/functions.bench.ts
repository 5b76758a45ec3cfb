/**
 * The custom functions through the shared wrapper against the bare arithmetic, 1,000,000
 * evaluations each. Targets: wrapper within 3× of `r / t * 100`; ANGKA above 2 million texts/s.
 * Excel passes a single value to a range parameter as a 1×1 range and null for an omitted
 * optional argument, so that call is measured too, against bare arithmetic of the same shape.
 */
import { readAngka } from '../src/core/angka';
import { REGISTRY } from '../src/functions/registry';
import { measure, perSecond, printRatio, printTimings } from './harness';

const EVALUATIONS = 1_000_000;
const SIZE = 1024; // a power of two: index with `& MASK`
const MASK = SIZE - 1;
const RANGE_CELLS = 10_000;

const targets = Array.from({ length: SIZE }, (_, i) => 50 + (i % 97) + (i % 7) / 4);
const realisasi = Array.from({ length: SIZE }, (_, i) => 40 + ((i * 31) % 89) + (i % 5) / 4);
const formatted = (n: number): string => n.toFixed(2).replace('.', ',');
const targetTexts = targets.map(formatted);
const realisasiTexts = realisasi.map(formatted);
const mixedTexts = Array.from({ length: SIZE }, (_, i) =>
  i % 3 === 0
    ? `Rp ${(i * 1_234_567).toLocaleString('id-ID')}`
    : i % 3 === 1
      ? formatted(targets[i])
      : `${formatted(realisasi[i])} %`,
);

export function run(): void {
  const { CAPAIAN, PREDIKAT, ANGKA } = REGISTRY;
  const bare = measure('r / t * 100 (tanpa pembungkus)', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) sum += (realisasi[i & MASK] / targets[i & MASK]) * 100;
    return sum;
  });
  const wrapped = measure('LKJ.CAPAIAN, angka', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++)
      sum += CAPAIAN.run(targets[i & MASK], realisasi[i & MASK]) as number;
    return sum;
  });
  const targetCells = targets.map((value) => [[value]]);
  const realisasiCells = realisasi.map((value) => [[value]]);
  // Both loops keep each answer, as Excel keeps what the add-in returns: otherwise the engine
  // proves the bare [[…]] unused and never allocates it, while ours, returned from a call, is.
  const answers: unknown[] = new Array(SIZE);
  const bareCells = measure('[[r / t * 100]] dari [[t]], [[r]]', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) {
      const out = [[(realisasiCells[i & MASK][0][0] / targetCells[i & MASK][0][0]) * 100]];
      answers[i & MASK] = out;
      sum += out[0][0];
    }
    return sum;
  });
  const excelCall = measure('LKJ.CAPAIAN seperti Excel ([[t]], [[r]], null)', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) {
      const out = CAPAIAN.run(targetCells[i & MASK], realisasiCells[i & MASK], null) as number[][];
      answers[i & MASK] = out;
      sum += out[0][0];
    }
    return sum;
  });
  const texts = measure('LKJ.CAPAIAN, teks angka ("95,23")', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) {
      sum += CAPAIAN.run(targetTexts[i & MASK], realisasiTexts[i & MASK]) as number;
    }
    return sum;
  });
  const ratings = measure('LKJ.PREDIKAT, angka', EVALUATIONS, () => {
    let length = 0;
    for (let i = 0; i < EVALUATIONS; i++)
      length += (PREDIKAT.run(realisasi[i & MASK]) as string).length;
    return length;
  });
  const reader = measure('readAngka (teks campuran)', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) sum += readAngka(mixedTexts[i & MASK]).value as number;
    return sum;
  });
  const angka = measure('LKJ.ANGKA (teks campuran)', EVALUATIONS, () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) sum += ANGKA.run(mixedTexts[i & MASK]) as number;
    return sum;
  });
  const column = (values: number[]): number[][] =>
    Array.from({ length: RANGE_CELLS }, (_, i) => [values[i & MASK]]);
  const targetColumn = column(targets);
  const realisasiColumn = column(realisasi);
  const repeats = EVALUATIONS / RANGE_CELLS;
  const rangeCall = measure(
    `1 panggilan rentang ${RANGE_CELLS} sel (×${repeats})`,
    EVALUATIONS,
    () => {
      let sum = 0;
      for (let k = 0; k < repeats; k++) {
        const out = CAPAIAN.run(targetColumn, realisasiColumn) as number[][];
        sum += out[k][0];
      }
      return sum;
    },
  );
  const singleCalls = measure(
    `${RANGE_CELLS} panggilan tunggal 1×1 (×${repeats})`,
    EVALUATIONS,
    () => {
      let sum = 0;
      for (let k = 0; k < repeats; k++) {
        for (let i = 0; i < RANGE_CELLS; i++) {
          const out = CAPAIAN.run(targetCells[i & MASK], realisasiCells[i & MASK], null);
          sum += (out as number[][])[0][0];
        }
      }
      return sum;
    },
  );
  printTimings('Fungsi kustom (1.000.000 evaluasi tiap baris)', [
    bare,
    wrapped,
    bareCells,
    excelCall,
    texts,
    ratings,
    reader,
    angka,
    rangeCall,
    singleCalls,
  ]);
  printRatio('CAPAIAN lewat pembungkus / ekspresi polos (target ≤ 3)', wrapped, bare);
  printRatio('CAPAIAN seperti Excel / ekspresi polos sebentuk (target ≤ 3)', excelCall, bareCells);
  printRatio('CAPAIAN teks / CAPAIAN angka', texts, wrapped);
  printRatio('10.000 panggilan tunggal / 1 panggilan rentang', singleCalls, rangeCall);
  console.log(
    `  readAngka: ${Math.round(perSecond(reader)).toLocaleString('en-US')} teks/detik, LKJ.ANGKA: ${Math.round(perSecond(angka)).toLocaleString('en-US')} teks/detik (target > 2.000.000)`,
  );
}
