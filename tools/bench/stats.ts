/**
 * Timing and summary functions for the benchmark. Timings are medians: the machine is shared, so the
 * middle of several runs says more than their mean.
 */
import { performance } from 'node:perf_hooks';

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  readonly runs: number;
  /** Every run's time, so results.json shows the spread. */
  readonly samplesMs: readonly number[];
}

/**
 * Runs `body` `runs` times after `warmup` untimed runs (the JIT settles on the first ones) and keeps
 * the median. `setup` runs before each timed run and is not counted.
 */
export function timeRuns<S>(runs: number, body: (state: S) => unknown, setup: () => S, warmup = 1): Timing {
  for (let i = 0; i < warmup; i += 1) body(setup());
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const state = setup();
    const started = performance.now();
    body(state);
    samples.push(performance.now() - started);
  }
  return { medianMs: median(samples), runs, samplesMs: samples.map(round3) };
}

export async function timeRunsAsync<S>(runs: number, body: (state: S) => Promise<unknown>, setup: () => S, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await body(setup());
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const state = setup();
    const started = performance.now();
    await body(state);
    samples.push(performance.now() - started);
  }
  return { medianMs: median(samples), runs, samplesMs: samples.map(round3) };
}

export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Least-squares slope of log(time) against log(n): 1 means time grows linearly with n, 2 quadratically.
 * Called "linear" within 0.85–1.15, the noise a shared two-core machine leaves in three sizes.
 */
export function growthExponent(points: readonly { readonly n: number; readonly ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i += 1) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

export function describeGrowth(exponent: number): string {
  if (!Number.isFinite(exponent)) return 'not enough sizes to tell';
  if (exponent < 0.85) return 'sub-linear at these sizes';
  if (exponent <= 1.15) return 'linear';
  if (exponent <= 1.35) return 'slightly super-linear';
  return 'super-linear';
}

/**
 * Times several bodies in turn within each run (A, B, C, A, B, C…), so a busy moment on a shared machine
 * falls on all of them alike and their ratio stays fair. One untimed warm-up round first.
 */
export function timeInterleaved<K extends string>(runs: number, bodies: Readonly<Record<K, () => unknown>>): Record<K, Timing> {
  const keys = Object.keys(bodies) as K[];
  for (const key of keys) bodies[key]();
  const samples = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i += 1) {
    for (const key of keys) {
      const started = performance.now();
      bodies[key]();
      samples[key].push(performance.now() - started);
    }
  }
  return Object.fromEntries(keys.map((key) => [key, { medianMs: median(samples[key]), runs, samplesMs: samples[key].map(round3) }])) as unknown as Record<K, Timing>;
}
