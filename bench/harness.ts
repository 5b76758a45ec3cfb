/** Tiny timing helpers shared by the bench modules (no timing assertions live in tests). */
import { performance } from 'node:perf_hooks';

export interface Timing {
  label: string;
  evaluations: number;
  /** Best of the rounds, in milliseconds. */
  ms: number;
}

let sink = 0;

/** Runs `work` (which performs `evaluations` evaluations and returns a checksum) a few rounds. */
export function measure(
  label: string,
  evaluations: number,
  work: () => number,
  rounds = 7,
): Timing {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    sink += work();
    best = Math.min(best, performance.now() - start);
  }
  return { label, evaluations, ms: best };
}

/** The checksum of every run, printed so no loop can be optimised away. */
export function checksum(): number {
  return sink;
}

export function perSecond(timing: Timing): number {
  return (timing.evaluations / timing.ms) * 1000;
}

export function printTimings(title: string, timings: Timing[]): void {
  console.log(`\n${title}`);
  for (const timing of timings) {
    const rate = Math.round(perSecond(timing)).toLocaleString('en-US');
    const nsEach = ((timing.ms * 1e6) / timing.evaluations).toFixed(1);
    console.log(
      `  ${timing.label.padEnd(44)} ${timing.ms.toFixed(1).padStart(8)} ms  ${nsEach.padStart(7)} ns/evaluasi  ${rate.padStart(13)} /detik`,
    );
  }
}

export function printRatio(label: string, slower: Timing, baseline: Timing): void {
  console.log(`  rasio ${label}: ${(slower.ms / baseline.ms).toFixed(2)}×`);
}
