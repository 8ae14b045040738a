import type { Database, Queryable } from '../../platform/db/database.js';

/** Short-lived tickets: the step between password and second factor, invitations, SSO state. */

export type TicketPurpose = 'totp' | 'totp_enrolment' | 'invitation' | 'oidc';
export type TicketRow = {
  id: string;
  purpose: TicketPurpose;
  accountId: string | null;
  data: Record<string, string>;
  attempts: number;
  expiresAt: Date;
  consumedAt: Date | null;
};

export function createTicketsRepository(db: Database) {
  return {
    async insert(
      q: Queryable,
      t: {
        id: string;
        tokenHash: string;
        purpose: TicketPurpose;
        accountId?: string | undefined;
        data?: Record<string, string>;
        now: Date;
        expiresAt: Date;
      },
    ) {
      await q.query(
        `INSERT INTO auth_tickets (id, token_hash, purpose, account_id, data, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [t.id, t.tokenHash, t.purpose, t.accountId ?? null, JSON.stringify(t.data ?? {}), t.now, t.expiresAt],
      );
    },
    async findForUpdate(
      q: Queryable,
      tokenHash: string,
      purposes: readonly TicketPurpose[],
    ): Promise<TicketRow | undefined> {
      const rows = await q.query<{
        id: string;
        purpose: TicketPurpose;
        account_id: string | null;
        data: Record<string, string>;
        attempts: number;
        expires_at: Date;
        consumed_at: Date | null;
      }>(
        `SELECT id, purpose, account_id, data, attempts, expires_at, consumed_at FROM auth_tickets
         WHERE token_hash = $1 AND purpose = ANY($2::text[]) FOR UPDATE`,
        [tokenHash, purposes],
      );
      const r = rows[0];
      return r
        ? {
            id: r.id,
            purpose: r.purpose,
            accountId: r.account_id,
            data: r.data,
            attempts: r.attempts,
            expiresAt: r.expires_at,
            consumedAt: r.consumed_at,
          }
        : undefined;
    },
    async recordAttempt(q: Queryable, id: string) {
      await q.query('UPDATE auth_tickets SET attempts = attempts + 1 WHERE id = $1', [id]);
    },
    async consume(q: Queryable, id: string, now: Date) {
      await q.query('UPDATE auth_tickets SET consumed_at = $2 WHERE id = $1', [id, now]);
    },
    async purgeExpired(before: Date) {
      await db.query('DELETE FROM auth_tickets WHERE expires_at < $1', [before]);
    },
    async findOidcAccount(issuer: string, subject: string) {
      const rows = await db.query<{ account_id: string }>(
        'SELECT account_id FROM oidc_identities WHERE issuer = $1 AND subject = $2',
        [issuer, subject],
      );
      return rows[0]?.account_id;
    },
    async linkOidc(q: Queryable, issuer: string, subject: string, accountId: string) {
      await q.query(
        'INSERT INTO oidc_identities (issuer, subject, account_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [issuer, subject, accountId],
      );
    },
  };
}

export type TicketsRepository = ReturnType<typeof createTicketsRepository>;
