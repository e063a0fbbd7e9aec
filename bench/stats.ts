/** Timing helpers shared by the benchmarks. Figures are printed, never asserted. */
export interface Summary {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

export function summarize(samplesMs: number[]): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: pick(0.5), p95: pick(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, n: sorted.length };
}

export function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface BenchRow {
  name: string;
  figure: Summary;
  baselineName: string;
  baseline: Summary;
  note?: string;
  /** What the figures measure: milliseconds unless said (MB for sizes, count for tallies). */
  unit?: 'ms' | 'MB' | 'count';
}

/** One measurement (a size, a count) as a Summary, for rows that are not timings. */
export function single(value: number): Summary {
  return { p50: value, p95: value, mean: value, n: 1 };
}

export function printRow(row: BenchRow): void {
  const ms = (v: number) =>
    row.unit === 'MB' ? `${v.toFixed(1)} MB` : row.unit === 'count' ? v.toFixed(1) : `${v.toFixed(v < 1 ? 3 : 2)} ms`;
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '∞');
  console.log(`\n▶ ${row.name}  (n=${row.figure.n})`);
  console.log(`  figure    p50 ${ms(row.figure.p50)}   p95 ${ms(row.figure.p95)}`);
  console.log(`  baseline  p50 ${ms(row.baseline.p50)}   p95 ${ms(row.baseline.p95)}   — ${row.baselineName}`);
  console.log(`  ratio     p50 ×${ratio(row.figure.p50, row.baseline.p50)}   p95 ×${ratio(row.figure.p95, row.baseline.p95)}  (figure / baseline)`);
  if (row.note) console.log(`  note      ${row.note}`);
}
