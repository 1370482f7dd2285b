import { readFileSync } from 'node:fs';

/** Timing helpers for benchmarks: they print figures; they never assert on time (CI machines vary). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    await fn(input);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

export const summary = (samples: readonly number[]) => `p50 ${ms(percentile(samples, 50))} · p95 ${ms(percentile(samples, 95))} · max ${ms(Math.max(...samples))}`;

/** Peak resident memory of this process so far (Linux VmHWM), in MB. */
export function peakRssMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / (1024 * 1024);
}
