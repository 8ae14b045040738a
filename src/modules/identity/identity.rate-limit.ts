import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';

/**
 * Fixed-window counters in the database, so every app node shares them (sign-in, one-time codes
 * per destination, per address and global). A hit past the limit is refused with the seconds
 * until the window ends.
 */

export type RateLimit = { readonly limit: number; readonly windowSeconds: number };
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one attempt against each limit; refused if any is over. */
  hit(checks: readonly { key: string; limit: RateLimit }[]): Promise<RateDecision>;
  /** Whether a key is over its limit, without counting. */
  peek(key: string, limit: RateLimit): Promise<RateDecision>;
};

export function createRateLimiter(db: Database, clock: Clock): RateLimiter {
  let hitsSinceSweep = 0;

  function windowOf(limit: RateLimit) {
    const now = clock.now().getTime();
    const size = limit.windowSeconds * 1000;
    const start = Math.floor(now / size) * size;
    return { start: new Date(start), end: new Date(start + size), now };
  }

  async function sweep() {
    hitsSinceSweep = 0;
    await db.query('DELETE FROM rate_limit_counters WHERE expires_at < $1', [clock.now()]);
  }

  return {
    async hit(checks) {
      let refusal: RateDecision = { allowed: true };
      for (const { key, limit } of checks) {
        const window = windowOf(limit);
        const rows = await db.query<{ count: number }>(
          `INSERT INTO rate_limit_counters (key, window_start, count, expires_at) VALUES ($1, $2, 1, $3)
           ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
           RETURNING count`,
          [key, window.start, window.end],
        );
        const count = rows[0]?.count ?? 0;
        if (count > limit.limit) {
          const retryAfterSeconds = Math.ceil((window.end.getTime() - window.now) / 1000);
          if (refusal.allowed || retryAfterSeconds > refusal.retryAfterSeconds)
            refusal = { allowed: false, retryAfterSeconds };
        }
      }
      if (++hitsSinceSweep >= 500) await sweep();
      return refusal;
    },
    async peek(key, limit) {
      const window = windowOf(limit);
      const rows = await db.query<{ count: number }>(
        'SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = $2',
        [key, window.start],
      );
      const count = rows[0]?.count ?? 0;
      return count >= limit.limit
        ? { allowed: false, retryAfterSeconds: Math.ceil((window.end.getTime() - window.now) / 1000) }
        : { allowed: true };
    },
  };
}
