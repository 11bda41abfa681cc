/** Timing and memory helpers shared by the benchmarks. */

/** Times of repeated runs of one measurement. */
export interface Timing {
  best: number;
  median: number;
  runs: number[];
}

/** Runs `fn` `runs` times in sequence and reports the best and median wall time (ms). */
export async function measure(runs: number, fn: () => Promise<unknown> | unknown): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { best: sorted[0] ?? Number.NaN, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, runs: times };
}

/** `45 µs` / `12.3 ms` / `4.56 s`. */
export function ms(value: number): string {
  if (value < 1) return `${(value * 1000).toFixed(0)} µs`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

/** `best 1.23 s, median 1.30 s`. */
export function timing(t: Timing): string {
  return `best ${ms(t.best)}, median ${ms(t.median)} (runs: ${t.runs.map(ms).join(', ')})`;
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Samples `process.memoryUsage().rss` every `intervalMs` until stopped; returns the peak seen. */
export function rssSampler(intervalMs = 50): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}
