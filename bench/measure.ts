// Small timing helpers shared by the benchmarks.

import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Median wall time in ms of `fn`, after warm-up runs: at least `runs` runs and, for quick functions,
 * as many as fit in about a second (so that the optimising compiler has settled).
 */
export function medianMs(fn: () => void, runs = 5): number {
  const t0 = performance.now();
  fn();
  fn();
  const first = (performance.now() - t0) / 2;
  const total = Math.min(50, Math.max(runs, Math.ceil(1000 / Math.max(first, 1))));
  const times: number[] = [];
  for (let i = 0; i < total; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

export function row(...cells: Array<string | number>): void {
  process.stdout.write(`| ${cells.join(' | ')} |\n`);
}

/** A process's resident memory now and at its peak (Linux: /proc), NaN elsewhere. */
export function rss(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}
