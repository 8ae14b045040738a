/**
 * Who is called next. UU 25/2009 Pasal 29 requires special treatment (perlakuan khusus) for
 * vulnerable groups; no regulation fixes how (DOMAIN.md section 9.2, UNCONFIRMED), so the rule
 * is configuration per MPP:
 * - `priority_first`: priority tickets first, but a regular ticket that has waited longer than
 *   its service's target waiting time ("aged") ranks with them, in order of arrival, so it is
 *   called before priority tickets that came after it (DOMAIN.md section 0, Queue).
 * - `interleave`: one priority ticket after every N regular calls at the counter.
 * Within a class, the earliest `orderAt` wins: the arrival time (kept through transfers), or the
 * booked time for appointments.
 */

export const PRIORITY_GROUPS = [
  'disability',
  'elderly',
  'pregnant',
  'with_infant',
  'child',
  'disaster_victim',
] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const PRIORITY_RULES = ['priority_first', 'interleave'] as const;
export type PriorityRuleKind = (typeof PRIORITY_RULES)[number];

export type PriorityRule =
  | { readonly kind: 'priority_first' }
  | { readonly kind: 'interleave'; readonly regularPerPriority: number };

/** A waiting ticket as the calling rule sees it. */
export type CallCandidate = {
  readonly id: string;
  readonly isPriority: boolean;
  /** Arrival (or booked) time: the place in line. */
  readonly orderAt: Date;
  /** When a regular ticket has waited its service's target time; priority tickets ignore it. */
  readonly agedAt: Date;
};

/** Counter state the interleave rule needs: regular calls since the last priority call. */
export type CounterCallState = { readonly regularStreak: number };

/** Earliest in line first; the id breaks ties so the order is total and repeatable. */
export function compareInLine(a: CallCandidate, b: CallCandidate): number {
  const byTime = a.orderAt.getTime() - b.orderAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function isAged(c: CallCandidate, now: Date): boolean {
  return !c.isPriority && c.agedAt.getTime() <= now.getTime();
}

function earliest<C extends CallCandidate>(candidates: readonly C[]): C | undefined {
  let best: C | undefined;
  for (const c of candidates) if (best === undefined || compareInLine(c, best) < 0) best = c;
  return best;
}

/**
 * The ticket to call now from `candidates` (the waiting tickets the counter may serve; passing
 * only the head of each service's priority and regular line is enough, since order within a
 * line never changes), or undefined when none wait.
 */
export function pickNext<C extends CallCandidate>(
  candidates: readonly C[],
  rule: PriorityRule,
  state: CounterCallState,
  now: Date,
): C | undefined {
  const priority = candidates.filter((c) => c.isPriority);
  const regular = candidates.filter((c) => !c.isPriority);
  switch (rule.kind) {
    case 'priority_first': {
      const first = earliest([...priority, ...regular.filter((c) => isAged(c, now))]);
      return first ?? earliest(regular);
    }
    case 'interleave': {
      const priorityTurn = state.regularStreak >= rule.regularPerPriority;
      const preferred = priorityTurn ? earliest(priority) : earliest(regular);
      return preferred ?? earliest(priorityTurn ? regular : priority);
    }
    default: {
      const unreachable: never = rule;
      throw new Error(`unknown priority rule ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The counter's state after calling `called`. */
export function nextCallState(state: CounterCallState, called: CallCandidate): CounterCallState {
  return { regularStreak: called.isPriority ? 0 : state.regularStreak + 1 };
}

/**
 * The whole calling order of `waiting` if nobody else arrived, simulated call by call from
 * `state`: used for a ticket's position and for testing the rule against a stream of arrivals.
 */
export function callingOrder<C extends CallCandidate>(
  waiting: readonly C[],
  rule: PriorityRule,
  state: CounterCallState,
  now: Date,
): C[] {
  const left = [...waiting];
  const order: C[] = [];
  let current = state;
  while (left.length > 0) {
    const next = pickNext(left, rule, current, now);
    if (next === undefined) break;
    order.push(next);
    left.splice(left.indexOf(next), 1);
    current = nextCallState(current, next);
  }
  return order;
}
