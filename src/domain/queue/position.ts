import type { PriorityRule } from './priority.js';

/**
 * How many waiting tickets of a service will be called before this one if nobody else arrived,
 * from counts the database gives cheaply. It follows `pickNext`: under `priority_first`,
 * priority tickets and aged regular ones earlier in line go first; under `interleave`, one
 * priority ticket per N regular calls.
 */
export type LineCounts = {
  /** Priority tickets earlier in line than this one. */
  priorityBefore: number;
  /** All waiting priority tickets (other than this one). */
  priorityAll: number;
  /** Regular tickets earlier in line than this one. */
  regularBefore: number;
  /** All waiting regular tickets (other than this one). */
  regularAll: number;
  /** Regular tickets earlier in line that have waited past the target. */
  agedBefore: number;
};

export function ticketsAhead(
  counts: LineCounts,
  ticket: { isPriority: boolean; isAged: boolean },
  rule: PriorityRule,
): number {
  if (rule.kind === 'interleave') {
    const n = rule.regularPerPriority;
    // N regular calls come before each priority call, whoever arrived first (at most all regulars).
    if (ticket.isPriority) return counts.priorityBefore + Math.min(counts.regularAll, n * (counts.priorityBefore + 1));
    return counts.regularBefore + Math.min(counts.priorityAll, Math.floor(counts.regularBefore / n) + 1);
  }
  if (ticket.isPriority) return counts.priorityBefore + counts.agedBefore;
  // Every regular ticket before an aged one is aged too (same target, earlier in line).
  if (ticket.isAged) return counts.priorityBefore + counts.regularBefore;
  return counts.priorityAll + counts.regularBefore;
}
