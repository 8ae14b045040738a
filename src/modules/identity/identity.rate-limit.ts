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
      if (checks.length === 0) return { allowed: true };
      // One statement for every limit: one round trip and one commit (a flush on PostgreSQL).
      const windows = checks.map(({ limit }) => windowOf(limit));
      const params: unknown[] = [];
      const values = checks.map(({ key }, i) => {
        params.push(key, windows[i]?.start, windows[i]?.end);
        return `($${params.length - 2}, $${params.length - 1}::timestamptz, 1, $${params.length}::timestamptz)`;
      });
      const rows = await db.query<{ key: string; count: number }>(
        `INSERT INTO rate_limit_counters (key, window_start, count, expires_at) VALUES ${values.join(', ')}
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
         RETURNING key, count`,
        params,
      );
      let refusal: RateDecision = { allowed: true };
      for (const [i, { key, limit }] of checks.entries()) {
        const count = rows.find((r) => r.key === key)?.count ?? 0;
        const window = windows[i];
        if (window && count > limit.limit) {
          const retryAfterSeconds = Math.ceil((window.end.getTime() - window.now) / 1000);
          if (refusal.allowed || retryAfterSeconds > refusal.retryAfterSeconds)
            refusal = { allowed: false, retryAfterSeconds };
        }
      }
      if (++hitsSinceSweep >= 500) await sweep();
      return refusal;
    },
  };
}
