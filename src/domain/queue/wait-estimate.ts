/**
 * A waiting-time estimate a citizen can trust: a range, not a false precision. The spread of
 * recent service times of the service gives the range; the counters serving it now divide the
 * work ahead. With no history yet, the service's target waiting time is used as a guess and
 * said to be one.
 */

export type WaitEstimate = {
  /** Lower and upper bound in whole minutes (rounded to 5 above 30). */
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly basis: 'recent_service_times' | 'target_wait';
  readonly countersOpen: number;
};

/** Service durations in minutes of recent visits (newest first is fine; order is ignored). */
export function estimateWait(input: {
  ticketsAhead: number;
  recentServiceMinutes: readonly number[];
  countersOpen: number;
  targetWaitMinutes: number;
}): WaitEstimate | undefined {
  const { ticketsAhead, countersOpen } = input;
  if (ticketsAhead <= 0) return { minMinutes: 0, maxMinutes: 0, basis: 'recent_service_times', countersOpen };
  // Nobody serves it right now: any figure would be invented.
  if (countersOpen <= 0) return undefined;
  const samples = input.recentServiceMinutes.filter((m) => Number.isFinite(m) && m >= 0);
  if (samples.length < 3) {
    const guess = input.targetWaitMinutes;
    return {
      minMinutes: roundMinutes(guess * 0.5),
      maxMinutes: roundMinutes(guess * 1.5),
      basis: 'target_wait',
      countersOpen,
    };
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const low = quantile(sorted, 0.25);
  const high = quantile(sorted, 0.75);
  const rounds = ticketsAhead / countersOpen;
  const min = roundMinutes(Math.max(0, rounds * low));
  const max = roundMinutes(Math.max(rounds * high, min + 1));
  return { minMinutes: min, maxMinutes: Math.max(max, min), basis: 'recent_service_times', countersOpen };
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const a = sorted[below] ?? 0;
  const b = sorted[above] ?? a;
  return a + (b - a) * (position - below);
}

function roundMinutes(minutes: number): number {
  if (minutes <= 30) return Math.round(minutes);
  return Math.round(minutes / 5) * 5;
}
