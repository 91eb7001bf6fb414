/** A tiny benchmark harness: warm up, time many runs, report median and p95 (ms). */

export interface BenchResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
  note?: string;
}

export interface Bench {
  /** Times `fn` `runs` times after `warmup` calls; returns and records the result. */
  measure(name: string, fn: () => unknown, options?: { runs?: number; warmup?: number; note?: string }): BenchResult;
  /** Records a result measured elsewhere (e.g. in a browser). */
  record(result: BenchResult): void;
  /** A free-form line in the report (ratios, sizes). */
  note(line: string): void;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarize(name: string, samplesMs: number[], note?: string): BenchResult {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { name, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), runs: sorted.length, note };
}

export function createBench(): { bench: Bench; results: BenchResult[]; notes: string[] } {
  const results: BenchResult[] = [];
  const notes: string[] = [];
  const bench: Bench = {
    measure(name, fn, options = {}) {
      const runs = options.runs ?? 200;
      for (let i = 0; i < (options.warmup ?? 20); i++) fn();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        fn();
        samples.push(performance.now() - t0);
      }
      const result = summarize(name, samples, options.note);
      results.push(result);
      return result;
    },
    record(result) {
      results.push(result);
    },
    note(line) {
      notes.push(line);
    },
  };
  return { bench, results, notes };
}
