import { summarize, type Summary } from './stats.js';

export interface LatencyOptions {
  /** Stop after this many samples… */
  maxSamples: number;
  /** …or after this much measuring time (ms), whichever comes first. */
  maxMillis: number;
  /** Untimed calls first (JIT warm-up). */
  warmup: number;
  /** Calls per sample; a sample's value is the batch time divided by this (for sub-microsecond operations). */
  batch?: number;
}

export const DEFAULT_LATENCY: LatencyOptions = { maxSamples: 2000, maxMillis: 1500, warmup: 50 };

/** Shortens every measurement (bench --quick, a smoke test of the benchmark itself). */
export function quickLatency(): void {
  DEFAULT_LATENCY.maxSamples = 200;
  DEFAULT_LATENCY.maxMillis = 200;
  DEFAULT_LATENCY.warmup = 5;
}

/** Latency in microseconds: summary of per-call times over `samples`; the case's input varies with the call number `i`. */
export interface Latency extends Summary {
  batch: number;
}

/**
 * Times `fn(i)` repeatedly (i counts calls, so a case can walk a list of inputs) and summarises the
 * per-call time in microseconds. Batches calls when one call is too short for the clock.
 */
export function measure(fn: (i: number) => unknown, opts: Partial<LatencyOptions> = {}): Latency {
  const o = { ...DEFAULT_LATENCY, ...opts };
  let i = 0;
  let sink = 0;
  for (let w = 0; w < o.warmup; w++) sink ^= fn(i++) === undefined ? 0 : 1;
  const batch = o.batch ?? calibrate(fn, () => i++);
  const samples: number[] = [];
  const stop = performance.now() + o.maxMillis;
  while (samples.length < o.maxSamples && (samples.length < 10 || performance.now() < stop)) {
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) sink ^= fn(i++) === undefined ? 0 : 1;
    samples.push(((performance.now() - t0) * 1000) / batch);
  }
  if (sink === 42) console.log(''); // keep results alive
  return { ...summarize(samples), batch };
}

/** Smallest power of ten of calls that takes at least ~20 µs, so the clock's resolution does not dominate. */
function calibrate(fn: (i: number) => unknown, next: () => number): number {
  for (let batch = 1; batch < 100_000; batch *= 10) {
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) fn(next());
    if ((performance.now() - t0) * 1000 >= 20) return batch;
  }
  return 100_000;
}

/** Same as measure() for async functions (yoga.fetch), one call per sample. */
export async function measureAsync(fn: (i: number) => Promise<unknown>, opts: Partial<LatencyOptions> = {}): Promise<Latency> {
  const o = { ...DEFAULT_LATENCY, ...opts };
  let i = 0;
  for (let w = 0; w < o.warmup; w++) await fn(i++);
  const samples: number[] = [];
  const stop = performance.now() + o.maxMillis;
  while (samples.length < o.maxSamples && (samples.length < 10 || performance.now() < stop)) {
    const t0 = performance.now();
    await fn(i++);
    samples.push((performance.now() - t0) * 1000);
  }
  return { ...summarize(samples), batch: 1 };
}

export async function elapsedMs<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
