import type { Database, Queryable } from '../../platform/db/database.js';

/** One-time-code challenges. */

export type ChallengeRow = {
  id: string;
  channel: 'sms' | 'whatsapp' | 'email';
  destination: string;
  codeHash: string;
  attempts: number;
  maxAttempts: number;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
  lockedAt: Date | null;
};

export function createOtpRepository(db: Database) {
  return {
    async insertChallenge(
      q: Queryable,
      c: Omit<ChallengeRow, 'attempts' | 'consumedAt' | 'lockedAt'> & { destinationHash: string },
    ) {
      await q.query(
        `INSERT INTO otp_challenges (id, channel, destination, destination_hash, code_hash, max_attempts, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [c.id, c.channel, c.destination, c.destinationHash, c.codeHash, c.maxAttempts, c.createdAt, c.expiresAt],
      );
    },

    /** The newest challenge for a destination, and how many were locked within the window. */
    async destinationState(destinationHash: string, since: Date) {
      const rows = await db.query<{ last_created_at: Date | null; locked: number }>(
        `SELECT max(created_at) AS last_created_at, count(*) FILTER (WHERE locked_at >= $2)::int AS locked
         FROM otp_challenges WHERE destination_hash = $1 AND created_at >= $2 - interval '1 hour'`,
        [destinationHash, since],
      );
      return { lastCreatedAt: rows[0]?.last_created_at ?? null, lockedRecently: rows[0]?.locked ?? 0 };
    },

    async lastLockedAt(destinationHash: string) {
      const rows = await db.query<{ locked_at: Date | null }>(
        'SELECT max(locked_at) AS locked_at FROM otp_challenges WHERE destination_hash = $1',
        [destinationHash],
      );
      return rows[0]?.locked_at ?? null;
    },

    async findForUpdate(q: Queryable, id: string): Promise<ChallengeRow | undefined> {
      const rows = await q.query<{
        id: string;
        channel: ChallengeRow['channel'];
        destination: string;
        code_hash: string;
        attempts: number;
        max_attempts: number;
        created_at: Date;
        expires_at: Date;
        consumed_at: Date | null;
        locked_at: Date | null;
      }>(
        `SELECT id, channel, destination, code_hash, attempts, max_attempts, created_at, expires_at, consumed_at, locked_at
         FROM otp_challenges WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const r = rows[0];
      if (!r) return undefined;
      return {
        id: r.id,
        channel: r.channel,
        destination: r.destination,
        codeHash: r.code_hash,
        attempts: r.attempts,
        maxAttempts: r.max_attempts,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        consumedAt: r.consumed_at,
        lockedAt: r.locked_at,
      };
    },

    async recordFailure(q: Queryable, id: string, lockedAt: Date | null) {
      await q.query(
        'UPDATE otp_challenges SET attempts = attempts + 1, locked_at = COALESCE(locked_at, $2) WHERE id = $1',
        [id, lockedAt],
      );
    },

    async consume(q: Queryable, id: string, now: Date) {
      await q.query('UPDATE otp_challenges SET consumed_at = $2 WHERE id = $1', [id, now]);
    },

    /** Challenges a day past expiry hold a destination in clear: remove them. */
    async purgeExpired(before: Date) {
      await db.query('DELETE FROM otp_challenges WHERE expires_at < $1', [before]);
    },
  };
}

export type OtpRepository = ReturnType<typeof createOtpRepository>;
