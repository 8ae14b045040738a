import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/app-error.js';
import { createBookingGuard, DEFAULT_GUARD, EMBEDDED_MAX_IN_FLIGHT, guardLimitsFor } from './booking.guard.js';

describe('the booking guard', () => {
  it('refuses the attempt past the per-account limit with the seconds left in the minute', async () => {
    let now = 1_000_000;
    const guard = createBookingGuard({ maxInFlight: 10, perAccountPerMinute: 3, perAddressPerMinute: 100 }, () => now);
    for (let k = 0; k < 3; k++) await guard.run({ accountId: 'a', address: '10.0.0.1' }, async () => 'ok');
    now += 20_000;
    const refused = await guard.run({ accountId: 'a', address: '10.0.0.1' }, async () => 'ok').catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'booking.too_many_attempts', headers: { 'retry-after': '40' } });
    // Another account from the same address is still welcome; a new minute starts afresh.
    expect(await guard.run({ accountId: 'b', address: '10.0.0.1' }, async () => 'ok')).toBe('ok');
    now += 40_000;
    expect(await guard.run({ accountId: 'a', address: '10.0.0.1' }, async () => 'ok')).toBe('ok');
  });

  it('answers 503 at the door when the node already handles its maximum, and frees the place when an answer is sent', () => {
    const guard = createBookingGuard({ maxInFlight: 2, perAccountPerMinute: 100, perAddressPerMinute: 100 });
    const replies = [1, 2].map(() => new EventEmitter());
    for (const raw of replies) guard.admit({ raw });
    const shed = (() => {
      try {
        guard.admit({ raw: new EventEmitter() });
      } catch (error) {
        return error;
      }
    })();
    expect(shed).toMatchObject({ code: 'booking.busy', headers: { 'retry-after': '1' } });
    expect(guard.inFlight()).toBe(2);
    replies[0]?.emit('close');
    expect(guard.inFlight()).toBe(1);
    expect(() => guard.admit({ raw: new EventEmitter() })).not.toThrow();
    expect(guard.inFlight()).toBe(2);
  });

  it('lets fewer bookings in at once on the embedded database, which answers one statement at a time', () => {
    expect(guardLimitsFor('postgres')).toEqual(DEFAULT_GUARD);
    expect(guardLimitsFor('pglite').maxInFlight).toBe(EMBEDDED_MAX_IN_FLIGHT);
    expect(guardLimitsFor('pglite', { maxInFlight: 3 }).maxInFlight).toBe(3);
  });
});
