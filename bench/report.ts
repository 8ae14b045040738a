/** Percentiles and the printed table of a benchmark run. */
export type Row = { engine: string; measure: string; baseline: string; result: string; ratio: number };

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function printTable(rows: Row[]) {
  const lines = [
    '| engine | measure | baseline (same run) | result | ratio |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.engine} | ${r.measure} | ${r.baseline} | ${r.result} | ${r.ratio.toFixed(2)}x |`),
  ];
  console.log(lines.join('\n'));
}
