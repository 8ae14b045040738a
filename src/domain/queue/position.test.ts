import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LineCounts, ticketsAhead } from './position.js';
import { type CallCandidate, type PriorityRule, callingOrder } from './priority.js';

const NOW = new Date('2026-11-27T03:00:00Z');
const MINUTE = 60_000;

function minutesFromNow(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * MINUTE);
}

/** `(order_at, id) < (mine.order_at, mine.id)`, the row comparison the repository's SQL uses. */
function isEarlierInLine(a: CallCandidate, mine: CallCandidate): boolean {
  if (a.orderAt.getTime() !== mine.orderAt.getTime()) return a.orderAt.getTime() < mine.orderAt.getTime();
  return a.id < mine.id;
}

function isAgedAt(c: CallCandidate, now: Date): boolean {
  return c.agedAt.getTime() <= now.getTime();
}

/** The counts `countAhead` takes from the database, built here from the waiting set. */
function countsFor(waiting: readonly CallCandidate[], mine: CallCandidate, now: Date): LineCounts {
  const others = waiting.filter((c) => c.id !== mine.id);
  const priority = others.filter((c) => c.isPriority);
  const regular = others.filter((c) => !c.isPriority);
  return {
    priorityBefore: priority.filter((c) => isEarlierInLine(c, mine)).length,
    priorityAll: priority.length,
    regularBefore: regular.filter((c) => isEarlierInLine(c, mine)).length,
    regularAll: regular.length,
    agedBefore: regular.filter((c) => isAgedAt(c, now) && isEarlierInLine(c, mine)).length,
  };
}

function aheadOf(mine: CallCandidate, waiting: readonly CallCandidate[], rule: PriorityRule): number {
  return ticketsAhead(
    countsFor(waiting, mine, NOW),
    { isPriority: mine.isPriority, isAged: !mine.isPriority && isAgedAt(mine, NOW) },
    rule,
  );
}

function placeInCallingOrder(mine: CallCandidate, waiting: readonly CallCandidate[], rule: PriorityRule, streak = 0) {
  return callingOrder(waiting, rule, { regularStreak: streak }, NOW).findIndex((c) => c.id === mine.id);
}

/**
 * The waiting tickets of one service. Regular tickets share the service's target wait, so each
 * ages at orderAt + target; equal order times are common so that ids break ties. Order times
 * after `now` stand for appointments booked later in the day.
 */
const serviceLineArb = fc.integer({ min: 0, max: 60 }).chain((targetMinutes) =>
  fc
    .array(
      fc.record({
        isPriority: fc.boolean(),
        orderMinute: fc.integer({ min: -120, max: 15 }),
        idKey: fc.integer({ min: 0, max: 1_000_000 }),
      }),
      { minLength: 1, maxLength: 25 },
    )
    .map((rows) =>
      rows.map(
        (r, i): CallCandidate => ({
          id: `t${r.idKey}-${i}`,
          isPriority: r.isPriority,
          orderAt: minutesFromNow(r.orderMinute),
          agedAt: minutesFromNow(r.orderMinute + targetMinutes),
        }),
      ),
    ),
);

const interleaveArb = fc
  .integer({ min: 1, max: 5 })
  .map((n) => ({ kind: 'interleave', regularPerPriority: n }) as const satisfies PriorityRule);

describe('ticketsAhead under priority_first', () => {
  it('equals the place of the ticket in the calling order of the same waiting tickets', () => {
    const rule: PriorityRule = { kind: 'priority_first' };
    fc.assert(
      fc.property(serviceLineArb, (waiting) => {
        for (const mine of waiting) expect(aheadOf(mine, waiting, rule)).toBe(placeInCallingOrder(mine, waiting, rule));
      }),
    );
  });
});

describe('ticketsAhead under interleave', () => {
  it('equals the place of a priority ticket in the calling order when calling starts on a regular turn', () => {
    fc.assert(
      fc.property(serviceLineArb, interleaveArb, (waiting, rule) => {
        for (const mine of waiting.filter((c) => c.isPriority))
          expect(aheadOf(mine, waiting, rule)).toBe(placeInCallingOrder(mine, waiting, rule));
      }),
    );
  });

  it('counts the regular calls that come before a priority ticket, even of later arrivals', () => {
    const priority: CallCandidate = {
      id: 'p',
      isPriority: true,
      orderAt: minutesFromNow(-10),
      agedAt: minutesFromNow(-10),
    };
    const regulars = [-9, -8, -7].map(
      (m, i): CallCandidate => ({
        id: `r${i}`,
        isPriority: false,
        orderAt: minutesFromNow(m),
        agedAt: minutesFromNow(m + 30),
      }),
    );
    expect(aheadOf(priority, [priority, ...regulars], { kind: 'interleave', regularPerPriority: 3 })).toBe(3);
  });

  it('is never less than the tickets of the same class earlier in line', () => {
    fc.assert(
      fc.property(serviceLineArb, interleaveArb, (waiting, rule) => {
        for (const mine of waiting) {
          const sameClassBefore = waiting.filter(
            (c) => c.id !== mine.id && c.isPriority === mine.isPriority && isEarlierInLine(c, mine),
          ).length;
          expect(aheadOf(mine, waiting, rule)).toBeGreaterThanOrEqual(sameClassBefore);
        }
      }),
    );
  });

  it('is never more than the other waiting tickets', () => {
    fc.assert(
      fc.property(serviceLineArb, interleaveArb, (waiting, rule) => {
        for (const mine of waiting) expect(aheadOf(mine, waiting, rule)).toBeLessThanOrEqual(waiting.length - 1);
      }),
    );
  });

  it('places a regular ticket between its places when calling starts on a regular turn and on a priority turn', () => {
    fc.assert(
      fc.property(serviceLineArb, interleaveArb, (waiting, rule) => {
        for (const mine of waiting.filter((c) => !c.isPriority)) {
          const ahead = aheadOf(mine, waiting, rule);
          expect(ahead).toBeGreaterThanOrEqual(placeInCallingOrder(mine, waiting, rule, 0));
          expect(ahead).toBeLessThanOrEqual(placeInCallingOrder(mine, waiting, rule, rule.regularPerPriority));
        }
      }),
    );
  });
});
