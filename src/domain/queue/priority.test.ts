import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallCandidate, type PriorityRule, callingOrder, nextCallState, pickNext } from './priority.js';

const NOW = new Date('2026-11-27T03:00:00Z');
const MINUTE = 60_000;

function minutesFromNow(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * MINUTE);
}

function candidate(fields: { id: string; isPriority: boolean; orderAt: Date; agedAt: Date }): CallCandidate {
  return fields;
}

/** The line's order by definition: earlier orderAt first, then the smaller id. */
function isBeforeInLine(a: CallCandidate, b: CallCandidate): boolean {
  if (a.orderAt.getTime() !== b.orderAt.getTime()) return a.orderAt.getTime() < b.orderAt.getTime();
  return a.id < b.id;
}

function isAgedRegular(c: CallCandidate): boolean {
  return !c.isPriority && c.agedAt.getTime() <= NOW.getTime();
}

function ids(candidates: readonly CallCandidate[]): string[] {
  return candidates.map((c) => c.id);
}

function isInLineOrder(candidates: readonly CallCandidate[]): boolean {
  return candidates.every((c, i) => i === 0 || isBeforeInLine(candidates[i - 1] as CallCandidate, c));
}

/**
 * A stream of waiting tickets: a small minute range so that equal order times (ties broken by
 * id) are common, and aged times on both sides of `now`. Ids are shuffled so they do not follow
 * the order of arrival.
 */
const arrivalsArb = fc
  .array(
    fc.record({
      isPriority: fc.boolean(),
      orderMinute: fc.integer({ min: -90, max: 10 }),
      agedMinute: fc.integer({ min: -30, max: 30 }),
      idKey: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      candidate({
        id: `t${r.idKey}-${i}`,
        isPriority: r.isPriority,
        orderAt: minutesFromNow(r.orderMinute),
        agedAt: minutesFromNow(r.agedMinute),
      }),
    ),
  );

function ticketArb(isPriority: boolean): fc.Arbitrary<CallCandidate> {
  return fc
    .record({ orderMinute: fc.integer({ min: -90, max: 10 }), agedMinute: fc.integer({ min: -30, max: 30 }) })
    .map((r) =>
      candidate({
        id: 'called',
        isPriority,
        orderAt: minutesFromNow(r.orderMinute),
        agedAt: minutesFromNow(r.agedMinute),
      }),
    );
}

/** Waiting tickets of one service: every regular ticket ages after the same target wait. */
const oneServiceArb = fc.integer({ min: 0, max: 60 }).chain((targetMinutes) =>
  fc
    .array(fc.record({ isPriority: fc.boolean(), orderMinute: fc.integer({ min: -90, max: 10 }) }), { maxLength: 25 })
    .map((rows) =>
      rows.map((r, i) =>
        candidate({
          id: `t${i}`,
          isPriority: r.isPriority,
          orderAt: minutesFromNow(r.orderMinute),
          agedAt: minutesFromNow(r.orderMinute + targetMinutes),
        }),
      ),
    ),
);

const interleaveArb = fc
  .integer({ min: 1, max: 5 })
  .map((n): PriorityRule => ({ kind: 'interleave', regularPerPriority: n }));
const ruleArb = fc.oneof(fc.constant<PriorityRule>({ kind: 'priority_first' }), interleaveArb);
const stateArb = fc.integer({ min: 0, max: 8 }).map((regularStreak) => ({ regularStreak }));

/**
 * Reference model of the interleave rule, written from its statement: after N regular calls
 * one priority call if one waits; when the class whose turn it is has nobody, the other class
 * is called instead. Each class is served in line order.
 */
function interleaveReference(
  waiting: readonly CallCandidate[],
  regularPerPriority: number,
  startStreak: number,
): string[] {
  const byLine = (a: CallCandidate, b: CallCandidate) => (isBeforeInLine(a, b) ? -1 : 1);
  const priority = waiting.filter((c) => c.isPriority).sort(byLine);
  const regular = waiting.filter((c) => !c.isPriority).sort(byLine);
  const called: string[] = [];
  let regularCallsSincePriority = startStreak;
  while (priority.length > 0 || regular.length > 0) {
    const wantsPriority = regularCallsSincePriority >= regularPerPriority;
    const takePriority = wantsPriority ? priority.length > 0 : regular.length === 0;
    const next = takePriority ? priority.shift() : regular.shift();
    if (next === undefined) throw new Error('reference model ran dry');
    called.push(next.id);
    regularCallsSincePriority = takePriority ? 0 : regularCallsSincePriority + 1;
  }
  return called;
}

describe('callingOrder under priority_first', () => {
  it('calls every waiting ticket exactly once', () => {
    fc.assert(
      fc.property(arrivalsArb, stateArb, (waiting, state) => {
        const order = callingOrder(waiting, { kind: 'priority_first' }, state, NOW);
        expect([...ids(order)].sort()).toEqual([...ids(waiting)].sort());
      }),
    );
  });

  it('calls every priority and aged regular ticket before any regular ticket that has not aged', () => {
    fc.assert(
      fc.property(arrivalsArb, (waiting) => {
        const order = callingOrder(waiting, { kind: 'priority_first' }, { regularStreak: 0 }, NOW);
        const lastFirstClass = order.findLastIndex((c) => c.isPriority || isAgedRegular(c));
        const firstNotAged = order.findIndex((c) => !c.isPriority && !isAgedRegular(c));
        if (lastFirstClass >= 0 && firstNotAged >= 0) expect(lastFirstClass).toBeLessThan(firstNotAged);
      }),
    );
  });

  it('calls priority and aged regular tickets together in line order, ties broken by id', () => {
    fc.assert(
      fc.property(arrivalsArb, (waiting) => {
        const order = callingOrder(waiting, { kind: 'priority_first' }, { regularStreak: 0 }, NOW);
        expect(isInLineOrder(order.filter((c) => c.isPriority || isAgedRegular(c)))).toBe(true);
      }),
    );
  });

  it('calls regular tickets that have not aged in line order', () => {
    fc.assert(
      fc.property(arrivalsArb, (waiting) => {
        const order = callingOrder(waiting, { kind: 'priority_first' }, { regularStreak: 0 }, NOW);
        expect(isInLineOrder(order.filter((c) => !c.isPriority && !isAgedRegular(c)))).toBe(true);
      }),
    );
  });

  it('ignores the counter streak', () => {
    fc.assert(
      fc.property(arrivalsArb, stateArb, (waiting, state) => {
        const rule: PriorityRule = { kind: 'priority_first' };
        expect(ids(callingOrder(waiting, rule, state, NOW))).toEqual(
          ids(callingOrder(waiting, rule, { regularStreak: 0 }, NOW)),
        );
      }),
    );
  });

  it('calls a regular ticket that waited past the target before a priority ticket that arrived after it', () => {
    const waitedLong = candidate({
      id: 'regular-0900',
      isPriority: false,
      orderAt: minutesFromNow(-60),
      agedAt: minutesFromNow(-30),
    });
    const laterPriority = candidate({
      id: 'priority-0910',
      isPriority: true,
      orderAt: minutesFromNow(-50),
      agedAt: minutesFromNow(-20),
    });
    expect(pickNext([laterPriority, waitedLong], { kind: 'priority_first' }, { regularStreak: 0 }, NOW)).toBe(
      waitedLong,
    );
  });

  it('calls a priority ticket before an earlier regular ticket that has not yet waited past the target', () => {
    const earlierRegular = candidate({
      id: 'regular',
      isPriority: false,
      orderAt: minutesFromNow(-20),
      agedAt: minutesFromNow(10),
    });
    const laterPriority = candidate({
      id: 'priority',
      isPriority: true,
      orderAt: minutesFromNow(-5),
      agedAt: minutesFromNow(25),
    });
    expect(pickNext([earlierRegular, laterPriority], { kind: 'priority_first' }, { regularStreak: 0 }, NOW)).toBe(
      laterPriority,
    );
  });
});

describe('callingOrder under interleave', () => {
  it('matches a reference model of N regular calls then one priority call', () => {
    fc.assert(
      fc.property(arrivalsArb, fc.integer({ min: 1, max: 5 }), stateArb, (waiting, n, state) => {
        const order = callingOrder(waiting, { kind: 'interleave', regularPerPriority: n }, state, NOW);
        expect(ids(order)).toEqual(interleaveReference(waiting, n, state.regularStreak));
      }),
    );
  });

  it('ignores how long regular tickets have waited', () => {
    fc.assert(
      fc.property(arrivalsArb, interleaveArb, stateArb, (waiting, rule, state) => {
        const neverAged = waiting.map((c) => candidate({ ...c, agedAt: minutesFromNow(10_000) }));
        expect(ids(callingOrder(waiting, rule, state, NOW))).toEqual(ids(callingOrder(neverAged, rule, state, NOW)));
      }),
    );
  });
});

describe('first in, first out within a class', () => {
  it('calls priority tickets in line order under either rule', () => {
    fc.assert(
      fc.property(arrivalsArb, ruleArb, stateArb, (waiting, rule, state) => {
        const order = callingOrder(waiting, rule, state, NOW);
        expect(isInLineOrder(order.filter((c) => c.isPriority))).toBe(true);
      }),
    );
  });

  it('calls regular tickets in line order under interleave', () => {
    fc.assert(
      fc.property(arrivalsArb, interleaveArb, stateArb, (waiting, rule, state) => {
        const order = callingOrder(waiting, rule, state, NOW);
        expect(isInLineOrder(order.filter((c) => !c.isPriority))).toBe(true);
      }),
    );
  });

  it('calls regular tickets of one service in line order under priority_first', () => {
    fc.assert(
      fc.property(oneServiceArb, (waiting) => {
        const order = callingOrder(waiting, { kind: 'priority_first' }, { regularStreak: 0 }, NOW);
        expect(isInLineOrder(order.filter((c) => !c.isPriority))).toBe(true);
      }),
    );
  });
});

describe('pickNext', () => {
  it('returns undefined when nobody waits', () => {
    fc.assert(
      fc.property(ruleArb, stateArb, (rule, state) => {
        expect(pickNext([], rule, state, NOW)).toBeUndefined();
      }),
    );
  });

  it('always returns one of the waiting tickets when somebody waits', () => {
    fc.assert(
      fc.property(arrivalsArb, ruleArb, stateArb, (waiting, rule, state) => {
        fc.pre(waiting.length > 0);
        expect(waiting).toContain(pickNext(waiting, rule, state, NOW));
      }),
    );
  });

  it('does not depend on the order in which candidates are passed', () => {
    fc.assert(
      fc.property(
        arrivalsArb.chain((waiting) =>
          fc.tuple(fc.constant(waiting), fc.shuffledSubarray(waiting, { minLength: waiting.length })),
        ),
        ruleArb,
        stateArb,
        ([waiting, shuffled], rule, state) => {
          expect(pickNext(shuffled, rule, state, NOW)).toBe(pickNext(waiting, rule, state, NOW));
        },
      ),
    );
  });
});

describe('nextCallState', () => {
  it('resets the regular streak after a priority call', () => {
    fc.assert(
      fc.property(ticketArb(true), stateArb, (called, state) => {
        expect(nextCallState(state, called)).toEqual({ regularStreak: 0 });
      }),
    );
  });

  it('adds one to the regular streak after a regular call', () => {
    fc.assert(
      fc.property(ticketArb(false), stateArb, (called, state) => {
        expect(nextCallState(state, called)).toEqual({ regularStreak: state.regularStreak + 1 });
      }),
    );
  });
});
