import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWait, type WaitEstimate } from './wait-estimate.js';

type EstimateInput = Parameters<typeof estimateWait>[0];

function estimateInput(overrides: Partial<EstimateInput> = {}): EstimateInput {
  return {
    ticketsAhead: 4,
    recentServiceMinutes: [6, 8, 10, 12],
    countersOpen: 2,
    targetWaitMinutes: 30,
    ...overrides,
  };
}

function defined(estimate: WaitEstimate | undefined): WaitEstimate {
  if (estimate === undefined) throw new Error('expected an estimate');
  return estimate;
}

/** Recent service durations, sometimes fewer than three, sometimes with junk the database could hold. */
const samplesArb = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: 0, max: 120, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -5) },
  ),
  { maxLength: 30 },
);
const inputArb = fc.record({
  ticketsAhead: fc.integer({ min: 0, max: 300 }),
  recentServiceMinutes: samplesArb,
  countersOpen: fc.integer({ min: 0, max: 12 }),
  targetWaitMinutes: fc.integer({ min: 0, max: 240 }),
});
const servedInputArb = inputArb.map((input) => ({
  ...input,
  ticketsAhead: Math.max(1, input.ticketsAhead),
  countersOpen: Math.max(1, input.countersOpen),
}));

describe('estimateWait', () => {
  it('never gives a lower bound above the upper bound', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = estimateWait(input);
        if (estimate !== undefined) expect(estimate.minMinutes).toBeLessThanOrEqual(estimate.maxMinutes);
      }),
    );
  });

  it('never gives a negative wait', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = estimateWait(input);
        if (estimate !== undefined) expect(estimate.minMinutes).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('says zero to zero minutes when nobody is ahead, even with no counter open', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = defined(estimateWait({ ...input, ticketsAhead: 0 }));
        expect([estimate.minMinutes, estimate.maxMinutes]).toEqual([0, 0]);
      }),
    );
  });

  it('gives no estimate when somebody is ahead and no counter serves the service', () => {
    fc.assert(
      fc.property(servedInputArb, (input) => {
        expect(estimateWait({ ...input, countersOpen: 0 })).toBeUndefined();
      }),
    );
  });

  it('never gets longer when more counters open', () => {
    fc.assert(
      fc.property(servedInputArb, fc.integer({ min: 1, max: 10 }), (input, extra) => {
        const fewer = defined(estimateWait(input));
        const more = defined(estimateWait({ ...input, countersOpen: input.countersOpen + extra }));
        expect(more.minMinutes).toBeLessThanOrEqual(fewer.minMinutes);
        expect(more.maxMinutes).toBeLessThanOrEqual(fewer.maxMinutes);
      }),
    );
  });

  it('never gets shorter when more tickets are ahead', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 50 }), (input, extra) => {
        const open = { ...input, countersOpen: Math.max(1, input.countersOpen) };
        const fewer = defined(estimateWait(open));
        const more = defined(estimateWait({ ...open, ticketsAhead: open.ticketsAhead + extra }));
        expect(more.minMinutes).toBeGreaterThanOrEqual(fewer.minMinutes);
        expect(more.maxMinutes).toBeGreaterThanOrEqual(fewer.maxMinutes);
      }),
    );
  });

  it('gives whole minutes, in steps of five above half an hour', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = estimateWait(input);
        if (estimate === undefined) return;
        for (const minutes of [estimate.minMinutes, estimate.maxMinutes]) {
          expect(Number.isInteger(minutes)).toBe(true);
          if (minutes > 30) expect(minutes % 5).toBe(0);
        }
      }),
    );
  });

  it('falls back to the target wait, and says so, with fewer than three recent service times', () => {
    fc.assert(
      fc.property(
        servedInputArb,
        fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { maxLength: 2 }),
        (input, few) => {
          expect(defined(estimateWait({ ...input, recentServiceMinutes: few })).basis).toBe('target_wait');
        },
      ),
    );
  });

  it('does not count unusable service times (negative, NaN, infinite) towards the three needed', () => {
    const estimate = estimateWait(
      estimateInput({ recentServiceMinutes: [5, 7, Number.NaN, -1, Number.POSITIVE_INFINITY] }),
    );
    expect(defined(estimate).basis).toBe('target_wait');
  });

  it('uses recent service times once three are known', () => {
    fc.assert(
      fc.property(
        servedInputArb,
        fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (input, samples) => {
          expect(defined(estimateWait({ ...input, recentServiceMinutes: samples })).basis).toBe('recent_service_times');
        },
      ),
    );
  });

  it('reports how many counters it divided the work by', () => {
    fc.assert(
      fc.property(servedInputArb, (input) => {
        expect(defined(estimateWait(input)).countersOpen).toBe(input.countersOpen);
      }),
    );
  });

  it('spans the middle half of recent service times for each round of the counters', () => {
    // Four ahead at two counters is two rounds; the quartiles of 6, 8, 10, 12 minutes are 7.5 and 10.5.
    const estimate = defined(
      estimateWait(estimateInput({ ticketsAhead: 4, countersOpen: 2, recentServiceMinutes: [12, 6, 10, 8] })),
    );
    expect([estimate.minMinutes, estimate.maxMinutes]).toEqual([15, 21]);
  });

  it('spans half to one and a half times the target wait when it has to guess', () => {
    const estimate = defined(estimateWait(estimateInput({ recentServiceMinutes: [], targetWaitMinutes: 20 })));
    expect([estimate.minMinutes, estimate.maxMinutes]).toEqual([10, 30]);
  });

  it('lies within what the fastest and slowest recent visits would take, give or take rounding', () => {
    fc.assert(
      fc.property(
        servedInputArb,
        fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (input, samples) => {
          const estimate = defined(estimateWait({ ...input, recentServiceMinutes: samples }));
          const rounds = input.ticketsAhead / input.countersOpen;
          // Rounding to 5 moves a bound by at most 2.5; the upper bound is at least a minute above the lower.
          expect(estimate.minMinutes).toBeGreaterThanOrEqual(rounds * Math.min(...samples) - 2.5);
          expect(estimate.maxMinutes).toBeLessThanOrEqual(
            Math.max(rounds * Math.max(...samples), estimate.minMinutes + 1) + 2.5,
          );
        },
      ),
    );
  });
});
