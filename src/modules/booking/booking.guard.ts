import { LRUCache } from 'lru-cache';
import { withRetryAfter } from '../../platform/http/app-error.js';
import { failBooking } from './booking.errors.js';

/**
 * What keeps a booking rush orderly on each node: a cap on bookings handled at once (more are
 * answered 503 with Retry-After at once, so nobody waits on a queue that only grows), and limits
 * per account and per client address, so one party cannot fire thousands of attempts. Limits are
 * per node; the rules per person (one booking per day per service, the weekly limit) hold for the
 * whole deployment in the database.
 */
export type BookingGuardLimits = {
  /** Bookings handled at once on this node (default 64 on PostgreSQL, 16 on the embedded database). */
  maxInFlight: number;
  /** Booking attempts per account per minute (default 10). */
  perAccountPerMinute: number;
  /** Booking attempts per client address per minute (default 120). */
  perAddressPerMinute: number;
};

export const DEFAULT_GUARD: BookingGuardLimits = { maxInFlight: 64, perAccountPerMinute: 10, perAddressPerMinute: 120 };

/**
 * The embedded database answers one statement at a time in the server's own thread: past 16
 * bookings at once, the ones let in only wait longer (measured: p99 1.5 s at 64, 0.56 s at 16).
 */
export const EMBEDDED_MAX_IN_FLIGHT = 16;

/** The limits for a node on this kind of database, with any given ones on top. */
export function guardLimitsFor(
  kind: 'pglite' | 'postgres',
  given: Partial<BookingGuardLimits> = {},
): BookingGuardLimits {
  return {
    ...DEFAULT_GUARD,
    ...(kind === 'pglite' ? { maxInFlight: EMBEDDED_MAX_IN_FLIGHT } : {}),
    ...given,
  };
}

export function createBookingGuard(limits: BookingGuardLimits, now: () => number = Date.now) {
  let inFlight = 0;
  const windows = new LRUCache<string, { start: number; count: number }>({ max: 200_000, ttl: 60_000 });

  /** Counts one attempt in the key's current minute; the seconds to wait when over the limit. */
  function count(key: string, limit: number): number | undefined {
    const at = now();
    const current = windows.get(key);
    const window = current && at - current.start < 60_000 ? current : { start: at, count: 0 };
    window.count += 1;
    windows.set(key, window);
    return window.count > limit ? Math.ceil((window.start + 60_000 - at) / 1000) : undefined;
  }

  return {
    /**
     * The door, before anything else of the request (its sign-in check reads the database): a
     * request is counted from here until its answer is sent; past the cap, 503 with Retry-After
     * at once. (A route's `config.admit`.)
     */
    admit(reply: { raw: { once(event: 'close', listener: () => void): unknown } }): void {
      if (inFlight >= limits.maxInFlight) throw withRetryAfter(failBooking('booking.busy'), 1);
      inFlight += 1;
      reply.raw.once('close', () => {
        inFlight -= 1;
      });
    },

    /** Runs `work` if the caller's limits allow; 429 with Retry-After otherwise. */
    async run<T>(who: { accountId: string; address: string }, work: () => Promise<T>): Promise<T> {
      const account = count(`a:${who.accountId}`, limits.perAccountPerMinute);
      const address = count(`ip:${who.address}`, limits.perAddressPerMinute);
      const wait = Math.max(account ?? 0, address ?? 0);
      if (account !== undefined || address !== undefined)
        throw withRetryAfter(failBooking('booking.too_many_attempts', { seconds: wait }), wait);
      // Let the requests already received reach the door before the work starts. With the
      // embedded database a booking runs from start to end without giving the event loop a
      // turn, so without this every waiting request would count as none and wait its turn.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return work();
    },
    inFlight: () => inFlight,
  };
}

export type BookingGuard = ReturnType<typeof createBookingGuard>;
